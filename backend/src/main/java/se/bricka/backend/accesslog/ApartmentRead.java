package se.bricka.backend.accesslog;

/**
 * A read of the access log that concerned one apartment: it was filtered to it, or it returned some of
 * its events among others'.
 *
 * @param apartmentRows how many of the rows returned were this apartment's events
 */
public record ApartmentRead(AuditEntry read, int apartmentRows) {}
