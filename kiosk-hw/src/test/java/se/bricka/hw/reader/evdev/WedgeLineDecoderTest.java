package se.bricka.hw.reader.evdev;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bricka.core.tag.TagUid;
import se.bricka.hw.reader.WedgeFormat;

/** Key events, as the kernel hands them out, into UIDs and rejections. */
class WedgeLineDecoderTest {

    private final WedgeLineDecoder decoder = new WedgeLineDecoder(Duration.ofMillis(100));

    private List<WedgeLine> decode(WedgeKeys keys) {
        List<WedgeLine> lines = new ArrayList<>();
        for (InputEvent event : keys.events()) {
            decoder.accept(event).ifPresent(lines::add);
        }
        return lines;
    }

    private static WedgeLine uid(String hex) {
        return new WedgeLine.Uid(new TagUid(hex));
    }

    private static WedgeLine notHex(int characters) {
        return new WedgeLine.Rejected(
                characters + " characters are not hex (hex digits of a 4-, 5-, 7- or 10-byte UID)");
    }

    @Test
    void hex_digits_and_enter_are_a_uid() {
        assertThat(decode(new WedgeKeys().line("04A1B2C3D4E5F6"))).containsExactly(uid("04A1B2C3D4E5F6"));
    }

    @Test
    void in_the_hex_format_ten_decimal_digits_of_an_em4100_reader_are_read_as_a_five_byte_uid() {
        assertThat(decode(new WedgeKeys().line("0012345678"))).containsExactly(uid("0012345678"));
    }

    @Test
    void keypad_digits_and_keypad_enter_count_like_the_main_row() {
        WedgeKeys keys = new WedgeKeys();
        for (int code : new int[] {82, 79, 80, 81, 75, 76, 77, 71}) {
            keys.key(code);
        }
        keys.key(KeyCodes.KEY_KPENTER);

        assertThat(decode(keys)).containsExactly(uid("01234567"));
    }

    @Test
    void key_repeats_and_releases_are_no_new_digits() {
        WedgeKeys keys = new WedgeKeys().typed("A1B2C3D");
        keys.event(InputEvent.EV_KEY, 5, InputEvent.KEY_PRESSED)
                .event(InputEvent.EV_KEY, 5, InputEvent.KEY_REPEATED)
                .event(InputEvent.EV_KEY, 5, InputEvent.KEY_REPEATED)
                .event(InputEvent.EV_KEY, 5, InputEvent.KEY_RELEASED)
                .enter();

        assertThat(decode(keys)).containsExactly(uid("A1B2C3D4"));
    }

    @Test
    void a_shifted_digit_is_a_symbol_and_throws_the_line_away() {
        WedgeKeys keys = new WedgeKeys().typed("A1B2");
        keys.event(InputEvent.EV_KEY, KeyCodes.KEY_RIGHTSHIFT, InputEvent.KEY_PRESSED)
                .key(4)
                .event(InputEvent.EV_KEY, KeyCodes.KEY_RIGHTSHIFT, InputEvent.KEY_RELEASED)
                .typed("C3D4")
                .enter();

        List<WedgeLine> lines = decode(keys);

        assertThat(lines).hasSize(2).allMatch(WedgeLine.Rejected.class::isInstance);
        assertThat(lines.getFirst()).asString().contains("key 4 is no UID character");
    }

    @Test
    void a_stray_key_throws_its_line_away_and_the_next_line_reads() {
        WedgeKeys keys =
                new WedgeKeys().typed("A1B2").key(WedgeKeys.KEY_Q).typed("C3D4").enter();
        keys.line("A1B2C3D4");

        List<WedgeLine> lines = decode(keys);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isInstanceOf(WedgeLine.Rejected.class);
        assertThat(lines.get(1)).isEqualTo(notHex(4));
        assertThat(lines.get(2)).isEqualTo(uid("A1B2C3D4"));
    }

    @Test
    void an_over_long_line_is_rejected_once_and_never_becomes_a_uid() {
        WedgeKeys keys = new WedgeKeys().line("0".repeat(64)).line("A1B2C3D4");

        assertThat(decode(keys)).containsExactly(new WedgeLine.Rejected("a line longer than 20 keys"), uid("A1B2C3D4"));
    }

    @Test
    void a_pause_longer_than_the_key_gap_cuts_the_line() {
        WedgeKeys keys =
                new WedgeKeys().typed("A1B2").pause(150_000).typed("C3D4").enter();

        List<WedgeLine> lines = decode(keys);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).asString().contains("a pause of 152 ms cut a line of 4 keys");
        assertThat(lines.get(1)).isEqualTo(notHex(4));
    }

    @Test
    void keys_just_inside_the_gap_still_make_one_line() {
        assertThat(decode(new WedgeKeys().everyMicros(100_000).line("A1B2C3D4")))
                .containsExactly(uid("A1B2C3D4"));
    }

    @Test
    void dropped_kernel_events_throw_the_line_away() {
        WedgeKeys keys = new WedgeKeys().typed("A1B2");
        keys.event(InputEvent.EV_SYN, InputEvent.SYN_DROPPED, 0).typed("C3D4").enter();

        List<WedgeLine> lines = decode(keys);

        assertThat(lines.getFirst()).isEqualTo(new WedgeLine.Rejected("the kernel dropped key events"));
        assertThat(lines).doesNotContain(uid("A1B2C3D4"));
    }

    @Test
    void records_the_kernel_never_writes_are_rejected() {
        WedgeKeys keys = new WedgeKeys()
                .event(0x7fff, 1, 1)
                .event(InputEvent.EV_KEY, 30, 7)
                .event(InputEvent.EV_KEY, 0xffff, 1)
                .event(InputEvent.EV_KEY, 30, -1);

        assertThat(decode(keys)).hasSize(4).allMatch(WedgeLine.Rejected.class::isInstance);
    }

    @Test
    void a_bare_enter_is_nothing() {
        assertThat(decode(new WedgeKeys().enter().enter())).isEmpty();
    }

    @Test
    void a_digit_count_that_is_no_uid_length_is_rejected() {
        assertThat(decode(new WedgeKeys().line("A1B2C3"))).containsExactly(notHex(6));
    }

    @Test
    void a_reset_forgets_the_half_line_and_a_held_shift() {
        WedgeKeys before = new WedgeKeys().typed("A1B2");
        before.event(InputEvent.EV_KEY, KeyCodes.KEY_LEFTSHIFT, InputEvent.KEY_PRESSED);
        decode(before);

        decoder.reset();

        assertThat(decode(new WedgeKeys().line("12345678"))).containsExactly(uid("12345678"));
    }

    @Test
    void in_a_decimal_format_the_typed_number_becomes_the_card_numbers_bytes() {
        // given
        WedgeLineDecoder decimal = new WedgeLineDecoder(Duration.ofMillis(100), WedgeFormat.DECIMAL10);

        // when
        List<WedgeLine> lines = new ArrayList<>();
        for (InputEvent event : new WedgeKeys().line("0012345678").events()) {
            decimal.accept(event).ifPresent(lines::add);
        }

        // then: 12345678 = 0x00BC614E
        assertThat(lines).containsExactly(uid("00BC614E"));
    }

    @Test
    void a_comma_between_facility_and_card_is_typed_and_read() {
        // given
        WedgeLineDecoder facilityCard = new WedgeLineDecoder(Duration.ofMillis(100), WedgeFormat.DECIMAL8);
        WedgeKeys keys = new WedgeKeys()
                .typed("188")
                .key(KeyCodes.KEY_COMMA)
                .typed("24910")
                .enter();

        // when
        List<WedgeLine> lines = new ArrayList<>();
        for (InputEvent event : keys.events()) {
            facilityCard.accept(event).ifPresent(lines::add);
        }

        // then: facility 188 = 0xBC, card 24910 = 0x614E
        assertThat(lines).containsExactly(uid("00BC614E"));
    }

    @Test
    void a_line_of_the_wrong_shape_is_rejected_naming_the_format_but_not_the_digits() {
        // given
        WedgeLineDecoder decimal = new WedgeLineDecoder(Duration.ofMillis(100), WedgeFormat.DECIMAL10);

        // when
        List<WedgeLine> lines = new ArrayList<>();
        for (InputEvent event :
                new WedgeKeys().line("4294967296").line("A1B2C3D4").events()) {
            decimal.accept(event).ifPresent(lines::add);
        }

        // then
        assertThat(lines)
                .containsExactly(
                        new WedgeLine.Rejected(
                                "10 characters are not decimal10 (10 decimal digits, at most 4294967295)"),
                        new WedgeLine.Rejected(
                                "8 characters are not decimal10 (10 decimal digits, at most 4294967295)"));
    }

    @Test
    void a_shifted_comma_is_no_uid_character() {
        WedgeKeys keys = new WedgeKeys().typed("188");
        keys.event(InputEvent.EV_KEY, KeyCodes.KEY_LEFTSHIFT, InputEvent.KEY_PRESSED)
                .key(KeyCodes.KEY_COMMA)
                .event(InputEvent.EV_KEY, KeyCodes.KEY_LEFTSHIFT, InputEvent.KEY_RELEASED)
                .typed("24910")
                .enter();
        WedgeLineDecoder facilityCard = new WedgeLineDecoder(Duration.ofMillis(100), WedgeFormat.DECIMAL8);

        List<WedgeLine> lines = new ArrayList<>();
        for (InputEvent event : keys.events()) {
            facilityCard.accept(event).ifPresent(lines::add);
        }

        assertThat(lines).isNotEmpty().allMatch(WedgeLine.Rejected.class::isInstance);
    }
}
