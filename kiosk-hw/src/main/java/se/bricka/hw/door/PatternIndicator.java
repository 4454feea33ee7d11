package se.bricka.hw.door;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.bricka.hw.time.Scheduler;

/**
 * Plays each signal as a timed pattern of {@link Lamps} on a {@link Scheduler}; a new signal cuts
 * the old pattern short. Subclasses only switch the outputs.
 */
abstract class PatternIndicator implements Indicator {

    /** How long green or red stays lit after a tap before the indicator goes dark again. */
    static final Duration SHOW_FOR = Duration.ofSeconds(3);

    static final Duration SHORT_BEEP = Duration.ofMillis(150);
    static final Duration REFUSAL_BEEP = Duration.ofMillis(100);
    static final Duration FAULT_BLINK = Duration.ofMillis(500);

    private final Scheduler scheduler;
    private final List<Scheduler.Cancellable> steps = new ArrayList<>();
    private Signal signal = Signal.IDLE;
    /**
     * Counts the patterns played. A step of an old pattern may already be on its way when a new
     * signal cancels it (a cancel cannot stop a task that has started); it checks this and does
     * nothing, so a refusal's red never flashes into the next granted green.
     */
    private long pattern;

    PatternIndicator(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** Switches the outputs to {@code lamps}. */
    protected abstract void show(Lamps lamps);

    @Override
    public final synchronized void granted() {
        play(Signal.GRANTED);
        show(new Lamps(true, false, true));
        at(SHORT_BEEP, new Lamps(true, false, false));
        at(SHOW_FOR, Lamps.DARK, Signal.IDLE);
    }

    @Override
    public final synchronized void refused() {
        play(Signal.REFUSED);
        show(new Lamps(false, true, true));
        for (int beep = 0; beep < 3; beep++) {
            Duration start = REFUSAL_BEEP.multipliedBy(2L * beep);
            if (beep > 0) {
                at(start, new Lamps(false, true, true));
            }
            at(start.plus(REFUSAL_BEEP), new Lamps(false, true, false));
        }
        at(SHOW_FOR, Lamps.DARK, Signal.IDLE);
    }

    @Override
    public final synchronized void fault() {
        play(Signal.FAULT);
        show(new Lamps(false, true, false));
        boolean[] lit = {true};
        long mine = pattern;
        steps.add(scheduler.repeat(FAULT_BLINK, () -> {
            synchronized (this) {
                if (mine == pattern) {
                    show(new Lamps(false, lit[0], false));
                    lit[0] = !lit[0];
                }
            }
        }));
    }

    @Override
    public final synchronized void idle() {
        play(Signal.IDLE);
        show(Lamps.DARK);
    }

    @Override
    public final synchronized Signal signal() {
        return signal;
    }

    private void play(Signal next) {
        steps.forEach(Scheduler.Cancellable::cancel);
        steps.clear();
        pattern++;
        signal = next;
    }

    private void at(Duration offset, Lamps lamps) {
        at(offset, lamps, null);
    }

    private void at(Duration offset, Lamps lamps, Signal then) {
        long mine = pattern;
        steps.add(scheduler.schedule(offset, () -> step(mine, lamps, then)));
    }

    private synchronized void step(long of, Lamps lamps, Signal then) {
        if (of != pattern) {
            return;
        }
        show(lamps);
        if (then != null) {
            signal = then;
        }
    }

    @Override
    public void close() {
        idle();
    }
}
