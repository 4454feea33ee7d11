package se.bricka.hw.config;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.io.i2c.I2C;
import com.pi4j.io.spi.Spi;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import se.bricka.hw.door.DoorContact;
import se.bricka.hw.door.DoorLock;
import se.bricka.hw.door.DoorMonitor;
import se.bricka.hw.door.ExitButton;
import se.bricka.hw.door.GpioDoorContact;
import se.bricka.hw.door.GpioExitButton;
import se.bricka.hw.door.GpioIndicator;
import se.bricka.hw.door.GpioSwitch;
import se.bricka.hw.door.Indicator;
import se.bricka.hw.door.RelayDoorLock;
import se.bricka.hw.door.SimulatedDoorContact;
import se.bricka.hw.door.SimulatedDoorLock;
import se.bricka.hw.door.SimulatedExitButton;
import se.bricka.hw.door.SimulatedIndicator;
import se.bricka.hw.linux.PortInUseException;
import se.bricka.hw.reader.SimulatedTagReader;
import se.bricka.hw.reader.TagReader;
import se.bricka.hw.reader.evdev.EvdevTagReader;
import se.bricka.hw.reader.evdev.LinuxInputDevice;
import se.bricka.hw.reader.mfrc522.Mfrc522Reader;
import se.bricka.hw.reader.pn532.Pn532Reader;
import se.bricka.hw.reader.wiegand.KernelWiegandReader;
import se.bricka.hw.reader.wiegand.WiegandDecoder;
import se.bricka.hw.reader.wiegand.WiegandFormat;
import se.bricka.hw.reader.wiegand.WiegandTagReader;
import se.bricka.hw.time.ExecutorScheduler;
import se.bricka.hw.time.Scheduler;
import se.bricka.hw.time.Sleeper;

/**
 * Builds a device's hardware from its {@link DeviceConfig} on a Pi4J context: on a Pi an auto
 * context (gpiod for GPIO, linuxfs for SPI), in tests one on the mock plugin. The reader gets a
 * thread of its own; the door's lock, contact, exit button and indicator share another.
 *
 * <p>A bus or pin the machine does not have or will not give (SPI or I2C not enabled, a GPIO line
 * another program holds) is refused with a {@link ConfigException} naming the key and the value,
 * like a wrong value in the file: it is found only here, when Pi4J opens it.
 */
public final class DeviceFactory {

    private static final String GPIO_HINT = "is the line free? gpioinfo lists the lines other programs hold";

    private final Context pi4j;
    private final Clock clock;
    private final Path devices;
    private final Path commandLine;

    /** Builds devices on {@code pi4j}; taps and door events carry times from {@code clock}. */
    public DeviceFactory(Context pi4j, Clock clock) {
        this(pi4j, clock, Path.of("/dev"));
    }

    /**
     * As above, with the GPIO chips ({@code gpiochip*}) and the kernel's consoles ({@code ttyS0} …)
     * looked for in {@code devices}.
     */
    public DeviceFactory(Context pi4j, Clock clock, Path devices) {
        this(pi4j, clock, devices, SerialConsoles.KERNEL_COMMAND_LINE);
    }

    /** As above, with the kernel command line (its {@code console=} entries) read from {@code commandLine}. */
    DeviceFactory(Context pi4j, Clock clock, Path devices, Path commandLine) {
        this.pi4j = Objects.requireNonNull(pi4j, "pi4j");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.commandLine = Objects.requireNonNull(commandLine, "commandLine");
    }

    /** Builds every device {@code config} describes, each reader and door on a thread of its own. */
    public Devices build(DeviceConfig config) {
        List<ExecutorScheduler> schedulers = new ArrayList<>();
        try {
            return build(config, schedulers);
        } catch (RuntimeException e) {
            // Threads already started must not outlive a configuration that failed half-way.
            schedulers.forEach(ExecutorScheduler::close);
            throw e;
        }
    }

    private Devices build(DeviceConfig config, List<ExecutorScheduler> schedulers) {
        ExecutorScheduler doorThread =
                new ExecutorScheduler("door-" + config.door().id(), clock);
        schedulers.add(doorThread);
        TagReader reader = reader(config.reader(), schedulers);
        DoorLock lock = lock(config.door(), doorThread);
        DoorMonitor monitor = new DoorMonitor(
                config.door().id(),
                contact(config.door()),
                exitButton(config.door()),
                lock,
                config.door().monitor(),
                doorThread);
        Indicator indicator = indicator(config.indicator(), doorThread);
        return new Devices(reader, lock, monitor, indicator, schedulers);
    }

    private TagReader reader(ReaderConfig config, List<ExecutorScheduler> schedulers) {
        return switch (config) {
            case ReaderConfig.Simulated simulated -> new SimulatedTagReader(simulated.id(), clock);
            case ReaderConfig.Mfrc522 mfrc522 -> {
                Scheduler thread = readerThread(mfrc522.id(), schedulers);
                Spi spi = spi(mfrc522.id(), mfrc522.bus(), mfrc522.chipSelect(), mfrc522.baud());
                yield new Mfrc522Reader(mfrc522.id(), spi, mfrc522.gain(), mfrc522.polling(), thread, Sleeper.SYSTEM);
            }
            case ReaderConfig.Pn532 pn532 -> {
                Scheduler thread = readerThread(pn532.id(), schedulers);
                Spi spi = spi(pn532.id(), pn532.bus(), pn532.chipSelect(), pn532.baud());
                yield new Pn532Reader(pn532.id(), spi, pn532.polling(), thread, Sleeper.SYSTEM);
            }
            case ReaderConfig.Pn532I2c pn532 -> {
                Scheduler thread = readerThread(pn532.id(), schedulers);
                I2C i2c = opened(
                        "reader.i2c-bus",
                        pn532.bus(),
                        "is I2C enabled? dtparam=i2c_arm=on in /boot/firmware/config.txt",
                        () -> pi4j.create(I2C.newConfigBuilder(pi4j)
                                .id(pn532.id() + "-i2c")
                                .bus(pn532.bus())
                                .device(pn532.address())));
                yield new Pn532Reader(pn532.id(), i2c, pn532.polling(), thread, Sleeper.SYSTEM);
            }
            case ReaderConfig.Pn532Uart pn532 -> pn532Uart(pn532, readerThread(pn532.id(), schedulers));
            case ReaderConfig.Wiegand wiegand -> wiegand(wiegand, schedulers);
            case ReaderConfig.Evdev evdev ->
                new EvdevTagReader(
                        evdev.id(), evdev.device(), LinuxInputDevice.opener(), evdev.settings(), clock, Sleeper.SYSTEM);
        };
    }

    private TagReader wiegand(ReaderConfig.Wiegand wiegand, List<ExecutorScheduler> schedulers) {
        WiegandDecoder decoder = new WiegandDecoder(
                List.of(WiegandFormat.H10301, WiegandFormat.W34, WiegandFormat.H10304), wiegand.frameGap());
        return switch (wiegand.lines()) {
            case ReaderConfig.WiegandLines.Kernel kernel ->
                new KernelWiegandReader(
                        wiegand.id(),
                        KernelLines.opener(wiegand, kernel.chip(), devices),
                        decoder,
                        wiegand.frameGap(),
                        wiegand.sameTapWindow(),
                        clock,
                        System::nanoTime,
                        Sleeper.SYSTEM);
            case ReaderConfig.WiegandLines.Pi4j pi4jLines ->
                new WiegandTagReader(
                        wiegand.id(),
                        wiegandLine("reader.wiegand-d0-pin", wiegand.id() + "-d0", wiegand.d0Pin()),
                        wiegandLine("reader.wiegand-d1-pin", wiegand.id() + "-d1", wiegand.d1Pin()),
                        decoder,
                        wiegand.frameGap().dividedBy(2),
                        wiegand.sameTapWindow(),
                        readerThread(wiegand.id(), schedulers),
                        System::nanoTime);
        };
    }

    /**
     * A PN532 on a serial port: refused when the port is the kernel's console, or another program has
     * claimed it first, or it cannot be opened, each with what to do.
     */
    private Pn532Reader pn532Uart(ReaderConfig.Pn532Uart pn532, Scheduler thread) {
        String key = "reader.uart-device";
        SerialConsoles.refuseConsole(key, pn532.device(), commandLine, devices);
        try {
            return Pn532Reader.onUart(
                    pn532.id(), pn532.device(), pn532.baud(), pn532.polling(), thread, Sleeper.SYSTEM);
        } catch (PortInUseException e) {
            throw new ConfigException(
                    key,
                    key + "=" + pn532.device()
                            + " is held by another program (a second Bricka, ModemManager, a terminal"
                            + " program such as screen or picocom): stop it; ModemManager keeps off a port marked"
                            + " ID_MM_DEVICE_IGNORE=1 by a udev rule. " + e.getMessage(),
                    e);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(
                    key,
                    key + "=" + pn532.device() + " cannot be opened (is the serial port on, free and yours?"
                            + " enable_uart=1 in /boot/firmware/config.txt, no serial console on it (raspi-config,"
                            + " Interface Options, Serial Port), the user in group dialout): " + e.getMessage(),
                    e);
        }
    }

    private Scheduler readerThread(String readerId, List<ExecutorScheduler> schedulers) {
        ExecutorScheduler thread = new ExecutorScheduler("reader-" + readerId, clock);
        schedulers.add(thread);
        return thread;
    }

    private Spi spi(String readerId, int bus, int chipSelect, int baud) {
        return opened(
                "reader.spi-bus",
                bus + " (chip select " + chipSelect + ")",
                "is SPI enabled? dtparam=spi=on in /boot/firmware/config.txt",
                () -> pi4j.create(Spi.newConfigBuilder(pi4j)
                        .id(readerId + "-spi")
                        .bus(bus)
                        .channel(chipSelect)
                        .baud(baud)
                        .mode(0)));
    }

    /**
     * Opens what {@code key} names; a failure becomes a {@link ConfigException} naming the key, its
     * value, a hint and Pi4J's own reason.
     */
    private static <T> T opened(String key, Object value, String hint, Supplier<T> opening) {
        try {
            return opening.get();
        } catch (RuntimeException e) {
            throw new ConfigException(
                    key, key + "=" + value + " cannot be opened (" + hint + "): " + e.getMessage(), e);
        }
    }

    private DoorLock lock(DoorConfig door, Scheduler thread) {
        return door.relayPin()
                .<DoorLock>map(pin -> new RelayDoorLock(
                        door.id(),
                        output("door.relay-pin", door.id() + "-relay", pin, door.relayActiveHigh()),
                        door.releaseTime(),
                        thread))
                .orElseGet(() -> new SimulatedDoorLock(door.id(), door.releaseTime(), thread));
    }

    private DoorContact contact(DoorConfig door) {
        return door.contactPin()
                .<DoorContact>map(pin -> new GpioDoorContact(
                        input("door.contact-pin", door.id() + "-contact", pin), level(door.contactOpenHigh())))
                .orElseGet(SimulatedDoorContact::new);
    }

    private ExitButton exitButton(DoorConfig door) {
        return door.exitPin()
                .<ExitButton>map(pin -> new GpioExitButton(
                        input("door.exit-pin", door.id() + "-exit", pin), level(door.exitPressedHigh())))
                .orElseGet(SimulatedExitButton::new);
    }

    private Indicator indicator(IndicatorConfig config, Scheduler thread) {
        return config.pins()
                .<Indicator>map(pins -> new GpioIndicator(
                        output("indicator.green-pin", "indicator-green", pins.green(), pins.ledsActiveHigh()),
                        output("indicator.red-pin", "indicator-red", pins.red(), pins.ledsActiveHigh()),
                        output("indicator.buzzer-pin", "indicator-buzzer", pins.buzzer(), pins.buzzerActiveHigh()),
                        thread))
                .orElseGet(() -> new SimulatedIndicator(thread));
    }

    private GpioSwitch output(String key, String id, int pin, boolean activeHigh) {
        DigitalState off = GpioSwitch.offLevel(activeHigh);
        DigitalOutput output = opened(
                key,
                pin,
                GPIO_HINT,
                () -> pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                        .id(id)
                        .address(pin)
                        .initial(off)
                        .shutdown(off)));
        return new GpioSwitch(output, activeHigh);
    }

    /** A switch input: Pi4J's default 10 ms debounce settles a bouncing reed contact or button. */
    private DigitalInput input(String key, String id, int pin) {
        return opened(
                key,
                pin,
                GPIO_HINT,
                () -> pi4j.create(
                        DigitalInput.newConfigBuilder(pi4j).id(id).address(pin).pull(PullResistance.PULL_UP)));
    }

    /**
     * A Wiegand data line, without debounce: a bit is a 50 µs pulse and bits follow each other within
     * 2 ms, so a debounce would fold a pulse's two edges into one and lose the bit.
     */
    private DigitalInput wiegandLine(String key, String id, int pin) {
        return opened(
                key,
                pin,
                GPIO_HINT,
                () -> pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                        .id(id)
                        .address(pin)
                        .pull(PullResistance.PULL_UP)
                        .debounce(0L)));
    }

    private static DigitalState level(boolean high) {
        return high ? DigitalState.HIGH : DigitalState.LOW;
    }
}
