package se.bricka.hw.reader.pn532;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.spi.Spi;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ManualTime;

/**
 * Random bytes into the PN532 codec, the HSU frame stream and the driver (on SPI, and on HSU over a
 * pseudo-terminal): a UID only from frames whose checksums hold.
 */
class Pn532FuzzTest {

    @Property(tries = 2_000)
    void decoding_random_bytes_never_throws_and_information_frames_have_valid_checksums(
            @ForAll @Size(max = 64) byte[] bytes) {
        // when
        Pn532Message message = Pn532Frames.decode(bytes);

        // then
        if (message instanceof Pn532Message.Information info) {
            assertThat(checksumsHoldSomewhere(bytes, info)).isTrue();
        }
    }

    @Property(tries = 1_000)
    void a_frame_with_one_byte_changed_is_never_information_with_other_data(
            @ForAll @Size(min = 1, max = 40) byte[] data,
            @ForAll @IntRange(min = 0, max = 100) int position,
            @ForAll @IntRange(min = 1, max = 255) int change) {
        // given
        byte[] frame = Pn532Emulator.frame(data[0] & 0xFF, java.util.Arrays.copyOfRange(data, 1, data.length));
        int at = 3 + position % (frame.length - 4);
        frame[at] ^= (byte) change;

        // when
        Pn532Message message = Pn532Frames.decode(frame);

        // then
        if (message instanceof Pn532Message.Information info) {
            assertThat(info.data()).isEqualTo(data);
        }
    }

    @Provide
    Arbitrary<String> uids() {
        return Arbitraries.of(4, 7, 10)
                .flatMap(length ->
                        Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(length * 2));
    }

    @Property(tries = 200)
    void a_driver_fed_garbage_answers_reports_the_true_uid_or_nothing_and_never_throws(
            @ForAll("uids") String uid,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 7) Integer> faults) {
        // given
        Pn532Emulator chip = new Pn532Emulator();
        chip.present(uid);
        ManualTime time = new ManualTime();
        Context pi4j = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new Pn532SpiProvider(chip))
                .build();
        List<TagRead> taps = new ArrayList<>();
        try (Pn532Reader reader = new Pn532Reader(
                "fuzz",
                pi4j.create(
                        Spi.newConfigBuilder(pi4j).id("pn532").bus(0).channel(0).provider(Pn532SpiProvider.ID)),
                PollingSettings.DEFAULT,
                time,
                time)) {
            reader.start(taps::add);

            // when
            for (int fault : faults) {
                chip.faultNextCommand(Pn532Fault.values()[fault]);
                time.advance(PollingSettings.DEFAULT.interval());
            }

            // then
            assertThat(taps).allSatisfy(read -> assertThat(read.uid().hex()).isEqualTo(uid));
        } finally {
            pi4j.shutdown();
        }
    }

    @Property(tries = 2_000)
    void a_byte_stream_in_any_pieces_gives_only_frames_whose_checksums_hold(
            @ForAll @Size(max = 96) byte[] bytes, @ForAll @IntRange(min = 1, max = 16) int pieceSize) {
        // given
        Pn532FrameStream stream = new Pn532FrameStream();
        List<Pn532Message> frames = new ArrayList<>();

        // when
        for (int at = 0; at < bytes.length; at += pieceSize) {
            byte[] piece = java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + pieceSize));
            stream.append(piece, piece.length);
            for (var frame = stream.next(); frame.isPresent(); frame = stream.next()) {
                frames.add(frame.get());
            }
        }
        var leftover = stream.leftover();

        // then
        assertThat(frames).allSatisfy(frame -> {
            if (frame instanceof Pn532Message.Information info) {
                assertThat(checksumsHoldSomewhere(bytes, info)).isTrue();
            }
        });
        assertThat(frames).noneMatch(Pn532Message.Invalid.class::isInstance);
        assertThat(leftover.isEmpty() || !leftover.get().why().isBlank()).isTrue();
    }

    @Property(tries = 1_000)
    void a_frame_behind_noise_and_false_start_codes_comes_out_whole_in_any_pieces(
            @ForAll @Size(min = 1, max = 40) byte[] data,
            @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 255) Integer> noise,
            @ForAll @IntRange(min = 0, max = 30) int falseStartAt,
            @ForAll @IntRange(min = 1, max = 16) int pieceSize) {
        // given: noise without zeros, and a start code 00 FF whose LEN and LCS disagree somewhere in it
        byte[] frame = Pn532Emulator.frame(data[0] & 0xFF, java.util.Arrays.copyOfRange(data, 1, data.length));
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < noise.size(); i++) {
            if (i == falseStartAt) {
                line.writeBytes(new byte[] {0x00, (byte) 0xFF, 0x05, 0x05});
            }
            line.write(noise.get(i));
        }
        line.writeBytes(frame);
        byte[] bytes = line.toByteArray();
        Pn532FrameStream stream = new Pn532FrameStream();
        List<Pn532Message> frames = new ArrayList<>();

        // when
        for (int at = 0; at < bytes.length; at += pieceSize) {
            byte[] piece = java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + pieceSize));
            stream.append(piece, piece.length);
            stream.next().ifPresent(frames::add);
        }

        // then
        assertThat(frames).singleElement().isInstanceOfSatisfying(Pn532Message.Information.class, info -> {
            assertThat(info.tfi()).isEqualTo(0xD5);
            assertThat(info.data()).isEqualTo(data);
        });
    }

    @Property(tries = 40)
    void a_driver_on_a_damaged_serial_line_reports_the_true_uid_or_nothing_and_never_throws(
            @ForAll("uids") String uid,
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 11) Integer> faults,
            @ForAll @Size(min = 1, max = 12) byte[] noise,
            @ForAll @IntRange(min = 0, max = 60) int position,
            @ForAll @IntRange(min = 1, max = 255) int change)
            throws java.io.IOException {
        // given
        Pn532Emulator chip = new Pn532Emulator();
        chip.present(uid);
        ManualTime time = new ManualTime();
        List<TagRead> taps = new ArrayList<>();
        List<String> details = new ArrayList<>();
        try (Pn532HsuPort port = Pn532HsuPort.start(chip);
                Pn532Reader reader = new Pn532Reader(
                        "fuzz",
                        Pn532Uart.open(port.device(), 115_200, se.bricka.hw.time.Sleeper.SYSTEM),
                        PollingSettings.DEFAULT,
                        time)) {
            reader.start(taps::add);

            // when: each poll meets one fault of the chip (0–7) or of the line (8–10), or none (11)
            for (int fault : faults) {
                switch (fault) {
                    case 8 -> port.faultNextReplies(Pn532HsuPort.LineFault.noise(noise));
                    case 9 ->
                        port.faultNextReplies(
                                Pn532HsuPort.LineFault.pieces(1 + position % 7, java.time.Duration.ofMillis(1)));
                    case 10 -> port.faultNextReplies(Pn532HsuPort.LineFault.changed(position, change));
                    case 11 -> {}
                    default -> chip.faultNextCommand(Pn532Fault.values()[fault]);
                }
                time.advance(PollingSettings.DEFAULT.interval());
                details.add(reader.health().detail());
            }

            // then
            assertThat(taps).allSatisfy(read -> assertThat(read.uid().hex()).isEqualTo(uid));
            assertThat(details).noneMatch(detail -> detail.contains("Exception"));
        }
    }

    private static boolean checksumsHoldSomewhere(byte[] bytes, Pn532Message.Information info) {
        for (int start = 0; start + 5 < bytes.length; start++) {
            if (bytes[start] == 0 && bytes[start + 1] == (byte) 0xFF) {
                int len = bytes[start + 2] & 0xFF;
                int lcs = bytes[start + 3] & 0xFF;
                if ((len + lcs) % 256 != 0 || start + 4 + len >= bytes.length) {
                    continue;
                }
                int sum = 0;
                for (int i = start + 4; i <= start + 4 + len; i++) {
                    sum += bytes[i] & 0xFF;
                }
                if (sum % 256 == 0 && len == info.data().length + 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
