package se.bricka.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.MutableClock;

/** The throttle's memory and forgetting, without HTTP (its rules over HTTP: SignInThrottleContract). */
class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:30:00Z"), ZoneOffset.UTC);
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void a_flood_of_made_up_accounts_and_addresses_holds_at_most_the_cap() {
        // when
        for (int i = 0; i < 3 * SignInThrottle.MAX_ENTRIES; i++) {
            throttle.failed("user-" + i, "10.0." + (i / 256 % 256) + "." + (i % 256));
        }

        // then
        assertThat(throttle.size()).isLessThanOrEqualTo(3 * SignInThrottle.MAX_ENTRIES);
    }

    @Test
    void flooding_the_tables_from_one_address_leaves_that_address_waiting() {
        // given one address trying more made-up accounts than a table holds
        for (int i = 0; i < SignInThrottle.MAX_ENTRIES + 100; i++) {
            throttle.failed("user-" + i, "192.0.2.1");
        }

        // then its per-account keys were forgotten first, its own count stays
        assertThat(throttle.waitBeforeTry("it-admin", "192.0.2.1")).contains(SignInThrottle.MAX_DELAY);
        assertThat(throttle.waitBeforeTry("it-admin", "192.0.2.2")).isEmpty();
    }

    @Test
    void a_key_without_failures_for_an_hour_starts_afresh() {
        // given
        for (int i = 0; i < 8; i++) {
            throttle.failed("it-admin", "192.0.2.1");
            clock.advance(Duration.ofMinutes(5));
        }

        // when
        clock.advance(SignInThrottle.FORGET_AFTER);
        throttle.failed("it-admin", "192.0.2.1");

        // then one failure after the pause costs nothing
        assertThat(throttle.waitBeforeTry("it-admin", "192.0.2.1")).isEmpty();
    }

    @Test
    void signing_in_clears_only_that_address_for_that_account() {
        // given
        for (int i = 0; i < SignInThrottle.FREE_PER_ACCOUNT_AND_ADDRESS; i++) {
            throttle.failed("it-admin", "192.0.2.1");
        }

        // when
        throttle.succeeded("it-admin", "192.0.2.1");

        // then
        assertThat(throttle.waitBeforeTry("it-admin", "192.0.2.1")).isEmpty();
    }
}
