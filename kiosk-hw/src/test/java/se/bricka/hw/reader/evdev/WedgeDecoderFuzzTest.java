package se.bricka.hw.reader.evdev;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random bytes and random key lines into the record stream and the line decoder. */
class WedgeDecoderFuzzTest {

    private static List<WedgeLine> decode(byte[] bytes, int chunk) {
        InputEventStream stream = new InputEventStream();
        WedgeLineDecoder decoder = new WedgeLineDecoder(Duration.ofMillis(100));
        List<WedgeLine> lines = new ArrayList<>();
        for (int offset = 0; offset < bytes.length; offset += chunk) {
            int length = Math.min(chunk, bytes.length - offset);
            byte[] piece = new byte[length];
            System.arraycopy(bytes, offset, piece, 0, length);
            for (InputEvent event : stream.feed(piece, length)) {
                decoder.accept(event).ifPresent(lines::add);
            }
        }
        return lines;
    }

    @Property(tries = 500)
    void random_bytes_never_throw_and_give_only_uids_of_a_valid_length(
            @ForAll @Size(max = 2_000) byte[] bytes, @ForAll @IntRange(min = 1, max = 100) int chunk) {
        for (WedgeLine line : decode(bytes, chunk)) {
            if (line instanceof WedgeLine.Uid uid) {
                assertThat(uid.uid().hex().length()).isIn(8, 10, 14, 20);
            }
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> uid = Arbitraries.of(4, 5, 7, 10)
                .flatMap(bytes ->
                        Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(bytes * 2));
        Arbitrary<String> junk = uid.map(text -> text.substring(0, 3) + "Q" + text.substring(3));
        return Arbitraries.frequencyOf(Tuple.of(4, uid), Tuple.of(1, junk))
                .list()
                .ofMaxSize(12);
    }

    @Property(tries = 300)
    void every_clean_line_is_read_and_no_line_with_a_stray_key_is(
            @ForAll("lines") List<String> typed, @ForAll @IntRange(min = 1, max = 48) int chunk) {
        // given
        WedgeKeys keys = new WedgeKeys();
        for (String line : typed) {
            int stray = line.indexOf('Q');
            if (stray < 0) {
                keys.line(line);
            } else {
                keys.typed(line.substring(0, stray))
                        .key(WedgeKeys.KEY_Q)
                        .typed(line.substring(stray + 1))
                        .enter();
            }
        }

        // when
        List<String> read = decode(keys.bytes(), chunk).stream()
                .filter(WedgeLine.Uid.class::isInstance)
                .map(line -> ((WedgeLine.Uid) line).uid().hex())
                .toList();

        // then
        assertThat(read)
                .isEqualTo(typed.stream().filter(line -> !line.contains("Q")).toList());
    }
}
