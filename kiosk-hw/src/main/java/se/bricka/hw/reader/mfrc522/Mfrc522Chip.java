package se.bricka.hw.reader.mfrc522;

import com.pi4j.io.spi.Spi;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import se.bricka.hw.time.Sleeper;

/**
 * The MFRC522 seen through its registers over SPI: register reads and writes, the FIFO and the
 * Transceive command. It knows nothing about cards; {@link CardSelector} speaks ISO/IEC 14443-A
 * through it.
 *
 * <p>Every SPI transfer costs a system call on a Pi, so registers read together go in one burst,
 * as the datasheet allows for reads (section 8.1.2.1: the addresses one after the other, then 0x00);
 * a write burst fills one register only, so writes stay one transfer each. One pair of buffers
 * serves every transfer: only the reader's thread calls in.
 */
final class Mfrc522Chip implements Transceiver {

    /** How long to wait for the chip's own interrupt; its timer gives up on a card after 25 ms. */
    static final Duration COMMAND_DEADLINE = Duration.ofMillis(50);

    private static final Duration WAIT_STEP = Duration.ofMillis(1);
    private static final long MAX_WAIT_STEPS = COMMAND_DEADLINE.dividedBy(WAIT_STEP);
    private static final int FIFO_SIZE = 64;

    /** What the driver needs after a frame, read in one burst; CollReg matters only after a collision. */
    private static final int[] AFTER_FRAME = {Registers.ERROR, Registers.FIFO_LEVEL, Registers.CONTROL, Registers.COLL};

    private final Spi spi;
    private final Sleeper sleeper;
    private final byte[] tx = new byte[FIFO_SIZE + 1];
    private final byte[] rx = new byte[FIFO_SIZE + 1];
    private final int[] afterFrame = new int[AFTER_FRAME.length];

    Mfrc522Chip(Spi spi, Sleeper sleeper) {
        this.spi = Objects.requireNonNull(spi, "spi");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    private static byte readAddress(int register) {
        return (byte) (0x80 | (register << 1));
    }

    private static byte writeAddress(int register) {
        return (byte) ((register << 1) & 0x7E);
    }

    int read(int register) {
        tx[0] = readAddress(register);
        tx[1] = 0;
        spi.transfer(tx, rx, 2);
        return rx[1] & 0xFF;
    }

    /** Reads {@code registers} in one burst into {@code values}, in the same order. */
    void read(int[] registers, int[] values) {
        int count = registers.length;
        for (int i = 0; i < count; i++) {
            tx[i] = readAddress(registers[i]);
        }
        tx[count] = 0;
        spi.transfer(tx, rx, count + 1);
        for (int i = 0; i < count; i++) {
            values[i] = rx[i + 1] & 0xFF;
        }
    }

    void write(int register, int value) {
        tx[0] = writeAddress(register);
        tx[1] = (byte) value;
        spi.transfer(tx, rx, 2);
    }

    void setBits(int register, int mask) {
        write(register, read(register) | mask);
    }

    private void writeFifo(byte[] data) {
        if (data.length > FIFO_SIZE) {
            throw new IllegalArgumentException("a frame of " + data.length + " bytes does not fit the FIFO");
        }
        tx[0] = writeAddress(Registers.FIFO_DATA);
        System.arraycopy(data, 0, tx, 1, data.length);
        spi.transfer(tx, rx, data.length + 1);
    }

    /** Reads {@code count} FIFO bytes in one burst: the address repeated, then a zero to end. */
    private byte[] readFifo(int count) {
        if (count == 0) {
            return new byte[0];
        }
        Arrays.fill(tx, 0, count, readAddress(Registers.FIFO_DATA));
        tx[count] = 0;
        spi.transfer(tx, rx, count + 1);
        return Arrays.copyOfRange(rx, 1, count + 1);
    }

    @Override
    public Optional<Answer> transceive(byte[] frame, int txLastBits, int rxAlign)
            throws FaultyFrameException, ChipSilentException {
        int framing = (rxAlign << 4) | txLastBits;
        write(Registers.COMMAND, Registers.CMD_IDLE);
        write(Registers.COM_IRQ, Registers.IRQ_CLEAR_ALL);
        write(Registers.FIFO_LEVEL, Registers.FLUSH_FIFO);
        writeFifo(frame);
        write(Registers.BIT_FRAMING, framing);
        write(Registers.COMMAND, Registers.CMD_TRANSCEIVE);
        write(Registers.BIT_FRAMING, framing | Registers.START_SEND);
        int irq = awaitInterrupt(Registers.IRQ_RX | Registers.IRQ_IDLE | Registers.IRQ_TIMER);
        if ((irq & (Registers.IRQ_RX | Registers.IRQ_IDLE)) == 0) {
            return Optional.empty();
        }
        read(AFTER_FRAME, afterFrame);
        int error = afterFrame[0];
        if ((error & (Registers.ERR_BUFFER_OVERFLOW | Registers.ERR_PARITY | Registers.ERR_PROTOCOL)) != 0) {
            throw new FaultyFrameException("error register 0x%02X".formatted(error));
        }
        int level = afterFrame[1] & 0x7F;
        if (level > FIFO_SIZE) {
            throw new FaultyFrameException("FIFO level " + level + " is more than the FIFO holds");
        }
        int lastBits = afterFrame[2] & 0x07;
        int collisionBit = collisionBit(error, afterFrame[3]);
        return Optional.of(new Answer(readFifo(level), lastBits, collisionBit));
    }

    @Override
    public void transmit(byte[] frame) throws ChipSilentException {
        write(Registers.COMMAND, Registers.CMD_IDLE);
        write(Registers.COM_IRQ, Registers.IRQ_CLEAR_ALL);
        write(Registers.FIFO_LEVEL, Registers.FLUSH_FIFO);
        writeFifo(frame);
        write(Registers.BIT_FRAMING, 0);
        // Transmit starts at once, and the chip goes idle when the last bit is out.
        write(Registers.COMMAND, Registers.CMD_TRANSMIT);
        awaitInterrupt(Registers.IRQ_TX | Registers.IRQ_IDLE);
    }

    private static int collisionBit(int error, int coll) throws FaultyFrameException {
        if ((error & Registers.ERR_COLLISION) == 0) {
            return 0;
        }
        if ((coll & Registers.COLL_POS_NOT_VALID) != 0) {
            throw new FaultyFrameException("collision outside the data bits");
        }
        int position = coll & 0x1F;
        return position == 0 ? 32 : position;
    }

    /** Polls ComIrqReg until one of {@code bits} is set, or the deadline passes. */
    private int awaitInterrupt(int bits) throws ChipSilentException {
        for (long step = 0; ; step++) {
            int irq = read(Registers.COM_IRQ);
            if ((irq & bits) != 0) {
                return irq;
            }
            if (step >= MAX_WAIT_STEPS) {
                throw new ChipSilentException("no interrupt from the MFRC522 within " + COMMAND_DEADLINE.toMillis()
                        + " ms (ComIrqReg read 0x%02X)".formatted(irq));
            }
            pause(WAIT_STEP);
        }
    }

    /** Sleeps; an interrupt ends the wait early and leaves the flag set for the reader thread. */
    void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void close() {
        spi.close();
    }
}
