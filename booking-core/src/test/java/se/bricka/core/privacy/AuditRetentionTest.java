package se.bricka.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:30:00Z");

    @Test
    void an_entry_is_kept_two_years_and_may_be_deleted_only_after() {
        // given
        Instant twoYearsAgo = NOW.minus(AuditRetention.LIMIT);

        // then
        assertThat(AuditRetention.LIMIT).isEqualTo(Duration.ofDays(730));
        assertThat(AuditRetention.expired(twoYearsAgo.plusSeconds(1), NOW)).isFalse();
        assertThat(AuditRetention.expired(twoYearsAgo.minusSeconds(1), NOW)).isTrue();
    }

    @Test
    void the_purge_waits_a_day_past_the_limit_so_the_database_never_refuses_it() {
        // when
        Instant before = AuditRetention.purgeBefore(NOW);

        // then
        assertThat(before).isEqualTo(NOW.minus(AuditRetention.LIMIT).minus(Duration.ofDays(1)));
        assertThat(AuditRetention.expired(before.minusSeconds(1), NOW)).isTrue();
    }
}
