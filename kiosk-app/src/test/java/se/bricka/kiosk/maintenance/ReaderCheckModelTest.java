package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.core.tag.TagUid;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.SimulatedTagReader;
import se.bricka.hw.reader.TagRead;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;

class ReaderCheckModelTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:30:00Z");

    private final TestClock clock = new TestClock(NOW, ZoneId.of("Europe/Stockholm"));
    private final FakeMaintenanceBackend backend = new FakeMaintenanceBackend();
    private final ActionQueue queue = new ActionQueue("reader-check-test");
    private final MaintenanceModel maintenance = new MaintenanceModel(backend, queue, FxThread.direct(), clock);
    private final ReaderCheckModel model = maintenance.readerCheck();
    private final SimulatedTagReader reader = new SimulatedTagReader("simulated-1");

    @AfterEach
    void stop() {
        reader.close();
        queue.close();
    }

    @Test
    void the_check_shows_each_readers_type_health_counters_and_last_read() {
        // given
        model.useReaders(List.of(reader));
        reader.simulateHealth(new ReaderHealth(ReaderHealth.Status.FAULTY, "CRC errors", 12, 3, 1));
        model.offer(read(FakeMaintenanceBackend.KNOWN_TAG));

        // when
        model.refresh();

        // then
        assertThat(model.readers()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo("simulated-1");
            assertThat(row.type()).isEqualTo("SimulatedTagReader");
            assertThat(row.health().status()).isEqualTo(ReaderHealth.Status.FAULTY);
            assertThat(row.health().faultyFrames()).isEqualTo(3);
            assertThat(row.lastRead()).isEqualTo(NOW);
        });
    }

    @Test
    void a_read_without_a_test_tap_awaited_goes_to_the_board() {
        // when
        boolean taken = model.offer(read(FakeMaintenanceBackend.KNOWN_TAG));

        // then
        assertThat(taken).isFalse();
        assertThat(model.maskedUidProperty().get()).isNull();
    }

    @Test
    void the_test_tap_shows_the_masked_uid_and_the_apartment_and_nothing_reaches_the_board() {
        // given
        model.useReaders(List.of(reader));
        model.waitForTag();

        // when
        boolean taken = model.offer(read(FakeMaintenanceBackend.KNOWN_TAG));
        settle();

        // then
        assertThat(taken).isTrue();
        assertThat(model.maskedUidProperty().get()).isEqualTo(FakeMaintenanceBackend.KNOWN_TAG.masked());
        assertThat(model.apartmentProperty().get()).isEqualTo("1102");
        assertThat(model.messageKeyProperty().get()).isEqualTo("maintenance.reader.known");
        assertThat(model.offer(read(FakeMaintenanceBackend.KNOWN_TAG))).isFalse();
    }

    @Test
    void an_unknown_test_tag_is_named_unknown_without_an_apartment() {
        // given
        model.waitForTag();

        // when
        model.offer(read(new TagUid("DEADBEEF")));
        settle();

        // then
        assertThat(model.apartmentProperty().get()).isNull();
        assertThat(model.messageKeyProperty().get()).isEqualTo("maintenance.reader.unknown");
    }

    private TagRead read(TagUid uid) {
        return new TagRead(uid, "simulated-1", clock.instant());
    }

    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
}
