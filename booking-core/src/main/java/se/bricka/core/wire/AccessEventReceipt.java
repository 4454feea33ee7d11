package se.bricka.core.wire;

import java.util.List;

/**
 * The backend's answer to an {@link AccessEventBatch}. Every event of the batch is in one of the
 * four counts; the device may drop all of them from its journal. A refused event will never be
 * accepted (its door is not the device's, or its apartment not of that door's buildings): the backend
 * counts it as the device's fault for staff, so sending it again would only count it again.
 *
 * @param stored newly stored events
 * @param duplicates events already stored by an earlier upload (a retry)
 * @param expired events older than the 14-day limit, not stored
 * @param refused events outside the device's doors or their buildings, not stored
 * @param refusedEventIds the ids of the refused events, for the device's log
 */
public record AccessEventReceipt(int stored, int duplicates, int expired, int refused, List<String> refusedEventIds) {

    public AccessEventReceipt {
        refusedEventIds = refusedEventIds == null ? List.of() : List.copyOf(refusedEventIds);
    }

    /** A receipt that refused nothing. */
    public AccessEventReceipt(int stored, int duplicates, int expired) {
        this(stored, duplicates, expired, 0, List.of());
    }

    /** How many events of the batch this receipt accounts for. */
    public int accounted() {
        return stored + duplicates + expired + refused;
    }
}
