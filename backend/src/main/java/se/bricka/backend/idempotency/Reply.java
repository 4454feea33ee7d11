package se.bricka.backend.idempotency;

/** A response to send as is, and to replay for a retry: its status and its JSON body. */
public record Reply(int status, String json) {}
