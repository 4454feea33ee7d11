package se.bricka.kiosk.booking;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Who is tapped in. Actions on the queue begin, move and end the visit; the watchdog may give it up
 * while an action hangs, and an answer that arrives after that is not shown.
 */
final class Session {

    private final IdleWatch idle;
    private final AtomicLong abandoned = new AtomicLong();
    private volatile Visit visit;

    Session(IdleWatch idle) {
        this.idle = idle;
    }

    /** The visit shown, or null. */
    Visit current() {
        return visit;
    }

    /** A household tapped in: its visit starts, and so does the idle log-out's count. */
    void begin(Visit started) {
        visit = started;
        idle.stayLoggedIn();
    }

    /** The visit looks at another week now. */
    void move(Visit moved) {
        visit = moved;
    }

    void end() {
        visit = null;
        idle.loggedOut();
    }

    /** Gives up the visit of a hung action; whatever it answers later is dropped. */
    void abandon() {
        abandoned.incrementAndGet();
        end();
    }

    /** Taken before a call to the backend; see {@link #abandonedSince}. */
    long ticket() {
        return abandoned.get();
    }

    /** Whether the visit was given up since {@code ticket} was taken. */
    boolean abandonedSince(long ticket) {
        return abandoned.get() != ticket;
    }
}
