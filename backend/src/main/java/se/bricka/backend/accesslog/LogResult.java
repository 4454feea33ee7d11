package se.bricka.backend.accesslog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.bricka.backend.web.Messages;
import se.bricka.core.privacy.LogPurpose;

/**
 * What an allowed, audited read returned, with what it was for (exports are marked with it).
 *
 * @param apartmentLabels the label of each apartment id in {@code rows}
 */
public record LogResult(
        Instant readAt,
        String readBy,
        LogPurpose purpose,
        String caseReference,
        LogFilter filter,
        String apartmentLabel,
        List<AccessEventRow> rows,
        Map<Long, String> apartmentLabels) {

    /** The label of the row's apartment, or "none" in the reader's language for an unknown or staff tag. */
    public String apartmentOf(AccessEventRow row, Messages messages) {
        return row.apartmentId() == null
                ? messages.get("log.noApartment")
                : apartmentLabels.getOrDefault(row.apartmentId(), "#" + row.apartmentId());
    }
}
