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
    void before_any_change_there_is_no_version_and_no_age() {
        assertThat(model.lastVersionProperty().get()).isZero();
        assertThat(model.ageSecondsProperty().get()).isEqualTo(-1);
        assertThat(model.onlineProperty().get()).isFalse();
    }

    @Test
    void a_pushed_change_shows_its_version_and_its_age_grows_with_the_clock() {
        // given
        maintenance.changeListener().connection(true);
        maintenance.changeListener().changed(change(42));

        // when
        clock.advance(Duration.ofSeconds(75));
        maintenance.tick();

        // then
        assertThat(model.onlineProperty().get()).isTrue();
        assertThat(model.lastVersionProperty().get()).isEqualTo(42);
        assertThat(model.ageSecondsProperty().get()).isEqualTo(75);
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

    private static ChangeEvent change(long version) {
        return new ChangeEvent(
                version, ChangeEvent.BOOKING_CREATED, 7, LocalDate.of(2026, 11, 26), LocalTime.of(10, 0));
    }
}
