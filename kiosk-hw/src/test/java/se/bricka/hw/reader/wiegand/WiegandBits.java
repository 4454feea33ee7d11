package se.bricka.hw.reader.wiegand;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Builds Wiegand frames for tests, computing parities by counting ones, apart from the decoder. */
final class WiegandBits {

    private WiegandBits() {}

    /** Valid frames of every known format, with random facility and card numbers. */
    static Arbitrary<String> validFrames() {
        return Arbitraries.oneOf(
                Arbitraries.integers()
                        .between(0, 255)
                        .flatMap(f -> Arbitraries.integers().between(0, 65_535).map(c -> h10301(f, c))),
                Arbitraries.integers()
                        .between(0, 65_535)
                        .flatMap(f -> Arbitraries.integers().between(0, 65_535).map(c -> w34(f, c))),
                Arbitraries.integers()
                        .between(0, 65_535)
                        .flatMap(f -> Arbitraries.integers().between(0, 524_287).map(c -> h10304(f, c))));
    }

    /** H10301: E + 8 facility bits + 16 card bits + O. */
    static String h10301(int facility, int card) {
        return framed(binary(facility, 8) + binary(card, 16));
    }

    /** 34-bit: E + 16 facility bits + 16 card bits + O. */
    static String w34(int facility, int card) {
        return framed(binary(facility, 16) + binary(card, 16));
    }

    /** H10304: the parities each cover 18 data bits; bit 18 of the frame is counted by both. */
    static String h10304(int facility, int card) {
        String data = binary(facility, 16) + binary(card, 19);
        String firstHalf = data.substring(0, 18);
        String secondHalf = data.substring(17);
        return evenParity(firstHalf) + data + oddParity(secondHalf);
    }

    /** Splits the data in two equal halves: even parity over the first, odd over the second. */
    private static String framed(String data) {
        int half = data.length() / 2;
        return evenParity(data.substring(0, half)) + data + oddParity(data.substring(half));
    }

    private static String evenParity(String bits) {
        return ones(bits) % 2 == 0 ? "0" : "1";
    }

    private static String oddParity(String bits) {
        return ones(bits) % 2 == 0 ? "1" : "0";
    }

    private static long ones(String bits) {
        return bits.chars().filter(c -> c == '1').count();
    }

    /** The UID a lone decoder reads from {@code bits}, sent 2 ms apart, or empty when it reads none. */
    static Optional<String> uidOf(String bits) {
        WiegandDecoder decoder = WiegandDecoder.standard();
        long at = 0;
        for (char bit : bits.toCharArray()) {
            decoder.bit(bit - '0', at);
            at += 2_000_000;
        }
        return decoder.tick(at + 1_000_000_000L)
                .filter(WiegandFrame.Card.class::isInstance)
                .map(frame -> ((WiegandFrame.Card) frame).uid().hex());
    }

    static String binary(long value, int width) {
        StringBuilder text = new StringBuilder(Long.toBinaryString(value));
        while (text.length() < width) {
            text.insert(0, '0');
        }
        return text.toString();
    }

    static String flip(String bits, int index) {
        char[] chars = bits.toCharArray();
        chars[index] = chars[index] == '0' ? '1' : '0';
        return new String(chars);
    }
}
