package se.bricka.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;

/**
 * The sign-in throttle over real HTTP, with clients on different loopback source addresses (127.0.0.2,
 * 127.0.0.3, …) so the server sees different addresses.
 */
public abstract class SignInThrottleContract extends StaffTestBase {

    private static final String RIGHT = "demo-" + IT_ADMIN;

    @Test
    void a_hundred_wrong_passwords_from_one_address_never_keep_the_owner_out_from_another() {
        // given an attacker at 127.0.0.2 guessing the IT administrator's password a hundred times
        StaffClient attacker = from("127.0.0.2");
        int refused = 0;
        int throttled = 0;
        for (int i = 0; i < 100; i++) {
            int status = attacker.signIn(IT_ADMIN, "guess-" + i).status();
            refused += status == 401 ? 1 : 0;
            throttled += status == 429 ? 1 : 0;
        }

        // when the real person signs in from their own address
        StaffClient owner = from("127.0.0.3");
        Page answer = owner.signIn(IT_ADMIN, RIGHT);

        // then they are in at once, and only the first five guesses were even checked
        assertThat(answer.status()).isEqualTo(303);
        assertThat(owner.get("/staff").body()).contains("Alex IT");
        assertThat(refused).isEqualTo(SignInThrottle.FREE_PER_ACCOUNT_AND_ADDRESS);
        assertThat(throttled).isEqualTo(100 - SignInThrottle.FREE_PER_ACCOUNT_AND_ADDRESS);
    }

    @Test
    void fifty_parallel_guesses_get_no_more_checks_than_the_free_allowance() throws Exception {
        // given fifty wrong passwords for one account from one address, all sent at the same moment (each its
        // own client, so that the sign-in form's cookies do not mix)
        int guesses = 50;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Page>> answers = new java.util.ArrayList<>();
        try (java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < guesses; i++) {
                String guess = "parallel-guess-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return from("127.0.0.2").signIn(IT_ADMIN, guess);
                }));
            }

            // when
            start.countDown();
        }
        int checked = 0;
        int refused = 0;
        for (java.util.concurrent.Future<Page> answer : answers) {
            Page page = answer.get();
            checked += page.status() == 401 ? 1 : 0;
            if (page.status() == 429 || page.status() == 503) {
                refused++;
                assertThat(page.header("Retry-After")).isNotBlank();
            }
        }
        Page owner = from("127.0.0.3").signIn(IT_ADMIN, RIGHT);

        // then at most the free allowance reached the password check, the rest were told to wait
        assertThat(checked).isBetween(1, SignInThrottle.FREE_PER_ACCOUNT_AND_ADDRESS);
        assertThat(checked + refused).isEqualTo(guesses);
        assertThat(owner.status()).isEqualTo(303);
    }

    @Test
    void the_guessing_address_is_told_to_wait_even_with_the_right_password() {
        // given
        StaffClient attacker = from("127.0.0.2");
        for (int i = 0; i < 100; i++) {
            attacker.signIn(IT_ADMIN, "guess-" + i);
        }

        // when
        Page answer = attacker.signIn(IT_ADMIN, RIGHT);

        // then
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(answer.body())
                .contains("För många misslyckade inloggningar från din adress. Vänta 1 s och försök igen");
        assertThat(attacker.cookie(StaffGuard.COOKIE)).isNull();
    }

    @Test
    void each_further_failure_doubles_the_wait_up_to_fifteen_minutes() {
        // given five failures: the first wait is a second
        StaffClient attacker = from("127.0.0.2");
        for (int i = 0; i < SignInThrottle.FREE_PER_ACCOUNT_AND_ADDRESS; i++) {
            assertThat(attacker.signIn(IT_ADMIN, "guess-" + i).status()).isEqualTo(401);
        }
        long wait = 1;
        for (int round = 0; round < 14; round++) {
            Page early = attacker.signIn(IT_ADMIN, "guess-early-" + round);
            assertThat(early.status()).isEqualTo(429);
            assertThat(early.header("Retry-After")).isEqualTo(Long.toString(wait));

            // when the wait is over, one more guess is checked (and fails)
            clock.advance(Duration.ofSeconds(wait));
            assertThat(attacker.signIn(IT_ADMIN, "guess-late-" + round).status())
                    .isEqualTo(401);

            // then the next wait is twice as long, at most 15 minutes
            wait = Math.min(wait * 2, SignInThrottle.MAX_DELAY.toSeconds());
        }
        assertThat(attacker.signIn(IT_ADMIN, RIGHT).header("Retry-After")).isEqualTo("900");
    }

    @Test
    void once_the_wait_is_over_the_right_password_works_from_the_same_address() {
        // given
        StaffClient person = from("127.0.0.2");
        for (int i = 0; i < SignInThrottle.FREE_PER_ACCOUNT_AND_ADDRESS; i++) {
            person.signIn(IT_ADMIN, "typo-" + i);
        }

        // when
        clock.advance(Duration.ofSeconds(1));
        Page answer = person.signIn(IT_ADMIN, RIGHT);

        // then
        assertThat(answer.status()).isEqualTo(303);
    }

    @Test
    void guesses_spread_over_many_addresses_slow_those_addresses_but_not_a_fresh_one() {
        // given five addresses, two guesses each: under each address's own limit, at the account's
        for (String address : new String[] {"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6"}) {
            StaffClient attacker = from(address);
            for (int i = 0; i < 2; i++) {
                assertThat(attacker.signIn(IT_ADMIN, "guess-" + address + "-" + i)
                                .status())
                        .isEqualTo(401);
            }
        }

        // when
        Page again = from("127.0.0.2").signIn(IT_ADMIN, "guess-more");
        Page owner = from("127.0.0.7").signIn(IT_ADMIN, RIGHT);

        // then
        assertThat(again.status()).isEqualTo(429);
        assertThat(Long.parseLong(again.header("Retry-After")))
                .isBetween(1L, SignInThrottle.MAX_ACCOUNT_DELAY.toSeconds());
        assertThat(owner.status()).isEqualTo(303);
    }

    @Test
    void one_address_trying_many_accounts_is_slowed_for_all_of_them() {
        // given one failure each for twenty made-up accounts
        StaffClient sprayer = from("127.0.0.2");
        for (int i = 0; i < SignInThrottle.FREE_PER_ADDRESS; i++) {
            assertThat(sprayer.signIn("nobody-" + i, "Sommar2026!").status()).isEqualTo(401);
        }

        // when
        Page real = sprayer.signIn(CUSTOMER_SERVICE, "Sommar2026!");
        Page elsewhere = from("127.0.0.3").signIn(CUSTOMER_SERVICE, "demo-" + CUSTOMER_SERVICE);

        // then
        assertThat(real.status()).isEqualTo(429);
        assertThat(elsewhere.status()).isEqualTo(303);
    }

    private StaffClient from(String address) {
        try {
            return new StaffClient(backend.baseUri(), InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
