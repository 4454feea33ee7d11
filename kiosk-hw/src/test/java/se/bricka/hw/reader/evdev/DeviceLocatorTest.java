package se.bricka.hw.reader.evdev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a keyboard-wedge reader's input device by a pattern of its name. */
class DeviceLocatorTest {

    @TempDir
    Path dir;

    @Test
    void a_bare_pattern_is_looked_for_among_the_by_id_links() {
        assertThat(DeviceLocator.Matching.parse(" *RFID*-event-kbd "))
                .isEqualTo(new DeviceLocator.Matching(Path.of("/dev/input/by-id"), "*RFID*-event-kbd"));
    }

    @Test
    void the_one_matching_entry_is_found_whatever_its_letter_case_and_directories_are_skipped() throws IOException {
        // given
        Files.createFile(dir.resolve("usb-Logitech_Keyboard-event-kbd"));
        Files.createFile(dir.resolve("usb-Acme_Rfid_Reader-event-kbd"));
        Files.createDirectory(dir.resolve("usb-Acme_RFID_Reader-folder-event-kbd"));

        // when
        DeviceLocator.Lookup found = new DeviceLocator.Matching(dir, "*RFID*-event-kbd").find();

        // then
        assertThat(found).isEqualTo(new DeviceLocator.Lookup.Found(dir.resolve("usb-Acme_Rfid_Reader-event-kbd")));
    }

    @Test
    void a_directory_that_does_not_exist_yet_is_nothing_found_not_an_error() {
        DeviceLocator.Lookup found = new DeviceLocator.Matching(dir.resolve("by-id"), "*RFID*").find();

        assertThat(found)
                .isInstanceOfSatisfying(
                        DeviceLocator.Lookup.Missing.class,
                        missing -> assertThat(missing.why()).contains("does not exist"));
    }

    @Test
    void two_matches_are_ambiguous_and_both_are_named_in_order() throws IOException {
        // given
        Files.createFile(dir.resolve("usb-Acme_RFID_2-event-kbd"));
        Files.createFile(dir.resolve("usb-Acme_RFID_1-event-kbd"));

        // when / then
        assertThat(new DeviceLocator.Matching(dir, "*RFID*").find())
                .isEqualTo(new DeviceLocator.Lookup.Ambiguous(java.util.List.of(
                        dir.resolve("usb-Acme_RFID_1-event-kbd"), dir.resolve("usb-Acme_RFID_2-event-kbd"))));
    }

    @Test
    void patterns_that_could_take_any_device_or_cannot_be_read_are_refused() {
        assertThatThrownBy(() -> new DeviceLocator.Matching(dir, "*?*")).hasMessageContaining("'*?*'");
        assertThatThrownBy(() -> new DeviceLocator.Matching(dir, "{RFID")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeviceLocator.Matching(Path.of("input"), "*RFID*"))
                .hasMessageContaining("absolute");
        assertThatThrownBy(() -> DeviceLocator.Matching.parse("/dev/input/by-*/*RFID*"))
                .hasMessageContaining("only the last part");
    }
}
