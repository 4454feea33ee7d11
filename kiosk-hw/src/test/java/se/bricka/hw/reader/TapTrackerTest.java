package se.bricka.hw.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.bricka.core.tag.TagUid;

class TapTrackerTest {

    private static final TagUid CARD = new TagUid("A1B2C3D4");
    private static final TagUid OTHER = new TagUid("0A0B0C0D");

    private final TapTracker tracker = new TapTracker(2);

    @Test
    void one_empty_cycle_in_between_does_not_make_a_second_tap() {
        // given
        tracker.seen(CARD);
        tracker.empty();

        // when / then
        assertThat(tracker.seen(CARD)).isEmpty();
    }

    @Test
    void enough_empty_cycles_in_a_row_lift_the_tag() {
        // given
        tracker.seen(CARD);
        tracker.empty();
        tracker.empty();

        // when / then
        assertThat(tracker.seen(CARD)).contains(CARD);
    }

    @Test
    void a_different_tag_is_a_new_tap_at_once() {
        // given
        tracker.seen(CARD);

        // when / then
        assertThat(tracker.seen(OTHER)).contains(OTHER);
    }

    @Test
    void a_tracker_needs_at_least_one_miss() {
        assertThatThrownBy(() -> new TapTracker(0)).hasMessageContaining("was 0");
    }
}
