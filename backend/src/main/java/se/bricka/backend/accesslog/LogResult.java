package se.bricka.backend.accesslog;

import java.time.Instant;
import java.util.List;
import se.bricka.core.privacy.LogPurpose;

/** What an allowed, audited read returned, with what it was for (exports are marked with it). */
public record LogResult(
        Instant readAt,
        String readBy,
        LogPurpose purpose,
        String caseReference,
        LogFilter filter,
        String apartmentLabel,
        List<AccessEventRow> rows) {}
