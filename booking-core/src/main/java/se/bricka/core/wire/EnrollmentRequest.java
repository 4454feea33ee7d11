package se.bricka.core.wire;

/**
 * A panel asks to be enrolled with the code staff issued for it.
 *
 * @param code {@value #CODE_DIGITS} digits, as shown to staff (spaces between groups are not sent)
 */
public record EnrollmentRequest(String code) {

    /** How many digits an enrollment code has: 10^12 codes, each valid once and for a day. */
    public static final int CODE_DIGITS = 12;

    /** Whether {@code code} has the form of an enrollment code; says nothing of whether it is valid. */
    public static boolean wellFormed(String code) {
        return code != null && code.length() == CODE_DIGITS && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
