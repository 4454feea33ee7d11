package se.bricka.backend.http;

import se.bricka.core.wire.Problem;

/** The refusals of the staff pages: sign-in, role, CSRF, purpose. */
public final class StaffProblems {

    private StaffProblems() {}

    /** No or expired staff session: 401 {@code sign-in-required}. */
    public static ApiException signInRequired() {
        return new ApiException(
                Problem.of("sign-in-required", "Please sign in", 401, "This page needs a staff sign-in."));
    }

    /** Wrong username or password: 401 {@code sign-in-failed}. */
    public static ApiException signInFailed() {
        return new ApiException(
                Problem.of("sign-in-failed", "Sign-in failed", 401, "The username or the password is wrong."));
    }

    /** Too many failures in the last hour: 429 {@code sign-in-locked}. */
    public static ApiException signInLocked(String detail) {
        return new ApiException(Problem.of("sign-in-locked", "Sign-in is locked", 429, detail));
    }

    /** The role may not do this: 403 {@code forbidden}. */
    public static ApiException forbidden(String detail) {
        return new ApiException(Problem.of("forbidden", "Not allowed for your role", 403, detail));
    }

    /** A form without this session's CSRF token: 403 {@code csrf}. */
    public static ApiException csrf() {
        return new ApiException(Problem.of(
                "csrf",
                "The form has expired",
                403,
                "The form did not carry this session's security token; reload the page and try again."));
    }

    /** Something named in the request does not exist: 404 {@code not-found}. */
    public static ApiException notFound(String detail) {
        return new ApiException(Problem.of("not-found", "Not found", 404, detail));
    }

    /** The request clashes with the current state: 409 {@code conflict}. */
    public static ApiException conflict(String detail) {
        return new ApiException(Problem.of("conflict", "Not possible now", 409, detail));
    }
}
