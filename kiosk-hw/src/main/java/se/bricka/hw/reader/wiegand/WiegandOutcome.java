package se.bricka.hw.reader.wiegand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import se.bricka.hw.reader.HealthMonitor;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.SameTapFilter;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.reader.TapSink;

/**
 * What a Wiegand reader makes of its frames and line levels, whichever way its edges arrive: a card
 * frame is a tap unless it repeats the last one within the same-tap window, a rejected frame is
 * counted, and a data line held low for longer than {@link WiegandTagReader#STUCK_LOW} (a pulse
 * lasts about 50 µs) is a wiring fault — a short to ground, a 5 V reader on a missing or unpowered
 * level shifter — that makes the reader {@code FAULTY} until both lines are high again.
 */
final class WiegandOutcome {

    private static final int FAULTY_FRAMES_BEFORE_FAULT = 5;

    private final String id;
    private final Clock clock;
    private final SameTapFilter sameTap;
    private final HealthMonitor health;
    private final TapSink taps;
    /** Per line, since when it has been low; -1 while it is high. */
    private final long[] lowSince = {-1, -1};

    private boolean stuck;

    WiegandOutcome(String id, Duration sameTapWindow, Clock clock) {
        this.id = id;
        this.clock = clock;
        this.sameTap = new SameTapFilter(sameTapWindow);
        this.health = new HealthMonitor(id, FAULTY_FRAMES_BEFORE_FAULT);
        this.taps = new TapSink(id, health);
    }

    void attach(Consumer<TagRead> listener) {
        taps.attach(listener);
    }

    ReaderHealth health() {
        return health.health();
    }

    synchronized void frame(WiegandFrame frame) {
        switch (frame) {
            case WiegandFrame.Card card -> {
                health.answered();
                Instant now = clock.instant();
                if (sameTap.isNewTap(card.uid(), now)) {
                    taps.deliver(new TagRead(card.uid(), id, now));
                }
            }
            case WiegandFrame.Rejected rejected -> health.faultyFrame(rejected.bits() + " bits: " + rejected.why());
        }
    }

    /**
     * Line {@code line} (0 for DATA0, 1 for DATA1) went low at {@code nanos}, or high; a line that
     * stays low is found by {@link #checkStuck}.
     */
    synchronized void level(int line, boolean low, long nanos) {
        if (!low) {
            lowSince[line] = -1;
        } else if (lowSince[line] < 0) {
            lowSince[line] = nanos;
        }
    }

    /** It is {@code nanos} now: reports a line low for too long, and its recovery. */
    synchronized void checkStuck(long nanos) {
        String stuckLine = null;
        for (int line = 0; line < lowSince.length; line++) {
            if (lowSince[line] >= 0 && nanos - lowSince[line] >= WiegandTagReader.STUCK_LOW.toNanos()) {
                stuckLine = "DATA" + line;
            }
        }
        if (stuckLine != null && !stuck) {
            stuck = true;
            health.faulty(stuckLine + " has been low for over " + WiegandTagReader.STUCK_LOW.toMillis()
                    + " ms: a short to ground, or a missing or unpowered level shifter");
        } else if (stuckLine == null && stuck && lowSince[0] < 0 && lowSince[1] < 0) {
            stuck = false;
            health.answered();
        }
    }

    /** The line events could not be read at all: the chip went away, or the request failed. */
    void unreadable(String why) {
        health.faulty(why);
    }

    /** The lines are read again after {@link #unreadable}. */
    void readable() {
        if (!stuck) {
            health.answered();
        }
    }
}
