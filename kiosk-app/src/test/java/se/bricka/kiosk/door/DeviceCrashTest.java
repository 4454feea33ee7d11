package se.bricka.kiosk.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.AccessEventUpload;

/**
 * A real door-controller process, killed with SIGKILL while an upload is in flight (the backend has
 * stored the batch but its answer has not arrived): after a restart every event is stored exactly once.
 */
class DeviceCrashTest {

    @TempDir
    Path dir;

    private final FakeIngest ingest = new FakeIngest().start();
    private final List<Process> processes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        ingest.close();
    }

    @Test
    void a_device_killed_mid_upload_loses_and_duplicates_nothing_after_a_restart() throws Exception {
        // given: a device that has its snapshot and key, and a backend that holds its answers
        new SnapshotStore(dir.resolve("snapshot.json")).save(TestSnapshots.withBooking(1, LocalDate.now()));
        Files.writeString(dir.resolve("tag.key"), Base64.getEncoder().encodeToString(DemoEstate.TAG_KEY));
        ingest.delayAnswers(Duration.ofSeconds(30));
        Device first = Device.start(dir, ingest, processes);
        first.tap(40);
        await().atMost(Duration.ofSeconds(30)).until(() -> first.journaled() == 40);
        // the first upload may hold only the first tap; its read times out and the retry carries all 40
        await().atMost(Duration.ofSeconds(60)).until(() -> ingest.stored().size() == 40);

        // when: power cut while the answer is on its way
        first.process.destroyForcibly().waitFor();
        ingest.delayAnswers(Duration.ZERO);
        Device second = Device.start(dir, ingest, processes);
        second.tap(10);

        // then
        await().atMost(Duration.ofSeconds(60)).until(() -> ingest.stored().size() == 50);
        assertThat(ingest.duplicates()).isGreaterThanOrEqualTo(40); // the re-sent batch, stored once
        second.process.destroyForcibly().waitFor();
        try (AccessJournal journal = AccessJournal.open(dir.resolve("access-journal.log"))) {
            // The second device may be killed before it has read its last receipt: whatever its journal
            // still holds, the backend already has, so sending it again can only count duplicates.
            assertThat(journal.pendingEvents(100))
                    .extracting(AccessEventUpload::eventId)
                    .allMatch(ingest.stored()::contains);
        }
    }

    /** One door-controller JVM on {@code dir}, its taps fed through standard input. */
    private record Device(Process process, List<String> output) {

        static Device start(Path dir, FakeIngest ingest, List<Process> processes) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(
                            java.toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            DoorControllerMain.class.getName(),
                            "--backend=" + ingest.uri(),
                            "--device-token=crash-test",
                            "--data-dir=" + dir,
                            "--door=" + DemoDoors.ENTRANCE)
                    .redirectErrorStream(true)
                    .start();
            processes.add(process);
            List<String> output = new CopyOnWriteArrayList<>();
            Thread.ofVirtual().start(() -> {
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    in.lines().forEach(output::add);
                } catch (IOException e) {
                    output.add("output ended: " + e);
                }
            });
            return new Device(process, output);
        }

        void tap(int times) throws IOException {
            OutputStream in = process.getOutputStream();
            for (int n = 0; n < times; n++) {
                in.write((TestSnapshots.RESIDENT.hex() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            in.flush();
        }

        long journaled() {
            return output.stream()
                    .filter(line -> line.contains("journaled tap"))
                    .count();
        }
    }
}
