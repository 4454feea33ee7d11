package se.bricka.hw.reader.pn532;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The HSU byte stream into frames, with the bytes a PN532 sends (UM0701-02, 6.2.1). */
class Pn532FrameStreamTest {

    private static final String ACK = "0000FF00FF00";
    /** InListPassiveTarget's answer with one target, NFCID1 A1 B2 C3 D4. */
    private static final String ANSWER = hexOf(Pn532Emulator.frame(0x4B, hex("0101000408" + "04A1B2C3D4")));

    private final Pn532FrameStream stream = new Pn532FrameStream();

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    private void arrive(String text) {
        byte[] bytes = hex(text);
        stream.append(bytes, bytes.length);
    }

    private static String hexOf(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    @Test
    void an_ack_and_an_answer_arriving_together_come_out_in_order() {
        // given
        arrive(ACK + ANSWER);

        // when
        Optional<Pn532Message> first = stream.next();
        Optional<Pn532Message> second = stream.next();

        // then
        assertThat(first).containsInstanceOf(Pn532Message.Ack.class);
        assertThat(second)
                .hasValueSatisfying(message -> assertThat(message)
                        .isInstanceOfSatisfying(
                                Pn532Message.Information.class,
                                info -> assertThat(hexOf(info.data())).isEqualTo("4B010100040804A1B2C3D4")));
        assertThat(stream.next()).isEmpty();
    }

    @Test
    void an_answer_arriving_byte_by_byte_comes_out_once_its_last_byte_is_in() {
        // given
        byte[] answer = hex(ANSWER);
        int frameEnd = answer.length - 1; // the postamble is not needed
        for (int i = 0; i < frameEnd - 1; i++) {
            stream.append(new byte[] {answer[i]}, 1);
            assertThat(stream.next()).isEmpty();
        }

        // when
        stream.append(new byte[] {answer[frameEnd - 1]}, 1);

        // then
        assertThat(stream.next()).containsInstanceOf(Pn532Message.Information.class);
    }

    @Test
    void noise_before_the_start_code_is_dropped() {
        // given
        arrive("FF 55 13 F0" + ACK);

        // when / then
        assertThat(stream.next()).containsInstanceOf(Pn532Message.Ack.class);
    }

    @Test
    void a_frame_whose_data_checksum_fails_is_skipped_and_named_when_nothing_follows() {
        // given: the answer with its DCS off by one
        byte[] answer = hex(ANSWER);
        answer[answer.length - 2]++;
        stream.append(answer, answer.length);

        // when
        Optional<Pn532Message> frame = stream.next();

        // then
        assertThat(frame).isEmpty();
        assertThat(stream.leftover())
                .hasValueSatisfying(invalid -> assertThat(invalid.why()).contains("DCS"));
    }

    @Test
    void a_frame_that_stops_half_way_is_reported_as_cut_off() {
        // given
        arrive(ANSWER.substring(0, 16));

        // when
        Optional<Pn532Message> frame = stream.next();

        // then
        assertThat(frame).isEmpty();
        assertThat(stream.leftover())
                .hasValueSatisfying(
                        invalid -> assertThat(invalid.why()).isEqualTo("frame cut off after 7 of 17 bytes"));
    }

    @Test
    void zeros_alone_are_an_idle_line_not_noise() {
        // given: an ACK's postamble and a preamble, and nothing after them
        arrive(ACK + "0000");
        stream.next();

        // when / then
        assertThat(stream.next()).isEmpty();
        assertThat(stream.leftover()).isEmpty();
    }

    @Test
    void bytes_without_any_start_code_are_reported_as_noise() {
        // given: what a PN532 at another baud rate looks like
        arrive("F8 E0 F8 80 FE");

        // when / then
        assertThat(stream.next()).isEmpty();
        assertThat(stream.leftover())
                .hasValueSatisfying(invalid -> assertThat(invalid.why()).startsWith("5 bytes without a frame"));
    }

    @Test
    void clearing_forgets_what_arrived() {
        // given
        arrive(ACK.substring(0, 6));

        // when
        stream.clear();
        arrive("FF0000");

        // then: without the stale 00 00 FF, FF 00 00 is no NACK but noise
        assertThat(stream.next()).isEmpty();
        assertThat(stream.leftover())
                .hasValueSatisfying(invalid -> assertThat(invalid.why()).startsWith("1 byte without a frame"));
    }
}
