package se.bricka.hw.reader.mfrc522;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An MFRC522 at register level, as the SPI bus sees it: the register file, the 64-byte FIFO, the
 * commands Idle, CalcCRC, Transceive and SoftReset, the interrupt bits, the timer's timeout, bit
 * framing (TxLastBits, RxAlign, RxLastBits), collisions (ErrorReg CollErr, CollReg) and a field of
 * {@link EmulatedCard}s. Faults on demand: a wrong version, an unplugged board, damaged answers, a
 * card leaving in the middle of a conversation.
 *
 * <p>Assumption where the datasheet is silent: CollPos counts from bit 0 of the first FIFO byte,
 * RxAlign included, the same convention the driver uses.
 */
public final class Mfrc522Emulator {

    private static final int RECENT = 256;

    private final int[] registers = new int[64];
    private final ArrayDeque<Byte> fifo = new ArrayDeque<>();
    private final List<EmulatedCard> field = new ArrayList<>();
    private final Map<Integer, FrameDamage> damage = new HashMap<>();
    private final Map<Integer, EmulatedCard> departures = new HashMap<>();
    private final Map<Integer, UnaryOperator<Bits>> corruptions = new HashMap<>();
    private int damagedAnswersToCome;
    private FrameDamage damageToCome;
    private int version;
    private boolean unplugged;
    private boolean hung;
    private int answersSoFar;
    private long transfers;
    private long busyNanos;
    private long transmits;
    private long timerExpiries;
    private final List<String> protocolViolations = new ArrayList<>();
    private final ArrayDeque<byte[]> recentTransfers = new ArrayDeque<>();
    private long softResets;

    public Mfrc522Emulator(int version) {
        this.version = version;
        powerOn();
    }

    public Mfrc522Emulator() {
        this(0x92);
    }

    // ---- scenario controls

    public synchronized void lay(EmulatedCard card) {
        card.leaveField();
        field.add(card);
    }

    public synchronized void lift(EmulatedCard card) {
        field.remove(card);
        card.leaveField();
    }

    /** {@code card} leaves the field right after the PCD's {@code frames}-th frame from now (1 = the next). */
    synchronized void liftAfterFrames(EmulatedCard card, int frames) {
        departures.put(answersSoFar + frames, card);
    }

    /** The card's answer to the PCD's {@code frames}-th frame from now (1 = the next) arrives damaged. */
    synchronized void damageAnswer(int frames, FrameDamage kind) {
        damage.put(answersSoFar + frames, kind);
    }

    /** The card's answer to the {@code frames}-th frame from now is changed by {@code change}, unnoticed. */
    synchronized void corruptAnswer(int frames, UnaryOperator<Bits> change) {
        corruptions.put(answersSoFar + frames, change);
    }

    /** The next {@code answers} answers cards actually send, whatever frame they answer, arrive damaged. */
    synchronized void damageNextAnswers(int answers, FrameDamage kind) {
        damagedAnswersToCome = answers;
        damageToCome = kind;
    }

    /** The chip keeps answering register reads but its commands never finish: no interrupt ever comes. */
    synchronized void hang(boolean hung) {
        this.hung = hung;
    }

    /** The board loses power or its wires: every read gives 0x00 until {@link #plugBackIn()}. */
    synchronized void unplug() {
        unplugged = true;
    }

    /** Power returns: the chip starts from its reset values, antenna off. */
    synchronized void plugBackIn() {
        unplugged = false;
        powerOn();
    }

    public synchronized long transfers() {
        return transfers;
    }

    /**
     * Wall time spent inside {@link #transfer} so far, all threads: what the emulated chip took, which a
     * real chip spends on the bus and the air. The benchmark subtracts it to keep only the driver's share.
     */
    public synchronized long busyNanos() {
        return busyNanos;
    }

    /** Frames sent with the Transmit command, which waits for no answer. */
    synchronized long transmits() {
        return transmits;
    }

    /**
     * Transceives that no card answered, so that a real chip's timer ran out: each one holds the
     * driver up for the timer's 25 ms.
     */
    synchronized long timerExpiries() {
        return timerExpiries;
    }

    synchronized long softResets() {
        return softResets;
    }

    synchronized boolean antennaOn() {
        return (registers[Registers.TX_CONTROL] & Registers.ANTENNA_ON) == Registers.ANTENNA_ON;
    }

    synchronized int register(int address) {
        return registers[address];
    }

    /**
     * Transfers a real chip would misread, as described: a read burst whose bytes are not all read
     * addresses and a closing 0x00, or an address byte with bit 0 set.
     */
    public synchronized List<String> protocolViolations() {
        return List.copyOf(protocolViolations);
    }

    /** The bytes the driver clocked out (MOSI) in each of the last {@value #RECENT} transfers, oldest first. */
    synchronized List<byte[]> recentTransfers() {
        return recentTransfers.stream().map(byte[]::clone).toList();
    }

    // ---- the SPI side

    /** One SPI transfer: the first byte addresses a register; reads pipeline one byte behind. */
    synchronized void transfer(byte[] tx, byte[] rx, int length) {
        long start = System.nanoTime();
        try {
            answer(tx, rx, length);
        } finally {
            busyNanos += System.nanoTime() - start;
        }
    }

    private void answer(byte[] tx, byte[] rx, int length) {
        transfers++;
        java.util.Arrays.fill(rx, 0, length, (byte) 0);
        if (length == 0) {
            return;
        }
        recentTransfers.addLast(java.util.Arrays.copyOf(tx, length));
        if (recentTransfers.size() > RECENT) {
            recentTransfers.removeFirst();
        }
        checkFraming(tx, length);
        if (unplugged) {
            return;
        }
        boolean read = (tx[0] & 0x80) != 0;
        int address = (tx[0] >> 1) & 0x3F;
        if (read) {
            for (int i = 1; i < length; i++) {
                rx[i] = (byte) readRegister((tx[i - 1] >> 1) & 0x3F);
            }
        } else {
            for (int i = 1; i < length; i++) {
                writeRegister(address, tx[i] & 0xFF);
            }
        }
    }

    /**
     * Datasheet 8.1.2: the first byte is an address (bit 7 read, bit 0 zero). A read burst sends one
     * address per byte wanted and a 0x00 to end; a write burst sends data bytes for that one register.
     */
    private void checkFraming(byte[] tx, int length) {
        if ((tx[0] & 0x01) != 0) {
            violation("address byte 0x%02X has bit 0 set".formatted(tx[0]));
        }
        if ((tx[0] & 0x80) == 0) {
            return;
        }
        if (length < 2) {
            violation("a read of one byte reads nothing");
        }
        for (int i = 1; i < length - 1; i++) {
            if ((tx[i] & 0x81) != 0x80) {
                violation("byte %d of a read burst is 0x%02X, not a read address".formatted(i, tx[i]));
            }
        }
        if (length >= 2 && tx[length - 1] != 0) {
            violation("a read burst ends with 0x%02X, not 0x00".formatted(tx[length - 1]));
        }
    }

    private void violation(String what) {
        if (protocolViolations.size() < 100) {
            protocolViolations.add("transfer " + transfers + ": " + what);
        }
    }

    private int readRegister(int address) {
        return switch (address) {
            case Registers.FIFO_DATA -> fifo.isEmpty() ? 0 : fifo.poll() & 0xFF;
            case Registers.FIFO_LEVEL -> fifo.size();
            case Registers.VERSION -> version;
            default -> registers[address];
        };
    }

    private void writeRegister(int address, int value) {
        switch (address) {
            case Registers.COMMAND -> command(value);
            case Registers.COM_IRQ, Registers.DIV_IRQ -> registers[address] = setOrClear(registers[address], value);
            case Registers.FIFO_DATA -> pushFifo((byte) value);
            case Registers.FIFO_LEVEL -> {
                if ((value & Registers.FLUSH_FIFO) != 0) {
                    fifo.clear();
                }
            }
            case Registers.BIT_FRAMING -> {
                registers[address] = value & 0x7F;
                if ((value & Registers.START_SEND) != 0 && currentCommand() == Registers.CMD_TRANSCEIVE && !hung) {
                    transceive();
                }
            }
            case Registers.VERSION -> {}
            default -> registers[address] = value;
        }
    }

    private static int setOrClear(int current, int value) {
        int bits = value & 0x7F;
        return (value & 0x80) != 0 ? current | bits : current & ~bits;
    }

    private void pushFifo(byte value) {
        if (fifo.size() == 64) {
            registers[Registers.ERROR] |= Registers.ERR_BUFFER_OVERFLOW;
            return;
        }
        fifo.add(value);
    }

    private int currentCommand() {
        return registers[Registers.COMMAND] & 0x0F;
    }

    private void command(int value) {
        int command = value & 0x0F;
        registers[Registers.COMMAND] = value & 0x3F;
        switch (command) {
            case Registers.CMD_SOFT_RESET -> {
                softResets++;
                powerOn();
            }
            case Registers.CMD_CALC_CRC -> calculateCrc();
            case Registers.CMD_TRANSMIT -> transmit();
            default -> {}
        }
    }

    private void powerOn() {
        java.util.Arrays.fill(registers, 0);
        fifo.clear();
        registers[Registers.COMMAND] = 0x20;
        registers[Registers.COM_IRQ] = 0x14;
        registers[Registers.MODE] = 0x3F;
        registers[Registers.TX_CONTROL] = 0x80;
        registers[Registers.RF_CFG] = 0x48;
        for (EmulatedCard card : field) {
            card.leaveField();
        }
    }

    /** The CRC coprocessor over the FIFO, with the preset ModeReg selects. */
    private void calculateCrc() {
        byte[] data = drainFifo();
        int preset = registers[Registers.MODE] & 0x03;
        int crc = preset == 0x01 ? CrcA.of(data, data.length) : 0;
        registers[Registers.CRC_RESULT_LOW] = crc & 0xFF;
        registers[Registers.CRC_RESULT_HIGH] = crc >> 8;
        registers[Registers.DIV_IRQ] |= Registers.DIV_IRQ_CRC;
    }

    private byte[] drainFifo() {
        byte[] data = new byte[fifo.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = fifo.poll();
        }
        return data;
    }

    /** Transmit: the FIFO's frame goes out whole, answers are not received, the chip goes idle. */
    private void transmit() {
        Bits sent = Bits.ofBytes(drainFifo(), 0);
        if (hung) {
            return;
        }
        if (antennaOn()) {
            field(sent);
        }
        transmits++;
        registers[Registers.COMMAND] &= ~0x0F;
        registers[Registers.COM_IRQ] |= Registers.IRQ_TX | Registers.IRQ_IDLE;
    }

    private void transceive() {
        int framing = registers[Registers.BIT_FRAMING];
        int txLastBits = framing & 0x07;
        int rxAlign = (framing >> 4) & 0x07;
        Bits sent = Bits.ofBytes(drainFifo(), txLastBits);
        registers[Registers.ERROR] = 0;
        registers[Registers.COM_IRQ] |= 0x40;
        answersSoFar++;
        Optional<Received> received = antennaOn() ? field(sent) : Optional.empty();
        Optional.ofNullable(departures.remove(answersSoFar)).ifPresent(this::lift);
        FrameDamage harm = damage.remove(answersSoFar);
        if (received.isEmpty()) {
            if ((registers[Registers.T_MODE] & 0x80) != 0) {
                registers[Registers.COM_IRQ] |= Registers.IRQ_TIMER;
                timerExpiries++;
            }
            return;
        }
        UnaryOperator<Bits> change = corruptions.remove(answersSoFar);
        if (change != null) {
            Received original = received.get();
            received = Optional.of(new Received(change.apply(original.bits()), original.collisionAt(), false));
        }
        if (harm == null && damagedAnswersToCome > 0) {
            damagedAnswersToCome--;
            harm = damageToCome;
        }
        deliver(harm == null ? received.get() : received.get().damaged(harm), rxAlign);
    }

    /** Every card hears the frame; their answers overlap bit by bit on the air. */
    private Optional<Received> field(Bits sent) {
        List<Bits> answers = new ArrayList<>();
        for (EmulatedCard card : List.copyOf(field)) {
            card.hear(sent).ifPresent(answers::add);
        }
        return answers.isEmpty() ? Optional.empty() : Optional.of(Received.overlap(answers));
    }

    private void deliver(Received received, int rxAlign) {
        Bits bits = received.bits();
        int total = rxAlign + bits.length();
        byte[] bytes = new byte[(total + 7) / 8];
        for (int i = 0; i < bits.length(); i++) {
            int at = rxAlign + i;
            if (bits.get(i)) {
                bytes[at / 8] |= (byte) (1 << (at % 8));
            }
        }
        fifo.clear();
        for (byte b : bytes) {
            fifo.add(b);
        }
        registers[Registers.CONTROL] = (registers[Registers.CONTROL] & ~0x07) | (total % 8);
        if (received.collisionAt() >= 0) {
            int position = rxAlign + received.collisionAt() + 1;
            registers[Registers.ERROR] |= Registers.ERR_COLLISION;
            registers[Registers.COLL] = position > 32 ? Registers.COLL_POS_NOT_VALID : position & 0x1F;
        }
        if (received.parityError()) {
            registers[Registers.ERROR] |= Registers.ERR_PARITY;
        }
        registers[Registers.COM_IRQ] |= Registers.IRQ_RX | (registers[Registers.ERROR] != 0 ? 0x02 : 0);
    }

    /** What the antenna picked up: the bits, where they first collided (-1 if not), and a parity flag. */
    record Received(Bits bits, int collisionAt, boolean parityError) {

        static Received overlap(List<Bits> answers) {
            int length = answers.stream().mapToInt(Bits::length).max().orElse(0);
            boolean[] merged = new boolean[length];
            int collision = -1;
            for (int i = 0; i < length; i++) {
                boolean any = false;
                boolean all = true;
                for (Bits answer : answers) {
                    boolean bit = i < answer.length() && answer.get(i);
                    any |= bit;
                    all &= bit;
                }
                merged[i] = any;
                if (any != all && collision < 0) {
                    collision = i;
                }
            }
            return new Received(new Bits(merged), collision, false);
        }

        Received damaged(FrameDamage kind) {
            return switch (kind) {
                case PARITY_ERROR -> new Received(bits, collisionAt, true);
                case FLIPPED_BIT -> new Received(bits.flip(bits.length() / 2), collisionAt, false);
                case HALF_FRAME -> new Received(bits.first(bits.length() / 2), collisionAt, false);
            };
        }
    }
}
