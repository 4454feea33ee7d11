package se.bricka.core.wire;

/**
 * An RFC 9457 problem document. {@code type} is {@code https://bricka.se/problems/<code>}, where
 * {@code code} is a stable reason such as {@code slot-taken} (see {@code Refusal}) or
 * {@code bad-request}.
 */
public record Problem(String type, String title, int status, String detail, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "https://bricka.se/problems/";

    public static Problem of(String code, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, code);
    }
}
