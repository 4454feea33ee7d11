package se.bricka.backend.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Text;
import se.bricka.core.booking.Refusal;
import se.bricka.core.wire.Problem;

/**
 * A request the backend refuses, with the problem document it becomes. Thrown anywhere below the
 * routes and turned into {@code application/problem+json} in one place, {@link ProblemMapper}.
 */
public final class ApiException extends RuntimeException {

    private final Problem problem;
    private final Map<String, Object> extensions;
    private final Text detail;

    public ApiException(Problem problem) {
        this(problem, Map.of(), null);
    }

    /**
     * A refusal whose detail is {@code detail}: English in the problem document, the reader's language on
     * a staff page.
     */
    public ApiException(String code, String title, int status, Text detail) {
        this(Problem.of(code, title, status, Messages.english().get(detail)), Map.of(), detail);
    }

    private ApiException(Problem problem, Map<String, Object> extensions, Text detail) {
        super(problem.code() + ": " + problem.detail(), null, false, false);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
        this.detail = detail;
    }

    /** The detail as a text to translate, or {@code null} when it exists only in English. */
    public Text detailText() {
        return detail;
    }

    /** The document this refusal becomes. */
    public Problem problem() {
        return problem;
    }

    /** RFC 9457 extension members: machine-readable details beside the standard ones, in order. */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** This refusal with one more extension member, such as {@code quota} or {@code closedUntil}. */
    public ApiException with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new ApiException(problem, more, detail);
    }

    /** A domain refusal, with the HTTP status its code always has. */
    public static ApiException refused(Refusal refusal, String detail) {
        return new ApiException(Problem.of(refusal.code(), titleOf(refusal), statusOf(refusal), detail));
    }

    /** Malformed or impossible input: 400 {@code bad-request}. */
    public static ApiException badRequest(String detail) {
        return new ApiException(Problem.of("bad-request", "The request is not valid", 400, detail));
    }

    /** Malformed or impossible input on a staff page: 400 {@code bad-request}, said in the reader's language. */
    public static ApiException badRequest(Text detail) {
        return new ApiException("bad-request", "The request is not valid", 400, detail);
    }

    /** No or unknown device token: 401 {@code unauthorized}. */
    public static ApiException unauthorized(String detail) {
        return new ApiException(Problem.of("unauthorized", "A device token is required", 401, detail));
    }

    public static ApiException idempotencyKeyReused(String key) {
        return new ApiException(Problem.of(
                "idempotency-key-reused",
                "The idempotency key was used for another request",
                422,
                "Idempotency-Key '" + key + "' was already used for a different request."));
    }

    static int statusOf(Refusal refusal) {
        return switch (refusal) {
            case UNKNOWN_RESOURCE, UNKNOWN_BOOKING, UNKNOWN_CLOSURE, NO_CURRENT_BOOKING -> 404;
            case UNKNOWN_SLOT, SLOT_IN_PAST, OUTSIDE_HORIZON, RESOURCE_CLOSED, CANCEL_TOO_LATE -> 422;
            case QUOTA_FUTURE_BOOKINGS, QUOTA_PER_DAY, QUOTA_ROLLING -> 422;
            case SLOT_TAKEN -> 409;
            case UNKNOWN_TAG, TAG_BLOCKED, NOT_YOUR_BOOKING -> 403;
        };
    }

    private static String titleOf(Refusal refusal) {
        return switch (refusal) {
            case UNKNOWN_RESOURCE -> "No such bookable object";
            case UNKNOWN_SLOT -> "No such slot";
            case SLOT_IN_PAST -> "The slot has passed";
            case OUTSIDE_HORIZON -> "The slot is too far ahead";
            case SLOT_TAKEN -> "The slot is taken";
            case RESOURCE_CLOSED -> "The object is closed then";
            case QUOTA_FUTURE_BOOKINGS -> "Too many bookings ahead";
            case QUOTA_PER_DAY -> "Too many bookings that day";
            case QUOTA_ROLLING -> "Too many bookings in a short time";
            case UNKNOWN_TAG -> "The tag is not known";
            case TAG_BLOCKED -> "The tag is blocked";
            case NOT_YOUR_BOOKING -> "The booking belongs to another household";
            case UNKNOWN_BOOKING -> "No such booking";
            case CANCEL_TOO_LATE -> "Too late to cancel";
            case UNKNOWN_CLOSURE -> "No such closure";
            case NO_CURRENT_BOOKING -> "No booking to check in on now";
        };
    }
}
