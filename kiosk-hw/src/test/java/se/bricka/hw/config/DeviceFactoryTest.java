package se.bricka.hw.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.i2c.I2C;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.i2c.MockI2CProvider;
import com.pi4j.plugin.mock.provider.spi.MockSpiProvider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.hw.door.DoorEvent;
import se.bricka.hw.door.GpioIndicator;
import se.bricka.hw.door.RelayDoorLock;
import se.bricka.hw.door.SimulatedDoorLock;
import se.bricka.hw.door.SimulatedIndicator;
import se.bricka.hw.linux.Termios;
import se.bricka.hw.reader.SimulatedTagReader;
import se.bricka.hw.reader.evdev.EvdevTagReader;
import se.bricka.hw.reader.mfrc522.Mfrc522Reader;
import se.bricka.hw.reader.pn532.Pn532Reader;
import se.bricka.hw.reader.wiegand.WiegandTagReader;
import se.bricka.hw.testing.PseudoTerminal;

/** The factory on Pi4J's mock plugin: configuration in, wired devices out. */
class DeviceFactoryTest {

    private final Context pi4j = Pi4J.newContextBuilder()
            .noAutoDetect()
            .add(new MockPlatform())
            .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
            .add(MockSpiProvider.newInstance(), MockI2CProvider.newInstance())
            .build();
    private final DeviceFactory factory = new DeviceFactory(pi4j, Clock.systemUTC());

    @AfterEach
    void shutDown() {
        pi4j.shutdown();
    }

    private static DeviceConfig sample() throws URISyntaxException {
        return DeviceConfigLoader.load(Path.of(DeviceFactoryTest.class
                .getResource("/config/laundry-door.properties")
                .toURI()));
    }

    @Test
    void the_sample_configuration_builds_an_mfrc522_a_relay_lock_and_a_gpio_indicator() throws Exception {
        // when
        try (Devices devices = factory.build(sample())) {

            // then
            assertThat(devices.reader()).isInstanceOf(Mfrc522Reader.class);
            assertThat(devices.reader().id()).isEqualTo("laundry-door");
            assertThat(devices.lock()).isInstanceOf(RelayDoorLock.class);
            assertThat(devices.indicator()).isInstanceOf(GpioIndicator.class);
        }
    }

    @Test
    void an_active_low_relay_starts_high_on_its_configured_pin_and_goes_low_to_unlock() throws Exception {
        // given
        try (Devices devices = factory.build(sample())) {
            DigitalOutput relay = pi4j.io("laundry-relay");

            // when
            DigitalState atStart = relay.state();
            devices.lock().unlock();

            // then
            assertThat(relay.address()).isEqualTo(17);
            assertThat(atStart).isEqualTo(DigitalState.HIGH);
            assertThat(relay.state()).isEqualTo(DigitalState.LOW);
        }
    }

    @Test
    void the_configured_contact_pin_feeds_the_door_monitor() throws Exception {
        // given
        BlockingQueue<DoorEvent> events = new LinkedBlockingQueue<>();
        try (Devices devices = factory.build(sample())) {
            devices.doorMonitor().start(events::add);
            MockDigitalInput contact = pi4j.io("laundry-contact");

            // when
            contact.mockState(DigitalState.HIGH);

            // then
            assertThat(events.poll(2, TimeUnit.SECONDS).kind()).isEqualTo(DoorEvent.Kind.FORCED);
        }
    }

    @Test
    void an_evdev_configuration_builds_an_evdev_reader_that_reports_a_missing_device() {
        // given
        Properties properties = new Properties();
        properties.setProperty("reader.type", "evdev");
        properties.setProperty("reader.evdev-device", "/dev/input/by-id/usb-not-plugged-in-event-kbd");

        // when
        try (Devices devices = factory.build(DeviceConfigLoader.parse(properties))) {
            devices.reader().start(read -> {});

            // then
            assertThat(devices.reader()).isInstanceOf(EvdevTagReader.class);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> !devices.reader().health().isOk());
            assertThat(devices.reader().health().detail()).contains("usb-not-plugged-in-event-kbd");
        }
    }

    @Test
    void a_wiegand_configuration_through_pi4j_builds_a_pi4j_wiegand_reader() {
        // given
        Properties properties = new Properties();
        properties.setProperty("reader.type", "wiegand");
        properties.setProperty("reader.wiegand-d0-pin", "5");
        properties.setProperty("reader.wiegand-d1-pin", "6");
        properties.setProperty("reader.wiegand-gpio", "pi4j");

        // when
        try (Devices devices = factory.build(DeviceConfigLoader.parse(properties))) {

            // then
            assertThat(devices.reader()).isInstanceOf(WiegandTagReader.class);
        }
    }

    @Test
    void wiegand_lines_have_no_debounce_so_short_pulses_are_not_folded_away() {
        // given
        Properties properties = new Properties();
        properties.setProperty("reader.type", "wiegand");
        properties.setProperty("reader.wiegand-d0-pin", "5");
        properties.setProperty("reader.wiegand-d1-pin", "6");
        properties.setProperty("reader.wiegand-gpio", "pi4j");

        // when
        try (Devices devices = factory.build(DeviceConfigLoader.parse(properties))) {
            DigitalInput d0 = pi4j.io("reader-1-d0");
            DigitalInput d1 = pi4j.io("reader-1-d1");

            // then
            assertThat(d0.config().getDebounce()).isZero();
            assertThat(d1.config().getDebounce()).isZero();
            assertThat(d0.address()).isEqualTo(5);
            assertThat(devices.reader().id()).isEqualTo("reader-1");
        }
    }

    @Test
    void a_pn532_configuration_builds_a_pn532_reader() {
        // given
        Properties properties = new Properties();
        properties.setProperty("reader.type", "pn532");
        properties.setProperty("reader.spi-bus", "0");
        properties.setProperty("reader.spi-chip-select", "1");

        // when
        try (Devices devices = factory.build(DeviceConfigLoader.parse(properties))) {

            // then
            assertThat(devices.reader()).isInstanceOf(Pn532Reader.class);
        }
    }

    @Test
    void a_pn532_on_i2c_is_opened_on_its_bus_and_address() {
        // given
        Properties properties = new Properties();
        properties.setProperty("reader.type", "pn532");
        properties.setProperty("reader.pn532-link", "i2c");

        // when
        try (Devices devices = factory.build(DeviceConfigLoader.parse(properties))) {
            I2C i2c = pi4j.io("reader-1-i2c");

            // then
            assertThat(devices.reader()).isInstanceOf(Pn532Reader.class);
            assertThat(i2c.bus()).isEqualTo(1);
            assertThat(i2c.device()).isEqualTo(0x24);
        }
    }

    private static Properties pn532OnUart(String device) {
        Properties properties = new Properties();
        properties.setProperty("reader.type", "pn532");
        properties.setProperty("reader.pn532-link", "uart");
        properties.setProperty("reader.uart-device", device);
        return properties;
    }

    @Test
    void a_pn532_on_a_serial_port_is_opened_raw_at_the_pn532s_power_on_rate() throws Exception {
        // given: a pseudo-terminal's slave end stands in for /dev/serial0
        try (PseudoTerminal pty = PseudoTerminal.open()) {

            // when
            try (Devices devices = factory.build(
                    DeviceConfigLoader.parse(pn532OnUart(pty.slave().toString())))) {

                // then
                ByteBuffer termios =
                        ByteBuffer.wrap(Termios.attributes(pty.master())).order(ByteOrder.nativeOrder());
                assertThat(devices.reader()).isInstanceOf(Pn532Reader.class);
                assertThat(termios.getInt((int) Termios.C_OSPEED))
                        .isEqualTo(Termios.speedCode(115_200).orElseThrow());
                assertThat(termios.getInt((int) Termios.C_LFLAG) & Termios.ICANON)
                        .isZero();
            }
        }
    }

    @Test
    void a_serial_port_the_machine_does_not_have_is_refused_naming_the_key_the_value_and_a_hint() {
        // when / then
        assertThatThrownBy(() -> factory.build(DeviceConfigLoader.parse(pn532OnUart("/dev/ttyAMA9"))))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.key()).isEqualTo("reader.uart-device"))
                .hasMessageContaining("reader.uart-device=/dev/ttyAMA9 cannot be opened")
                .hasMessageContaining("enable_uart=1")
                .hasMessageContaining("does not exist");
    }

    @Test
    void a_serial_port_that_is_a_plain_file_is_refused_as_no_character_device(@TempDir Path dir) throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("ttyAMA0"), "");

        // when / then
        assertThatThrownBy(() -> factory.build(DeviceConfigLoader.parse(pn532OnUart(file.toString()))))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.key()).isEqualTo("reader.uart-device"))
                .hasMessageContaining("reader.uart-device=" + file)
                .hasMessageContaining("is not a character device");
    }

    @Test
    void a_character_device_that_is_no_tty_is_refused_with_the_c_librarys_reason() {
        // when / then
        assertThatThrownBy(() -> factory.build(DeviceConfigLoader.parse(pn532OnUart("/dev/null"))))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.key()).isEqualTo("reader.uart-device"))
                .hasMessageContaining("reader.uart-device=/dev/null cannot be opened")
                .hasMessageContaining("ioctl TIOCEXCL failed: Inappropriate ioctl for device");
    }

    @Test
    void an_empty_configuration_builds_simulated_twins() {
        // when
        try (Devices devices = factory.build(DeviceConfigLoader.parse(new Properties()))) {

            // then
            assertThat(devices.reader()).isInstanceOf(SimulatedTagReader.class);
            assertThat(devices.lock()).isInstanceOf(SimulatedDoorLock.class);
            assertThat(devices.indicator()).isInstanceOf(SimulatedIndicator.class);
        }
    }

    @Test
    void a_bus_the_machine_does_not_have_is_refused_naming_the_key_and_the_value() throws Exception {
        // given: a machine without SPI (on a Pi: SPI not enabled, no /dev/spidev0.0)
        Context noSpi = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
        try {
            // when / then
            assertThatThrownBy(() -> new DeviceFactory(noSpi, Clock.systemUTC()).build(sample()))
                    .isInstanceOfSatisfying(
                            ConfigException.class, e -> assertThat(e.key()).isEqualTo("reader.spi-bus"))
                    .hasMessageContaining("reader.spi-bus=0 (chip select 0) cannot be opened")
                    .hasMessageContaining("dtparam=spi=on");
        } finally {
            noSpi.shutdown();
        }
    }

    @Test
    void a_gpio_line_that_cannot_be_had_is_refused_naming_its_key_and_pin() {
        // given: the relay line cannot be had (here: its Pi4J id is already in use)
        pi4j.create(DigitalOutput.newConfigBuilder(pi4j).id("door-1-relay").address(22));
        Properties properties = new Properties();
        properties.setProperty("door.type", "gpio");
        properties.setProperty("door.relay-pin", "17");

        // when / then
        assertThatThrownBy(() -> factory.build(DeviceConfigLoader.parse(properties)))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.key()).isEqualTo("door.relay-pin"))
                .hasMessageContaining("door.relay-pin=17 cannot be opened");
    }

    private static Properties kernelWiegand(String chip) {
        Properties properties = new Properties();
        properties.setProperty("reader.type", "wiegand");
        properties.setProperty("reader.wiegand-d0-pin", "5");
        properties.setProperty("reader.wiegand-d1-pin", "6");
        if (chip != null) {
            properties.setProperty("reader.wiegand-chip", chip);
        }
        return properties;
    }

    @Test
    void a_machine_without_a_pi_gpio_chip_is_refused_for_a_kernel_wiegand_reader(@TempDir Path dev) {
        // given: a device folder with no gpiochip at all
        DeviceFactory noChips = new DeviceFactory(pi4j, Clock.systemUTC(), dev);

        // when / then
        assertThatThrownBy(() -> noChips.build(DeviceConfigLoader.parse(kernelWiegand(null))))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.key()).isEqualTo("reader.wiegand-chip"))
                .hasMessageContaining("reader.wiegand-chip = auto finds no Raspberry Pi GPIO chip")
                .hasMessageContaining("there is no GPIO chip in " + dev);
    }

    @Test
    void a_named_chip_that_is_missing_or_no_gpio_chip_is_refused(@TempDir Path dev) throws IOException {
        // given
        Path missing = dev.resolve("gpiochip9");
        Path notAChip = Files.writeString(dev.resolve("gpiochip0"), "not a chip");

        // when / then
        assertThatThrownBy(() -> factory.build(DeviceConfigLoader.parse(kernelWiegand(missing.toString()))))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.key()).isEqualTo("reader.wiegand-chip"))
                .hasMessageContaining("reader.wiegand-chip = " + missing + " cannot be opened")
                .hasMessageContaining("No such file or directory");
        assertThatThrownBy(() -> factory.build(DeviceConfigLoader.parse(kernelWiegand(notAChip.toString()))))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.key()).isEqualTo("reader.wiegand-chip"))
                .hasMessageContaining("is not a GPIO chip");
    }
}
