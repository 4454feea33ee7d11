package se.bricka.kiosk.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagReader;
import se.bricka.hw.reader.WedgeFormat;
import se.bricka.hw.reader.evdev.DeviceLocator;

/** The board's {@code --reader} choice and the grabbed reader it builds. */
class ReaderChoiceTest {

    @TempDir
    Path dir;

    @Test
    void an_evdev_choice_builds_a_grabbed_reader_that_reports_an_unplugged_device_to_the_reader_check() {
        // given
        Path device = dir.resolve("usb-13ba_Reader-event-kbd");
        ReaderChoice choice = ReaderChoice.parse("evdev:" + device, null);

        // when
        try (TagReader reader = choice.grabbedReader(Clock.systemUTC()).orElseThrow()) {
            reader.start(read -> {});

            // then
            assertThat(reader.id()).isEqualTo(ReaderChoice.EVDEV_READER_ID);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> reader.health().status() == ReaderHealth.Status.NOT_ANSWERING);
            assertThat(reader.health().detail()).contains(device.toString());
        }
    }

    @Test
    void an_unknown_reader_is_refused_naming_every_form_and_the_value() {
        assertThatThrownBy(() -> ReaderChoice.parse("hidraw:/dev/hidraw0", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--reader")
                .hasMessageContaining("'simulated'")
                .hasMessageContaining("'evdev:/dev/input/by-id/…'")
                .hasMessageContaining("'evdev:match=*PATTERN*'")
                .hasMessageContaining("'hidraw:/dev/hidraw0'");
    }

    @Test
    void without_a_format_both_wedge_readers_read_hex_as_before() {
        // when
        ReaderChoice choice = ReaderChoice.parse("simulated", null);

        // then
        assertThat(choice.format()).isEqualTo(WedgeFormat.HEX);
        assertThat(choice.wedgeReader(Clock.systemUTC()).format()).isEqualTo(WedgeFormat.HEX);
        assertThat(choice.evdevDevice()).isEmpty();
    }

    @Test
    void a_format_is_named_as_on_the_door_controller_in_any_case() {
        assertThat(ReaderChoice.parse("simulated", "decimal10").format()).isEqualTo(WedgeFormat.DECIMAL10);
        assertThat(ReaderChoice.parse("simulated", "Decimal5+5").format()).isEqualTo(WedgeFormat.DECIMAL5_5);
        assertThat(ReaderChoice.parse("evdev:/dev/input/event3", "hex10")
                        .wedgeReader(Clock.systemUTC())
                        .format())
                .isEqualTo(WedgeFormat.HEX10);
    }

    @Test
    void an_unknown_format_is_refused_naming_the_option_the_value_and_the_formats() {
        assertThatThrownBy(() -> ReaderChoice.parse("simulated", "decimal9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "--reader-format must be one of hex, hex6, hex8, hex10, decimal10, decimal8," + " decimal5+5")
                .hasMessageEndingWith("was 'decimal9'");
        assertThatThrownBy(() -> ReaderChoice.parse("simulated", ""))
                .hasMessageContaining("--reader-format")
                .hasMessageEndingWith("was ''");
    }

    @Test
    void a_bare_match_pattern_is_looked_for_in_dev_input_by_id() {
        // when
        ReaderChoice choice = ReaderChoice.parse("evdev:match=*RFID*-event-kbd", "decimal10");

        // then
        assertThat(choice.evdevDevice()).contains(new DeviceLocator.Matching(DeviceLocator.BY_ID, "*RFID*-event-kbd"));
    }

    @Test
    void a_match_pattern_is_found_again_when_the_reader_is_plugged_in_after_start() {
        // given
        ReaderChoice choice = ReaderChoice.parse("evdev:match=" + dir + "/*rfid*-event-kbd", null);
        DeviceLocator locator = choice.evdevDevice().orElseThrow();
        assertThat(locator.find()).isInstanceOf(DeviceLocator.Lookup.Missing.class);

        // when
        Path plugged = dir.resolve("usb-Acme_RFID_Reader-event-kbd");
        touch(plugged);

        // then
        assertThat(locator.find()).isEqualTo(new DeviceLocator.Lookup.Found(plugged));
    }

    @Test
    void a_pattern_of_wildcards_alone_is_refused_since_it_would_take_a_real_keyboard() {
        assertThatThrownBy(() -> ReaderChoice.parse("evdev:match=*", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--reader=evdev:match=")
                .hasMessageContaining("'evdev:match=*'");
        assertThatThrownBy(() -> ReaderChoice.parse("evdev:match=/dev/input/*/x*", null))
                .hasMessageStartingWith("--reader=evdev:match=")
                .hasMessageContaining("only the last part");
    }

    @Test
    void a_relative_path_or_a_directory_is_refused_naming_the_value() {
        assertThatThrownBy(() -> ReaderChoice.parse("evdev:event3", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--reader=evdev:")
                .hasMessageEndingWith("was 'evdev:event3'");
        assertThatThrownBy(() -> ReaderChoice.parse("evdev:" + dir, null))
                .hasMessageEndingWith("was 'evdev:" + dir + "'");
        assertThatThrownBy(() -> ReaderChoice.parse("evdev:", null)).hasMessageEndingWith("was 'evdev:'");
    }

    private static void touch(Path file) {
        try {
            Files.createFile(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void without_timings_the_grabbed_reader_is_timed_as_a_door_controllers_by_default() {
        // when
        ReaderChoice choice = ReaderChoice.parse("evdev:/dev/input/event3", null);

        // then
        assertThat(choice.maxKeyGap()).isEqualTo(Duration.ofMillis(100));
        assertThat(choice.sameTapWindow()).isEqualTo(Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @CsvSource({"5, 0", "1000, 10000", "250, 1500"})
    void timings_within_the_door_controllers_bounds_are_taken(int gap, int sameTap) {
        // when
        ReaderChoice choice =
                ReaderChoice.parse("evdev:/dev/input/event3", null, String.valueOf(gap), String.valueOf(sameTap));

        // then
        assertThat(choice.maxKeyGap()).isEqualTo(Duration.ofMillis(gap));
        assertThat(choice.sameTapWindow()).isEqualTo(Duration.ofMillis(sameTap));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "4     | --reader-max-key-gap-ms must be between 5 and 1000 ms, was 4",
                "1001  | --reader-max-key-gap-ms must be between 5 and 1000 ms, was 1001",
                "-5    | --reader-max-key-gap-ms must be between 5 and 1000 ms, was -5",
                "100ms | --reader-max-key-gap-ms must be a whole number of milliseconds, was '100ms'",
                "0.1   | --reader-max-key-gap-ms must be a whole number of milliseconds, was '0.1'"
            })
    void a_key_gap_outside_the_bounds_or_no_whole_number_is_refused_naming_the_option_and_the_value(
            String value, String message) {
        assertThatThrownBy(() -> ReaderChoice.parse("evdev:/dev/input/event3", null, value, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "-1    | --reader-same-tap-ms must be between 0 and 10000 ms, was -1",
                "10001 | --reader-same-tap-ms must be between 0 and 10000 ms, was 10001",
                "1s    | --reader-same-tap-ms must be a whole number of milliseconds, was '1s'",
                "\"\"  | --reader-same-tap-ms must be a whole number of milliseconds, was ''"
            })
    void a_same_tap_window_outside_the_bounds_or_no_whole_number_is_refused_naming_the_option_and_the_value(
            String value, String message) {
        assertThatThrownBy(() -> ReaderChoice.parse("simulated", null, null, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
