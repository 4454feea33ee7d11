package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceSettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void saved_settings_read_back_whole() {
        // given
        DeviceSettings saved = new DeviceSettings(List.of(9L, 7L), 40, true);

        // when
        new DeviceSettingsFile(dir.resolve("device-settings.json")).save(saved);

        // then
        assertThat(new DeviceSettingsFile(dir.resolve("device-settings.json")).load())
                .isEqualTo(saved)
                .extracting(DeviceSettings::rooms)
                .isEqualTo(List.of(7L, 9L));
    }

    @Test
    void a_board_that_never_saved_has_the_defaults() {
        assertThat(new DeviceSettingsFile(dir.resolve("none.json")).load()).isEqualTo(DeviceSettings.DEFAULTS);
    }

    @Test
    void a_file_that_fails_its_checksum_gives_the_defaults() throws IOException {
        // given: one changed character
        Path file = dir.resolve("device-settings.json");
        new DeviceSettingsFile(file).save(new DeviceSettings(List.of(7L), 40, true));
        Files.writeString(file, Files.readString(file).replace("40", "50"));

        // when / then
        assertThat(new DeviceSettingsFile(file).load()).isEqualTo(DeviceSettings.DEFAULTS);
    }

    @Test
    void a_file_without_a_checksum_or_with_impossible_values_gives_the_defaults() throws IOException {
        // given
        Path plain = dir.resolve("plain.json");
        Files.writeString(plain, "{\"rooms\":[7],\"brightnessPercent\":40,\"largeText\":true}");
        Path impossible = dir.resolve("impossible.json");
        new DeviceSettingsFile(impossible).save(DeviceSettings.DEFAULTS);
        // a checksummed body whose brightness no panel offers
        String text = Files.readString(impossible);
        String body = text.substring(text.indexOf('\n') + 1).replace("100", "0");
        writeChecksummed(impossible, body);

        // when / then
        assertThat(new DeviceSettingsFile(plain).load()).isEqualTo(DeviceSettings.DEFAULTS);
        assertThat(new DeviceSettingsFile(impossible).load()).isEqualTo(DeviceSettings.DEFAULTS);
    }

    @Test
    void a_save_replaces_the_file_whole_and_leaves_no_temporary_file() {
        // given
        DeviceSettingsFile file = new DeviceSettingsFile(dir.resolve("device-settings.json"));
        file.save(new DeviceSettings(List.of(7L), 40, true));

        // when
        file.save(new DeviceSettings(List.of(), 80, false));

        // then
        assertThat(file.load()).isEqualTo(new DeviceSettings(List.of(), 80, false));
        assertThat(dir.resolve("device-settings.json.tmp")).doesNotExist();
    }

    private static void writeChecksummed(Path file, String body) throws IOException {
        ChecksummedText.write(file, body);
    }
}
