package se.bricka.hw.reader.wiegand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import se.bricka.core.tag.TagUid;
import se.bricka.hw.reader.WedgeFormat;

/**
 * One EM4100 tag on a site with both kinds of reader: a keyboard-wedge reader in a decimal setting
 * and a Wiegand reader give the tag the same UID, so a tag enrolled at one opens the other.
 */
class WedgeFormatMatchesWiegandTest {

    private static TagUid wiegand(String bits) {
        WiegandDecoder decoder = WiegandDecoder.standard();
        long nanos = 0;
        for (char bit : bits.toCharArray()) {
            decoder.bit(bit - '0', nanos);
            nanos += 2_000_000L;
        }
        Optional<WiegandFrame> frame = decoder.tick(nanos + 100_000_000L);
        return ((WiegandFrame.Card) frame.orElseThrow()).uid();
    }

    @Property(tries = 500)
    void a_34_bit_wiegand_reader_and_the_32_bit_wedge_settings_agree(
            @ForAll @IntRange(max = 65_535) int high, @ForAll @IntRange(max = 65_535) int low) {
        // given
        TagUid fromWiegand = wiegand(WiegandBits.w34(high, low));
        long number = ((long) high << 16) | low;

        // when / then
        assertThat(WedgeFormat.DECIMAL10.uid(String.format(Locale.ROOT, "%010d", number)))
                .contains(fromWiegand);
        assertThat(WedgeFormat.DECIMAL5_5.uid(String.format(Locale.ROOT, "%05d,%05d", high, low)))
                .contains(fromWiegand);
        assertThat(WedgeFormat.HEX8.uid(String.format(Locale.ROOT, "%08X", number)))
                .contains(fromWiegand);
    }

    @Property(tries = 500)
    void a_26_bit_wiegand_reader_and_the_24_bit_wedge_settings_agree(
            @ForAll @IntRange(max = 255) int facility, @ForAll @IntRange(max = 65_535) int card) {
        // given
        TagUid fromWiegand = wiegand(WiegandBits.h10301(facility, card));

        // when / then
        assertThat(WedgeFormat.DECIMAL8.uid(String.format(Locale.ROOT, "%03d,%05d", facility, card)))
                .contains(fromWiegand);
        assertThat(WedgeFormat.HEX6.uid(String.format(Locale.ROOT, "%02X%04X", facility, card)))
                .contains(fromWiegand);
    }
}
