package se.bricka.hw.reader.mfrc522;

import com.pi4j.io.spi.Spi;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.tag.TagUid;
import se.bricka.hw.reader.PollResult;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.PollingTagReader;
import se.bricka.hw.time.Scheduler;
import se.bricka.hw.time.Sleeper;

/**
 * An NXP MFRC522 on SPI: the common 13.56 MHz reader board for MIFARE and other ISO/IEC 14443-A
 * tags.
 *
 * <p>Every cycle first reads VersionReg. An unplugged or unpowered board reads 0x00 (or 0xFF with a
 * pull-up on MISO): the reader is then {@code NOT_ANSWERING}. A chip that answers with anything but
 * 0x91 or 0x92 is not an MFRC522 this driver knows (clones say 0x12 or 0x88): the reader is {@code
 * FAULTY} and reads nothing. Next the cycle checks that the antenna drivers are still on (read in
 * the same SPI burst as VersionReg once the chip is set up); a chip that lost power for a moment
 * comes back with them off, and is set up again without a restart.
 * Then it wakes cards with WUPA and reads one UID ({@link CardSelector}).
 */
public final class Mfrc522Reader extends PollingTagReader {

    private static final Logger LOG = LoggerFactory.getLogger(Mfrc522Reader.class);

    /** The datasheet allows 37.74 µs for the oscillator after a soft reset; a real board wants more. */
    private static final Duration RESET_TIME = Duration.ofMillis(50);

    private static final int MAX_RESET_CHECKS = 10;

    /**
     * Timer prescaler 0xA9 (169) divides 13.56 MHz by 2 × 169 + 1 = 339: one tick is 25 µs. A reload
     * of 0x03E8 (1000 ticks) gives 25 ms, after which the chip stops waiting for a card.
     */
    private static final int TIMER_PRESCALER = 0xA9;

    private static final int TIMER_RELOAD = 0x03E8;

    /** TAuto: start the timer when a transmission ends, so a silent card ends in a timer interrupt. */
    private static final int TIMER_AUTO = 0x80;

    /** ModeReg: CRC preset 0x6363, as ISO/IEC 14443-A's CRC_A wants; TxWaitRF and MFIN polarity set. */
    private static final int MODE_CRC_A = 0x3D;

    /** Read together in one SPI burst on every cycle of a chip already set up. */
    private static final int[] VERSION_AND_ANTENNA = {Registers.VERSION, Registers.TX_CONTROL};

    private final Mfrc522Chip chip;
    private final int[] versionAndAntenna = new int[VERSION_AND_ANTENNA.length];
    private final CardSelector selector;
    private final AntennaGain gain;
    private boolean ready;
    private boolean lastCycleBroken;

    /**
     * @param spi the SPI device the chip is on (mode 0, up to 10 MHz)
     * @param gain receiver gain
     * @param settings polling interval and tap rules
     * @param scheduler runs the polling; its thread is the reader's thread
     * @param sleeper waits for the chip
     */
    public Mfrc522Reader(
            String id, Spi spi, AntennaGain gain, PollingSettings settings, Scheduler scheduler, Sleeper sleeper) {
        super(id, settings, scheduler);
        this.chip = new Mfrc522Chip(spi, sleeper);
        this.selector = new CardSelector(chip);
        this.gain = Objects.requireNonNull(gain, "gain");
    }

    @Override
    protected PollResult poll() {
        try {
            PollResult result = pollChip();
            lastCycleBroken = false;
            return result;
        } catch (FaultyFrameException e) {
            lastCycleBroken = true;
            return new PollResult.FaultyFrame(e.getMessage());
        } catch (ChipSilentException | RuntimeException e) {
            ready = false;
            return new PollResult.Silent(e.getMessage());
        }
    }

    private PollResult pollChip() throws FaultyFrameException, ChipSilentException {
        boolean antennaOn;
        int version;
        if (ready) {
            chip.read(VERSION_AND_ANTENNA, versionAndAntenna);
            version = versionAndAntenna[0];
            antennaOn = (versionAndAntenna[1] & Registers.ANTENNA_ON) == Registers.ANTENNA_ON;
        } else {
            version = chip.read(Registers.VERSION);
            antennaOn = false;
        }
        if (version == 0x00 || version == 0xFF) {
            ready = false;
            return new PollResult.Silent("MFRC522 version register reads 0x%02X: no chip answering".formatted(version));
        }
        if (version != 0x91 && version != 0x92) {
            ready = false;
            return new PollResult.ChipFault(
                    "MFRC522 version register reads 0x%02X, expected 0x91 or 0x92".formatted(version));
        }
        if (!antennaOn) {
            initialise(version);
        }
        Optional<TagUid> uid = selector.readUid(CardSelector.WUPA);
        if (uid.isEmpty() && lastCycleBroken) {
            // A card left half-selected last cycle drops back to IDLE or HALT on this WUPA without
            // answering; the second WUPA wakes it. Without it the cycle would look like an empty field.
            uid = selector.readUid(CardSelector.WUPA);
        }
        return uid.<PollResult>map(PollResult.Tag::new).orElse(PollResult.NO_TAG);
    }

    /** Soft reset, timer, modulation, CRC preset, gain, antenna on. */
    private void initialise(int version) throws ChipSilentException {
        chip.write(Registers.COMMAND, Registers.CMD_SOFT_RESET);
        int checks = 0;
        do {
            chip.pause(RESET_TIME);
            if (++checks > MAX_RESET_CHECKS) {
                throw new ChipSilentException("MFRC522 did not wake up after a soft reset");
            }
        } while ((chip.read(Registers.COMMAND) & Registers.POWER_DOWN) != 0);
        chip.write(Registers.T_MODE, TIMER_AUTO | (TIMER_PRESCALER >> 8));
        chip.write(Registers.T_PRESCALER, TIMER_PRESCALER & 0xFF);
        chip.write(Registers.T_RELOAD_HIGH, TIMER_RELOAD >> 8);
        chip.write(Registers.T_RELOAD_LOW, TIMER_RELOAD & 0xFF);
        chip.write(Registers.TX_ASK, Registers.FORCE_100_ASK);
        chip.write(Registers.MODE, MODE_CRC_A);
        chip.write(Registers.RF_CFG, gain.registerValue());
        chip.setBits(Registers.TX_CONTROL, Registers.ANTENNA_ON);
        ready = true;
        LOG.info("reader {}: MFRC522 version 0x{} set up, gain {}", id(), Integer.toHexString(version), gain);
    }

    @Override
    protected void closeHardware() {
        try {
            chip.write(Registers.TX_CONTROL, chip.read(Registers.TX_CONTROL) & ~Registers.ANTENNA_ON);
        } finally {
            chip.close();
        }
    }
}
