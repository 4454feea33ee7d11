package se.bricka.hw.reader.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FrameCrcTest {

    @Test
    void hlta_gets_the_crc_the_standard_gives() {
        // given: ISO/IEC 14443-3 gives HLTA as 50 00 57 CD
        byte[] frame = {0x50, 0x00, 0, 0};

        // when
        FrameCrc.append(frame, 2);

        // then
        assertThat(frame).containsExactly(0x50, 0x00, 0x57, 0xCD);
    }

    @Property(tries = 500)
    void the_drivers_crc_agrees_with_the_emulated_chips_for_any_bytes(@ForAll @Size(max = 16) byte[] data) {
        // given
        byte[] framed = new byte[data.length + 2];
        System.arraycopy(data, 0, framed, 0, data.length);

        // when
        FrameCrc.append(framed, data.length);

        // then
        assertThat(framed).containsExactly(CrcA.append(data));
        assertThat(FrameCrc.of(data, data.length)).isEqualTo(CrcA.of(data, data.length));
    }

    @Property(tries = 300)
    void a_sak_with_any_one_bit_changed_fails_its_crc(
            @ForAll byte sak, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 23) int bit) {
        // given
        byte[] framed = CrcA.append(sak);
        boolean cleanHolds = FrameCrc.holds(framed, 3);

        // when
        framed[bit / 8] ^= (byte) (1 << (bit % 8));

        // then
        assertThat(cleanHolds).isTrue();
        assertThat(FrameCrc.holds(framed, 3)).isFalse();
    }

    @Test
    void a_frame_too_short_to_carry_a_crc_does_not_hold() {
        // given
        byte[] twoBytes = {0x63, 0x63};

        // when
        boolean holds = FrameCrc.holds(twoBytes, 2);

        // then
        assertThat(holds).isFalse();
    }
}
