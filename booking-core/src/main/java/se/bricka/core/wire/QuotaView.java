package se.bricka.core.wire;

import java.time.LocalDateTime;

/**
 * A household's quota in one quota group, as shown with every schedule ("1 of 2 left") and in a quota
 * refusal.
 *
 * @param used bookings the household holds that have not ended
 * @param max how many it may hold at once
 * @param remaining how many more it may book now, as far as this limit goes
 * @param nextFreeing the local time the earliest held booking ends and frees a place; {@code null} if none
 */
public record QuotaView(int used, int max, int remaining, LocalDateTime nextFreeing) {}
