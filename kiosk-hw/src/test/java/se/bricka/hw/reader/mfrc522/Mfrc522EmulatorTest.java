package se.bricka.hw.reader.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The emulator's SPI side checks the framing a real chip relies on, so the driver's bursts are held to it. */
class Mfrc522EmulatorTest {

    private static final byte VERSION_READ = (byte) 0xEE;
    private static final byte TX_CONTROL_READ = (byte) 0xA8;

    @Test
    void a_read_burst_of_two_registers_answers_each_one_byte_behind_its_address() {
        // given: a chip fresh from power-on, TxControlReg at its reset value 0x80
        Mfrc522Emulator chip = new Mfrc522Emulator();
        byte[] rx = new byte[3];

        // when
        chip.transfer(new byte[] {VERSION_READ, TX_CONTROL_READ, 0x00}, rx, 3);

        // then
        assertThat(rx).containsExactly(0x00, 0x92, 0x80);
        assertThat(chip.protocolViolations()).isEmpty();
    }

    @Test
    void a_read_burst_that_does_not_end_in_zero_is_a_violation() {
        // given
        Mfrc522Emulator chip = new Mfrc522Emulator();

        // when
        chip.transfer(new byte[] {VERSION_READ, TX_CONTROL_READ}, new byte[2], 2);

        // then
        assertThat(chip.protocolViolations()).singleElement().asString().contains("ends with 0xA8");
    }

    @Test
    void a_write_address_inside_a_read_burst_is_a_violation() {
        // given: 0x28 would write TxControlReg; a read burst may only carry read addresses
        Mfrc522Emulator chip = new Mfrc522Emulator();

        // when
        chip.transfer(new byte[] {VERSION_READ, 0x28, 0x00}, new byte[3], 3);

        // then
        assertThat(chip.protocolViolations()).singleElement().asString().contains("byte 1", "0x28");
    }

    @Test
    void an_address_byte_with_bit_0_set_is_a_violation() {
        // given
        Mfrc522Emulator chip = new Mfrc522Emulator();

        // when
        chip.transfer(new byte[] {0x29, 0x03}, new byte[2], 2);

        // then
        assertThat(chip.protocolViolations()).singleElement().asString().contains("bit 0");
    }
}
