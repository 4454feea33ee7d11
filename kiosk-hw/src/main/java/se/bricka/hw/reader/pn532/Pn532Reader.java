package se.bricka.hw.reader.pn532;

import com.pi4j.io.i2c.I2C;
import com.pi4j.io.spi.Spi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.tag.TagUid;
import se.bricka.hw.reader.PollResult;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.PollingTagReader;
import se.bricka.hw.time.Scheduler;
import se.bricka.hw.time.Sleeper;

/**
 * An NXP PN532 on SPI, I2C or HSU (UART). Unlike the MFRC522 it runs ISO/IEC 14443-A selection
 * itself: the driver sends InListPassiveTarget and gets back the selected card's UID.
 *
 * <p>On start (and after any silence) it wakes the chip (on HSU: a 0x55 preamble, and a move to the
 * configured baud rate), sets the SAM to normal mode (on HSU this must be the first command after
 * waking), checks GetFirmwareVersion (the IC byte must be 0x32), and limits passive activation
 * retries so that InListPassiveTarget answers "no target" instead of waiting for a card forever.
 * Every command must be acknowledged within {@link #ACK_TIMEOUT} and answered within {@link
 * #RESPONSE_TIMEOUT} (on HSU plus the bytes' time on the wire and some slack for the tty); a frame
 * whose LCS or DCS fails, a NACK, or an error frame is a faulty frame, never a UID.
 */
public final class Pn532Reader extends PollingTagReader {

    private static final Logger LOG = LoggerFactory.getLogger(Pn532Reader.class);

    /** The PN532's HSU rate after power-on, and the usual one. */
    public static final int UART_DEFAULT_BAUD = Pn532Uart.POWER_ON_BAUD;

    static final Duration ACK_TIMEOUT = Duration.ofMillis(15);
    static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(100);

    static final int GET_FIRMWARE_VERSION = 0x02;
    static final int SET_SERIAL_BAUD_RATE = 0x10;
    static final int SAM_CONFIGURATION = 0x14;
    static final int RF_CONFIGURATION = 0x32;
    static final int IN_LIST_PASSIVE_TARGET = 0x4A;

    private static final int IC_PN532 = 0x32;
    private static final int READ_LENGTH = 40;

    private final Pn532Link link;
    private boolean ready;

    /** A PN532 on SPI (mode 0, up to 5 MHz), with its interface switches set to SPI. */
    public Pn532Reader(String id, Spi spi, PollingSettings settings, Scheduler scheduler, Sleeper sleeper) {
        this(id, new Pn532Spi(spi, sleeper), settings, scheduler);
    }

    /** A PN532 on I2C at address 0x24, with its interface switches set to I2C. */
    public Pn532Reader(String id, I2C i2c, PollingSettings settings, Scheduler scheduler, Sleeper sleeper) {
        this(id, new Pn532I2c(i2c, sleeper), settings, scheduler);
    }

    /**
     * A PN532 on the serial port {@code device} (such as {@code /dev/serial0}), with its interface
     * switches set to HSU, run at {@code baud}; the port is claimed for it alone. Throws if the port is
     * missing, no tty, claimed by another program ({@link se.bricka.hw.linux.PortInUseException}), or
     * cannot be opened.
     */
    public static Pn532Reader onUart(
            String id, Path device, int baud, PollingSettings settings, Scheduler scheduler, Sleeper sleeper)
            throws IOException {
        return new Pn532Reader(id, Pn532Uart.open(device, baud, sleeper), settings, scheduler);
    }

    /** The baud rates the PN532 can run HSU at that termios has a speed code for, lowest first. */
    public static SortedSet<Integer> uartRates() {
        return new TreeSet<>(Pn532Uart.RATE_CODES.keySet());
    }

    Pn532Reader(String id, Pn532Link link, PollingSettings settings, Scheduler scheduler) {
        super(id, settings, scheduler);
        this.link = Objects.requireNonNull(link, "link");
    }

    @Override
    protected PollResult poll() {
        try {
            if (!ready) {
                Optional<PollResult> fault = initialise();
                if (fault.isPresent()) {
                    return fault.get();
                }
            }
            return listTarget();
        } catch (Pn532Exception e) {
            if (e.silent()) {
                ready = false;
                return new PollResult.Silent(e.getMessage());
            }
            return new PollResult.FaultyFrame(e.getMessage());
        } catch (UncheckedIOException e) {
            // The serial port failed (an adapter pulled out): the message names the device and errno.
            ready = false;
            return new PollResult.Silent(e.getMessage());
        } catch (RuntimeException e) {
            // Pi4J reports a bus error (an I2C address nobody acknowledges, say) as a runtime exception.
            ready = false;
            return new PollResult.Silent(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Sets the chip up; returns a chip fault when it is not a PN532. */
    private Optional<PollResult> initialise() throws Pn532Exception {
        link.wakeUp();
        // Normal mode, virtual-card timeout 1 s (20 × 50 ms), IRQ pin used.
        exchange(SAM_CONFIGURATION, (byte) 0x01, (byte) 0x14, (byte) 0x01);
        OptionalInt rate = link.baudRateToSet();
        if (rate.isPresent()) {
            exchange(SET_SERIAL_BAUD_RATE, (byte) rate.getAsInt());
            // The PN532 moves only once the host has acknowledged its answer (UM0701-02, 7.2.11).
            link.write(Pn532Frames.ACK);
            link.followBaudRate();
        }
        byte[] firmware = exchange(GET_FIRMWARE_VERSION);
        if (firmware.length != 4) {
            throw Pn532Exception.faulty("firmware answer of " + firmware.length + " bytes");
        }
        if ((firmware[0] & 0xFF) != IC_PN532) {
            return Optional.of(
                    new PollResult.ChipFault("PN532 IC byte reads 0x%02X, expected 0x32".formatted(firmware[0])));
        }
        // Item 5, retries: ATR 0xFF, PSL 0x01, passive activation 0x02 — so "no card" comes back at once.
        exchange(RF_CONFIGURATION, (byte) 0x05, (byte) 0xFF, (byte) 0x01, (byte) 0x02);
        ready = true;
        LOG.info("reader {}: PN532 firmware {}.{} set up", id(), firmware[1], firmware[2]);
        return Optional.empty();
    }

    /**
     * InListPassiveTarget for one type A target at 106 kbps. The answer is NbTg, then per target:
     * Tg, SENS_RES (2), SEL_RES, NFCIDLength, NFCID1, and optionally ATS.
     */
    private PollResult listTarget() throws Pn532Exception {
        byte[] answer = exchange(IN_LIST_PASSIVE_TARGET, (byte) 0x01, (byte) 0x00);
        if (answer.length == 1 && answer[0] == 0) {
            return PollResult.NO_TAG;
        }
        if (answer.length < 6 || answer[0] != 1 || answer[1] != 1) {
            throw Pn532Exception.faulty("target list of " + answer.length + " bytes, NbTg " + answer[0]);
        }
        int uidLength = answer[5] & 0xFF;
        if (uidLength != 4 && uidLength != 7 && uidLength != 10) {
            throw Pn532Exception.faulty("NFCID1 of " + uidLength + " bytes");
        }
        if (answer.length < 6 + uidLength) {
            throw Pn532Exception.faulty("target list cut off inside the NFCID1");
        }
        return new PollResult.Tag(TagUid.of(Arrays.copyOfRange(answer, 6, 6 + uidLength)));
    }

    /** Sends a command, waits for ACK and answer; returns the answer's data after the response code. */
    byte[] exchange(int command, byte... parameters) throws Pn532Exception {
        link.write(Pn532Frames.encode(command, parameters));
        Pn532Message ack = receive(Pn532Frames.ACK.length, ACK_TIMEOUT, "no ACK to command 0x%02X", command);
        if (!(ack instanceof Pn532Message.Ack)) {
            throw Pn532Exception.faulty("expected ACK to command 0x%02X, got %s".formatted(command, ack));
        }
        return switch (receive(READ_LENGTH, RESPONSE_TIMEOUT, "no answer to command 0x%02X", command)) {
            case Pn532Message.Information info
            when isAnswerTo(info, command) -> Arrays.copyOfRange(info.data(), 1, info.data().length);
            case Pn532Message.Information info ->
                throw Pn532Exception.faulty(
                        "answer with TFI 0x%02X does not belong to command 0x%02X".formatted(info.tfi(), command));
            case Pn532Message.ApplicationError error ->
                throw Pn532Exception.faulty("error frame for command 0x%02X".formatted(command));
            case Pn532Message.Invalid invalid -> throw Pn532Exception.faulty(invalid.why());
            case Pn532Message.Ack unexpected -> throw Pn532Exception.faulty("a second ACK instead of an answer");
            case Pn532Message.Nack unexpected -> throw Pn532Exception.faulty("NACK instead of an answer");
        };
    }

    private static boolean isAnswerTo(Pn532Message.Information info, int command) {
        return info.tfi() == Pn532Frames.PN532_TO_HOST
                && info.data().length >= 1
                && (info.data()[0] & 0xFF) == command + 1;
    }

    private Pn532Message receive(int length, Duration timeout, String failure, int command) throws Pn532Exception {
        return link.receive(length, timeout)
                .orElseThrow(() ->
                        Pn532Exception.silent(failure.formatted(command) + " within " + timeout.toMillis() + " ms"));
    }

    @Override
    protected void closeHardware() {
        link.close();
    }
}
