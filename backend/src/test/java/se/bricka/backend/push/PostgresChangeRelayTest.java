package se.bricka.backend.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import se.bricka.backend.http.Json;
import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.core.wire.ChangeEvent;

/** Two nodes' relays on one PostgreSQL schema: each change reaches each node's devices once. */
class PostgresChangeRelayTest {

    private static final ChangeEvent BOOKED =
            new ChangeEvent(7, ChangeEvent.BOOKING_CREATED, 1, LocalDate.of(2026, 11, 26), LocalTime.of(10, 0));

    private final PostgresTestDatabase database = new PostgresTestDatabase();
    private static final ChangeEvent PROBE =
            new ChangeEvent(1, ChangeEvent.BOOKING_CANCELLED, 1, LocalDate.of(2026, 1, 1), LocalTime.NOON);

    private final PGSimpleDataSource pool = new PGSimpleDataSource();
    private final ObjectMapper mapper = Json.newMapper();
    private final List<ChangeEvent> onA = new CopyOnWriteArrayList<>();
    private final List<ChangeEvent> onB = new CopyOnWriteArrayList<>();
    private PostgresChangeRelay nodeA;
    private PostgresChangeRelay nodeB;

    private PostgresChangeRelay relay(List<ChangeEvent> devices) {
        pool.setURL(database.url());
        pool.setUser(database.user());
        return new PostgresChangeRelay(devices::add, pool, mapper, database.url(), database.user(), "");
    }

    @AfterEach
    void stop() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        database.close();
    }

    @Test
    void a_change_reaches_the_other_nodes_devices_and_is_not_offered_twice_on_its_own() {
        // given
        nodeA = relay(onA);
        nodeB = relay(onB);
        awaitListening();

        // when
        nodeA.publish(BOOKED);

        // then: node B hears it once; node A handed it to its devices itself and passes over its echo
        await().atMost(Duration.ofSeconds(5)).until(() -> !booked(onB).isEmpty());
        await().during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(3))
                .until(() -> booked(onA).size() == 1 && booked(onB).size() == 1);
        assertThat(booked(onA)).containsExactly(BOOKED);
        assertThat(booked(onB)).containsExactly(BOOKED);
    }

    @Test
    void a_change_another_node_notified_is_handed_on_by_every_node() throws SQLException {
        // given: two nodes listening, and a change neither of them published
        nodeA = relay(onA);
        nodeB = relay(onB);
        awaitListening();

        // when
        try (Connection connection = pool.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, "bricka_changes_" + schemaOf(database.url()));
            notify.setString(2, Json.write(mapper, BOOKED));
            notify.execute();
        }

        // then
        await().atMost(Duration.ofSeconds(5))
                .until(() -> booked(onA).size() == 1 && booked(onB).size() == 1);
        assertThat(booked(onA)).containsExactly(BOOKED);
    }

    /** Both listeners have run LISTEN: each has heard a probe the other sent. */
    private void awaitListening() {
        awaitHeard(nodeB, onA);
        awaitHeard(nodeA, onB);
    }

    private static void awaitHeard(PostgresChangeRelay sender, List<ChangeEvent> receiver) {
        receiver.clear();
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    sender.publish(PROBE);
                    return receiver.contains(PROBE);
                });
    }

    /** The booking's deliveries among what a node's devices were handed, probes left out. */
    private static List<ChangeEvent> booked(List<ChangeEvent> handed) {
        return handed.stream().filter(BOOKED::equals).toList();
    }

    private static String schemaOf(String url) {
        return url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    }
}
