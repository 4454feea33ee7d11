package se.bricka.backend.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.TestDatabase;

class AccessLogOnPostgresTest extends AccessLogContract {

    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }

    @Test
    void the_purge_drops_whole_daily_partitions_on_postgresql() {
        // given
        upload(event("old", NOW.minus(Duration.ofDays(13)), apartmentId("1102"), "booking"));
        long before = partitions();
        clock.advance(Duration.ofDays(3));

        // when
        RetentionPurge.Purged purged = backend.privacy().purgeNow();

        // then
        assertThat(purged.partitionsDropped()).isGreaterThanOrEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM access_event")).isZero();
        assertThat(partitions()).isLessThan(before + 2);
        assertThat(database.count("SELECT COUNT(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                        + " WHERE i.inhparent = 'access_event'::regclass AND c.relname = 'access_event_d"
                        + NOW.minus(Duration.ofDays(13))
                                .toString()
                                .substring(0, 10)
                                .replace("-", "") + "'"))
                .isZero();
    }

    private long partitions() {
        return database.count("SELECT COUNT(*) FROM pg_inherits WHERE inhparent = 'access_event'::regclass");
    }
}
