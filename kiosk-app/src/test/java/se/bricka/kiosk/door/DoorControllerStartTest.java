package se.bricka.kiosk.door;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The door controller's start-up as the installer meets it: a wrong hardware file is one clear line. */
class DoorControllerStartTest {

    @TempDir
    Path dir;

    private record Ended(int status, String output) {}

    private Ended start(Path hardware) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DoorControllerMain.class.getName(),
                        "--backend=http://127.0.0.1:9",
                        "--device-token=start-test",
                        "--data-dir=" + dir.resolve("data"),
                        "--hardware=" + hardware)
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Ended(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void a_wrong_value_in_the_hardware_file_stops_the_start_with_one_line_naming_it() throws Exception {
        // given
        Path hardware = dir.resolve("door.properties");
        Files.writeString(hardware, "door.type = wood\n");

        // when
        Ended ended = start(hardware);

        // then
        assertThat(ended.status()).isEqualTo(2);
        assertThat(ended.output()).contains("cannot start the door controller", "door.type", "wood");
        assertThat(ended.output()).doesNotContain("\tat ");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void a_missing_hardware_file_stops_the_start_with_one_line_naming_it() throws Exception {
        // when
        Ended ended = start(dir.resolve("nowhere.properties"));

        // then
        assertThat(ended.status()).isEqualTo(2);
        assertThat(ended.output()).contains("cannot read device configuration", "nowhere.properties");
        assertThat(ended.output()).doesNotContain("\tat ");
    }
}
