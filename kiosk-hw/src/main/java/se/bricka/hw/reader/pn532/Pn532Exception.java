package se.bricka.hw.reader.pn532;

/** A PN532 exchange that failed: the chip did not answer ({@link #silent}) or answered garbage. */
final class Pn532Exception extends Exception {

    private final boolean silent;

    private Pn532Exception(String message, boolean silent) {
        super(message);
        this.silent = silent;
    }

    static Pn532Exception silent(String message) {
        return new Pn532Exception(message, true);
    }

    static Pn532Exception faulty(String message) {
        return new Pn532Exception(message, false);
    }

    boolean silent() {
        return silent;
    }
}
