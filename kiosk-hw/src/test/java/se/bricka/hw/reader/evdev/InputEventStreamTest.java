package se.bricka.hw.reader.evdev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bytes from the device into whole records, however the reads cut them. */
class InputEventStreamTest {

    private final InputEventStream stream = new InputEventStream();

    @Test
    void a_record_reads_back_as_written() {
        InputEvent event = new InputEvent(1_700_000_000L, 999_999, InputEvent.EV_KEY, 0x2ff, -1);

        assertThat(InputEvent.read(event.toBytes(), 0)).isEqualTo(event);
        assertThat(event.toBytes()).hasSize(InputEvent.BYTES);
    }

    @Test
    void records_split_across_reads_are_joined() {
        byte[] bytes = new WedgeKeys().line("A1B2C3D4").bytes();
        List<InputEvent> events = new ArrayList<>();

        for (int offset = 0; offset < bytes.length; offset += 7) {
            int length = Math.min(7, bytes.length - offset);
            byte[] chunk = new byte[length];
            System.arraycopy(bytes, offset, chunk, 0, length);
            events.addAll(stream.feed(chunk, length));
        }

        assertThat(events).isEqualTo(new WedgeKeys().line("A1B2C3D4").events());
        assertThat(stream.dropPartial()).isZero();
    }

    @Test
    void a_record_cut_short_is_held_back_and_can_be_dropped() {
        byte[] bytes = new WedgeKeys().key(2).bytes();

        List<InputEvent> events = stream.feed(bytes, bytes.length - 5);

        assertThat(events).hasSize(bytes.length / InputEvent.BYTES - 1);
        assertThat(stream.dropPartial()).isEqualTo(InputEvent.BYTES - 5);
        assertThat(stream.dropPartial()).isZero();
    }
}
