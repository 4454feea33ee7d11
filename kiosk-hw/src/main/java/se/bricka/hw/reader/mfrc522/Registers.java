package se.bricka.hw.reader.mfrc522;

/**
 * MFRC522 register addresses and the bits this driver uses, from the NXP MFRC522 datasheet (rev.
 * 3.9). On SPI the address byte is the register number shifted left by one, with the top bit set
 * for a read; bit 0 is always zero.
 */
final class Registers {

    /** Starts and stops the chip's commands (low nibble) and holds the power-down bit. */
    static final int COMMAND = 0x01;
    /** Interrupt request bits of the radio side; writing with bit 7 clear clears the bits written as 1. */
    static final int COM_IRQ = 0x04;
    /** Interrupt request bits of the CRC coprocessor; bit 7 works as in {@link #COM_IRQ}. */
    static final int DIV_IRQ = 0x05;
    /** Why the last command failed: protocol, parity, CRC, collision, FIFO overflow, temperature. */
    static final int ERROR = 0x06;
    /** The 64-byte FIFO: each write adds a byte, each read takes one. */
    static final int FIFO_DATA = 0x09;
    /** How many bytes the FIFO holds; writing bit 7 empties it. */
    static final int FIFO_LEVEL = 0x0A;
    /** Bits 2..0: how many bits of the last received byte are valid (0 means all eight). */
    static final int CONTROL = 0x0C;
    /** StartSend (bit 7), RxAlign (bits 6..4), TxLastBits (bits 2..0): framing of bit-oriented frames. */
    static final int BIT_FRAMING = 0x0D;
    /** Where the first bit collision of the last frame was (bits 4..0; 0 stands for the 32nd bit). */
    static final int COLL = 0x0E;
    /** General modes, among them the preset of the CRC coprocessor (bits 1..0). */
    static final int MODE = 0x11;
    /** Drives the antenna pins TX1 and TX2 (bits 0 and 1). */
    static final int TX_CONTROL = 0x14;
    /** Bit 6 forces 100 % ASK modulation, which ISO/IEC 14443-A cards need. */
    static final int TX_ASK = 0x15;
    /** High byte of the CRC coprocessor's result. */
    static final int CRC_RESULT_HIGH = 0x21;
    /** Low byte of the CRC coprocessor's result; it goes on the air first. */
    static final int CRC_RESULT_LOW = 0x22;
    /** Bits 6..4: receiver gain, from 18 dB (000) to 48 dB (111). */
    static final int RF_CFG = 0x26;
    /** Timer mode; bit 7 (TAuto) starts the timer at the end of every transmission. */
    static final int T_MODE = 0x2A;
    /** Low eight bits of the timer prescaler. */
    static final int T_PRESCALER = 0x2B;
    /** Timer reload value, high byte. */
    static final int T_RELOAD_HIGH = 0x2C;
    /** Timer reload value, low byte. */
    static final int T_RELOAD_LOW = 0x2D;
    /** The chip's version: 0x91 for version 1.0, 0x92 for version 2.0. */
    static final int VERSION = 0x37;

    static final int CMD_IDLE = 0x00;
    static final int CMD_CALC_CRC = 0x03;
    /** Sends the FIFO's bytes and goes idle: for a frame no card answers. */
    static final int CMD_TRANSMIT = 0x04;

    static final int CMD_TRANSCEIVE = 0x0C;
    static final int CMD_SOFT_RESET = 0x0F;
    /** CommandReg bit 4: the chip is still powering up after a reset. */
    static final int POWER_DOWN = 0x10;

    static final int IRQ_TX = 0x40;
    static final int IRQ_RX = 0x20;
    static final int IRQ_IDLE = 0x10;
    static final int IRQ_TIMER = 0x01;
    static final int IRQ_CLEAR_ALL = 0x7F;
    static final int DIV_IRQ_CRC = 0x04;
    static final int FLUSH_FIFO = 0x80;
    static final int START_SEND = 0x80;

    static final int ERR_PROTOCOL = 0x01;
    static final int ERR_PARITY = 0x02;
    static final int ERR_COLLISION = 0x08;
    static final int ERR_BUFFER_OVERFLOW = 0x10;
    static final int COLL_POS_NOT_VALID = 0x20;

    static final int ANTENNA_ON = 0x03;
    static final int FORCE_100_ASK = 0x40;

    private Registers() {}
}
