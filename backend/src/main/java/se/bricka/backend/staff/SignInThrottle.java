package se.bricka.backend.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing without ever locking the real person out. Failed sign-ins are counted per
 * address, per account and address, and per account; past a few free failures each further one makes the
 * key wait twice as long as the one before (1 s, 2 s, 4 s, … up to 15 minutes).
 *
 * <p>The account-wide count (guesses spread over many addresses) only ever slows addresses that have
 * themselves failed for that account, and only up to a minute: a person at an address that has not failed
 * signs in at once, however many guesses came from elsewhere.
 *
 * <p>Kept in memory, per backend node: a restart forgets it, and with several nodes each counts its own
 * share. Each table holds at most {@link #MAX_ENTRIES} keys; when full, the key that failed least recently
 * is forgotten first.
 */
public final class SignInThrottle {

    /** Failures of one account from one address before the delays start. */
    public static final int FREE_PER_ACCOUNT_AND_ADDRESS = 5;

    /** Failures from one address, over all accounts, before the delays start. */
    public static final int FREE_PER_ADDRESS = 20;

    /** Failures of one account, over all addresses, before addresses that failed for it are slowed. */
    public static final int FREE_PER_ACCOUNT = 10;

    /** The longest wait for an address. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);

    /** The longest wait the account-wide count imposes. */
    public static final Duration MAX_ACCOUNT_DELAY = Duration.ofMinutes(1);

    /** A key without a failure for this long starts afresh. */
    public static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** The most keys each table holds. */
    public static final int MAX_ENTRIES = 10_000;

    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final Clock clock;
    private final Table byAddress = new Table(FREE_PER_ADDRESS, MAX_DELAY);
    private final Table byAccountAndAddress = new Table(FREE_PER_ACCOUNT_AND_ADDRESS, MAX_DELAY);
    private final Table byAccount = new Table(FREE_PER_ACCOUNT, MAX_ACCOUNT_DELAY);

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} must wait before it may try {@code account} again; empty if it may now. */
    public synchronized Optional<Duration> waitBeforeTry(String account, String address) {
        Instant now = clock.instant();
        Duration wait = longer(byAddress.waitAt(address, now), byAccountAndAddress.waitAt(pair(account, address), now));
        if (byAccountAndAddress.hasFailed(pair(account, address), now)) {
            wait = longer(wait, byAccount.waitAt(account, now));
        }
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    /**
     * Checks and counts in one step, so that parallel tries cannot all pass through the same open moment:
     * unless {@code address} must wait, the try is counted as a failure now, before its password is checked;
     * a right password then {@linkplain #succeeded(Reservation) gives it back}.
     */
    public synchronized Reservation reserve(String account, String address) {
        Optional<Duration> wait = waitBeforeTry(account, address);
        if (wait.isPresent()) {
            return new Reservation(account, address, wait.get(), null, null, null);
        }
        Instant now = clock.instant();
        return new Reservation(
                account,
                address,
                Duration.ZERO,
                byAddress.fail(address, now),
                byAccountAndAddress.fail(pair(account, address), now),
                byAccount.fail(account, now));
    }

    /**
     * A try counted before its password was checked, with what each table held before it; or, with a
     * positive {@code waitFor}, a try refused and not counted.
     */
    public record Reservation(
            String account,
            String address,
            Duration waitFor,
            Failures beforeByAddress,
            Failures beforeByPair,
            Failures beforeByAccount) {

        /** Whether the try may go on to the password check. */
        public boolean granted() {
            return !waitFor.isPositive();
        }
    }

    /** The reserved try was right: this address starts afresh for the account, and the try is not counted. */
    public synchronized void succeeded(Reservation reservation) {
        release(reservation);
        byAccountAndAddress.forget(pair(reservation.account(), reservation.address()));
    }

    /** The reserved try's password was never checked (the server was busy): it is not counted. */
    public synchronized void release(Reservation reservation) {
        if (!reservation.granted()) {
            return;
        }
        Instant now = clock.instant();
        byAddress.undo(reservation.address(), reservation.beforeByAddress(), now);
        byAccountAndAddress.undo(pair(reservation.account(), reservation.address()), reservation.beforeByPair(), now);
        byAccount.undo(reservation.account(), reservation.beforeByAccount(), now);
    }

    /** Counts a wrong password (or unknown account) for {@code account} from {@code address}. */
    public synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        byAddress.fail(address, now);
        byAccountAndAddress.fail(pair(account, address), now);
        byAccount.fail(account, now);
    }

    /**
     * A right password: this address starts afresh for this account. The address's count over all accounts
     * and the account's count over all addresses stay, so signing in to one's own account does not clear
     * the way for guessing others, nor does the real person clear an attacker's count.
     */
    public synchronized void succeeded(String account, String address) {
        byAccountAndAddress.forget(pair(account, address));
    }

    /** How many keys are held, over the three tables (for tests of the memory bound). */
    synchronized int size() {
        return byAddress.size() + byAccountAndAddress.size() + byAccount.size();
    }

    private static String pair(String account, String address) {
        // No address contains a newline, so no two pairs share a key.
        return address + "\n" + account;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Failures per key, least recently failed first. */
    private static final class Table {

        private final int free;
        private final Duration maxDelay;
        private final LinkedHashMap<String, Failures> entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > MAX_ENTRIES;
            }
        };

        Table(int free, Duration maxDelay) {
            this.free = free;
            this.maxDelay = maxDelay;
        }

        Duration waitAt(String key, Instant now) {
            Failures failures = live(key, now);
            if (failures == null || failures.blockedUntil == null || !failures.blockedUntil.isAfter(now)) {
                return Duration.ZERO;
            }
            return Duration.between(now, failures.blockedUntil);
        }

        boolean hasFailed(String key, Instant now) {
            return live(key, now) != null;
        }

        /** Counts a failure; returns what the key held before (null if nothing). */
        Failures fail(String key, Instant now) {
            Failures failures = live(key, now);
            // Removed and put back, so the map's order stays "least recently failed first".
            entries.remove(key);
            int count = failures == null ? 1 : failures.count + 1;
            Instant blockedUntil = count < free ? null : now.plus(delayAfter(count - free));
            entries.put(key, new Failures(count, now, blockedUntil));
            return failures;
        }

        /**
         * Takes back one counted failure: back to {@code before} when nothing was counted since, else one
         * fewer, keeping the wait the later failures set.
         */
        void undo(String key, Failures before, Instant now) {
            Failures failures = live(key, now);
            if (failures == null) {
                return;
            }
            int expected = before == null ? 1 : before.count + 1;
            if (failures.count == expected) {
                entries.remove(key);
                if (before != null) {
                    entries.put(key, before);
                }
            } else if (failures.count > 1) {
                entries.put(key, new Failures(failures.count - 1, failures.last, failures.blockedUntil));
            } else {
                entries.remove(key);
            }
        }

        void forget(String key) {
            entries.remove(key);
        }

        int size() {
            return entries.size();
        }

        private Failures live(String key, Instant now) {
            Failures failures = entries.get(key);
            if (failures != null && !failures.last.plus(FORGET_AFTER).isAfter(now)) {
                entries.remove(key);
                return null;
            }
            return failures;
        }

        /** 1 s after the first counted failure, doubling with each further one, at most {@link #maxDelay}. */
        private Duration delayAfter(int beyondFree) {
            if (beyondFree >= 30) {
                return maxDelay;
            }
            Duration delay = FIRST_DELAY.multipliedBy(1L << beyondFree);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    /** One key's failures: how many, the last, and until when it must wait. */
    public record Failures(int count, Instant last, Instant blockedUntil) {}
}
