package se.bricka.hw.reader.wiegand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random bit streams into the Wiegand decoder: a card only for an exact, independently built frame. */
class WiegandDecoderFuzzTest {

    private static final long GAP = Duration.ofMillis(25).toNanos();

    @Provide
    Arbitrary<String> bursts() {
        Arbitrary<String> random =
                Arbitraries.strings().withChars('0', '1').ofMinLength(1).ofMaxLength(80);
        Arbitrary<String> valid = WiegandBits.validFrames();
        Arbitrary<String> damaged = valid.flatMap(bits ->
                Arbitraries.integers().between(0, bits.length() - 1).map(index -> WiegandBits.flip(bits, index)));
        return Arbitraries.oneOf(random, valid, damaged);
    }

    @Property(tries = 500)
    void a_burst_decodes_to_a_card_exactly_when_it_is_a_valid_frame_of_a_known_format(
            @ForAll("bursts") String burst, @ForAll @IntRange(min = 200, max = 20_000) int spacingMicros) {
        // given
        WiegandDecoder decoder = WiegandDecoder.standard();
        long now = 0;
        for (char bit : burst.toCharArray()) {
            assertThat(decoder.bit(bit - '0', now)).isEmpty();
            now += spacingMicros * 1_000L;
        }

        // when
        Optional<WiegandFrame> frame = decoder.tick(now + GAP);

        // then
        assertThat(frame).isPresent();
        if (frame.get() instanceof WiegandFrame.Card card) {
            assertThat(reencoded(card)).isEqualTo(burst);
        } else {
            assertThat(isValidFrame(burst)).isFalse();
        }
    }

    @Property(tries = 300)
    void random_timing_never_throws_and_every_card_re_encodes_to_bits_that_were_sent(
            @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 1) Integer> bits,
            @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 60_000) Integer> gapsMicros) {
        // given
        WiegandDecoder decoder = WiegandDecoder.standard();
        StringBuilder sent = new StringBuilder();
        long now = 0;

        // when / then
        for (int i = 0; i < bits.size(); i++) {
            now += (gapsMicros.isEmpty() ? 1_000 : gapsMicros.get(i % gapsMicros.size())) * 1_000L;
            sent.append(bits.get(i));
            decoder.bit(bits.get(i), now).ifPresent(frame -> assertCardWasSent(frame, sent));
        }
        decoder.tick(now + GAP).ifPresent(frame -> assertCardWasSent(frame, sent));
    }

    private static void assertCardWasSent(WiegandFrame frame, CharSequence sent) {
        if (frame instanceof WiegandFrame.Card card) {
            assertThat(sent.toString()).contains(reencoded(card));
        }
    }

    private static String reencoded(WiegandFrame.Card card) {
        int facility = (int) card.facility();
        int number = (int) card.cardNumber();
        return switch (card.format().name()) {
            case "H10301" -> WiegandBits.h10301(facility, number);
            case "34-bit" -> WiegandBits.w34(facility, number);
            default -> WiegandBits.h10304(facility, number);
        };
    }

    private static boolean isValidFrame(String bits) {
        return switch (bits.length()) {
            case 26 -> bits.equals(WiegandBits.h10301(field(bits, 1, 8), field(bits, 9, 16)));
            case 34 -> bits.equals(WiegandBits.w34(field(bits, 1, 16), field(bits, 17, 16)));
            case 37 -> bits.equals(WiegandBits.h10304(field(bits, 1, 16), field(bits, 17, 19)));
            default -> false;
        };
    }

    private static int field(String bits, int from, int count) {
        return Integer.parseInt(bits.substring(from, from + count), 2);
    }
}
