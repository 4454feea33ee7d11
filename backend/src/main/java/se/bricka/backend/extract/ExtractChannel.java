package se.bricka.backend.extract;

/** How a tenant's request for a register extract reached the housing company. */
public enum ExtractChannel {
    IN_PERSON,
    LETTER,
    EMAIL,
    PHONE,
    OTHER
}
