package se.bricka.kiosk.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.tag.TagUid;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.reader.TagReader;
import se.bricka.hw.reader.evdev.InputDevice;
import se.bricka.hw.reader.evdev.InputEvent;
import se.bricka.hw.reader.wiegand.WiegandDecoder;
import se.bricka.hw.reader.wiegand.WiegandFrame;

/**
 * The board reads a keyboard-wedge reader in the format the door controllers use: one EM4100 tag
 * gets one UID from the board's in-window wedge, the board's grabbed evdev reader and a Wiegand
 * reader at a door, and what has not the format's shape is no tap at all. The grabbed reader is timed
 * as the options say.
 */
class WedgeFormatOnTheBoardTest {

    /** Version byte 1A, card number 12345678 = 0x00BC614E (facility 188, card 24910). */
    private static final long CARD = 12_345_678L;

    /** When the emulated readers start typing, in the kernel's time stamps (µs). */
    private static final long T0 = 1_700_000_000_000_000L;

    @TempDir
    Path byId;

    @Test
    void one_tag_read_by_the_in_window_wedge_the_evdev_reader_and_a_wiegand_reader_has_one_uid() throws Exception {
        // given: a reader found by its name, as on a door controller with reader.evdev-match
        Files.createFile(byId.resolve("usb-Acme_RFID_Reader_0001-event-kbd"));
        ReaderChoice choice = ReaderChoice.parse("evdev:match=" + byId + "/*rfid*-event-kbd", "decimal10");
        String typed = String.format(Locale.ROOT, "%010d", CARD);

        // when
        Optional<TagRead> inWindow = typeIntoWindow(choice.wedgeReader(Clock.systemUTC()), typed);
        TagRead grabbed = readByEvdev(choice, typed);
        TagUid wiegand = wiegand34(CARD);

        // then
        assertThat(wiegand.hex()).isEqualTo("00BC614E");
        assertThat(inWindow).map(TagRead::uid).contains(wiegand);
        assertThat(grabbed.uid()).isEqualTo(wiegand);
    }

    @Test
    void a_facility_and_card_reader_types_its_comma_into_the_wedge_and_the_comma_never_reaches_a_button() {
        // given
        KeyboardWedgeReader wedge =
                ReaderChoice.parse("simulated", "decimal5+5").wedgeReader(Clock.systemUTC());

        // when
        Optional<TagRead> read = typeIntoWindow(wedge, "00188,24910");

        // then
        assertThat(read).map(TagRead::uid).contains(wiegand34(CARD));
        assertThat(filtered(wedge, pressed(KeyCode.COMMA)).isConsumed()).isTrue();
    }

    @Test
    void a_hex_board_leaves_the_comma_key_to_the_screen() {
        // given
        KeyboardWedgeReader wedge = ReaderChoice.parse("simulated", null).wedgeReader(Clock.systemUTC());

        // when / then
        assertThat(filtered(wedge, pressed(KeyCode.COMMA)).isConsumed()).isFalse();
        assertThat(filtered(wedge, typed(",")).isConsumed()).isFalse();
    }

    @Test
    void the_same_digits_in_the_default_hex_format_are_another_uid_as_the_kiosk_hw_readme_warns() {
        // given
        KeyboardWedgeReader wedge = ReaderChoice.parse("simulated", null).wedgeReader(Clock.systemUTC());

        // when
        Optional<TagRead> read = typeIntoWindow(wedge, "0012345678");

        // then
        assertThat(read).map(read1 -> read1.uid().hex()).contains("0012345678");
    }

    @Test
    void garbage_typed_fast_never_becomes_a_uid_in_the_decimal10_format() {
        // given: lines of what a wedge may type, of lengths around the format's ten digits
        KeyboardWedgeReader wedge = ReaderChoice.parse("simulated", "decimal10").wedgeReader(Clock.systemUTC());
        Random random = new Random(20_261_125L);
        String alphabet = "0123456789ABCDEFabcdef,4";

        for (int i = 0; i < 2_000; i++) {
            StringBuilder line = new StringBuilder();
            int length = 1 + random.nextInt(14);
            boolean digitsOnly = random.nextBoolean();
            for (int k = 0; k < length; k++) {
                line.append(
                        digitsOnly
                                ? (char) ('0' + random.nextInt(10))
                                : alphabet.charAt(random.nextInt(alphabet.length())));
            }

            // when
            Optional<TagRead> read = typeIntoWindow(wedge, line.toString());

            // then: a tap exactly when the line is 10 digits up to 4294967295, and then its number
            String text = line.toString();
            boolean shaped = text.matches("[0-9]{10}") && Long.parseLong(text) <= 0xFFFF_FFFFL;
            if (shaped) {
                assertThat(read)
                        .as(text)
                        .map(r -> r.uid().hex())
                        .contains(String.format(Locale.ROOT, "%08X", Long.parseLong(text)));
            } else {
                assertThat(read).as(text).isEmpty();
            }
        }
    }

    @Test
    void a_line_longer_than_any_format_reads_is_no_tap_and_neither_is_its_tail() {
        // given
        KeyboardWedgeReader hex = ReaderChoice.parse("simulated", null).wedgeReader(Clock.systemUTC());
        KeyboardWedgeReader decimal =
                ReaderChoice.parse("simulated", "decimal10").wedgeReader(Clock.systemUTC());

        // when / then: 21 hex digits, and 30 decimal ones whose last ten would be a card number
        assertThat(typeIntoWindow(hex, "0".repeat(13) + "11020001")).isEmpty();
        assertThat(typeIntoWindow(decimal, "9".repeat(20) + "0012345678")).isEmpty();

        // and the next line is read again
        assertThat(typeIntoWindow(decimal, "0012345678")).map(TagRead::uid).contains(wiegand34(CARD));
    }

    /** Types {@code line} and Enter through the scene filter, as a reader does; the tap it gave. */
    private static Optional<TagRead> typeIntoWindow(KeyboardWedgeReader wedge, String line) {
        List<TagRead> reads = new ArrayList<>();
        wedge.start(reads::add);
        for (char character : line.toCharArray()) {
            filtered(wedge, typed(String.valueOf(character)));
        }
        filtered(wedge, pressed(KeyCode.ENTER));
        assertThat(reads).hasSizeLessThanOrEqualTo(1);
        return reads.stream().findFirst();
    }

    private static KeyEvent filtered(KeyboardWedgeReader wedge, KeyEvent event) {
        KeyEvent copy = event.copyFor(null, null, event.getEventType());
        WedgeKeyFilter.of(wedge).handle(copy);
        return copy;
    }

    private static KeyEvent typed(String character) {
        return new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false);
    }

    private static KeyEvent pressed(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    @Test
    void a_slow_reader_is_read_whole_on_a_board_given_a_longer_pause_between_keys() throws Exception {
        // given: a reader that types its digits 150 ms apart, then a fast one as the last line
        byte[] slow = keyRecords(T0, 150_000, "0012345678");
        byte[] last = keyRecords(T0 + 5_000_000, 2_000, "0087654321");
        byte[] both = java.util.Arrays.copyOf(slow, slow.length + last.length);
        System.arraycopy(last, 0, both, slow.length, last.length);

        // when
        List<String> byDefault = readByEvdev(ReaderChoice.parse("evdev:/dev/input/event3", null), both);
        List<String> given = readByEvdev(ReaderChoice.parse("evdev:/dev/input/event3", null, "200", null), both);

        // then: by default (100 ms) every pause starts the line over
        assertThat(byDefault).containsExactly("0087654321");
        assertThat(given).containsExactly("0012345678", "0087654321");
    }

    @Test
    void a_board_given_no_same_tap_window_takes_every_read_for_a_tap() throws Exception {
        // given: one tag read twice at once, then another
        byte[] records = keyRecords(T0, 2_000, "0012345678", "0012345678", "0087654321");

        // when
        List<String> byDefault = readByEvdev(ReaderChoice.parse("evdev:/dev/input/event3", null), records);
        List<String> given = readByEvdev(ReaderChoice.parse("evdev:/dev/input/event3", null, null, "0"), records);

        // then: by default (1000 ms) the second read is the same tap
        assertThat(byDefault).containsExactly("0012345678", "0087654321");
        assertThat(given).containsExactly("0012345678", "0012345678", "0087654321");
    }

    /** The grabbed reader of {@code choice} on an emulated device that types {@code digits} and Enter. */
    private static TagRead readByEvdev(ReaderChoice choice, String digits) throws Exception {
        List<TagRead> reads = new CopyOnWriteArrayList<>();
        byte[] records = keyRecords(T0, 2_000, digits);
        InputDevice.Opener opener = path -> new TypingDevice(records);
        try (TagReader reader = choice.grabbedReader(Clock.systemUTC(), opener).orElseThrow()) {
            reader.start(reads::add);
            await().atMost(Duration.ofSeconds(5)).until(() -> !reads.isEmpty());
        }
        return reads.getFirst();
    }

    /**
     * The UIDs of the taps the grabbed reader of {@code choice} gives for {@code records}, at one fixed
     * instant, once the last line has been read: that line ends in 4321.
     */
    private static List<String> readByEvdev(ReaderChoice choice, byte[] records) throws Exception {
        List<String> uids = new CopyOnWriteArrayList<>();
        InputDevice.Opener opener = path -> new TypingDevice(records);
        Clock fixed = Clock.fixed(java.time.Instant.parse("2026-11-26T02:00:00Z"), java.time.ZoneOffset.UTC);
        try (TagReader reader = choice.grabbedReader(fixed, opener).orElseThrow()) {
            reader.start(read -> uids.add(read.uid().hex()));
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> !uids.isEmpty() && uids.getLast().endsWith("4321"));
        }
        return uids;
    }

    /**
     * The kernel's input_event records of a US-layout reader typing each line and Enter, keys {@code
     * gapMicros} apart from {@code startMicros} on.
     */
    private static byte[] keyRecords(long startMicros, long gapMicros, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long micros = startMicros;
        for (char character : (String.join("\n", lines) + "\n").toCharArray()) {
            int code = character == '\n' ? 28 : character == '0' ? 11 : 1 + (character - '0');
            micros += gapMicros;
            for (int value : new int[] {InputEvent.KEY_PRESSED, InputEvent.KEY_RELEASED}) {
                long seconds = micros / 1_000_000L;
                out.writeBytes(new InputEvent(seconds, micros % 1_000_000L, InputEvent.EV_KEY, code, value).toBytes());
                out.writeBytes(new InputEvent(seconds, micros % 1_000_000L, InputEvent.EV_SYN, 0, 0).toBytes());
            }
        }
        return out.toByteArray();
    }

    /** An input device that hands out its records once, then stays plugged in and silent. */
    private static final class TypingDevice implements InputDevice {
        private byte[] pending;

        TypingDevice(byte[] records) {
            this.pending = records;
        }

        @Override
        public void grab() {}

        @Override
        public void release() {}

        @Override
        public synchronized boolean await(Duration timeout) throws java.io.IOException {
            if (pending.length > 0) {
                return true;
            }
            try {
                wait(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted");
            }
            return false;
        }

        @Override
        public synchronized int read(byte[] into) {
            int count = Math.min(into.length, pending.length);
            System.arraycopy(pending, 0, into, 0, count);
            pending = java.util.Arrays.copyOfRange(pending, count, pending.length);
            return count;
        }

        @Override
        public void close() {}
    }

    /** What a 34-bit Wiegand reader reports for card number {@code card}: even parity, 32 bits, odd. */
    private static TagUid wiegand34(long card) {
        int[] data = new int[32];
        for (int i = 0; i < 32; i++) {
            data[i] = (int) ((card >>> (31 - i)) & 1);
        }
        int firstHalf = 0;
        int secondHalf = 0;
        for (int i = 0; i < 16; i++) {
            firstHalf += data[i];
            secondHalf += data[16 + i];
        }
        List<Integer> bits = new ArrayList<>();
        bits.add(firstHalf % 2);
        for (int bit : data) {
            bits.add(bit);
        }
        bits.add(1 - secondHalf % 2);
        WiegandDecoder decoder = WiegandDecoder.standard();
        long nanos = 0;
        for (int bit : bits) {
            decoder.bit(bit, nanos);
            nanos += 2_000_000L;
        }
        WiegandFrame frame = decoder.tick(nanos + 100_000_000L).orElseThrow();
        return ((WiegandFrame.Card) frame).uid();
    }
}
