package se.bricka.hw.door;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import se.bricka.hw.time.Scheduler;

/** An indicator with no hardware: the same patterns, recorded for the demo window and tests. */
public final class SimulatedIndicator extends PatternIndicator {

    private final List<Lamps> shown = new CopyOnWriteArrayList<>();

    public SimulatedIndicator(Scheduler scheduler) {
        super(scheduler);
    }

    @Override
    protected void show(Lamps lamps) {
        shown.add(lamps);
    }

    /** Every state the lamps went through, in order. */
    public List<Lamps> shown() {
        return List.copyOf(shown);
    }

    /** What the lamps show now. */
    public Lamps lamps() {
        return shown.isEmpty() ? Lamps.DARK : shown.getLast();
    }
}
