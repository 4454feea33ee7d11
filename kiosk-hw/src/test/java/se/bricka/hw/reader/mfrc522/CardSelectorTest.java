package se.bricka.hw.reader.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardSelectorTest {

    @Test
    void crc_a_of_halt_matches_the_standard() {
        // given: ISO/IEC 14443-3 gives HLTA as 50 00 57 CD

        // when
        byte[] framed = CrcA.append((byte) 0x50, (byte) 0x00);

        // then
        assertThat(framed).containsExactly(0x50, 0x00, 0x57, 0xCD);
    }

    @Test
    void reqa_does_not_wake_a_halted_card_but_wupa_does() {
        // given: a card read once and put to sleep with HLTA
        EmulatedCard card = EmulatedCard.withUid("A1B2C3D4");
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.chip.lay(card);
            emulated.polls(1);

            // when
            var reqa = card.hear(Bits.ofBytes(new byte[] {CardSelector.REQA}, 7));
            var wupa = card.hear(Bits.ofBytes(new byte[] {CardSelector.WUPA}, 7));

            // then
            assertThat(reqa).isEmpty();
            assertThat(wupa).contains(Bits.ofBytes((byte) 0x04, (byte) 0x00));
        }
    }

    @Test
    void a_seven_byte_card_announces_double_size_in_atqa_and_the_cascade_tag_at_level_one() {
        // given
        EmulatedCard card = EmulatedCard.withUid("04A1B2C3D4E5F6");

        // when
        var atqa = card.hear(Bits.ofBytes(new byte[] {CardSelector.WUPA}, 7));

        // then
        assertThat(atqa).contains(Bits.ofBytes((byte) 0x44, (byte) 0x00));
        assertThat(card.cascadeLevel(0)).containsExactly(0x88, 0x04, 0xA1, 0xB2, 0x88 ^ 0x04 ^ 0xA1 ^ 0xB2);
    }
}
