package se.bricka.core.wire;

/**
 * The backend's answer to an {@link AccessEventBatch}. Every event of the batch is in one of the
 * three counts; the device may drop all of them from its journal.
 *
 * @param stored newly stored events
 * @param duplicates events already stored by an earlier upload (a retry)
 * @param expired events older than the 14-day limit, not stored
 */
public record AccessEventReceipt(int stored, int duplicates, int expired) {}
