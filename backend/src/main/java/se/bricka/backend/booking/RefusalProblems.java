package se.bricka.backend.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.resource.Resource;
import se.bricka.core.booking.BookingDecision;
import se.bricka.core.booking.BookingRules;
import se.bricka.core.booking.Closure;
import se.bricka.core.booking.QuotaBreach;
import se.bricka.core.booking.QuotaUsage;
import se.bricka.core.booking.Refusal;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.QuotaView;

/**
 * Turns a refused booking into the problem a tenant reads: a sentence that says what to do, and
 * extension members ({@code quota}, {@code closedFrom}/{@code closedUntil}, {@code lastBookableDay})
 * for clients that choose their own words.
 */
final class RefusalProblems {

    private RefusalProblems() {}

    static ApiException of(
            BookingDecision.Refused refused, BookingRequest request, Resource resource, BookingRules rules) {
        String slot = request.date() + " " + request.start();
        Refusal reason = refused.reason();
        return switch (reason) {
            case UNKNOWN_SLOT ->
                ApiException.refused(reason, resource.name() + " has no slot starting at " + request.start() + ".");
            case SLOT_IN_PAST -> ApiException.refused(reason, "The slot " + slot + " has already ended.");
            case OUTSIDE_HORIZON -> {
                LocalDate last = rules.lastBookableDay();
                yield ApiException.refused(
                                reason,
                                "The slot " + slot + " is further ahead than bookings are open: " + resource.name()
                                        + " can be booked until " + last + ".")
                        .with("lastBookableDay", last);
            }
            case SLOT_TAKEN ->
                ApiException.refused(reason, "The slot " + slot + " of " + resource.name() + " is already booked.");
            case RESOURCE_CLOSED -> closed(refused.closure().orElseThrow(), resource);
            case QUOTA_FUTURE_BOOKINGS, QUOTA_PER_DAY, QUOTA_ROLLING ->
                quota(reason, refused.quota().orElseThrow(), refused.breach(), rules);
            default -> ApiException.refused(reason, "The slot " + slot + " cannot be booked: " + reason.code() + ".");
        };
    }

    /**
     * A cancel after the object's earliest cancel time: says the rule and the last moment, and gives
     * that moment as {@code cancelUntil} (local time of the property).
     */
    static ApiException cancelTooLate(BookingRow booking) {
        LocalDateTime until =
                LocalDateTime.ofInstant(booking.cancel().closesAt(booking.slot(), booking.zone()), booking.zone());
        long hours = booking.cancel().notice().toHours();
        String rule = hours == 0
                ? "until the slot starts"
                : "until " + plural((int) hours, "hour") + " before the slot starts";
        return ApiException.refused(
                        Refusal.CANCEL_TOO_LATE,
                        "Booking " + booking.id() + " can no longer be cancelled: bookings of " + booking.resourceName()
                                + " can be cancelled " + rule + ", so this one could have been cancelled until "
                                + when(until) + ".")
                .with("cancelUntil", until);
    }

    /** The household's quota as the wire shows it. */
    static QuotaView view(QuotaUsage usage) {
        return new QuotaView(
                usage.futureBookings(),
                usage.maxFutureBookings(),
                usage.remaining(),
                usage.nextFreeing().orElse(null));
    }

    private static ApiException closed(Closure closure, Resource resource) {
        String until = closure.until().map(t -> "until " + when(t)).orElse("until further notice");
        return ApiException.refused(
                        Refusal.RESOURCE_CLOSED,
                        resource.name() + " is closed from " + when(closure.from()) + " " + until + ": "
                                + closure.reason())
                .with("closedFrom", closure.from())
                .with("closedUntil", closure.until().orElse(null))
                .with("closedReason", closure.reason());
    }

    /**
     * A quota refusal: the sentence gives the advice that helps when several limits are broken, and
     * the extension members carry the numbers ({@code quota}; {@code maxPerDay} and
     * {@code bookedThatDay} for the day; {@code limits}, every limit broken).
     */
    private static ApiException quota(
            Refusal reason, QuotaUsage usage, Optional<QuotaBreach> breach, BookingRules rules) {
        String detail = switch (reason) {
            case QUOTA_PER_DAY -> {
                QuotaBreach day = breach.orElseThrow();
                String later = day.breaks(Refusal.QUOTA_ROLLING) ? rollingAdvice(rules) : "choose another day.";
                yield "You already have " + plural(day.bookedThatDay(), "booking") + " on " + day.date() + ", and "
                        + day.maxPerDay() + " per day is the most allowed; " + later;
            }
            case QUOTA_ROLLING -> "You may hold " + rollingAdvice(rules);
            default -> {
                String future =
                        "You have " + usage.futureBookings() + " of " + usage.maxFutureBookings() + " future bookings";
                String sameDay = breach.filter(b -> b.breaks(Refusal.QUOTA_PER_DAY))
                        .map(b -> " and already " + plural(b.bookedThatDay(), "booking") + " on " + b.date()
                                + ", so another day would not help either")
                        .orElse("");
                yield future + sameDay + "; "
                        + usage.nextFreeing()
                                .map(t -> "cancel one or wait until " + when(t) + ".")
                                .orElse("cancel one first.");
            }
        };
        ApiException problem = ApiException.refused(reason, detail).with("quota", view(usage));
        if (breach.isPresent()) {
            QuotaBreach found = breach.get();
            problem = problem.with("maxPerDay", found.maxPerDay())
                    .with("bookedThatDay", found.bookedThatDay())
                    .with("date", found.date())
                    .with("limits", found.limits().stream().map(Refusal::code).toList());
        }
        return problem;
    }

    private static String rollingAdvice(BookingRules rules) {
        var limit = rules.quota().rolling().orElseThrow();
        return "at most " + plural(limit.count(), "booking") + " within " + limit.days() + " days; choose a later day.";
    }

    /** "Tuesday 2026-12-01 13:00". */
    private static String when(LocalDateTime time) {
        return time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + time.toLocalDate() + " "
                + time.toLocalTime();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
