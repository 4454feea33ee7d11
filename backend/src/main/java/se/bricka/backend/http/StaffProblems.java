package se.bricka.backend.http;

import se.bricka.backend.web.Text;

/**
 * The refusals of the staff pages: sign-in, role, CSRF, purpose. Each detail is a {@link Text}, so a
 * staff page says it in the reader's language and the problem document in English.
 */
public final class StaffProblems {

    private StaffProblems() {}

    /** No or expired staff session: 401 {@code sign-in-required}. */
    public static ApiException signInRequired() {
        return new ApiException("sign-in-required", "Please sign in", 401, Text.of("problem.signInRequired"));
    }

    /** Wrong username or password: 401 {@code sign-in-failed}. */
    public static ApiException signInFailed() {
        return new ApiException("sign-in-failed", "Sign-in failed", 401, Text.of("problem.signInFailed"));
    }

    /** Too many failures in the last hour: 429 {@code sign-in-locked}. */
    public static ApiException signInLocked(Text detail) {
        return new ApiException("sign-in-locked", "Sign-in is locked", 429, detail);
    }

    /** The role may not do this: 403 {@code forbidden}. */
    public static ApiException forbidden(Text detail) {
        return new ApiException("forbidden", "Not allowed for your role", 403, detail);
    }

    /** A form without this session's CSRF token: 403 {@code csrf}. */
    public static ApiException csrf() {
        return new ApiException("csrf", "The form has expired", 403, Text.of("problem.csrf"));
    }

    /** Something named in the request does not exist: 404 {@code not-found}. */
    public static ApiException notFound(Text detail) {
        return new ApiException("not-found", "Not found", 404, detail);
    }

    /** The request clashes with the current state: 409 {@code conflict}. */
    public static ApiException conflict(Text detail) {
        return new ApiException("conflict", "Not possible now", 409, detail);
    }
}
