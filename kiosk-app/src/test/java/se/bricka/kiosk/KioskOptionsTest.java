package se.bricka.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.hw.reader.WedgeFormat;
import se.bricka.hw.reader.evdev.DeviceLocator;

class KioskOptionsTest {

    @Test
    void without_options_the_board_has_no_token_and_runs_fullscreen_in_swedish() {
        // when
        KioskOptions options = KioskOptions.parse(List.of(), Map.of());

        // then
        assertThat(options.backend()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(options.deviceToken()).isNull();
        assertThat(options.resourceId()).isEmpty();
        assertThat(options.windowed()).isFalse();
        assertThat(options.language()).isEqualTo("sv");
    }

    @Test
    void the_environment_sets_backend_and_token_and_options_override_it() {
        // given
        Map<String, String> env = Map.of("BRICKA_BACKEND_URL", "http://backend:9000", "BRICKA_DEVICE_TOKEN", "env");

        // when
        KioskOptions fromEnv = KioskOptions.parse(List.of(), env);
        KioskOptions fromArgs = KioskOptions.parse(
                List.of("--backend=http://other:1", "--device-token=arg", "--resource=3", "--windowed", "--lang=en"),
                env);

        // then
        assertThat(fromEnv.backend()).isEqualTo(URI.create("http://backend:9000"));
        assertThat(fromEnv.deviceToken()).isEqualTo("env");
        assertThat(fromArgs.backend()).isEqualTo(URI.create("http://other:1"));
        assertThat(fromArgs.deviceToken()).isEqualTo("arg");
        assertThat(fromArgs.resourceId()).hasValue(3);
        assertThat(fromArgs.windowed()).isTrue();
        assertThat(fromArgs.language()).isEqualTo("en");
    }

    @Test
    void the_data_folder_and_exit_to_desktop_are_options() {
        // when
        KioskOptions defaults = KioskOptions.parse(List.of(), Map.of());
        KioskOptions fromEnv = KioskOptions.parse(List.of(), Map.of("BRICKA_DATA_DIR", "/var/lib/bricka-board"));
        KioskOptions fromArgs = KioskOptions.parse(List.of("--data-dir=panel", "--allow-exit"), Map.of());

        // then
        assertThat(defaults.dataDir()).isEqualTo(java.nio.file.Path.of(KioskOptions.DEFAULT_DATA_DIR));
        assertThat(defaults.allowExit()).isFalse();
        assertThat(fromEnv.dataDir()).isEqualTo(java.nio.file.Path.of("/var/lib/bricka-board"));
        assertThat(fromArgs.dataDir()).isEqualTo(java.nio.file.Path.of("panel"));
        assertThat(fromArgs.allowExit()).isTrue();
    }

    @Test
    void an_unknown_option_is_refused_naming_it() {
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--fullscreen=no"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--fullscreen=no");
    }

    @Test
    void a_reader_other_than_the_simulated_one_is_refused_naming_it() {
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--reader=mfrc522"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mfrc522");
    }

    @Test
    void an_evdev_reader_is_chosen_by_its_input_device() {
        // when
        KioskOptions options =
                KioskOptions.parse(List.of("--reader=evdev:/dev/input/by-id/usb-13ba_Reader-event-kbd"), Map.of());

        // then
        assertThat(options.readerChoice().evdevDevice())
                .contains(new DeviceLocator.Fixed(Path.of("/dev/input/by-id/usb-13ba_Reader-event-kbd")));
    }

    @Test
    void the_simulated_reader_has_no_grabbed_reader_beside_it() {
        assertThat(KioskOptions.parse(List.of(), Map.of()).readerChoice().grabbedReader(Clock.systemUTC()))
                .isEmpty();
    }

    @Test
    void an_evdev_reader_without_an_absolute_device_path_is_refused_naming_it() {
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--reader=evdev:event3"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--reader=evdev:")
                .hasMessageContaining("'evdev:event3'");
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--reader=evdev:"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute input device path");
    }

    @Test
    void a_malformed_backend_address_is_refused_naming_it() {
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--backend=localhost"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("localhost");
    }

    @Test
    void the_backlight_is_the_first_sysfs_one_unless_an_option_names_another() {
        // when
        KioskOptions panel = KioskOptions.parse(List.of(), Map.of());
        KioskOptions named = KioskOptions.parse(List.of("--backlight=sysfs:/sys/class/backlight/10-0045"), Map.of());
        KioskOptions desktop = KioskOptions.parse(List.of("--backlight=simulated"), Map.of());

        // then
        assertThat(panel.backlightDevice().describe()).isEqualTo("first backlight under /sys/class/backlight");
        assertThat(named.backlightDevice().describe()).isEqualTo("/sys/class/backlight/10-0045");
        assertThat(desktop.backlightDevice().describe()).isEqualTo("simulated");
    }

    @Test
    void an_unknown_backlight_is_refused_naming_it() {
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--backlight=pwm"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pwm'");
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--backlight=sysfs:"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sysfs:'");
    }

    @Test
    void the_board_options_carry_the_format_from_the_option_or_the_environment_and_refuse_a_bad_one() {
        // when
        KioskOptions fromOption =
                KioskOptions.parse(List.of("--reader=evdev:match=*RFID*", "--reader-format=decimal8"), Map.of());
        KioskOptions fromEnvironment = KioskOptions.parse(List.of(), Map.of("BRICKA_READER_FORMAT", "hex8"));
        KioskOptions optionWins =
                KioskOptions.parse(List.of("--reader-format=hex6"), Map.of("BRICKA_READER_FORMAT", "hex8"));

        // then
        assertThat(fromOption.readerChoice().format()).isEqualTo(WedgeFormat.DECIMAL8);
        assertThat(fromEnvironment.readerChoice().format()).isEqualTo(WedgeFormat.HEX8);
        assertThat(optionWins.readerChoice().format()).isEqualTo(WedgeFormat.HEX6);
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--reader-format=dec10"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--reader-format")
                .hasMessageContaining("'dec10'");
        assertThatThrownBy(() -> KioskOptions.parse(List.of(), Map.of("BRICKA_READER_FORMAT", "dec10")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("BRICKA_READER_FORMAT (as --reader-format must be one of")
                .hasMessageContaining("'dec10'");
    }

    @Test
    void the_board_options_carry_the_grabbed_readers_timings_from_the_options_or_the_environment() {
        // when
        KioskOptions fromOptions = KioskOptions.parse(
                List.of("--reader=evdev:match=*RFID*", "--reader-max-key-gap-ms=250", "--reader-same-tap-ms=0"),
                Map.of());
        KioskOptions fromEnvironment = KioskOptions.parse(
                List.of(), Map.of("BRICKA_READER_MAX_KEY_GAP_MS", "40", "BRICKA_READER_SAME_TAP_MS", "3000"));
        KioskOptions optionWins = KioskOptions.parse(
                List.of("--reader-max-key-gap-ms=60"), Map.of("BRICKA_READER_MAX_KEY_GAP_MS", "not a number"));
        KioskOptions neither = KioskOptions.parse(List.of(), Map.of());

        // then
        assertThat(fromOptions.readerChoice().maxKeyGap()).isEqualTo(Duration.ofMillis(250));
        assertThat(fromOptions.readerChoice().sameTapWindow()).isEqualTo(Duration.ZERO);
        assertThat(fromEnvironment.readerChoice().maxKeyGap()).isEqualTo(Duration.ofMillis(40));
        assertThat(fromEnvironment.readerChoice().sameTapWindow()).isEqualTo(Duration.ofSeconds(3));
        assertThat(optionWins.readerChoice().maxKeyGap()).isEqualTo(Duration.ofMillis(60));
        assertThat(neither.readerChoice().maxKeyGap()).isEqualTo(Duration.ofMillis(100));
        assertThat(neither.readerChoice().sameTapWindow()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_bad_timing_is_refused_naming_the_option_or_the_variable_and_the_value() {
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--reader-max-key-gap-ms=2000"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--reader-max-key-gap-ms must be between 5 and 1000 ms, was 2000");
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--reader-same-tap-ms=soon"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--reader-same-tap-ms must be a whole number of milliseconds, was 'soon'");
        assertThatThrownBy(() -> KioskOptions.parse(List.of(), Map.of("BRICKA_READER_MAX_KEY_GAP_MS", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BRICKA_READER_MAX_KEY_GAP_MS (as --reader-max-key-gap-ms must be between 5 and 1000 ms,"
                        + " was 1)");
        assertThatThrownBy(() -> KioskOptions.parse(List.of(), Map.of("BRICKA_READER_SAME_TAP_MS", "-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BRICKA_READER_SAME_TAP_MS (as --reader-same-tap-ms must be between 0 and 10000 ms,"
                        + " was -1)");
    }
}
