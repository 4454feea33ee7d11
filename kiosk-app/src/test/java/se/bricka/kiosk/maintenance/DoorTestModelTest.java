package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.hw.door.DoorEvent;
import se.bricka.hw.door.DoorLock;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;

class DoorTestModelTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:30:00Z");

    private final TestClock clock = new TestClock(NOW, ZoneId.of("Europe/Stockholm"));
    private final FakeMaintenanceBackend backend = new FakeMaintenanceBackend();
    private final ActionQueue queue = new ActionQueue("door-test");
    private final MaintenanceModel maintenance = new MaintenanceModel(backend, queue, FxThread.direct(), clock);
    private final DoorTestModel model = maintenance.doorTest();
    private final DemoDoor door = new DemoDoor(model);

    @AfterEach
    void stop() {
        door.close();
        queue.close();
    }

    @Test
    void the_door_contact_is_shown_live() {
        // when
        door.contact().open();

        // then
        assertThat(model.hasDoorProperty().get()).isTrue();
        assertThat(model.doorOpenProperty().get()).isTrue();
        door.contact().shut();
        assertThat(model.doorOpenProperty().get()).isFalse();
    }

    @Test
    void a_pulse_releases_the_lock_and_is_recorded() {
        // when
        model.pulse();
        assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();

        // then
        assertThat(model.unlockedProperty().get()).isTrue();
        assertThat(backend.eventKinds()).containsExactly(CaretakerEventReport.ACTION);
    }

    @Test
    void only_forced_and_held_open_events_are_kept_newest_first_at_most_five() {
        // when
        model.doorEvent(new DoorEvent("d", DoorEvent.Kind.OPENED, NOW));
        for (int i = 0; i < 6; i++) {
            model.doorEvent(new DoorEvent("d", DoorEvent.Kind.FORCED, NOW.plusSeconds(i)));
        }
        model.doorEvent(new DoorEvent("d", DoorEvent.Kind.HELD_OPEN, NOW.plusSeconds(10)));

        // then
        assertThat(model.alarms()).hasSize(DoorTestModel.RECENT_ALARMS);
        assertThat(model.alarms().getFirst().kind()).isEqualTo(DoorEvent.Kind.HELD_OPEN);
        assertThat(model.alarms()).noneMatch(event -> event.kind() == DoorEvent.Kind.OPENED);
    }

    @Test
    void a_door_forced_open_while_locked_appears_as_an_alarm() {
        // given
        assertThat(door.lockState()).isEqualTo(DoorLock.State.LOCKED);

        // when
        door.contact().open();

        // then
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> !model.alarms().isEmpty());
        assertThat(model.alarms().getFirst().kind()).isEqualTo(DoorEvent.Kind.FORCED);
    }
}
