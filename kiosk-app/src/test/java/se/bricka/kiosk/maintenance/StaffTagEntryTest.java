package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.caretaker.PinHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.CaretakerPin;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;

/** A caretaker taps their staff tag, then types their PIN. */
class StaffTagEntryTest {

    private static final String SAM_PIN = "135790";

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T08:30:00Z"), ZoneId.of("Europe/Stockholm"));
    private final FakeMaintenanceBackend backend = new FakeMaintenanceBackend();
    private final ActionQueue queue = new ActionQueue("staff-tag-test");

    @TempDir
    Path dataDir;

    @AfterEach
    void stop() {
        queue.close();
    }

    @Test
    void a_caretakers_staff_tag_opens_the_pad_for_them_and_does_not_reach_the_board() {
        // given
        MaintenanceModel model = started(CaretakerStateStore.NONE);

        // when
        boolean taken = model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);

        // then
        assertThat(taken).isTrue();
        assertThat(model.state().getScreen()).isEqualTo(MaintenanceScreen.PIN);
        assertThat(model.state().tagHolderProperty().get()).isEqualTo("Kim Lind");
        type(model, FakeMaintenanceBackend.KIM_PIN);
        assertThat(model.state().getScreen()).isEqualTo(MaintenanceScreen.TOOLS);
    }

    @Test
    void after_the_tag_only_its_holders_pin_opens_the_tools_and_another_pin_counts_as_wrong() {
        // given
        PinHasher.PinHash sam = PinHasher.hash(SAM_PIN);
        backend.pins.add(new CaretakerPin(2, "Sam Berg", sam.salt(), sam.hash(), sam.iterations()));
        MaintenanceModel model = started(CaretakerStateStore.NONE);
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);

        // when
        type(model, SAM_PIN);

        // then
        assertThat(model.state().getScreen()).isEqualTo(MaintenanceScreen.PIN);
        assertThat(model.state().getMessageKey()).isEqualTo("maintenance.pin.wrong");
    }

    @Test
    void a_tenants_tag_is_not_taken_and_opens_nothing() {
        // given
        MaintenanceModel model = started(CaretakerStateStore.NONE);

        // when
        boolean taken = model.tagRead(FakeMaintenanceBackend.KNOWN_TAG);

        // then
        assertThat(taken).isFalse();
        assertThat(model.state().getScreen()).isEqualTo(MaintenanceScreen.HIDDEN);
    }

    @Test
    void a_staff_tag_removed_at_the_backend_stops_opening_the_pad_after_the_push() {
        // given
        MaintenanceModel model = started(CaretakerStateStore.NONE);
        CaretakerPin kim = backend.pins.getFirst();
        backend.pins.set(0, new CaretakerPin(kim.caretakerId(), kim.name(), kim.salt(), kim.hash(), kim.iterations()));

        // when
        model.changeListener()
                .changed(new ChangeEvent(
                        9, ChangeEvent.CARETAKER_PINS_CHANGED, 7, LocalDate.of(2026, 11, 25), LocalTime.MIDNIGHT));
        settle();

        // then
        assertThat(model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG)).isFalse();
        assertThat(model.state().getScreen()).isEqualTo(MaintenanceScreen.HIDDEN);
    }

    @Test
    void the_staff_tag_is_known_after_a_restart_without_the_backend() {
        // given
        CaretakerStateFile file = new CaretakerStateFile(dataDir.resolve("caretaker-state.json"));
        started(file);
        backend.offline = true;

        // when
        MaintenanceModel restarted = started(file);

        // then
        assertThat(restarted.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG)).isTrue();
        assertThat(restarted.tagRead(new TagUid("0BADCAFE"))).isFalse();
    }

    @Test
    void leaving_the_mode_forgets_whose_tag_opened_it() {
        // given
        MaintenanceModel model = started(CaretakerStateStore.NONE);
        model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);

        // when
        model.leave();
        model.open();

        // then
        assertThat(model.state().tagHolderProperty().get()).isNull();
    }

    private MaintenanceModel started(CaretakerStateStore store) {
        MaintenanceModel model = new MaintenanceModel(
                backend,
                queue,
                FxThread.direct(),
                clock,
                new BoardInstallation(store, DeviceTokenStore.NONE, Restarter.NONE));
        model.start();
        settle();
        return model;
    }

    private void type(MaintenanceModel model, String pin) {
        pin.chars().forEach(c -> model.digit(c - '0'));
        model.submit();
        settle();
    }

    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
}
