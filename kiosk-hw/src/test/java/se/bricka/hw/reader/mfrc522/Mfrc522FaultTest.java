package se.bricka.hw.reader.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.ReaderHealth;

/** Damaged frames, departing cards, crowded fields and a chip that stops answering. */
class Mfrc522FaultTest {

    // Frames of one cycle for a 4-byte card: 1 WUPA, 2 anticollision, 3 SELECT, 4 HLTA.
    private static final int ANTICOLLISION = 2;
    private static final int SELECT = 3;

    @ParameterizedTest
    @CsvSource({
        "PARITY_ERROR, 2", "PARITY_ERROR, 3",
        "FLIPPED_BIT, 2", "FLIPPED_BIT, 3",
        "HALF_FRAME, 2", "HALF_FRAME, 3"
    })
    void a_damaged_answer_reports_nothing_and_is_counted(FrameDamage damage, int frame) {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);
            emulated.chip.lay(EmulatedCard.withUid("A1B2C3D4"));
            emulated.chip.damageAnswer(frame, damage);

            // when
            emulated.polls(1);

            // then
            assertThat(emulated.taps).isEmpty();
            assertThat(emulated.reader.health().faultyFrames()).isEqualTo(1);
            assertThat(emulated.reader.health().status()).isEqualTo(ReaderHealth.Status.OK);
        }
    }

    @ParameterizedTest
    @EnumSource(FrameDamage.class)
    void after_a_damaged_answer_the_held_tag_is_read_once_on_a_later_cycle(FrameDamage damage) {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);
            emulated.chip.lay(EmulatedCard.withUid("04A1B2C3D4E5F6"));
            emulated.chip.damageAnswer(ANTICOLLISION, damage);

            // when
            emulated.polls(10);

            // then
            assertThat(emulated.tappedUids()).containsExactly("04A1B2C3D4E5F6");
        }
    }

    @Test
    void a_card_lifted_between_its_cascade_levels_reports_nothing() {
        // given: a 7-byte card that leaves right after answering the first SELECT
        EmulatedCard card = EmulatedCard.withUid("04A1B2C3D4E5F6");
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);
            emulated.chip.lay(card);
            emulated.chip.liftAfterFrames(card, SELECT);

            // when
            emulated.polls(5);

            // then
            assertThat(emulated.taps).isEmpty();
            assertThat(emulated.reader.health().faultyFrames()).isEqualTo(1);
        }
    }

    @Test
    void a_card_lifted_after_anticollision_reports_nothing() {
        // given
        EmulatedCard card = EmulatedCard.withUid("A1B2C3D4");
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);
            emulated.chip.lay(card);
            emulated.chip.liftAfterFrames(card, ANTICOLLISION);

            // when
            emulated.polls(5);

            // then
            assertThat(emulated.taps).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "A1B2C3D4, A1B2C3D5",
        "A1B2C3D4, 21B2C3D4",
        "00000000, FFFFFFFF",
        "A1B2C3D4, 04A1B2C3D4E5F6",
        "04A1B2C3D4E5F6, 04A1B2C3D4E5F7",
        "04A1B2C3D4E5F60718AB, 04A1B2C3D4E5F60718AC"
    })
    void two_cards_at_once_give_exactly_one_of_their_uids(String first, String second) {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.chip.lay(EmulatedCard.withUid(first));
            emulated.chip.lay(EmulatedCard.withUid(second));

            // when
            emulated.polls(10);

            // then
            assertThat(emulated.tappedUids()).hasSize(1);
            assertThat(emulated.tappedUids().getFirst()).isIn(first, second);
        }
    }

    @Test
    void repeated_damaged_answers_make_the_reader_faulty_until_a_clean_cycle() {
        // given
        PollingSettings settings = PollingSettings.DEFAULT;
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);
            emulated.chip.lay(EmulatedCard.withUid("A1B2C3D4"));
            emulated.chip.damageNextAnswers(settings.faultyFramesBeforeFault(), FrameDamage.PARITY_ERROR);
            emulated.polls(settings.faultyFramesBeforeFault());
            ReaderHealth during = emulated.reader.health();

            // when
            emulated.polls(1);

            // then
            assertThat(during.status()).isEqualTo(ReaderHealth.Status.FAULTY);
            assertThat(emulated.reader.health().status()).isEqualTo(ReaderHealth.Status.OK);
            assertThat(emulated.tappedUids()).containsExactly("A1B2C3D4");
        }
    }

    @Test
    void an_unplugged_reader_is_reported_not_answering_within_a_second() {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(2);

            // when
            emulated.chip.unplug();
            emulated.time.advance(Duration.ofSeconds(1));

            // then
            ReaderHealth health = emulated.reader.health();
            assertThat(health.status()).isEqualTo(ReaderHealth.Status.NOT_ANSWERING);
            assertThat(health.silentPolls()).isPositive();
            assertThat(health.detail()).contains("0x00");
        }
    }

    @Test
    void a_reader_plugged_back_in_is_set_up_again_and_reads_without_a_restart() {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(2);
            emulated.chip.unplug();
            emulated.polls(5);

            // when
            emulated.chip.plugBackIn();
            emulated.chip.lay(EmulatedCard.withUid("A1B2C3D4"));
            emulated.polls(2);

            // then
            assertThat(emulated.reader.health().status()).isEqualTo(ReaderHealth.Status.OK);
            assertThat(emulated.chip.softResets()).isEqualTo(2);
            assertThat(emulated.tappedUids()).containsExactly("A1B2C3D4");
        }
    }

    @Test
    void a_chip_reset_behind_the_drivers_back_is_set_up_again() {
        // given: the chip browns out between two cycles and comes back with its antenna off
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);
            emulated.chip.unplug();
            emulated.chip.plugBackIn();
            emulated.chip.lay(EmulatedCard.withUid("A1B2C3D4"));

            // when
            emulated.polls(1);

            // then
            assertThat(emulated.chip.antennaOn()).isTrue();
            assertThat(emulated.tappedUids()).containsExactly("A1B2C3D4");
        }
    }

    @Test
    void a_chip_whose_commands_never_finish_is_not_answering_after_a_bounded_wait() {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);
            Duration sleptBefore = emulated.time.slept();
            emulated.chip.hang(true);

            // when
            emulated.polls(1);

            // then
            assertThat(emulated.reader.health().status()).isEqualTo(ReaderHealth.Status.NOT_ANSWERING);
            assertThat(emulated.reader.health().detail()).contains("no interrupt");
            assertThat(emulated.time.slept().minus(sleptBefore)).isLessThanOrEqualTo(Duration.ofMillis(100));
        }
    }

    @Test
    void a_chip_that_finishes_its_commands_again_is_set_up_again_and_reads() {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);
            emulated.chip.hang(true);
            emulated.polls(2);

            // when
            emulated.chip.hang(false);
            emulated.chip.lay(EmulatedCard.withUid("A1B2C3D4"));
            emulated.polls(2);

            // then
            assertThat(emulated.reader.health().status()).isEqualTo(ReaderHealth.Status.OK);
            assertThat(emulated.tappedUids()).containsExactly("A1B2C3D4");
        }
    }
}
