package se.bricka.hw.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Time moved by hand: a {@link Scheduler} whose tasks run on the test's thread when {@link
 * #advance(Duration)} passes their due time, a {@link Sleeper} that moves the clock instead of
 * waiting, and the {@link Clock} both share.
 */
public final class ManualTime implements Scheduler, Sleeper {

    private final List<Task> tasks = new ArrayList<>();
    private Instant now;
    private long sequence;
    private Duration slept = Duration.ZERO;

    public ManualTime(Instant start) {
        this.now = start;
    }

    public ManualTime() {
        this(Instant.parse("2026-11-25T10:00:00Z"));
    }

    /** Moves time forward, running every task that falls due on the way, in due order. */
    public synchronized void advance(Duration step) {
        Instant target = now.plus(step);
        for (Optional<Task> next = nextDue(target); next.isPresent(); next = nextDue(target)) {
            Task task = next.get();
            now = task.due.isAfter(now) ? task.due : now;
            if (task.interval == null) {
                tasks.remove(task);
            } else {
                task.due = now.plus(task.interval);
            }
            task.action.run();
        }
        if (target.isAfter(now)) {
            now = target;
        }
    }

    private Optional<Task> nextDue(Instant target) {
        return tasks.stream()
                .filter(task -> !task.due.isAfter(target))
                .min(Comparator.<Task, Instant>comparing(task -> task.due).thenComparingLong(task -> task.order));
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        return add(new Task(now.plus(delay), null, task, sequence++));
    }

    /** Runs the first time at once on the next {@link #advance}, then every {@code interval}. */
    @Override
    public synchronized Cancellable repeat(Duration interval, Runnable task) {
        return add(new Task(now, interval, task, sequence++));
    }

    private Cancellable add(Task task) {
        tasks.add(task);
        return () -> {
            synchronized (this) {
                tasks.remove(task);
            }
        };
    }

    /** Moves the clock without running tasks: a driver waiting for its chip. */
    @Override
    public synchronized void sleep(Duration duration) {
        now = now.plus(duration);
        slept = slept.plus(duration);
    }

    /** How long drivers have slept in total. */
    public synchronized Duration slept() {
        return slept;
    }

    public synchronized int pendingTasks() {
        return tasks.size();
    }

    @Override
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                synchronized (ManualTime.this) {
                    return now;
                }
            }
        };
    }

    @Override
    public synchronized void close() {
        tasks.clear();
    }

    private static final class Task {
        private Instant due;
        private final Duration interval;
        private final Runnable action;
        private final long order;

        private Task(Instant due, Duration interval, Runnable action, long order) {
            this.due = due;
            this.interval = interval;
            this.action = action;
            this.order = order;
        }
    }
}
