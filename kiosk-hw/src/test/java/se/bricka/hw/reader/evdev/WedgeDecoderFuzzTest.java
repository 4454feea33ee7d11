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
import se.bricka.core.tag.TagUid;
import se.bricka.hw.reader.WedgeFormat;

/** Random bytes and random key lines into the record stream and the line decoder. */
class WedgeDecoderFuzzTest {

    private static List<WedgeLine> decode(byte[] bytes, int chunk) {
        return decode(bytes, chunk, WedgeFormat.HEX);
    }

    private static List<WedgeLine> decode(byte[] bytes, int chunk, WedgeFormat format) {
        InputEventStream stream = new InputEventStream();
        WedgeLineDecoder decoder = new WedgeLineDecoder(Duration.ofMillis(100), format);
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

    @Property(tries = 200)
    void in_every_format_random_key_records_never_throw_and_give_only_uids_the_format_can_make(
            @ForAll("keyRecords") List<InputEvent> records, @ForAll WedgeFormat format) {
        // given
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        records.forEach(record -> out.writeBytes(record.toBytes()));
        long enters = records.stream()
                .filter(record -> record.type() == InputEvent.EV_KEY
                        && record.value() == InputEvent.KEY_PRESSED
                        && KeyCodes.isEnter(record.code()))
                .count();

        // when
        List<TagUid> uids = decode(out.toByteArray(), InputEvent.BYTES, format).stream()
                .filter(WedgeLine.Uid.class::isInstance)
                .map(line -> ((WedgeLine.Uid) line).uid())
                .toList();

        // then: at most one UID per Enter, and only of the shapes the format gives
        assertThat((long) uids.size()).isLessThanOrEqualTo(enters);
        for (TagUid uid : uids) {
            switch (format) {
                case HEX -> assertThat(uid.hex().length()).isIn(8, 10, 14, 20);
                case HEX6, DECIMAL8 -> assertThat(uid.hex()).hasSize(8).startsWith("00");
                default -> assertThat(uid.hex()).hasSize(8);
            }
        }
    }

    /** Records of the keys a reader types, in random order and timing, some of them garbage. */
    @Provide
    Arbitrary<List<InputEvent>> keyRecords() {
        Arbitrary<Integer> code = Arbitraries.oneOf(
                Arbitraries.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 30, 48, 46, 32, 18, 33, 51, 28, 96, 42, 54),
                Arbitraries.integers().between(0, 0x300));
        Arbitrary<InputEvent> record = Arbitraries.frequencyOf(
                Tuple.of(20, code.map(c -> new InputEvent(1, 0, InputEvent.EV_KEY, c, InputEvent.KEY_PRESSED))),
                Tuple.of(5, code.map(c -> new InputEvent(1, 0, InputEvent.EV_KEY, c, InputEvent.KEY_RELEASED))),
                Tuple.of(1, Arbitraries.integers().map(v -> new InputEvent(1, 0, InputEvent.EV_KEY, 2, v))),
                Tuple.of(1, Arbitraries.of(new InputEvent(1, 0, InputEvent.EV_SYN, InputEvent.SYN_DROPPED, 0))));
        return record.list().ofMaxSize(60);
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
