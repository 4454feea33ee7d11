package se.bricka.kiosk.backend;

/**
 * The backend answered with an error. {@link #code()} is the stable reason of its problem document,
 * such as {@code slot-taken} (see {@code se.bricka.core.booking.Refusal}); the board chooses its
 * sentence by it. An answer without a problem document has the code {@link #UNEXPECTED}.
 */
public final class BackendRefusedException extends BackendException {

    private static final long serialVersionUID = 1L;

    /** The code of an error answer that carried no problem document. */
    public static final String UNEXPECTED = "unexpected";

    private final String code;
    private final int status;
    private final transient RefusalDetails details;

    /** @param code the problem's code; blank or {@code null} becomes {@link #UNEXPECTED} */
    public BackendRefusedException(String code, int status, String detail) {
        this(code, status, detail, RefusalDetails.none());
    }

    /** A refusal with the details its problem document carried. */
    public BackendRefusedException(String code, int status, String detail, RefusalDetails details) {
        super("backend refused (" + status + " " + code + "): " + detail, null);
        this.code = code == null || code.isBlank() ? UNEXPECTED : code;
        this.status = status;
        this.details = details == null ? RefusalDetails.none() : details;
    }

    /** What the problem said besides its code: quota, closure end, horizon; never null. */
    public RefusalDetails details() {
        return details;
    }

    /** The problem's stable reason, never blank. */
    public String code() {
        return code;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }
}
