package se.bricka.hw.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bricka.core.tag.TagUid;

/** Each output setting of a keyboard-wedge reader into the tag's UID, and garbage into nothing. */
class WedgeFormatTest {

    /**
     * The README's examples: one EM4100 tag, version byte 0x1A, card number 0x00BC614E = 12345678
     * (facility 188 = 0xBC, card 24910 = 0x614E), typed in every setting.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hex        | 1A00BC614E  | 1A00BC614E
            hex        | 00BC614E    | 00BC614E
            hex6       | BC614E      | 00BC614E
            hex8       | 00BC614E    | 00BC614E
            hex10      | 1A00BC614E  | 00BC614E
            decimal10  | 0012345678  | 00BC614E
            decimal8   | 18824910    | 00BC614E
            decimal8   | 188,24910   | 00BC614E
            decimal5+5 | 0018824910  | 00BC614E
            decimal5+5 | 00188,24910 | 00BC614E
            decimal10  | 4294967295  | FFFFFFFF
            decimal5+5 | 65535,65535 | FFFFFFFF
            decimal8   | 255,65535   | 00FFFFFF
            """)
    void every_setting_of_the_same_tag_gives_its_card_number(String format, String typed, String uid) {
        assertThat(WedgeFormat.named(format).orElseThrow().uid(typed)).contains(new TagUid(uid));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hex        | A1B2C3
            hex        | 1A00BC614
            hex        | 00BC,614E
            hex6       | 0BC614E
            hex8       | 0BC614E
            hex10      | 1A00BC614EE
            decimal10  | 4294967296
            decimal10  | 9999999999
            decimal10  | 001234567
            decimal10  | 00BC614E00
            decimal10  | 00123,45678
            decimal8   | 256,00000
            decimal8   | 188,65536
            decimal8   | 18,824910
            decimal8   | 188,,24910
            decimal8   | 1882491
            decimal5+5 | 65536,00000
            decimal5+5 | 00000,65536
            decimal5+5 | 0018,824910
            decimal5+5 | ,0018824910
            """)
    void a_line_of_the_wrong_shape_or_out_of_range_is_no_uid(String format, String typed) {
        assertThat(WedgeFormat.named(format).orElseThrow().uid(typed)).isEmpty();
    }

    @Test
    void a_format_is_found_by_its_configuration_name_in_any_case_and_an_unknown_one_is_not() {
        assertThat(WedgeFormat.named("Decimal10")).contains(WedgeFormat.DECIMAL10);
        assertThat(WedgeFormat.named("decimal5+5")).contains(WedgeFormat.DECIMAL5_5);
        assertThat(WedgeFormat.named("decimal")).isEmpty();
        assertThat(WedgeFormat.named("")).isEmpty();
    }

    @Property(tries = 1_000)
    void the_32_bit_settings_of_one_tag_all_give_the_same_four_bytes(
            @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long number, @ForAll @LongRange(max = 255) long version) {
        // given: what a reader types for this tag in each setting
        String hex8 = String.format(Locale.ROOT, "%08X", number);
        String hex10 = String.format(Locale.ROOT, "%02X", version) + hex8;
        String decimal10 = String.format(Locale.ROOT, "%010d", number);
        String fiveFive = String.format(Locale.ROOT, "%05d%05d", number >>> 16, number & 0xFFFF);
        String fiveCommaFive = fiveFive.substring(0, 5) + "," + fiveFive.substring(5);

        // when / then
        TagUid expected = new TagUid(hex8);
        assertThat(WedgeFormat.HEX8.uid(hex8)).contains(expected);
        assertThat(WedgeFormat.HEX10.uid(hex10)).contains(expected);
        assertThat(WedgeFormat.DECIMAL10.uid(decimal10)).contains(expected);
        assertThat(WedgeFormat.DECIMAL5_5.uid(fiveFive)).contains(expected);
        assertThat(WedgeFormat.DECIMAL5_5.uid(fiveCommaFive)).contains(expected);
    }

    @Provide
    Arbitrary<String> typedLines() {
        Arbitrary<String> anything =
                Arbitraries.strings().withChars("0123456789ABCDEF,Q").ofMaxLength(24);
        Arbitrary<String> digits =
                Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(12);
        Arbitrary<String> digitsWithComma =
                Arbitraries.strings().withChars("0123456789,").ofMinLength(8).ofMaxLength(12);
        Arbitrary<String> hex = Arbitraries.strings()
                .withChars("0123456789ABCDEF")
                .ofMinLength(5)
                .ofMaxLength(21);
        return Arbitraries.frequencyOf(
                Tuple.of(2, anything), Tuple.of(3, digits), Tuple.of(2, digitsWithComma), Tuple.of(2, hex));
    }

    @Property(tries = 5_000)
    void garbage_never_becomes_a_uid_and_every_well_formed_line_does(
            @ForAll("typedLines") String typed, @ForAll WedgeFormat format) {
        assertThat(format.uid(typed)).isEqualTo(Oracle.uid(format, typed));
    }

    /** The formats written out again, plainly and apart from {@link WedgeFormat}, as the spec to hold to. */
    private static final class Oracle {

        static Optional<TagUid> uid(WedgeFormat format, String typed) {
            return switch (format) {
                case HEX ->
                    typed.matches("[0-9A-F]{8}|[0-9A-F]{10}|[0-9A-F]{14}|[0-9A-F]{20}")
                            ? Optional.of(new TagUid(typed))
                            : Optional.empty();
                case HEX6 -> typed.matches("[0-9A-F]{6}") ? Optional.of(new TagUid("00" + typed)) : Optional.empty();
                case HEX8 -> typed.matches("[0-9A-F]{8}") ? Optional.of(new TagUid(typed)) : Optional.empty();
                case HEX10 ->
                    typed.matches("[0-9A-F]{10}") ? Optional.of(new TagUid(typed.substring(2))) : Optional.empty();
                case DECIMAL10 -> {
                    if (!typed.matches("[0-9]{10}") || Long.parseLong(typed) > 4_294_967_295L) {
                        yield Optional.empty();
                    }
                    yield Optional.of(new TagUid(String.format(Locale.ROOT, "%08X", Long.parseLong(typed))));
                }
                case DECIMAL8 -> pair(typed, "([0-9]{3}),?([0-9]{5})", 255);
                case DECIMAL5_5 -> pair(typed, "([0-9]{5}),?([0-9]{5})", 65_535);
            };
        }

        private static Optional<TagUid> pair(String typed, String pattern, long highMax) {
            java.util.regex.Matcher matcher =
                    java.util.regex.Pattern.compile(pattern).matcher(typed);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            long high = Long.parseLong(matcher.group(1));
            long low = Long.parseLong(matcher.group(2));
            if (high > highMax || low > 65_535) {
                return Optional.empty();
            }
            return Optional.of(new TagUid(String.format(Locale.ROOT, "%04X%04X", high, low)));
        }
    }
}
