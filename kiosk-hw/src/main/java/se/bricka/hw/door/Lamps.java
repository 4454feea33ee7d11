package se.bricka.hw.door;

/** One moment of an indicator: which of green, red and the buzzer are on. */
public record Lamps(boolean green, boolean red, boolean buzzer) {

    public static final Lamps DARK = new Lamps(false, false, false);
}
