package se.bricka.backend.device;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing of enrollment codes: a 12-digit code has 10^12 values, so a guesser needs
 * millions of tries, and a few refused codes per minute per source address (and a few dozen for all
 * sources together) make that hopeless while a caretaker who mistypes twice is not held up. Only
 * refusals count; a correct code is never counted. Kept in memory per backend node: a restart or
 * another node starts afresh, which still leaves a guesser within a small multiple of the limit.
 */
final class EnrollmentThrottle {

    /** Refused codes one source may send within {@link #WINDOW}. */
    static final int PER_SOURCE = 5;

    /** Refused codes all sources together may send within {@link #WINDOW}. */
    static final int GLOBAL = 30;

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perSource;
    private final int global;
    private final Duration window;
    private final Map<String, Deque<Instant>> bySource = new HashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    EnrollmentThrottle() {
        this(PER_SOURCE, GLOBAL, WINDOW);
    }

    EnrollmentThrottle(int perSource, int global, Duration window) {
        if (perSource <= 0 || global <= 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "limits must be positive, were " + perSource + ", " + global + " per " + window);
        }
        this.perSource = perSource;
        this.global = global;
        this.window = window;
    }

    /** How long {@code source} must wait before its next try; empty when it may try now. */
    synchronized Optional<Duration> waitFor(String source, Instant now) {
        forgetBefore(now.minus(window));
        Deque<Instant> mine = bySource.get(source);
        Instant until = null;
        if (mine != null && mine.size() >= perSource) {
            until = mine.peekFirst().plus(window);
        }
        if (all.size() >= global) {
            Instant globalUntil = all.peekFirst().plus(window);
            until = until == null || globalUntil.isAfter(until) ? globalUntil : until;
        }
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** {@code source} sent a code that was refused. */
    synchronized void refused(String source, Instant now) {
        bySource.computeIfAbsent(source, key -> new ArrayDeque<>()).addLast(now);
        all.addLast(now);
    }

    /** Drops failures that left the window, and sources with none left: memory stays bounded by the limits. */
    private void forgetBefore(Instant oldest) {
        while (!all.isEmpty() && !all.peekFirst().isAfter(oldest)) {
            all.removeFirst();
        }
        for (Iterator<Deque<Instant>> sources = bySource.values().iterator(); sources.hasNext(); ) {
            Deque<Instant> times = sources.next();
            while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
                times.removeFirst();
            }
            if (times.isEmpty()) {
                sources.remove();
            }
        }
    }
}
