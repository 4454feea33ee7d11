package se.bricka.hw.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.bricka.hw.linux.gpio.GpioChip;
import se.bricka.hw.linux.gpio.LineEvents;

/**
 * Finds the GPIO chip a Wiegand reader's data lines are on and checks, at start, that it will give
 * them: a chip that is missing or is none, a pin beyond its lines, or a line another program holds
 * is refused with the key, the value and what to do. The lines are requested once to check, and
 * again by the reader's thread.
 */
final class KernelLines {

    /** Where the kernel names a Raspberry Pi's own GPIO chip: {@code pinctrl-bcm2711}, {@code pinctrl-rp1}. */
    static final String PI_LABEL_PREFIX = "pinctrl-";

    /** Events the kernel keeps for the reader: the edges of fourteen 37-bit frames. */
    static final int EVENT_BUFFER = 1024;

    private static final String CHIP_KEY = "reader.wiegand-chip";

    private KernelLines() {}

    static LineEvents.Opener opener(ReaderConfig.Wiegand wiegand, String chipName, Path devices) {
        GpioChip chip = chip(chipName, devices);
        checkLine(chip, "reader.wiegand-d0-pin", wiegand.d0Pin());
        checkLine(chip, "reader.wiegand-d1-pin", wiegand.d1Pin());
        int[] offsets = {wiegand.d0Pin(), wiegand.d1Pin()};
        String consumer = "bricka-" + wiegand.id();
        LineEvents.Opener opener = () -> chip.requestFallingEdges(offsets, consumer, EVENT_BUFFER);
        try {
            opener.open().close();
        } catch (IOException e) {
            throw refusedRequest(chip, wiegand, e);
        }
        return opener;
    }

    private static GpioChip chip(String chipName, Path devices) {
        if (!chipName.equals(ReaderConfig.WiegandLines.AUTO)) {
            try {
                return GpioChip.at(Path.of(chipName));
            } catch (IOException e) {
                throw new ConfigException(
                        CHIP_KEY, CHIP_KEY + " = " + chipName + " cannot be opened: " + e.getMessage(), e);
            }
        }
        try {
            Optional<GpioChip> found = GpioChip.find(devices, PI_LABEL_PREFIX);
            if (found.isPresent()) {
                return found.get();
            }
            List<GpioChip> all = GpioChip.all(devices);
            String seen = all.isEmpty()
                    ? "there is no GPIO chip in " + devices
                    : "the chips are "
                            + all.stream()
                                    .map(chip -> chip.path() + " (" + chip.label() + ")")
                                    .collect(Collectors.joining(", "));
            throw new ConfigException(
                    CHIP_KEY,
                    CHIP_KEY + " = auto finds no Raspberry Pi GPIO chip (" + PI_LABEL_PREFIX + "…): " + seen
                            + "; name the reader's chip, as gpiodetect lists it");
        } catch (IOException e) {
            throw new ConfigException(CHIP_KEY, CHIP_KEY + " = auto cannot list " + devices + ": " + e.getMessage(), e);
        }
    }

    private static void checkLine(GpioChip chip, String key, int pin) {
        if (pin >= chip.lines()) {
            throw new ConfigException(
                    key,
                    key + " = " + pin + " is not a line of " + chip.path() + " (" + chip.label() + ", lines 0 to "
                            + (chip.lines() - 1) + ")");
        }
    }

    /** A refused request: names the line another program holds, if one does. */
    private static ConfigException refusedRequest(GpioChip chip, ReaderConfig.Wiegand wiegand, IOException e) {
        String[] keys = {"reader.wiegand-d0-pin", "reader.wiegand-d1-pin"};
        int[] pins = {wiegand.d0Pin(), wiegand.d1Pin()};
        for (int i = 0; i < pins.length; i++) {
            Optional<String> holder = holder(chip, pins[i]);
            if (holder.isPresent()) {
                return new ConfigException(
                        keys[i],
                        keys[i] + " = " + pins[i] + " is held by \"" + holder.get() + "\" on " + chip.path()
                                + ": stop that program, or choose a free line (gpioinfo lists them)",
                        e);
            }
        }
        return new ConfigException(
                CHIP_KEY,
                CHIP_KEY + ": " + chip.path() + " refuses lines " + pins[0] + " and " + pins[1] + ": " + e.getMessage(),
                e);
    }

    private static Optional<String> holder(GpioChip chip, int pin) {
        try {
            return chip.holder(pin);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
