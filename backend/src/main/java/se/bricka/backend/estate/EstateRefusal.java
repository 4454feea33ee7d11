package se.bricka.backend.estate;

/**
 * Why an estate file was refused: where in the file (an RFC 6901 JSON pointer), the value found there,
 * and what is wrong with it. Nothing of the file has been written when this is thrown.
 */
public final class EstateRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SHOWN = 80;

    private final String pointer;
    private final String value;

    public EstateRefusal(String pointer, String value, String reason) {
        super(describe(pointer, value, reason));
        this.pointer = pointer;
        this.value = value;
    }

    /** Where in the file, e.g. {@code /properties/0/buildings/1/apartments/7/label}; "" is the whole file. */
    public String pointer() {
        return pointer;
    }

    /** The value found at {@link #pointer()}, as written in the file; {@code null} when it is missing. */
    public String value() {
        return value;
    }

    private static String describe(String pointer, String value, String reason) {
        String where = pointer.isEmpty() ? "(the file)" : pointer;
        if (value == null) {
            return where + ": " + reason;
        }
        String shown = value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "…" : value;
        return where + ": " + reason + ", was " + shown;
    }
}
