package se.bricka.hw.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bricka.hw.reader.WedgeFormat;
import se.bricka.hw.reader.evdev.DeviceLocator;
import se.bricka.hw.reader.evdev.WedgeSettings;
import se.bricka.hw.reader.mfrc522.AntennaGain;

class DeviceConfigLoaderTest {

    private static Properties properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    private static final String WIEGAND = """
            reader.type = wiegand
            reader.wiegand-d0-pin = 5
            reader.wiegand-d1-pin = 6
            """;

    @Test
    void the_sample_file_gives_an_mfrc522_on_spi0_a_relay_door_and_a_gpio_indicator() throws URISyntaxException {
        // given
        Path file = Path.of(
                getClass().getResource("/config/laundry-door.properties").toURI());

        // when
        DeviceConfig config = DeviceConfigLoader.load(file);

        // then
        assertThat(config.reader()).isInstanceOfSatisfying(ReaderConfig.Mfrc522.class, reader -> {
            assertThat(reader.id()).isEqualTo("laundry-door");
            assertThat(reader.bus()).isZero();
            assertThat(reader.chipSelect()).isZero();
            assertThat(reader.gain()).isEqualTo(AntennaGain.DB_48);
            assertThat(reader.polling().interval()).isEqualTo(Duration.ofMillis(100));
        });
        assertThat(config.door().relayPin()).contains(17);
        assertThat(config.door().relayActiveHigh()).isFalse();
        assertThat(config.door().releaseTime()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.door().monitor().heldOpenAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.indicator().pins())
                .hasValueSatisfying(pins -> assertThat(pins.buzzer()).isEqualTo(12));
    }

    @Test
    void an_empty_file_gives_a_fully_simulated_device() {
        // when
        DeviceConfig config = DeviceConfigLoader.parse(new Properties());

        // then
        assertThat(config.reader()).isEqualTo(new ReaderConfig.Simulated("reader-1"));
        assertThat(config.door().relayPin()).isEmpty();
        assertThat(config.indicator().pins()).isEqualTo(Optional.empty());
    }

    @Test
    void a_wiegand_reader_gets_its_pins_a_25_ms_frame_gap_and_the_kernels_line_request_on_the_pis_chip() {
        // when
        DeviceConfig config = DeviceConfigLoader.parse(properties(WIEGAND));

        // then
        assertThat(config.reader())
                .isEqualTo(new ReaderConfig.Wiegand(
                        "reader-1",
                        5,
                        6,
                        Duration.ofMillis(25),
                        Duration.ofSeconds(1),
                        new ReaderConfig.WiegandLines.Kernel("auto")));
    }

    @Test
    void a_wiegand_reader_may_name_its_chip_or_be_read_through_pi4j() {
        // when
        DeviceConfig onChip4 = DeviceConfigLoader.parse(properties(WIEGAND + "reader.wiegand-chip = /dev/gpiochip4\n"));
        DeviceConfig throughPi4j = DeviceConfigLoader.parse(properties(WIEGAND + "reader.wiegand-gpio = pi4j\n"));

        // then
        assertThat(((ReaderConfig.Wiegand) onChip4.reader()).lines())
                .isEqualTo(new ReaderConfig.WiegandLines.Kernel("/dev/gpiochip4"));
        assertThat(((ReaderConfig.Wiegand) throughPi4j.reader()).lines())
                .isEqualTo(new ReaderConfig.WiegandLines.Pi4j());
    }

    @Test
    void an_evdev_reader_gets_its_device_a_100_ms_key_gap_and_a_1_s_same_tap_window() {
        // when
        DeviceConfig config = DeviceConfigLoader.parse(properties("""
                reader.type = evdev
                reader.id = laundry-wedge
                reader.evdev-device = /dev/input/by-id/usb-13ba_Barcode_Reader-event-kbd
                """));

        // then
        assertThat(config.reader())
                .isEqualTo(new ReaderConfig.Evdev(
                        "laundry-wedge",
                        new DeviceLocator.Fixed(Path.of("/dev/input/by-id/usb-13ba_Barcode_Reader-event-kbd")),
                        new WedgeSettings(WedgeFormat.HEX, Duration.ofMillis(100), Duration.ofSeconds(1))));
    }

    @Test
    void an_evdev_reader_found_by_a_name_pattern_in_a_decimal_setting() {
        // when
        DeviceConfig config = DeviceConfigLoader.parse(properties("""
                reader.type = evdev
                reader.evdev-match = *RFID*-event-kbd
                reader.evdev-format = decimal10
                """));

        // then
        assertThat(config.reader())
                .isEqualTo(new ReaderConfig.Evdev(
                        "reader-1",
                        new DeviceLocator.Matching(Path.of("/dev/input/by-id"), "*RFID*-event-kbd"),
                        new WedgeSettings(WedgeFormat.DECIMAL10, Duration.ofMillis(100), Duration.ofSeconds(1))));
    }

    @Test
    void a_name_pattern_with_a_directory_is_looked_for_there() {
        // when
        DeviceConfig config = DeviceConfigLoader.parse(properties("""
                reader.type = evdev
                reader.evdev-match = /dev/input/by-path/*usb-0:1.3*-event-kbd
                """));

        // then
        assertThat(((ReaderConfig.Evdev) config.reader()).device())
                .isEqualTo(new DeviceLocator.Matching(Path.of("/dev/input/by-path"), "*usb-0:1.3*-event-kbd"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            reader.type = nfc-magic                                  | reader.type | 'nfc-magic'
            reader.type = mfrc522                                    | reader.spi-bus | reader.spi-bus is missing
            reader.type = mfrc522\\nreader.spi-bus = zero            | reader.spi-bus | 'zero'
            reader.type = mfrc522\\nreader.spi-bus = 0               | reader.spi-chip-select | missing
            reader.poll-interval-ms = fast\\nreader.type = mfrc522\\nreader.spi-bus = 0\\nreader.spi-chip-select = 0 | reader.poll-interval-ms | 'fast'
            reader.type = mfrc522\\nreader.spi-bus = 0\\nreader.spi-chip-select = 0\\nreader.antenna-gain-db = 40 | reader.antenna-gain-db | 40
            door.type = gpio                                         | door.relay-pin | door.relay-pin is missing
            door.type = gpio\\ndoor.relay-pin = 40                   | door.relay-pin | 40
            door.type = wood                                         | door.type | 'wood'
            door.relai-pin = 17                                      | door.relai-pin | unknown key 'door.relai-pin'
            door.type = gpio\\ndoor.relay-pin = 17\\ndoor.release-seconds = 5s | door.release-seconds | '5s'
            door.type = gpio\\ndoor.relay-pin = 17\\ndoor.release-seconds = 2 | door.release-seconds | was 2
            door.type = gpio\\ndoor.relay-pin = 17\\ndoor.exit-unlocks = maybe | door.exit-unlocks | 'maybe'
            indicator.type = gpio\\nindicator.green-pin = 24\\nindicator.red-pin = 25 | indicator.buzzer-pin | missing
            reader.type = evdev                                      | reader.evdev-device | reader.evdev-device is missing
            reader.type = wiegand\\nreader.wiegand-d0-pin = 5\\nreader.wiegand-d1-pin = 6\\nreader.wiegand-gpio = sysfs | reader.wiegand-gpio | 'sysfs'
            reader.type = wiegand\\nreader.wiegand-d0-pin = 5\\nreader.wiegand-d1-pin = 6\\nreader.wiegand-chip = gpiochip0 | reader.wiegand-chip | gpiochip0 is not a device
            reader.type = wiegand\\nreader.wiegand-d0-pin = 5\\nreader.wiegand-d1-pin = 6\\nreader.wiegand-gpio = pi4j\\nreader.wiegand-chip = /dev/gpiochip0 | reader.wiegand-chip | reader.wiegand-gpio = pi4j
            door.relay-pin = 17                                      | door.relay-pin | door.relay-pin = 17 is not used with door.type = simulated
            indicator.green-pin = 24                                 | indicator.green-pin | is not used with indicator.type = simulated
            reader.spi-bus = 0                                       | reader.spi-bus | is not used with reader.type = simulated
            reader.type = pn532\\nreader.spi-bus = 0\\nreader.spi-chip-select = 0\\nreader.i2c-bus = 1 | reader.i2c-bus | reader.pn532-link = spi
            reader.type = wiegand\\nreader.wiegand-d0-pin = 5\\nreader.wiegand-d1-pin = 6\\nreader.poll-interval-ms = 50 | reader.poll-interval-ms | reader.type = wiegand
            reader.type = pn532\\nreader.pn532-link = serial     | reader.pn532-link | 'serial'
            reader.type = pn532\\nreader.pn532-link = uart                | reader.uart-device | reader.uart-device is missing
            reader.type = pn532\\nreader.pn532-link = uart\\nreader.uart-device = ttyAMA0 | reader.uart-device | 'ttyAMA0'
            reader.type = pn532\\nreader.pn532-link = uart\\nreader.uart-device = /dev/serial0\\nreader.uart-baud = 1288000 | reader.uart-baud | was 1288000
            reader.type = pn532\\nreader.pn532-link = uart\\nreader.uart-device = /dev/serial0\\nreader.uart-baud = 100000 | reader.uart-baud | was 100000
            reader.type = pn532\\nreader.pn532-link = uart\\nreader.uart-device = /dev/serial0\\nreader.uart-baud = 2000000 | reader.uart-baud | was 2000000
            reader.type = pn532\\nreader.pn532-link = uart\\nreader.uart-device = /dev/serial0\\nreader.uart-baud = fast | reader.uart-baud | 'fast'
            reader.type = pn532\\nreader.pn532-link = uart\\nreader.uart-device = /dev/serial0\\nreader.spi-bus = 0 | reader.spi-bus | reader.pn532-link = uart
            reader.type = pn532\\nreader.pn532-link = uart\\nreader.uart-device = /dev/serial0\\nreader.i2c-address = 0x24 | reader.i2c-address | reader.pn532-link = uart
            reader.type = pn532\\nreader.spi-bus = 0\\nreader.spi-chip-select = 0\\nreader.uart-device = /dev/serial0 | reader.uart-device | reader.pn532-link = spi
            reader.type = pn532\\nreader.pn532-link = i2c\\nreader.uart-baud = 9600 | reader.uart-baud | reader.pn532-link = i2c
            reader.type = mfrc522\\nreader.spi-bus = 0\\nreader.spi-chip-select = 0\\nreader.uart-device = /dev/serial0 | reader.uart-device | reader.type = mfrc522
            reader.type = evdev\\nreader.evdev-device = /dev/input/event0\\nreader.evdev-format = decimal | reader.evdev-format | 'decimal'
            reader.type = evdev\\nreader.evdev-device = /dev/input/event0\\nreader.evdev-format = dec10 | reader.evdev-format | hex, hex6, hex8, hex10, decimal10, decimal8, decimal5+5
            reader.type = evdev\\nreader.evdev-device = /dev/input/event0\\nreader.evdev-match = *RFID* | reader.evdev-match | '*RFID*'
            reader.type = evdev\\nreader.evdev-match = *          | reader.evdev-match | '*'
            reader.type = evdev\\nreader.evdev-match = [RFID*     | reader.evdev-match | '[RFID*'
            reader.type = evdev\\nreader.evdev-match = input/*RFID* | reader.evdev-match | 'input'
            reader.type = evdev\\nreader.evdev-match = /dev/*/*RFID* | reader.evdev-match | '/dev/*/*RFID*'
            reader.type = evdev\\nreader.evdev-device = event3       | reader.evdev-device | 'event3'
            reader.type = evdev\\nreader.evdev-device = /dev         | reader.evdev-device | the directory '/dev'
            reader.type = evdev\\nreader.evdev-device = /dev/input/event0\\nreader.evdev-max-key-gap-ms = 0 | reader.evdev-max-key-gap-ms | was 0
            reader.type = evdev\\nreader.evdev-device = /dev/input/event0\\nreader.evdev-same-tap-ms = soon | reader.evdev-same-tap-ms | 'soon'
            """)
    void a_bad_configuration_is_refused_naming_the_key_and_the_value(String text, String key, String message) {
        // given
        Properties bad = properties(text.replace("\\n", "\n"));

        // when / then
        assertThatThrownBy(() -> DeviceConfigLoader.parse(bad))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessageContaining(key)
                .hasMessageContaining(message);
    }

    @Test
    void a_pn532_on_i2c_defaults_to_bus_1_and_address_0x24() {
        // when
        DeviceConfig config = DeviceConfigLoader.parse(properties("""
                reader.type = pn532
                reader.pn532-link = i2c
                """));

        // then
        assertThat(config.reader())
                .isEqualTo(new ReaderConfig.Pn532I2c("reader-1", 1, 0x24, se.bricka.hw.reader.PollingSettings.DEFAULT));
    }

    @ParameterizedTest
    @CsvSource({"'', 115200", "9600, 9600", "57600, 57600", "921600, 921600"})
    void a_pn532_on_a_serial_port_gets_its_device_and_a_baud_rate_the_pn532_and_termios_share(
            String baud, int expected) {
        // when
        DeviceConfig config = DeviceConfigLoader.parse(properties("""
                reader.type = pn532
                reader.id = gate-uart
                reader.pn532-link = uart
                reader.uart-device = /dev/serial0
                reader.uart-baud = %s
                """.formatted(baud)));

        // then
        assertThat(config.reader())
                .isEqualTo(new ReaderConfig.Pn532Uart(
                        "gate-uart", Path.of("/dev/serial0"), expected, se.bricka.hw.reader.PollingSettings.DEFAULT));
    }

    @Test
    void a_pin_of_the_header_uart_is_refused() {
        // given: GPIO 14 is the Pi's TXD when the PN532 is on /dev/serial0
        Properties clash = properties("""
                reader.type = pn532
                reader.pn532-link = uart
                reader.uart-device = /dev/serial0
                door.type = gpio
                door.relay-pin = 14
                """);

        // when / then
        assertThatThrownBy(() -> DeviceConfigLoader.parse(clash))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.key()).isEqualTo("door.relay-pin"))
                .hasMessageContaining("door.relay-pin=14")
                .hasMessageContaining("reader.uart-device=/dev/serial0");
    }

    @Test
    void a_usb_serial_adapter_leaves_gpio_14_and_15_free() {
        // when
        DeviceConfig config = DeviceConfigLoader.parse(properties("""
                reader.type = pn532
                reader.pn532-link = uart
                reader.uart-device = /dev/ttyUSB0
                door.type = gpio
                door.relay-pin = 14
                """));

        // then
        assertThat(config.door().relayPin()).contains(14);
    }

    @Test
    void a_pin_of_the_readers_i2c_bus_is_refused() {
        // given
        Properties clash = properties("""
                reader.type = pn532
                reader.pn532-link = i2c
                indicator.type = gpio
                indicator.green-pin = 3
                indicator.red-pin = 25
                indicator.buzzer-pin = 12
                """);

        // when / then
        assertThatThrownBy(() -> DeviceConfigLoader.parse(clash))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("indicator.green-pin=3")
                .hasMessageContaining("I2C1");
    }

    @Test
    void an_i2c_address_that_is_not_a_number_is_refused_naming_it() {
        // given
        Properties bad = properties("""
                reader.type = pn532
                reader.pn532-link = i2c
                reader.i2c-address = 0xZZ
                """);

        // when / then
        assertThatThrownBy(() -> DeviceConfigLoader.parse(bad))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("reader.i2c-address='0xZZ'");
    }

    @Test
    void a_pin_used_twice_is_refused_naming_both_keys() {
        // given
        Properties twice = properties(WIEGAND + """
                door.type = gpio
                door.relay-pin = 6
                """);

        // when / then
        assertThatThrownBy(() -> DeviceConfigLoader.parse(twice))
                .isInstanceOf(ConfigException.class)
                .hasMessage("door.relay-pin=6 is already used by reader.wiegand-d1-pin");
    }

    @Test
    void a_pin_of_the_readers_spi_bus_is_refused() {
        // given
        Properties clash = properties("""
                reader.type = mfrc522
                reader.spi-bus = 0
                reader.spi-chip-select = 0
                door.type = gpio
                door.relay-pin = 10
                """);

        // when / then
        assertThatThrownBy(() -> DeviceConfigLoader.parse(clash))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("door.relay-pin=10")
                .hasMessageContaining("SPI0");
    }

    @Test
    void a_missing_file_is_reported_with_its_path() {
        // given
        Path missing = Path.of("/nonexistent/bricka/device.properties");

        // when / then
        assertThatThrownBy(() -> DeviceConfigLoader.load(missing)).hasMessageContaining(missing.toString());
    }
}
