package se.bricka.hw.reader.pn532;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.bricka.hw.linux.LinuxCalls;
import se.bricka.hw.linux.PortInUseException;
import se.bricka.hw.linux.Termios;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ManualTime;
import se.bricka.hw.time.Sleeper;

/**
 * The PN532 driver over HSU through the real FFM and termios calls, on a Linux pseudo-terminal whose
 * other end is the emulated PN532. Polls are run by hand; each talks to the emulator in real time.
 */
class Pn532OnUartTest {

    /** Room for a machine busy with other builds; the timing of the chip itself is not under test here. */
    private static final Duration SLACK = Duration.ofMillis(300);

    private final Pn532Emulator chip = new Pn532Emulator();
    private final ManualTime time = new ManualTime();
    private final List<TagRead> taps = new CopyOnWriteArrayList<>();
    private Pn532HsuPort port;
    private Pn532Reader reader;

    private Pn532Reader reader(int baud) throws IOException {
        port = Pn532HsuPort.start(chip);
        reader = new Pn532Reader(
                "gate-4", Pn532Uart.open(port.device(), baud, SLACK, Sleeper.SYSTEM), PollingSettings.DEFAULT, time);
        return reader;
    }

    @AfterEach
    void shutDown() {
        if (reader != null) {
            reader.close();
        }
        if (port != null) {
            port.close();
        }
    }

    private void polls(int count) {
        for (int i = 0; i < count; i++) {
            time.advance(PollingSettings.DEFAULT.interval());
        }
    }

    private List<String> uids() {
        return taps.stream().map(read -> read.uid().hex()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1B2C3D4", "04A1B2C3D4E5F6"})
    void a_sleeping_pn532_is_woken_and_reads_a_card_over_a_pseudo_terminal(String uid) throws IOException {
        // given
        reader(115_200).start(taps::add);
        chip.present(uid);

        // when
        polls(3);

        // then
        assertThat(uids()).containsExactly(uid);
        assertThat(chip.hsuWakeUps()).isEqualTo(1);
        assertThat(reader.health().isOk()).isTrue();
    }

    @Test
    void a_card_held_to_the_reader_is_one_tap() throws IOException {
        // given
        reader(115_200).start(taps::add);
        chip.present("04A1B2C3D4E5F6");

        // when
        polls(10);

        // then
        assertThat(uids()).containsExactly("04A1B2C3D4E5F6");
        assertThat(reader.health().faultyFrames()).isZero();
    }

    @Test
    void noise_before_the_start_code_is_skipped_even_when_it_looks_like_a_start_code() throws IOException {
        // given: line noise, with a false start code 00 FF whose LEN and LCS disagree
        reader(115_200).start(taps::add);
        polls(1);
        chip.present("A1B2C3D4");
        port.faultNextReplies(Pn532HsuPort.LineFault.noise(HexFormat.of().parseHex("F0A5550000FF1280C3")));

        // when
        polls(1);

        // then
        assertThat(uids()).containsExactly("A1B2C3D4");
        assertThat(reader.health().faultyFrames()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7})
    void an_ack_and_answer_split_across_writes_with_pauses_are_assembled(int pieceSize) throws IOException {
        // given
        reader(115_200).start(taps::add);
        polls(1);
        chip.present("04A1B2C3D4E5F6");
        port.faultNextReplies(Pn532HsuPort.LineFault.pieces(pieceSize, Duration.ofMillis(2)));

        // when
        polls(1);

        // then
        assertThat(uids()).containsExactly("04A1B2C3D4E5F6");
        assertThat(reader.health().faultyFrames()).isZero();
    }

    @ParameterizedTest
    @EnumSource(
            value = Pn532Fault.class,
            names = {"NACK", "BAD_LCS", "BAD_DCS", "CUT_OFF", "ERROR_FRAME", "WRONG_RESPONSE_CODE"})
    void a_broken_answer_gives_no_uid_and_counts_a_faulty_frame(Pn532Fault fault) throws IOException {
        // given
        reader(115_200).start(taps::add);
        polls(1);
        chip.present("A1B2C3D4");
        chip.faultNextCommand(fault);

        // when
        polls(1);

        // then
        assertThat(taps).isEmpty();
        assertThat(reader.health().faultyFrames()).isEqualTo(1);
        assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.OK);
    }

    @Test
    void a_byte_changed_on_the_line_gives_no_uid_and_counts_a_faulty_frame() throws IOException {
        // given: the ACK (6 bytes) goes through; the answer's 15th byte, inside the UID, is changed
        reader(115_200).start(taps::add);
        polls(1);
        chip.present("A1B2C3D4");
        port.faultNextReplies(Pn532HsuPort.LineFault.changed(6 + 14, 0x10));

        // when
        polls(1);

        // then
        assertThat(taps).isEmpty();
        assertThat(reader.health().faultyFrames()).isEqualTo(1);
    }

    @Test
    void a_pn532_that_falls_silent_is_not_answering_at_the_next_poll_and_is_read_again_when_it_answers()
            throws IOException {
        // given
        reader(115_200).start(taps::add);
        polls(1);
        chip.silent(true);
        polls(1);
        ReaderHealth whileSilent = reader.health();

        // when
        chip.silent(false);
        chip.present("04A1B2C3D4E5F6");
        polls(2);

        // then
        assertThat(whileSilent.status()).isEqualTo(ReaderHealth.Status.NOT_ANSWERING);
        assertThat(whileSilent.detail()).contains("no ACK");
        assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.OK);
        assertThat(uids()).containsExactly("04A1B2C3D4E5F6");
    }

    @Test
    void a_power_cycled_pn532_sleeps_again_and_is_woken_without_a_restart() throws IOException {
        // given
        reader(115_200).start(taps::add);
        polls(1);

        // when
        chip.powerCycle();
        chip.present("A1B2C3D4");
        polls(3);

        // then
        assertThat(chip.hsuWakeUps()).isEqualTo(2);
        assertThat(uids()).containsExactly("A1B2C3D4");
        assertThat(reader.health().silentPolls()).isEqualTo(1);
    }

    @Test
    void a_pn532_is_moved_from_115200_to_the_configured_rate_after_waking() throws IOException {
        // given
        reader(460_800).start(taps::add);
        chip.present("A1B2C3D4");

        // when
        polls(3);

        // then
        assertThat(chip.hsuRate()).isEqualTo(460_800);
        assertThat(port.hostRate()).isEqualTo(460_800);
        assertThat(uids()).containsExactly("A1B2C3D4");
    }

    @Test
    void a_host_restarted_while_the_pn532_kept_its_new_rate_finds_it_there() throws IOException {
        // given: a first run moved the chip to 230400; the host restarts, the chip keeps its power
        reader(230_400).start(taps::add);
        polls(1);
        reader.close();
        Pn532Reader restarted = new Pn532Reader(
                "gate-4", Pn532Uart.open(port.device(), 230_400, SLACK, Sleeper.SYSTEM), PollingSettings.DEFAULT, time);
        reader = restarted;
        chip.present("A1B2C3D4");

        // when
        restarted.start(taps::add);
        polls(4);

        // then
        assertThat(chip.hsuRate()).isEqualTo(230_400);
        assertThat(uids()).containsExactly("A1B2C3D4");
    }

    @Test
    void a_serial_adapter_pulled_out_is_not_answering_and_is_read_again_when_plugged_back_in(@TempDir Path dir)
            throws IOException {
        // given: the reader opens a stable link, as /dev/serial/by-id/… is for a USB adapter
        Pn532HsuPort first = Pn532HsuPort.start(chip);
        Path link = Files.createSymbolicLink(dir.resolve("usb-pn532"), first.device());
        readerOn(link);

        // when: pulled out (the pty's master end closes), then plugged back in under the same link
        first.close();
        polls(2);
        ReaderHealth whilePulledOut = reader.health();
        plugBackIn(link);
        chip.present("A1B2C3D4");
        polls(2);

        // then
        assertThat(whilePulledOut.status()).isEqualTo(ReaderHealth.Status.NOT_ANSWERING);
        assertThat(whilePulledOut.detail()).contains(link.toString(), "errno").doesNotContain("Exception", "$");
        assertThat(uids()).containsExactly("A1B2C3D4");
        assertThat(reader.health().isOk()).isTrue();
    }

    @Test
    void a_second_driver_on_a_port_the_first_has_claimed_is_refused_naming_the_port() throws IOException {
        // given
        reader(115_200).start(taps::add);

        // when / then
        assertThatThrownBy(() -> Pn532Uart.open(port.device(), 115_200, SLACK, Sleeper.SYSTEM))
                .isInstanceOf(PortInUseException.class)
                .hasMessageContaining(port.device() + " is in use")
                .hasMessageContaining("fuser -v " + port.device());
    }

    @Test
    void a_port_is_free_again_once_its_driver_is_closed() throws IOException {
        // given
        reader(115_200).start(taps::add);

        // when
        reader.close();
        reader = new Pn532Reader(
                "gate-4", Pn532Uart.open(port.device(), 115_200, SLACK, Sleeper.SYSTEM), PollingSettings.DEFAULT, time);
        reader.start(taps::add);
        chip.present("A1B2C3D4");
        polls(3);

        // then
        assertThat(uids()).containsExactly("A1B2C3D4");
    }

    @Test
    void a_port_another_program_claimed_while_the_reader_was_away_is_not_answering_naming_it_until_freed(
            @TempDir Path dir) throws IOException {
        // given: the reader's adapter is pulled out; when it comes back, another program claims it first
        Pn532HsuPort first = Pn532HsuPort.start(chip);
        Path link = Files.createSymbolicLink(dir.resolve("usb-pn532"), first.device());
        readerOn(link);
        first.close();
        polls(1);
        plugBackIn(link);
        int other = LinuxCalls.open(port.device().toString(), LinuxCalls.O_RDWR | LinuxCalls.O_NOCTTY);
        Termios.claim(other);
        chip.present("A1B2C3D4");

        // when
        polls(2);
        ReaderHealth whileClaimed = reader.health();
        Termios.release(other);
        LinuxCalls.close(other);
        polls(2);

        // then
        assertThat(whileClaimed.status()).isEqualTo(ReaderHealth.Status.NOT_ANSWERING);
        assertThat(whileClaimed.detail()).contains(link + " is in use", "fuser -v " + link);
        assertThat(uids()).containsExactly("A1B2C3D4");
        assertThat(reader.health().isOk()).isTrue();
    }

    /** A reader on {@code link}, as on /dev/serial/by-id/… for a USB adapter, started and polled once. */
    private void readerOn(Path link) throws IOException {
        reader = new Pn532Reader(
                "gate-4", Pn532Uart.open(link, 115_200, SLACK, Sleeper.SYSTEM), PollingSettings.DEFAULT, time);
        reader.start(taps::add);
        polls(1);
    }

    /** A new adapter, with the chip behind it, under the same link. */
    private void plugBackIn(Path link) throws IOException {
        port = Pn532HsuPort.start(chip);
        Files.delete(link);
        Files.createSymbolicLink(link, port.device());
    }
}
