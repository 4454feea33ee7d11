package se.bricka.hw.reader.wiegand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WiegandDecoderTest {

    private static final long BIT_SPACING = Duration.ofMillis(2).toNanos();
    private static final long AFTER_GAP = Duration.ofMillis(30).toNanos();

    private final WiegandDecoder decoder = WiegandDecoder.standard();
    private long now = 1_000_000_000L;

    /** Sends the bits 2 ms apart and lets the line go quiet; returns every frame that ended. */
    private List<WiegandFrame> send(String bits, long spacing) {
        List<WiegandFrame> frames = new ArrayList<>();
        for (char bit : bits.toCharArray()) {
            decoder.bit(bit - '0', now).ifPresent(frames::add);
            now += spacing;
        }
        now += AFTER_GAP;
        decoder.tick(now).ifPresent(frames::add);
        return frames;
    }

    private List<WiegandFrame> send(String bits) {
        return send(bits, BIT_SPACING);
    }

    @Test
    void an_all_zero_h10301_card_has_even_parity_0_and_odd_parity_1() {
        // given: facility 0, card 0 as a reader sends it
        String bits = "0" + "0".repeat(24) + "1";

        // when
        List<WiegandFrame> frames = send(bits);

        // then
        assertThat(frames)
                .containsExactly(
                        new WiegandFrame.Card(WiegandFormat.H10301, 0, 0, new se.bricka.core.tag.TagUid("00000000")));
    }

    @ParameterizedTest
    @CsvSource({"18, 12345, 00123039", "255, 65535, 00FFFFFF", "1, 1, 00010001", "128, 32768, 00808000"})
    void an_h10301_frame_gives_facility_card_and_a_four_byte_uid(int facility, int card, String uid) {
        // given
        String bits = WiegandBits.h10301(facility, card);

        // when
        List<WiegandFrame> frames = send(bits);

        // then
        assertThat(frames).singleElement().isInstanceOfSatisfying(WiegandFrame.Card.class, read -> {
            assertThat(read.format()).isEqualTo(WiegandFormat.H10301);
            assertThat(read.facility()).isEqualTo(facility);
            assertThat(read.cardNumber()).isEqualTo(card);
            assertThat(read.uid().hex()).isEqualTo(uid);
        });
    }

    @Test
    void a_34_bit_frame_gives_its_32_data_bits_as_a_four_byte_uid() {
        // given
        String bits = WiegandBits.w34(0xA1B2, 0xC3D4);

        // when
        List<WiegandFrame> frames = send(bits);

        // then
        assertThat(frames).singleElement().isInstanceOfSatisfying(WiegandFrame.Card.class, read -> {
            assertThat(read.format()).isEqualTo(WiegandFormat.W34);
            assertThat(read.uid().hex()).isEqualTo("A1B2C3D4");
        });
    }

    @Test
    void an_h10304_frame_gives_a_16_bit_facility_a_19_bit_card_and_a_five_byte_uid() {
        // given
        String bits = WiegandBits.h10304(4660, 500_000);

        // when
        List<WiegandFrame> frames = send(bits);

        // then
        assertThat(frames).singleElement().isInstanceOfSatisfying(WiegandFrame.Card.class, read -> {
            assertThat(read.format()).isEqualTo(WiegandFormat.H10304);
            assertThat(read.facility()).isEqualTo(4660);
            assertThat(read.cardNumber()).isEqualTo(500_000);
            assertThat(read.uid().bytes()).hasSize(5);
            assertThat(read.uid().hex()).isEqualTo("%010X".formatted((4660L << 19) | 500_000));
        });
    }

    @ParameterizedTest
    @CsvSource({"0", "5", "12", "13", "20", "25"})
    void a_flipped_bit_in_an_h10301_frame_fails_a_parity_and_is_rejected(int index) {
        // given
        String bits = WiegandBits.flip(WiegandBits.h10301(18, 12345), index);

        // when
        List<WiegandFrame> frames = send(bits);

        // then
        assertThat(frames).singleElement().isInstanceOfSatisfying(WiegandFrame.Rejected.class, rejected -> {
            assertThat(rejected.bits()).isEqualTo(26);
            assertThat(rejected.why()).contains("parity");
        });
    }

    @Test
    void a_frame_with_a_missing_bit_is_rejected() {
        // given
        String bits = WiegandBits.h10301(18, 12345).substring(1);

        // when
        List<WiegandFrame> frames = send(bits);

        // then
        assertThat(frames).containsExactly(new WiegandFrame.Rejected(25, "no format has 25 bits"));
    }

    @Test
    void a_noise_bit_inside_a_frame_makes_it_rejected() {
        // given
        String good = WiegandBits.h10301(18, 12345);
        String noisy = good.substring(0, 10) + "1" + good.substring(10);

        // when
        List<WiegandFrame> frames = send(noisy);

        // then
        assertThat(frames).singleElement().isInstanceOf(WiegandFrame.Rejected.class);
    }

    @Test
    void edges_slower_than_the_frame_gap_cut_a_frame_into_rejected_pieces() {
        // given: every bit 40 ms after the previous one, longer than the 25 ms gap

        // when
        List<WiegandFrame> frames =
                send(WiegandBits.h10301(18, 12345), Duration.ofMillis(40).toNanos());

        // then
        assertThat(frames).hasSize(26).allMatch(frame -> frame instanceof WiegandFrame.Rejected);
    }

    @Test
    void a_frame_is_not_ended_before_the_gap_has_passed() {
        // given
        for (char bit : WiegandBits.h10301(18, 12345).toCharArray()) {
            decoder.bit(bit - '0', now);
            now += BIT_SPACING;
        }

        // when
        Optional<WiegandFrame> early = decoder.tick(now + Duration.ofMillis(10).toNanos());

        // then
        assertThat(early).isEmpty();
    }

    @Test
    void two_frames_in_a_row_are_two_cards() {
        // given
        String first = WiegandBits.h10301(18, 1);
        String second = WiegandBits.h10301(18, 2);

        // when
        List<WiegandFrame> frames = new ArrayList<>(send(first));
        frames.addAll(send(second));

        // then
        assertThat(frames)
                .extracting(frame -> ((WiegandFrame.Card) frame).cardNumber())
                .containsExactly(1L, 2L);
    }

    @Test
    void a_burst_longer_than_any_format_is_rejected_as_noise() {
        // when
        List<WiegandFrame> frames = send("1".repeat(200));

        // then
        assertThat(frames).containsExactly(new WiegandFrame.Rejected(200, "a burst of 200 bits is noise"));
    }

    @Test
    void a_format_reaching_past_its_frame_is_refused() {
        assertThatThrownBy(() -> new WiegandFormat("bad", 26, 0, 13, 13, 14, 1, 8, 9, 16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odd parity");
    }

    @Test
    void edges_lost_inside_a_frame_reject_it_with_the_reason() {
        // given: the first half of a valid frame
        String bits = WiegandBits.h10301(18, 12345);
        for (char bit : bits.substring(0, 13).toCharArray()) {
            decoder.bit(bit - '0', now);
            now += BIT_SPACING;
        }

        // when: edges are lost, then the rest arrives
        assertThat(decoder.lost(now, "4 edges were lost")).isEmpty();
        List<WiegandFrame> frames = send(bits.substring(13));

        // then
        assertThat(frames).singleElement().isInstanceOfSatisfying(WiegandFrame.Rejected.class, rejected -> {
            assertThat(rejected.bits()).isEqualTo(26);
            assertThat(rejected.why()).isEqualTo("4 edges were lost");
        });
    }

    @Test
    void edges_lost_after_a_frame_ended_reject_it_and_the_next_but_not_the_one_after() {
        // given: a whole frame, not yet closed by a tick
        String bits = WiegandBits.h10301(18, 12345);
        for (char bit : bits.toCharArray()) {
            decoder.bit(bit - '0', now);
            now += BIT_SPACING;
        }
        now += AFTER_GAP;

        // when: the first edge after the loss comes after the frame gap
        List<WiegandFrame> ended =
                decoder.lost(now, "2 edges were lost").stream().toList();
        List<WiegandFrame> next = send(bits);
        List<WiegandFrame> afterThat = send(bits);

        // then
        assertThat(ended).singleElement().isInstanceOf(WiegandFrame.Rejected.class);
        assertThat(next).singleElement().isInstanceOf(WiegandFrame.Rejected.class);
        assertThat(afterThat).singleElement().isInstanceOf(WiegandFrame.Card.class);
    }
}
