package se.bricka.hw.reader.pn532;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pn532FramesTest {

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    @Test
    void get_firmware_version_is_encoded_as_the_manual_shows_it() {
        // when
        byte[] frame = Pn532Frames.encode(0x02);

        // then: LEN 2, LCS FE, TFI D4, command 02, DCS 2A
        assertThat(frame).isEqualTo(hex("00 00 FF 02 FE D4 02 2A 00"));
    }

    @Test
    void in_list_passive_target_carries_its_parameters_under_one_data_checksum() {
        // when
        byte[] frame = Pn532Frames.encode(0x4A, (byte) 0x01, (byte) 0x00);

        // then: D4 + 4A + 01 + 00 = 0x11F, so DCS is 0xE1
        assertThat(frame).isEqualTo(hex("00 00 FF 04 FC D4 4A 01 00 E1 00"));
    }

    @Test
    void an_answer_frame_gives_its_tfi_and_data() {
        // when
        Pn532Message message = Pn532Frames.decode(hex("00 00 FF 06 FA D5 03 32 01 06 07 E8 00"));

        // then
        assertThat(message).isInstanceOfSatisfying(Pn532Message.Information.class, info -> {
            assertThat(info.tfi()).isEqualTo(0xD5);
            assertThat(info.data()).isEqualTo(hex("03 32 01 06 07"));
        });
    }

    @ParameterizedTest
    @CsvSource({
        "00 00 FF 00 FF 00, Ack",
        "00 00 FF FF 00 00, Nack",
        "00 00 FF 01 FF 7F 81 00, ApplicationError",
        "00 00 00 00 FF 00 FF 00 00 00, Ack"
    })
    void ack_nack_and_error_frames_are_recognised_with_any_leading_zeros(String bytes, String kind) {
        // when
        Pn532Message message = Pn532Frames.decode(hex(bytes));

        // then
        assertThat(message.getClass().getSimpleName()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({
        "00 00 FF 06 FB D5 03 32 01 06 07 E8 00, LCS",
        "00 00 FF 06 FA D5 03 32 01 06 07 E9 00, DCS",
        "00 00 FF 06 FA D5 03 32, cut off",
        "00 00 FF 06, cut off",
        "00 00 00 00 00 00, no start code",
        "FF FF FF FF, no start code",
        "00 00 FF FF FF 01 00 FF D5 03, extended"
    })
    void a_frame_with_a_broken_checksum_or_cut_off_is_invalid(String bytes, String why) {
        // when
        Pn532Message message = Pn532Frames.decode(hex(bytes));

        // then
        assertThat(message)
                .isInstanceOfSatisfying(
                        Pn532Message.Invalid.class,
                        invalid -> assertThat(invalid.why()).contains(why));
    }

    @Test
    void bytes_are_reversed_bit_for_bit_for_the_lsb_first_link() {
        // then
        assertThat(Pn532Spi.reverse(0x01)).isEqualTo((byte) 0x80);
        assertThat(Pn532Spi.reverse(0xD4)).isEqualTo((byte) 0x2B);
        assertThat(Pn532Spi.reverse(Pn532Spi.reverse(0x5A))).isEqualTo((byte) 0x5A);
    }
}
