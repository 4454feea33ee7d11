package se.bricka.hw.reader.pn532;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A PN532 as its host sees it on SPI (LSB-first bytes, the data-write / status-read / data-read
 * operations), I2C (a status byte before every read) or HSU (a byte stream both ways, asleep after
 * power-on until a 0x55 wakes it): ACK then answer, and the commands GetFirmwareVersion,
 * SAMConfiguration, RFConfiguration, InListPassiveTarget and (HSU) SetSerialBaudRate. Frames are
 * built and checked here with checksums computed independently of the driver. Faults on demand.
 */
public final class Pn532Emulator {

    private final ArrayDeque<byte[]> outbox = new ArrayDeque<>();
    private byte[] pendingAnswer;
    private byte[] card;
    private int ic = 0x32;
    private boolean silent;
    private Pn532Fault nextFault;
    private long commands;

    /** Bytes lost after the waking 0x55 while the oscillator starts (UM0701-02: about 2 ms). */
    static final int OSCILLATOR_START_BYTES = 8;

    /** SetSerialBaudRate's codes 0x00–0x08 (UM0701-02, 7.2.11). */
    private static final int[] HSU_RATES = {9_600, 19_200, 38_400, 57_600, 115_200, 230_400, 460_800, 921_600, 1_288_000
    };

    private boolean hsuAwake;
    private int hsuLost;
    private byte[] hsuIn = new byte[0];
    private int hsuRate = 115_200;
    private int hsuPendingRate;
    private long hsuWakeUps;

    public synchronized void present(String uidHex) {
        card = HexFormat.of().parseHex(uidHex);
    }

    public synchronized void removeCard() {
        card = null;
    }

    synchronized void icByte(int value) {
        ic = value;
    }

    synchronized void silent(boolean value) {
        silent = value;
        outbox.clear();
        pendingAnswer = null;
    }

    synchronized void faultNextCommand(Pn532Fault fault) {
        nextFault = fault;
    }

    synchronized long commands() {
        return commands;
    }

    synchronized void transfer(byte[] tx, byte[] rx, int length) {
        Arrays.fill(rx, 0, length, (byte) 0);
        if (silent || length == 0) {
            return;
        }
        byte[] plain = new byte[length];
        for (int i = 0; i < length; i++) {
            plain[i] = Pn532Spi.reverse(tx[i]);
        }
        switch (plain[0]) {
            case Pn532Spi.DATA_WRITE -> hostFrame(Arrays.copyOfRange(plain, 1, length));
            case Pn532Spi.STATUS_READ -> {
                if (length > 1) {
                    rx[1] = Pn532Spi.reverse(outbox.isEmpty() ? 0x00 : 0x01);
                }
            }
            case Pn532Spi.DATA_READ -> clockOut(rx, length);
            default -> {}
        }
    }

    /** The host writes a frame over I2C. A silent PN532 does not acknowledge its address. */
    synchronized void i2cWrite(byte[] frame) {
        if (silent) {
            throw new com.pi4j.io.exception.IOException("I2C address 0x24 not acknowledged");
        }
        hostFrame(frame);
    }

    /** The host reads over I2C: the status byte, then (for longer reads) the next message. */
    synchronized int i2cRead(byte[] buffer, int offset, int length) {
        if (silent) {
            throw new com.pi4j.io.exception.IOException("I2C address 0x24 not acknowledged");
        }
        Arrays.fill(buffer, offset, offset + length, (byte) 0);
        if (length == 0) {
            return 0;
        }
        buffer[offset] = (byte) (outbox.isEmpty() ? 0x00 : 0x01);
        if (length > 1 && !outbox.isEmpty()) {
            byte[] message = outbox.poll();
            System.arraycopy(message, 0, buffer, offset + 1, Math.min(message.length, length - 1));
            if (pendingAnswer != null) {
                outbox.add(pendingAnswer);
                pendingAnswer = null;
            }
        }
        return length;
    }

    /** Power off and on: an HSU PN532 sleeps again, at 115200 baud. */
    synchronized void powerCycle() {
        hsuAwake = false;
        hsuIn = new byte[0];
        hsuRate = 115_200;
        hsuPendingRate = 0;
        outbox.clear();
        pendingAnswer = null;
    }

    synchronized int hsuRate() {
        return hsuRate;
    }

    synchronized long hsuWakeUps() {
        return hsuWakeUps;
    }

    /**
     * The host's bytes arrive over HSU at {@code hostRate} baud, in whatever pieces; returns what the PN532 sends back, in
     * order (an ACK, then the answer). Asleep, it drops everything up to a 0x55, and a few bytes after
     * it while its oscillator starts.
     */
    synchronized List<byte[]> hsuReceive(int hostRate, byte[] bytes) {
        List<byte[]> replies = new ArrayList<>();
        // At another rate the chip sees only framing errors. The host's ACK that moves both to a new
        // rate may be read here only after the host has moved: it is heard at either.
        boolean hears = hostRate == hsuRate || (hsuPendingRate != 0 && hostRate == hsuPendingRate);
        if (silent || !hears) {
            return replies;
        }
        for (byte b : bytes) {
            if (!hsuAwake) {
                if (b == 0x55) {
                    hsuAwake = true;
                    hsuWakeUps++;
                    hsuLost = OSCILLATOR_START_BYTES;
                }
            } else if (hsuLost > 0) {
                hsuLost--;
            } else {
                hsuIn = Arrays.copyOf(hsuIn, hsuIn.length + 1);
                hsuIn[hsuIn.length - 1] = b;
                hsuFrame(replies);
            }
        }
        return replies;
    }

    /** Takes a whole host frame (or the host's ACK) off the HSU input, if one is there. */
    private void hsuFrame(List<byte[]> replies) {
        int start = -1;
        for (int i = 0; i + 1 < hsuIn.length; i++) {
            if (hsuIn[i] == 0 && hsuIn[i + 1] == (byte) 0xFF) {
                start = i;
                break;
            }
        }
        if (start < 0 || hsuIn.length < start + 4) {
            return;
        }
        int len = hsuIn[start + 2] & 0xFF;
        if (len == 0 && hsuIn[start + 3] == (byte) 0xFF) {
            hsuIn = Arrays.copyOfRange(hsuIn, start + 4, hsuIn.length);
            if (hsuPendingRate != 0) {
                hsuRate = hsuPendingRate;
                hsuPendingRate = 0;
            }
            return;
        }
        int end = start + 2 + 2 + len + 1;
        if (hsuIn.length < end) {
            return;
        }
        byte[] frame = new byte[end - start + 1];
        System.arraycopy(hsuIn, start, frame, 1, end - start);
        hsuIn = Arrays.copyOfRange(hsuIn, end, hsuIn.length);
        hostFrame(frame);
        while (!outbox.isEmpty()) {
            replies.add(outbox.poll());
        }
        if (pendingAnswer != null) {
            replies.add(pendingAnswer);
            pendingAnswer = null;
        }
    }

    private void clockOut(byte[] rx, int length) {
        byte[] message = outbox.poll();
        if (message == null) {
            return;
        }
        for (int i = 0; i < Math.min(message.length, length - 1); i++) {
            rx[i + 1] = Pn532Spi.reverse(message[i]);
        }
        if (pendingAnswer != null) {
            outbox.add(pendingAnswer);
            pendingAnswer = null;
        }
    }

    private void hostFrame(byte[] frame) {
        Optional<byte[]> command = parse(frame);
        if (command.isEmpty()) {
            return;
        }
        commands++;
        Pn532Fault fault = nextFault;
        nextFault = null;
        byte[] answer = answer(command.get());
        if (fault == Pn532Fault.NO_ACK) {
            return;
        }
        if (fault == Pn532Fault.NACK) {
            outbox.add(new byte[] {0x00, 0x00, (byte) 0xFF, (byte) 0xFF, 0x00, 0x00});
            return;
        }
        outbox.add(new byte[] {0x00, 0x00, (byte) 0xFF, 0x00, (byte) 0xFF, 0x00});
        pendingAnswer = fault == null ? answer : damaged(answer, fault);
    }

    /** The host's command and parameters, if the frame's checksums hold. */
    private static Optional<byte[]> parse(byte[] frame) {
        if (frame.length < 8 || frame[0] != 0 || frame[1] != 0 || frame[2] != (byte) 0xFF) {
            return Optional.empty();
        }
        int len = frame[3] & 0xFF;
        if (((len + (frame[4] & 0xFF)) % 256) != 0 || frame.length < 6 + len || frame[5] != (byte) 0xD4) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 5; i < 6 + len; i++) {
            sum += frame[i] & 0xFF;
        }
        if (sum % 256 != 0) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(frame, 6, 5 + len));
    }

    private byte[] answer(byte[] command) {
        int code = command[0] & 0xFF;
        return switch (code) {
            case 0x10 -> {
                int rate = command.length > 1 ? command[1] & 0xFF : HSU_RATES.length;
                if (rate >= HSU_RATES.length) {
                    yield new byte[] {0x00, 0x00, (byte) 0xFF, 0x01, (byte) 0xFF, 0x7F, (byte) 0x81, 0x00};
                }
                hsuPendingRate = HSU_RATES[rate];
                yield frame(0x11);
            }
            case 0x02 -> frame(0x03, (byte) ic, (byte) 0x01, (byte) 0x06, (byte) 0x07);
            case 0x14 -> frame(0x15);
            case 0x32 -> frame(0x33);
            case 0x4A -> listPassiveTarget();
            default -> new byte[] {0x00, 0x00, (byte) 0xFF, 0x01, (byte) 0xFF, 0x7F, (byte) 0x81, 0x00};
        };
    }

    private byte[] listPassiveTarget() {
        if (card == null) {
            return frame(0x4B, (byte) 0x00);
        }
        byte[] data = new byte[6 + card.length];
        data[0] = 0x01;
        data[1] = 0x01;
        data[2] = 0x00;
        data[3] = (byte) (card.length == 4 ? 0x04 : 0x44);
        data[4] = (byte) (card.length == 4 ? 0x08 : 0x00);
        data[5] = (byte) card.length;
        System.arraycopy(card, 0, data, 6, card.length);
        return frame(0x4B, data);
    }

    /** 00 00 FF LEN LCS D5 code data DCS 00. */
    static byte[] frame(int code, byte... data) {
        int len = data.length + 2;
        byte[] frame = new byte[len + 7];
        frame[2] = (byte) 0xFF;
        frame[3] = (byte) len;
        frame[4] = (byte) (256 - len);
        frame[5] = (byte) 0xD5;
        frame[6] = (byte) code;
        System.arraycopy(data, 0, frame, 7, data.length);
        int sum = 0xD5 + code;
        for (byte b : data) {
            sum += b & 0xFF;
        }
        frame[len + 5] = (byte) ((256 - sum % 256) % 256);
        return frame;
    }

    private static byte[] damaged(byte[] answer, Pn532Fault fault) {
        byte[] copy = answer.clone();
        return switch (fault) {
            case NO_RESPONSE -> null;
            case BAD_LCS -> {
                copy[4]++;
                yield copy;
            }
            case BAD_DCS -> {
                copy[copy.length - 2]++;
                yield copy;
            }
            case CUT_OFF -> Arrays.copyOf(copy, copy.length / 2);
            case ERROR_FRAME -> new byte[] {0x00, 0x00, (byte) 0xFF, 0x01, (byte) 0xFF, 0x7F, (byte) 0x81, 0x00};
            case WRONG_RESPONSE_CODE -> frame(0x03, (byte) 0x32, (byte) 0x01, (byte) 0x06, (byte) 0x07);
            case NO_ACK, NACK -> copy;
        };
    }
}
