package se.bricka.backend.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.backend.Main;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.wire.ApiPaths;

/**
 * "Durable before acknowledged" on the embedded database, tested the hard way: a real backend
 * process on its H2 file is killed with SIGKILL right after its last 201, and a new process on the
 * same file still has every confirmed booking.
 */
class CrashDurabilityTest {

    private static final Pattern READY = Pattern.compile("ready at (http://\\S+)");
    private static final List<String> SLOTS = List.of("07:00", "10:00", "13:00", "16:00", "19:00");
    private static final List<String> APARTMENTS = List.of("1101", "1102", "1103", "1104", "1105");

    @TempDir
    Path dataDir;

    private Process backend;

    private record Running(Process process, URI base) {}

    private Running start() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "--port=0",
                        "--demo",
                        "--data-dir=" + dataDir)
                .redirectErrorStream(true)
                .start();
        backend = process;
        CompletableFuture<URI> ready = CompletableFuture.supplyAsync(() -> readyAddress(process));
        return new Running(process, ready.get(90, TimeUnit.SECONDS));
    }

    private static URI readyAddress(Process process) {
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher ready = READY.matcher(line);
                if (ready.find()) {
                    // keep draining so a chatty backend never blocks on a full pipe
                    Thread.ofVirtual().start(() -> lines.lines().forEach(ignored -> {}));
                    return URI.create(ready.group(1) + "/");
                }
            }
            throw new IllegalStateException("the backend ended before it was ready");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (backend != null && backend.isAlive()) {
            backend.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void every_confirmed_booking_survives_a_kill_9_right_after_its_confirmation() throws Exception {
        // given a backend on its embedded file database
        Running first = start();
        ApiClient board = new ApiClient(first.base(), DemoTags.BOARD_TOKEN);
        long resource = firstResource(board);
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1);

        // when five households book and the process is killed as soon as the last one is confirmed
        for (int i = 0; i < SLOTS.size(); i++) {
            Reply reply = board.post(
                    ApiPaths.BOOKINGS,
                    "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"%s\"}".formatted(resource, tomorrow, SLOTS.get(i)),
                    tagOf(APARTMENTS.get(i)));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        }
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        // then a new process on the same file shows each booking to its household
        Running second = start();
        ApiClient again = new ApiClient(second.base(), DemoTags.BOARD_TOKEN);
        for (int i = 0; i < SLOTS.size(); i++) {
            Reply week = again.get(ApiPaths.resourceWeek(resource) + "?week=" + tomorrow, tagOf(APARTMENTS.get(i)));
            assertThat(week.status()).as(week.body()).isEqualTo(200);
            assertThat(stateOf(week.json(), tomorrow, SLOTS.get(i)))
                    .as("apartment %s at %s", APARTMENTS.get(i), SLOTS.get(i))
                    .isEqualTo("YOURS");
        }
    }

    private static long firstResource(ApiClient board) {
        Reply bootstrap = board.get(ApiPaths.DEVICE_BOOTSTRAP, Map.of());
        assertThat(bootstrap.status()).as(bootstrap.body()).isEqualTo(200);
        return bootstrap.json().path("resources").path(0).path("id").asLong();
    }

    private static Map<String, String> tagOf(String apartment) {
        return Map.of(ApiPaths.TAG_HEADER, DemoTags.hash(apartment + "0001"));
    }

    private static String stateOf(JsonNode week, LocalDate date, String start) {
        for (JsonNode slot : week.path("slots")) {
            if (slot.path("date").asText().equals(date.toString())
                    && slot.path("start").asText().startsWith(start)) {
                return slot.path("state").asText();
            }
        }
        throw new AssertionError("no slot " + date + " " + start + " in " + week);
    }
}
