package se.bricka.hw.reader.mfrc522;

import com.pi4j.io.spi.Spi;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import se.bricka.hw.time.Sleeper;

/**
 * The MFRC522 seen through its registers over SPI: register reads and writes, the FIFO, the
 * Transceive command and the CRC coprocessor. It knows nothing about cards; {@link CardSelector}
 * speaks ISO/IEC 14443-A through it.
 */
final class Mfrc522Chip implements Transceiver {

    /** How long to wait for the chip's own interrupt; its timer gives up on a card after 25 ms. */
    static final Duration COMMAND_DEADLINE = Duration.ofMillis(50);

    private static final Duration WAIT_STEP = Duration.ofMillis(1);
    private static final int FIFO_SIZE = 64;

    private final Spi spi;
    private final Sleeper sleeper;

    Mfrc522Chip(Spi spi, Sleeper sleeper) {
        this.spi = Objects.requireNonNull(spi, "spi");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    int read(int register) {
        byte[] tx = {(byte) (0x80 | (register << 1)), 0};
        byte[] rx = new byte[2];
        spi.transfer(tx, rx, tx.length);
        return rx[1] & 0xFF;
    }

    void write(int register, int value) {
        byte[] tx = {(byte) ((register << 1) & 0x7E), (byte) value};
        spi.transfer(tx, new byte[2], tx.length);
    }

    void setBits(int register, int mask) {
        write(register, read(register) | mask);
    }

    private void writeFifo(byte[] data) {
        byte[] tx = new byte[data.length + 1];
        tx[0] = (byte) ((Registers.FIFO_DATA << 1) & 0x7E);
        System.arraycopy(data, 0, tx, 1, data.length);
        spi.transfer(tx, new byte[tx.length], tx.length);
    }

    /** Reads {@code count} FIFO bytes in one burst: the address repeated, then a zero to end. */
    private byte[] readFifo(int count) {
        if (count == 0) {
            return new byte[0];
        }
        byte[] tx = new byte[count + 1];
        Arrays.fill(tx, 0, count, (byte) (0x80 | (Registers.FIFO_DATA << 1)));
        byte[] rx = new byte[count + 1];
        spi.transfer(tx, rx, tx.length);
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
        int irq = awaitInterrupt(Registers.COM_IRQ, Registers.IRQ_RX | Registers.IRQ_IDLE | Registers.IRQ_TIMER);
        if ((irq & (Registers.IRQ_RX | Registers.IRQ_IDLE)) == 0) {
            return Optional.empty();
        }
        int error = read(Registers.ERROR);
        if ((error & (Registers.ERR_BUFFER_OVERFLOW | Registers.ERR_PARITY | Registers.ERR_PROTOCOL)) != 0) {
            throw new FaultyFrameException("error register 0x%02X".formatted(error));
        }
        int level = read(Registers.FIFO_LEVEL) & 0x7F;
        if (level > FIFO_SIZE) {
            throw new FaultyFrameException("FIFO level " + level + " is more than the FIFO holds");
        }
        byte[] data = readFifo(level);
        int lastBits = read(Registers.CONTROL) & 0x07;
        return Optional.of(new Answer(data, lastBits, collisionBit(error)));
    }

    private int collisionBit(int error) throws FaultyFrameException {
        if ((error & Registers.ERR_COLLISION) == 0) {
            return 0;
        }
        int coll = read(Registers.COLL);
        if ((coll & Registers.COLL_POS_NOT_VALID) != 0) {
            throw new FaultyFrameException("collision outside the data bits");
        }
        int position = coll & 0x1F;
        return position == 0 ? 32 : position;
    }

    @Override
    public byte[] crcA(byte[] data) throws ChipSilentException {
        write(Registers.COMMAND, Registers.CMD_IDLE);
        write(Registers.DIV_IRQ, Registers.DIV_IRQ_CRC);
        write(Registers.FIFO_LEVEL, Registers.FLUSH_FIFO);
        writeFifo(data);
        write(Registers.COMMAND, Registers.CMD_CALC_CRC);
        awaitInterrupt(Registers.DIV_IRQ, Registers.DIV_IRQ_CRC);
        write(Registers.COMMAND, Registers.CMD_IDLE);
        return new byte[] {(byte) read(Registers.CRC_RESULT_LOW), (byte) read(Registers.CRC_RESULT_HIGH)};
    }

    /** Polls an interrupt register until one of {@code bits} is set, or the deadline passes. */
    private int awaitInterrupt(int register, int bits) throws ChipSilentException {
        Duration waited = Duration.ZERO;
        while (true) {
            int irq = read(register);
            if ((irq & bits) != 0) {
                return irq;
            }
            if (waited.compareTo(COMMAND_DEADLINE) >= 0) {
                throw new ChipSilentException("no interrupt from the MFRC522 within " + COMMAND_DEADLINE.toMillis()
                        + " ms (register 0x%02X read 0x%02X)".formatted(register, irq));
            }
            pause(WAIT_STEP);
            waited = waited.plus(WAIT_STEP);
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
