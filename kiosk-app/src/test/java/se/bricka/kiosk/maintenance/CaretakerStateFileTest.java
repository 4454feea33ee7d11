package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.caretaker.PinHasher;
import se.bricka.core.wire.CaretakerPin;

class CaretakerStateFileTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:30:00Z");

    @TempDir
    Path dir;

    @Test
    void a_saved_state_reads_back_whole() {
        // given
        CaretakerStateFile store = new CaretakerStateFile(dir.resolve("caretaker-state.json"));
        CaretakerState saved = new CaretakerState(
                List.of(kimsPin()), new PinAttempts.Saved(3, 1, NOW.plus(Duration.ofMinutes(1))), "a2V5");

        // when
        store.save(saved);

        // then
        assertThat(new CaretakerStateFile(dir.resolve("caretaker-state.json")).load(NOW))
                .isEqualTo(saved);
    }

    @Test
    void a_board_that_never_saved_starts_with_no_pins_and_an_open_pad() {
        // when
        CaretakerState state = new CaretakerStateFile(dir.resolve("none.json")).load(NOW);

        // then
        assertThat(state).isEqualTo(CaretakerState.empty());
    }

    @Test
    void a_file_that_fails_its_checksum_gives_a_locked_pad_and_no_pins() throws IOException {
        // given: one changed character in a saved file
        Path file = dir.resolve("caretaker-state.json");
        new CaretakerStateFile(file).save(new CaretakerState(List.of(kimsPin()), PinAttempts.Saved.NONE, null));
        String text = Files.readString(file);
        Files.writeString(file, text.replace("Kim Lind", "Kim Lund"));

        // when
        CaretakerState state = new CaretakerStateFile(file).load(NOW);

        // then
        assertThat(state.pins()).isEmpty();
        assertThat(state.attempts().lockedUntil()).isEqualTo(NOW.plus(PinAttempts.LOCKS.getLast()));
    }

    @Test
    void a_file_that_is_not_a_state_gives_a_locked_pad_and_no_pins() throws IOException {
        // given
        Path file = dir.resolve("caretaker-state.json");
        Files.write(file, new byte[] {0, 1, 2, (byte) 0xff, '\n', '{'});

        // when
        CaretakerState state = new CaretakerStateFile(file).load(NOW);

        // then
        assertThat(state.pins()).isEmpty();
        assertThat(new PinAttempts(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC), state.attempts()).isLocked())
                .isTrue();
    }

    @Test
    void a_checksummed_file_with_an_incomplete_pin_is_refused() throws IOException {
        // given: a body whose checksum is right but whose PIN has no hash
        Path file = dir.resolve("caretaker-state.json");
        new CaretakerStateFile(file).save(new CaretakerState(List.of(kimsPin()), PinAttempts.Saved.NONE, null));
        String body = "{\"pins\":[{\"caretakerId\":1,\"name\":\"Kim\",\"salt\":\"c2FsdA==\",\"iterations\":1}],"
                + "\"attempts\":{\"failuresInRow\":0,\"locksSoFar\":0,\"lockedUntil\":\"2026-11-25T08:00:00Z\"}}";
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        Files.writeString(file, "crc32c:" + java.util.HexFormat.of().toHexDigits((int) crc.getValue()) + "\n" + body);

        // when
        CaretakerState state = new CaretakerStateFile(file).load(NOW);

        // then
        assertThat(state.pins()).isEmpty();
        assertThat(state.attempts()).isEqualTo(PinAttempts.Saved.lockedOut(NOW));
    }

    @Test
    void the_file_holds_no_pin_in_the_clear_and_only_its_owner_may_read_it() throws IOException {
        // given
        Path file = dir.resolve("caretaker-state.json");

        // when
        new CaretakerStateFile(file).save(new CaretakerState(List.of(kimsPin()), PinAttempts.Saved.NONE, null));

        // then
        assertThat(Files.readString(file)).doesNotContain(FakeMaintenanceBackend.KIM_PIN);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    private static CaretakerPin kimsPin() {
        PinHasher.PinHash hash = PinHasher.hash(FakeMaintenanceBackend.KIM_PIN);
        return new CaretakerPin(1, "Kim Lind", hash.salt(), hash.hash(), hash.iterations());
    }
}
