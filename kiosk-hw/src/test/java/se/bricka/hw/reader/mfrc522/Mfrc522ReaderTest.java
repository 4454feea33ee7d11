package se.bricka.hw.reader.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.bricka.hw.reader.ReaderHealth;

class Mfrc522ReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"A1B2C3D4", "04A1B2C3D4E5F6", "04A1B2C3D4E5F60718AB"})
    void a_tap_reports_the_whole_uid_of_a_card_with_one_two_or_three_cascade_levels(String uid) {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.chip.lay(EmulatedCard.withUid(uid));

            // when
            emulated.polls(1);

            // then
            assertThat(emulated.tappedUids()).containsExactly(uid);
            assertThat(emulated.taps.getFirst().readerId()).isEqualTo("door-1");
            assertThat(emulated.reader.health().taps()).isEqualTo(1);
        }
    }

    @Test
    void a_tag_held_on_the_reader_is_one_tap() {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.chip.lay(EmulatedCard.withUid("A1B2C3D4"));

            // when
            emulated.polls(30);

            // then
            assertThat(emulated.tappedUids()).containsExactly("A1B2C3D4");
        }
    }

    @Test
    void lifting_the_tag_and_tapping_again_is_a_second_tap() {
        // given
        EmulatedCard card = EmulatedCard.withUid("04A1B2C3D4E5F6");
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.chip.lay(card);
            emulated.polls(3);

            // when
            emulated.chip.lift(card);
            emulated.polls(3);
            emulated.chip.lay(card);
            emulated.polls(3);

            // then
            assertThat(emulated.tappedUids()).containsExactly("04A1B2C3D4E5F6", "04A1B2C3D4E5F6");
        }
    }

    @Test
    void an_empty_field_reports_nothing_and_the_reader_is_healthy() {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {

            // when
            emulated.polls(5);

            // then
            assertThat(emulated.taps).isEmpty();
            assertThat(emulated.reader.health()).isEqualTo(ReaderHealth.ok());
        }
    }

    @Test
    void start_up_resets_the_chip_and_turns_on_the_antenna_timer_and_gain() {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {

            // when
            emulated.polls(1);

            // then
            Mfrc522Emulator chip = emulated.chip;
            assertThat(chip.softResets()).isEqualTo(1);
            assertThat(chip.antennaOn()).isTrue();
            assertThat(chip.register(Registers.RF_CFG)).isEqualTo(0x70);
            assertThat(chip.register(Registers.T_MODE)).isEqualTo(0x80);
            assertThat(chip.register(Registers.T_PRESCALER)).isEqualTo(0xA9);
            assertThat(chip.register(Registers.T_RELOAD_HIGH) << 8 | chip.register(Registers.T_RELOAD_LOW))
                    .isEqualTo(1000);
            assertThat(chip.register(Registers.TX_ASK)).isEqualTo(0x40);
        }
    }

    @Test
    void a_chip_with_the_wrong_version_is_a_health_fault_and_reads_nothing() {
        // given
        try (EmulatedReader emulated = new EmulatedReader(new Mfrc522Emulator(0x12)).started()) {
            emulated.chip.lay(EmulatedCard.withUid("A1B2C3D4"));

            // when
            emulated.polls(3);

            // then
            assertThat(emulated.taps).isEmpty();
            assertThat(emulated.reader.health().status()).isEqualTo(ReaderHealth.Status.FAULTY);
            assertThat(emulated.reader.health().detail()).contains("0x12");
            assertThat(emulated.chip.antennaOn()).isFalse();
        }
    }

    @Test
    void closing_the_reader_turns_the_antenna_off() {
        // given
        EmulatedReader emulated = new EmulatedReader().started();
        emulated.polls(1);

        // when
        emulated.close();

        // then
        assertThat(emulated.chip.antennaOn()).isFalse();
    }

    @Test
    void a_listener_that_throws_does_not_stop_the_next_tap() {
        // given
        EmulatedCard first = EmulatedCard.withUid("A1B2C3D4");
        try (EmulatedReader emulated = new EmulatedReader()) {
            emulated.reader.start(read -> {
                if (read.uid().hex().equals("A1B2C3D4")) {
                    throw new IllegalStateException("listener broke");
                }
                emulated.taps.add(read);
            });
            emulated.chip.lay(first);
            emulated.polls(2);
            emulated.chip.lift(first);

            // when
            emulated.chip.lay(EmulatedCard.withUid("0A0B0C0D"));
            emulated.polls(3);

            // then
            assertThat(emulated.tappedUids()).containsExactly("0A0B0C0D");
        }
    }

    @Test
    void the_tap_carries_the_time_of_the_poll_that_saw_it() {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);
            emulated.chip.lay(EmulatedCard.withUid("A1B2C3D4"));

            // when
            emulated.polls(1);

            // then
            assertThat(emulated.taps.getFirst().at())
                    .isBetween(
                            emulated.time.clock().instant().minus(Duration.ofMillis(200)),
                            emulated.time.clock().instant());
        }
    }

    @Test
    void a_seven_byte_uid_is_read_in_58_spi_transfers() {
        // given: a reader set up on an earlier cycle
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);
            emulated.chip.lay(EmulatedCard.withUid("04A1B2C3D4E5F6"));

            // when
            List<byte[]> cycle = emulated.transfersOfNextPolls(1);

            // then: version and antenna in one burst; WUPA, two anticollisions and two SELECTs answered, 10
            // transfers each; the HLTA, only sent, 7. With the chip computing the CRC_As it took 115.
            assertThat(emulated.tappedUids()).containsExactly("04A1B2C3D4E5F6");
            assertThat(cycle).hasSize(58);
        }
    }

    @Test
    void the_hlta_after_a_read_is_only_sent_so_the_tap_does_not_wait_out_the_chips_timer() {
        // given: a reader set up on an earlier cycle, and a card laid on it
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);
            long timerExpiriesBefore = emulated.chip.timerExpiries();
            emulated.chip.lay(EmulatedCard.withUid("04A1B2C3D4E5F6"));

            // when
            emulated.polls(1);

            // then: read, halted with Transmit, and no frame left for the timer to end
            assertThat(emulated.tappedUids()).containsExactly("04A1B2C3D4E5F6");
            assertThat(emulated.chip.transmits()).isEqualTo(1);
            assertThat(emulated.chip.timerExpiries()).isEqualTo(timerExpiriesBefore);
        }
    }

    @Test
    void a_cycle_on_a_set_up_chip_reads_version_and_antenna_in_one_burst() {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);

            // when
            List<byte[]> cycle = emulated.transfersOfNextPolls(1);

            // then: VersionReg (0x37) and TxControlReg (0x14) as read addresses, then the closing zero
            assertThat(cycle.getFirst()).containsExactly(0xEE, 0xA8, 0x00);
        }
    }

    @Test
    void after_each_answer_error_fifo_level_control_and_collision_registers_are_read_in_one_burst() {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.polls(1);
            emulated.chip.lay(EmulatedCard.withUid("A1B2C3D4"));

            // when
            List<byte[]> cycle = emulated.transfersOfNextPolls(1);

            // then: ErrorReg 0x06, FIFOLevelReg 0x0A, ControlReg 0x0C, CollReg 0x0E, once per answer (ATQA,
            // anticollision, SAK); no single read of any of them
            byte[] afterFrame = {(byte) 0x8C, (byte) 0x94, (byte) 0x98, (byte) 0x9C, 0x00};
            assertThat(cycle).filteredOn(tx -> Arrays.equals(tx, afterFrame)).hasSize(3);
            assertThat(cycle)
                    .noneMatch(tx ->
                            tx.length == 2 && (tx[0] == (byte) 0x8C || tx[0] == (byte) 0x94 || tx[0] == (byte) 0x98));
        }
    }
}
