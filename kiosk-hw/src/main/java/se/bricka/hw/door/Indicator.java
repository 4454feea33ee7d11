package se.bricka.hw.door;

/**
 * The light and sound a reader gives back: green and a short beep for a granted tap, red and three
 * beeps for a refused one, a blinking red while something is broken, dark when idle.
 */
public interface Indicator extends AutoCloseable {

    /** What the indicator is showing. */
    enum Signal {
        IDLE,
        GRANTED,
        REFUSED,
        FAULT
    }

    /** Green and one short beep, then dark. */
    void granted();

    /** Red and three short beeps, then dark. */
    void refused();

    /** Blinks red until another signal replaces it. */
    void fault();

    /** Dark and silent. */
    void idle();

    /** The signal being shown now. */
    Signal signal();

    /** Goes dark and frees the outputs. */
    @Override
    void close();
}
