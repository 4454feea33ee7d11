package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.DeviceBinding;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.hw.display.SimulatedBacklight;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;

class DisplaySettingsModelTest {

    private static final ResourceSummary ROOM_A = new ResourceSummary(7, "Tvättstuga A", "laundry");
    private static final ResourceSummary ROOM_B = new ResourceSummary(8, "Tvättstuga B", "laundry");
    private static final ResourceSummary COMMON = new ResourceSummary(9, "Träfflokal", "common");

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T08:30:00Z"), ZoneId.of("Europe/Stockholm"));
    private final FakeMaintenanceBackend backend = new FakeMaintenanceBackend();
    private ActionQueue queue;
    private final SimulatedBacklight backlight = new SimulatedBacklight();

    @TempDir
    Path dataDir;

    private DeviceSettingsFile file;
    private MaintenanceModel maintenance;
    private DisplaySettingsModel display;

    @BeforeEach
    void start() {
        backend.bound = new DeviceBinding(
                "board-1", "Tvättstugan, tavla 1", "Lärkgatan 4", List.of(), List.of(ROOM_A, ROOM_B, COMMON));
        file = new DeviceSettingsFile(dataDir.resolve("device-settings.json"));
        startBoard();
        signIn();
    }

    @AfterEach
    void stop() {
        queue.close();
    }

    @Test
    void a_new_board_shows_every_room_at_full_brightness_with_normal_text() {
        assertThat(display.settingsProperty().get()).isEqualTo(DeviceSettings.DEFAULTS);
        assertThat(backlight.settings()).containsExactly(100);
    }

    @Test
    void hiding_a_room_is_saved_recorded_and_in_force_at_once() {
        // when
        display.toggleRoom(COMMON.id());
        settle();

        // then
        DeviceSettings now = display.settingsProperty().get();
        assertThat(now.rooms()).containsExactly(ROOM_A.id(), ROOM_B.id());
        assertThat(now.shows(COMMON.id())).isFalse();
        assertThat(file.load()).isEqualTo(now);
        assertThat(display.messageKeyProperty().get()).isEqualTo("maintenance.setup.settings-saved");
        assertThat(backend.events).last().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(CaretakerEventReport.ACTION);
            assertThat(event.caretakerId()).isEqualTo(1L);
            assertThat(event.detail()).isEqualTo("rooms shown: [7, 8]");
        });
    }

    @Test
    void showing_every_room_again_is_kept_as_all_so_a_room_added_later_shows_too() {
        // given
        display.toggleRoom(COMMON.id());
        settle();

        // when
        display.toggleRoom(COMMON.id());
        settle();

        // then
        assertThat(display.settingsProperty().get().rooms()).isEmpty();
        assertThat(backend.events)
                .last()
                .extracting(CaretakerEventReport::detail)
                .isEqualTo("rooms shown: all");
    }

    @Test
    void the_last_room_shown_cannot_be_hidden_and_nothing_changes() {
        // given
        display.toggleRoom(ROOM_B.id());
        display.toggleRoom(COMMON.id());
        settle();
        int recorded = backend.events.size();

        // when
        display.toggleRoom(ROOM_A.id());
        settle();

        // then
        assertThat(display.settingsProperty().get().rooms()).containsExactly(ROOM_A.id());
        assertThat(display.messageKeyProperty().get()).isEqualTo("maintenance.setup.rooms-at-least-one");
        assertThat(file.load().rooms()).containsExactly(ROOM_A.id());
        assertThat(backend.events).hasSize(recorded);
    }

    @Test
    void a_room_the_backend_does_not_serve_this_board_is_not_taken() {
        // when
        display.toggleRoom(42);
        settle();

        // then
        assertThat(display.settingsProperty().get()).isEqualTo(DeviceSettings.DEFAULTS);
        assertThat(dataDir.resolve("device-settings.json")).doesNotExist();
    }

    @Test
    void brightness_goes_in_steps_to_the_backlight_and_stops_at_the_ends() {
        // when: eleven presses dimmer, then one brighter
        for (int i = 0; i < 11; i++) {
            display.dimmer();
        }
        display.brighter();
        settle();

        // then: 90, 80 … 10, and no step below; one up to 20
        assertThat(display.settingsProperty().get().brightnessPercent()).isEqualTo(20);
        assertThat(backlight.settings())
                .startsWith(100, 90, 80)
                .endsWith(10, 20)
                .hasSize(11);
        assertThat(file.load().brightnessPercent()).isEqualTo(20);
        assertThat(backend.events)
                .last()
                .extracting(CaretakerEventReport::detail)
                .isEqualTo("brightness 20 %");
    }

    @Test
    void a_backlight_that_cannot_be_set_is_told_and_the_setting_is_kept_for_the_next_start() {
        // given
        backlight.failing(true);

        // when
        display.dimmer();
        settle();

        // then
        assertThat(display.messageKeyProperty().get()).isEqualTo("maintenance.setup.brightness-failed");
        assertThat(display.settingsProperty().get().brightnessPercent()).isEqualTo(90);
        assertThat(file.load().brightnessPercent()).isEqualTo(90);
    }

    @Test
    void large_text_default_is_saved_and_recorded() {
        // when
        display.toggleLargeText();
        settle();

        // then
        assertThat(display.settingsProperty().get().largeText()).isTrue();
        assertThat(file.load().largeText()).isTrue();
        assertThat(backend.events)
                .last()
                .extracting(CaretakerEventReport::detail)
                .isEqualTo("large text default on");
    }

    @Test
    void the_settings_hold_across_a_restart_and_the_brightness_is_set_again() {
        // given
        display.toggleRoom(ROOM_A.id());
        display.dimmer();
        display.toggleLargeText();
        settle();

        // when
        queue.close();
        startBoard();

        // then
        DeviceSettings restored = display.settingsProperty().get();
        assertThat(restored.rooms()).containsExactly(ROOM_B.id(), COMMON.id());
        assertThat(restored.brightnessPercent()).isEqualTo(90);
        assertThat(restored.largeText()).isTrue();
        assertThat(backlight.settings()).last().isEqualTo(90);
    }

    @Test
    void a_settings_file_that_cannot_be_written_changes_nothing_and_says_so() throws IOException {
        // given: the data folder is a file, so nothing can be saved in it
        Path blocked = dataDir.resolve("not-a-folder");
        Files.writeString(blocked, "x");
        file = new DeviceSettingsFile(blocked.resolve("device-settings.json"));
        queue.close();
        startBoard();
        signIn();
        int recorded = backend.events.size();

        // when
        display.toggleLargeText();
        settle();

        // then
        assertThat(display.settingsProperty().get()).isEqualTo(DeviceSettings.DEFAULTS);
        assertThat(display.messageKeyProperty().get()).isEqualTo("maintenance.setup.settings-not-saved");
        assertThat(backend.events).hasSize(recorded);
    }

    @Test
    void without_a_caretaker_signed_in_nothing_changes() {
        // given
        maintenance.leave();
        settle();

        // when
        display.toggleLargeText();
        display.dimmer();
        display.toggleRoom(COMMON.id());
        settle();

        // then
        assertThat(display.settingsProperty().get()).isEqualTo(DeviceSettings.DEFAULTS);
        assertThat(dataDir.resolve("device-settings.json")).doesNotExist();
    }

    private void startBoard() {
        queue = new ActionQueue("display-test");
        maintenance = new MaintenanceModel(
                backend,
                queue,
                FxThread.direct(),
                clock,
                new BoardInstallation(
                        CaretakerStateStore.NONE,
                        DeviceTokenStore.NONE,
                        Restarter.NONE,
                        file,
                        backlight,
                        CaretakerEventStore.NONE));
        display = maintenance.display();
        maintenance.start();
        settle();
    }

    private void signIn() {
        maintenance.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
        FakeMaintenanceBackend.KIM_PIN.chars().forEach(c -> maintenance.digit(c - '0'));
        maintenance.submit();
        settle();
        maintenance.show(MaintenanceScreen.SETUP);
        settle();
    }

    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
}
