package se.bricka.kiosk.door;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The door controller's start-up as the installer meets it: a wrong hardware file or no token is one clear line. */
class DoorControllerStartTest {

    @TempDir
    Path dir;

    private record Ended(int status, String output) {}

    private Ended start(Path hardware) throws IOException, InterruptedException {
        return start("--device-token=start-test", "--hardware=" + hardware);
    }

    private Ended start(String... options) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DoorControllerMain.class.getName(),
                "--backend=http://127.0.0.1:9",
                "--data-dir=" + dir.resolve("data")));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
    void without_a_token_it_says_it_is_not_enrolled_and_what_to_do() throws Exception {
        // when a door controller starts with neither a token nor an enrollment code
        Ended ended = start("--door=entrance");

        // then it ends with status 2 and one line saying how to enroll it
        assertThat(ended.status()).isEqualTo(2);
        assertThat(ended.output()).contains("not enrolled", "--enrollment-code=CODE");
        assertThat(ended.output()).doesNotContain("\tat ");
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
