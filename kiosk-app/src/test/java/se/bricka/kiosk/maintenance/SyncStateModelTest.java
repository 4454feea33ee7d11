package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;

class SyncStateModelTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T08:30:00Z"), ZoneId.of("Europe/Stockholm"));
    private final FakeMaintenanceBackend backend = new FakeMaintenanceBackend();
    private final ActionQueue queue = new ActionQueue("sync-test");
    private final MaintenanceModel maintenance = new MaintenanceModel(backend, queue, FxThread.direct(), clock);
    private final SyncStateModel model = maintenance.sync();

    @AfterEach
    void stop() {
        queue.close();
    }

    @Test
    void before_the_tool_asks_there_is_no_snapshot_version_and_the_board_counts_as_offline_since_start() {
        assertThat(model.snapshotVersionProperty().get()).isEqualTo(-1);
        assertThat(model.syncAgeSecondsProperty().get()).isEqualTo(-1);
        assertThat(model.onlineProperty().get()).isFalse();
        assertThat(model.offlineSinceProperty().get()).isEqualTo(clock.instant());
    }

    @Test
    void the_tool_shows_the_snapshot_version_not_the_pushed_one_and_the_age_of_the_check() {
        // given
        signIn();
        maintenance.changeListener().connection(true);
        maintenance.changeListener().changed(change(42));

        // when
        maintenance.show(MaintenanceScreen.SYNC);
        settle();
        clock.advance(Duration.ofSeconds(75));
        maintenance.tick();

        // then
        assertThat(model.snapshotVersionProperty().get()).isEqualTo(40);
        assertThat(model.lastVersionProperty().get()).isEqualTo(42);
        assertThat(model.syncAgeSecondsProperty().get()).isEqualTo(75);
        assertThat(model.offlineSinceProperty().get()).isNull();
    }

    @Test
    void a_second_check_asks_with_the_version_it_knows() {
        // given
        signIn();
        maintenance.show(MaintenanceScreen.SYNC);
        settle();

        // when
        backend.snapshotVersion = 43;
        model.syncNow();
        settle();

        // then
        assertThat(backend.snapshotAsks).containsExactly(-1L, 40L);
        assertThat(model.snapshotVersionProperty().get()).isEqualTo(43);
    }

    @Test
    void events_that_wait_for_the_backend_are_counted() {
        // given
        signIn();
        backend.offline = true;
        maintenance.recordAction("a test action");
        settle();

        // when
        maintenance.tick();

        // then
        assertThat(model.queuedEventsProperty().get()).isEqualTo(1);
    }

    @Test
    void a_lost_stream_says_since_when() {
        // given
        maintenance.changeListener().connection(true);
        clock.advance(Duration.ofMinutes(3));

        // when
        maintenance.changeListener().connection(false);
        clock.advance(Duration.ofMinutes(1));
        maintenance.changeListener().connection(false);

        // then
        assertThat(model.offlineSinceProperty().get()).isEqualTo(Instant.parse("2026-11-25T08:33:00Z"));
    }

    @Test
    void a_lost_stream_shows_offline() {
        // given
        maintenance.changeListener().connection(true);

        // when
        maintenance.changeListener().connection(false);

        // then
        assertThat(model.onlineProperty().get()).isFalse();
    }

    @Test
    void sync_now_fetches_the_pins_says_so_and_is_recorded() {
        // given
        model.backendAddress(URI.create("http://backend:8080"));
        backend.pins.clear();

        // when
        model.syncNow();
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();

        // then
        assertThat(model.messageKeyProperty().get()).isEqualTo("maintenance.sync.synced");
        assertThat(maintenance.state().caretakersWithPinProperty().get()).isZero();
        assertThat(backend.eventKinds()).containsExactly(CaretakerEventReport.ACTION);
        assertThat(model.backendAddressProperty().get()).isEqualTo("http://backend:8080");
    }

    @Test
    void sync_now_without_a_connection_says_so() {
        // given
        backend.offline = true;

        // when
        model.syncNow();
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();

        // then
        assertThat(model.messageKeyProperty().get()).isEqualTo("maintenance.offline");
    }

    private void signIn() {
        maintenance.start();
        settle();
        maintenance.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
        FakeMaintenanceBackend.KIM_PIN.chars().forEach(c -> maintenance.digit(c - '0'));
        maintenance.submit();
        settle();
    }

    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }

    private static ChangeEvent change(long version) {
        return new ChangeEvent(
                version, ChangeEvent.BOOKING_CREATED, 7, LocalDate.of(2026, 11, 26), LocalTime.of(10, 0));
    }
}
