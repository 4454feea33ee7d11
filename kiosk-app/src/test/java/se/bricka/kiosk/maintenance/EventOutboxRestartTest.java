package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;

/** Maintenance events the backend has not stored survive a restart of the board, and are sent once. */
class EventOutboxRestartTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T08:30:00Z"), ZoneId.of("Europe/Stockholm"));
    private final FakeMaintenanceBackend backend = new FakeMaintenanceBackend();
    private final List<ActionQueue> queues = new ArrayList<>();

    @TempDir
    Path dataDir;

    @AfterEach
    void stop() {
        queues.forEach(ActionQueue::close);
    }

    @Test
    void events_recorded_offline_are_on_disk_before_the_caretaker_hears_back_and_sent_after_a_restart() {
        // given: a signed-in caretaker on a board whose backend then goes away
        MaintenanceModel first = start();
        signIn(first);
        backend.offline = true;

        // when: an action is recorded, and the board restarts before the backend is back
        first.display().toggleLargeText();
        settle();
        List<CaretakerEventReport> onDisk = events().load();
        assertThat(onDisk).extracting(CaretakerEventReport::detail).containsExactly("large text default on");
        assertThat(first.display().messageKeyProperty().get()).isEqualTo("maintenance.setup.settings-saved");
        backend.offline = false;
        start();

        // then: sent once, with the id it was given, and gone from the disk
        assertThat(backend.events)
                .filteredOn(event -> "large text default on".equals(event.detail()))
                .singleElement()
                .extracting(CaretakerEventReport::eventId)
                .isEqualTo(onDisk.getFirst().eventId());
        assertThat(events().load()).isEmpty();
    }

    @Test
    void every_event_gets_an_id_of_its_own() {
        // given
        MaintenanceModel board = start();

        // when
        signIn(board);
        board.leave();
        settle();

        // then
        assertThat(backend.events)
                .extracting(CaretakerEventReport::eventId)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    @Test
    void events_waiting_longer_than_the_backend_would_take_are_dropped_not_sent() {
        // given: an event kept while the backend was away for longer than the limit
        MaintenanceModel first = start();
        signIn(first);
        backend.offline = true;
        first.leave();
        settle();
        assertThat(events().load()).isNotEmpty();

        // when
        clock.advance(CaretakerEventReport.MAX_AGE.plusMinutes(1));
        backend.offline = false;
        start();

        // then
        assertThat(backend.eventKinds()).doesNotContain(CaretakerEventReport.LEFT);
        assertThat(events().load()).isEmpty();
    }

    private CaretakerEventFile events() {
        return new CaretakerEventFile(dataDir.resolve("caretaker-events.json"));
    }

    private MaintenanceModel start() {
        ActionQueue queue = new ActionQueue("outbox-restart-test");
        queues.add(queue);
        MaintenanceModel model = new MaintenanceModel(
                backend,
                queue,
                FxThread.direct(),
                clock,
                new BoardInstallation(
                        CaretakerStateStore.NONE,
                        DeviceTokenStore.NONE,
                        Restarter.NONE,
                        new DeviceSettingsFile(dataDir.resolve("device-settings.json")),
                        new se.bricka.hw.display.SimulatedBacklight(),
                        events()));
        model.start();
        settle();
        return model;
    }

    private void signIn(MaintenanceModel model) {
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
        FakeMaintenanceBackend.KIM_PIN.chars().forEach(c -> model.digit(c - '0'));
        model.submit();
        settle();
    }

    private void settle() {
        for (ActionQueue queue : queues) {
            assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        }
    }
}
