package se.bricka.hw.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.hw.linux.LinuxCalls;
import se.bricka.hw.linux.Termios;
import se.bricka.hw.reader.pn532.Pn532Reader;
import se.bricka.hw.testing.PseudoTerminal;

/**
 * A PN532's serial port at start: refused when another program has claimed it or it is the kernel's
 * console, each naming {@code reader.uart-device}, the port and what to do. A pseudo-terminal's slave
 * end stands in for the port; a folder of links stands in for {@code /dev}, a file for {@code
 * /proc/cmdline}.
 */
class SerialPortAtStartTest {

    private static final String KEY = "reader.uart-device";

    private final Context pi4j =
            Pi4J.newContextBuilder().noAutoDetect().add(new MockPlatform()).build();
    private PseudoTerminal pty;

    @TempDir
    Path dev;

    @BeforeEach
    void open() throws IOException {
        pty = PseudoTerminal.open();
    }

    @AfterEach
    void shutDown() {
        pty.close();
        pi4j.shutdown();
    }

    private static Properties pn532OnUart(Path device) {
        Properties properties = new Properties();
        properties.setProperty("reader.type", "pn532");
        properties.setProperty("reader.pn532-link", "uart");
        properties.setProperty(KEY, device.toString());
        return properties;
    }

    private DeviceFactory booted(String commandLine) throws IOException {
        Path file = Files.writeString(dev.resolve("cmdline"), commandLine + "\n");
        return new DeviceFactory(pi4j, Clock.systemUTC(), dev, file);
    }

    @Test
    void a_port_another_program_has_claimed_is_refused_naming_the_key_the_port_and_what_to_do() throws IOException {
        // given
        int other = LinuxCalls.open(pty.slave().toString(), LinuxCalls.O_RDWR | LinuxCalls.O_NOCTTY);
        try {
            Termios.claim(other);

            // when / then
            assertThatThrownBy(() -> booted("console=tty1").build(DeviceConfigLoader.parse(pn532OnUart(pty.slave()))))
                    .isInstanceOfSatisfying(
                            ConfigException.class, e -> assertThat(e.key()).isEqualTo(KEY))
                    .hasMessageContaining(KEY + "=" + pty.slave() + " is held by another program")
                    .hasMessageContaining("ModemManager")
                    .hasMessageContaining("sudo fuser -v " + pty.slave());
        } finally {
            Termios.release(other);
            LinuxCalls.close(other);
        }
    }

    @Test
    void a_port_that_is_the_kernels_console_is_refused_and_nothing_is_sent_to_it() throws IOException {
        // given: /dev/serial0 and /dev/ttyS0 both lead to the port, and the kernel's console is ttyS0
        Path serial0 = Files.createSymbolicLink(dev.resolve("serial0"), pty.slave());
        Files.createSymbolicLink(dev.resolve("ttyS0"), pty.slave());
        DeviceFactory factory = booted("coherent_pool=1M console=ttyS0,115200 console=tty1 rootwait");

        // when / then
        assertThatThrownBy(() -> factory.build(DeviceConfigLoader.parse(pn532OnUart(serial0))))
                .isInstanceOfSatisfying(
                        ConfigException.class, e -> assertThat(e.key()).isEqualTo(KEY))
                .hasMessageContaining(KEY + "=" + serial0 + " is the kernel's serial console (console=ttyS0,115200")
                .hasMessageContaining("raspi-config")
                .hasMessageContaining("remove console=serial0,115200 from /boot/firmware/cmdline.txt");
        assertThat(pty.read(50)).isEmpty();
    }

    @Test
    void a_port_beside_the_kernels_console_is_opened() throws IOException {
        // given: the console is another tty
        Path other = Files.writeString(dev.resolve("ttyAMA0"), "");
        Files.createSymbolicLink(dev.resolve("ttyS0"), other);
        DeviceFactory factory = booted("console=ttyS0,115200 console=tty1");

        // when
        try (Devices devices = factory.build(DeviceConfigLoader.parse(pn532OnUart(pty.slave())))) {

            // then
            assertThat(devices.reader()).isInstanceOf(Pn532Reader.class);
        }
    }

    @Test
    void an_unreadable_command_line_does_not_refuse_the_port() {
        // given
        DeviceFactory factory = new DeviceFactory(pi4j, Clock.systemUTC(), dev, dev.resolve("no-cmdline"));

        // when
        try (Devices devices = factory.build(DeviceConfigLoader.parse(pn532OnUart(pty.slave())))) {

            // then
            assertThat(devices.reader()).isInstanceOf(Pn532Reader.class);
        }
    }

    @Test
    void the_consoles_are_the_console_entries_before_the_arguments_for_init() {
        // when
        var consoles = SerialConsoles.consoles(
                "console=serial0,115200 console=tty1 root=PARTUUID=1-02 console= -- console=ttyAMA0");

        // then
        assertThat(consoles).containsExactly("serial0,115200", "tty1");
    }
}
