package se.bricka.kiosk.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.hw.reader.TagRead;

class KeyboardWedgeReaderTest {

    private final MovableClock clock = new MovableClock();
    private final KeyboardWedgeReader reader =
            new KeyboardWedgeReader("wedge", clock, KeyboardWedgeReader.DEFAULT_MAX_GAP);
    private final List<TagRead> reads = new ArrayList<>();

    @BeforeEach
    void listen() {
        reader.start(reads::add);
    }

    @Test
    void a_uid_typed_fast_and_ended_with_enter_is_one_tap() {
        // when
        type("04a1b2c3", Duration.ofMillis(5));
        reader.enter();

        // then
        assertThat(reads).singleElement().satisfies(read -> {
            assertThat(read.uid().hex()).isEqualTo("04A1B2C3");
            assertThat(read.readerId()).isEqualTo("wedge");
        });
    }

    @Test
    void a_person_typing_slowly_is_not_taken_for_a_reader() {
        // when
        type("04a1b2c3", Duration.ofMillis(250));
        reader.enter();

        // then
        assertThat(reads).isEmpty();
    }

    @Test
    void a_pause_before_a_fast_uid_drops_the_stray_keys_before_it() {
        // given
        type("12", Duration.ofMillis(5));
        clock.advance(Duration.ofSeconds(2));

        // when
        type("0a0b0c0d", Duration.ofMillis(5));
        reader.enter();

        // then
        assertThat(reads).singleElement().extracting(read -> read.uid().hex()).isEqualTo("0A0B0C0D");
    }

    @Test
    void digits_that_are_no_uid_are_ignored_without_a_fault() {
        // when
        type("123", Duration.ofMillis(5));
        reader.enter();

        // then
        assertThat(reads).isEmpty();
    }

    @Test
    void the_scene_filter_feeds_the_reader_and_consumes_its_keys_so_no_button_gets_enter() {
        // given
        WedgeKeyFilterProbe filter = new WedgeKeyFilterProbe(reader);

        // when
        List<KeyEvent> events = new ArrayList<>();
        for (char c : "04a1b2c3".toCharArray()) {
            events.add(filter.handle(typed(String.valueOf(c))));
            clock.advance(Duration.ofMillis(5));
        }
        events.add(filter.handle(pressed(KeyCode.ENTER)));
        events.add(filter.handle(typed("\r")));

        // then
        assertThat(reads).singleElement().extracting(read -> read.uid().hex()).isEqualTo("04A1B2C3");
        assertThat(events).allMatch(KeyEvent::isConsumed);
    }

    @Test
    void keys_that_no_reader_types_pass_the_filter() {
        // given
        WedgeKeyFilterProbe filter = new WedgeKeyFilterProbe(reader);

        // when
        KeyEvent escape = filter.handle(pressed(KeyCode.ESCAPE));

        // then
        assertThat(escape.isConsumed()).isFalse();
    }

    private void type(String characters, Duration between) {
        for (char c : characters.toCharArray()) {
            reader.typed(c);
            clock.advance(between);
        }
    }

    private static KeyEvent typed(String character) {
        return new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false);
    }

    private static KeyEvent pressed(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    /** Runs the filter on an event copy the way the scene would, and hands back the copy. */
    private record WedgeKeyFilterProbe(KeyboardWedgeReader reader) {
        KeyEvent handle(KeyEvent event) {
            KeyEvent copy = event.copyFor(null, null, event.getEventType());
            WedgeKeyFilter.of(reader).handle(copy);
            return copy;
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
