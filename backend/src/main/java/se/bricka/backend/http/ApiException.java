package se.bricka.backend.http;

import java.util.Objects;
import se.bricka.core.booking.Refusal;
import se.bricka.core.wire.Problem;

/**
 * A request the backend refuses, with the problem document it becomes. Thrown anywhere below the
 * routes and turned into {@code application/problem+json} in one place, {@link ProblemMapper}.
 */
public final class ApiException extends RuntimeException {

    private final Problem problem;

    public ApiException(Problem problem) {
        super(problem.code() + ": " + problem.detail(), null, false, false);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The document this refusal becomes. */
    public Problem problem() {
        return problem;
    }

    /** A domain refusal, with the HTTP status its code always has. */
    public static ApiException refused(Refusal refusal, String detail) {
        return new ApiException(Problem.of(refusal.code(), titleOf(refusal), statusOf(refusal), detail));
    }

    /** Malformed or impossible input: 400 {@code bad-request}. */
    public static ApiException badRequest(String detail) {
        return new ApiException(Problem.of("bad-request", "The request is not valid", 400, detail));
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
            case UNKNOWN_RESOURCE, UNKNOWN_BOOKING -> 404;
            case UNKNOWN_SLOT, SLOT_IN_PAST, OUTSIDE_HORIZON, RESOURCE_CLOSED -> 422;
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
        };
    }
}
