package se.bricka.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.DemoTags;
import se.bricka.core.wire.ApiPaths;

/** The embedded file database, as one command starts it: seeded once, kept across restarts. */
class DemoSeedingTest {

    @TempDir
    Path dataDir;

    private BackendConfig config() {
        return BackendConfig.defaults()
                .withPort(0)
                .withDataDir(dataDir)
                .withSeedDemo(true)
                .withClock(Clock.systemUTC());
    }

    @Test
    void first_start_seeds_the_demo_estate_into_the_data_folder() throws SQLException {
        // when a backend starts on an empty data folder
        try (Backend backend = Backend.start(config())) {
            // then the demo board can identify a demo tag
            var reply = new ApiClient(backend.baseUri(), DemoTags.BOARD_TOKEN)
                    .post(ApiPaths.DEVICE_IDENTIFY, "{\"tagHash\":\"" + DemoTags.APARTMENT_1102 + "\"}", Map.of());
            assertThat(reply.status()).isEqualTo(200);
        }

        // and the estate is on disk
        assertThat(dataDir.resolve("bricka.mv.db")).isRegularFile();
        assertThat(count("apartment")).isEqualTo(24);
        assertThat(count("tag")).isEqualTo(48);
        assertThat(count("device")).isEqualTo(3); // two boards and the door controller
        assertThat(count("door")).isEqualTo(3);
        assertThat(count("resource")).isEqualTo(3);
        assertThat(count("quota_group")).isEqualTo(2);
    }

    @Test
    void restart_keeps_the_data_and_seeds_nothing_again() throws SQLException {
        // given a first run that stored a booking
        try (Backend first = Backend.start(config())) {
            var reply = new ApiClient(first.baseUri(), DemoTags.BOARD_TOKEN)
                    .post(
                            ApiPaths.BOOKINGS,
                            "{\"resourceId\":1,\"date\":\""
                                    + java.time.LocalDate.now().plusDays(1) + "\",\"start\":\"19:00\"}",
                            Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        }

        // when the backend starts again on the same folder
        try (Backend second = Backend.start(config())) {
            assertThat(second.port()).isPositive();
        }

        // then the demo estate exists once and the booking survived
        assertThat(count("property")).isEqualTo(1);
        assertThat(count("apartment")).isEqualTo(24);
        assertThat(count("tag")).isEqualTo(48);
        assertThat(count("booking")).isEqualTo(1);
    }

    @Test
    void without_demo_data_an_empty_database_stays_empty() throws SQLException {
        // when a backend starts with demo data off and its own key
        try (Backend backend = Backend.start(config().withSeedDemo(false).withTagKey(new byte[32]))) {
            assertThat(backend.port()).isPositive();
        }

        // then nothing was seeded
        assertThat(count("property")).isZero();
    }

    private long count(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(config().jdbcUrl(), "", "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
