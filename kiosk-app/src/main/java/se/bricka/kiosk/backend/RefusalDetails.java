package se.bricka.kiosk.backend;

import java.time.LocalDate;
import java.time.LocalDateTime;
import se.bricka.core.wire.QuotaView;

/**
 * The extension members of a refusal's problem document, for the board to say why in its own words:
 * the household's quota ({@code quota}), the end of a closure ({@code closedUntil}) and the last day
 * bookings are open ({@code lastBookableDay}). Each is {@code null} when the problem does not carry it.
 */
public record RefusalDetails(QuotaView quota, LocalDateTime closedUntil, LocalDate lastBookableDay) {

    /** No details: a refusal whose reason alone says it all. */
    public static RefusalDetails none() {
        return new RefusalDetails(null, null, null);
    }

    /** The local time when the reason ends: a quota place frees, or the closure ends; else null. */
    public LocalDateTime until() {
        if (quota != null && quota.nextFreeing() != null) {
            return quota.nextFreeing();
        }
        return closedUntil;
    }
}
