package se.bricka.hw.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bricka.hw.testing.PseudoTerminal;

/**
 * {@link Termios} on a real pseudo-terminal: the layout of {@code struct termios} and the speed codes
 * checked against what the C library and the kernel give back, and raw mode checked by sending every
 * byte value through.
 */
class TermiosOnPseudoTerminalTest {

    private PseudoTerminal pty;
    private int slave = -1;

    @BeforeEach
    void open() throws IOException {
        pty = PseudoTerminal.open();
        slave = LinuxCalls.open(
                pty.slave().toString(),
                LinuxCalls.O_RDWR | LinuxCalls.O_NOCTTY | LinuxCalls.O_NONBLOCK | LinuxCalls.O_CLOEXEC);
    }

    @AfterEach
    void close() {
        if (slave >= 0) {
            LinuxCalls.close(slave);
        }
        pty.close();
    }

    private static ByteBuffer attributes(int fd) throws IOException {
        return ByteBuffer.wrap(Termios.attributes(fd)).order(ByteOrder.nativeOrder());
    }

    @ParameterizedTest
    @CsvSource({"9600, 0000015", "57600, 0010001", "115200, 0010002", "460800, 0010004", "921600, 0010007"})
    void the_speed_set_is_read_back_from_the_kernel_in_both_speed_fields_and_the_flags(int baud, String octal)
            throws IOException {
        // given
        int code = Integer.parseInt(octal, 8);

        // when
        Termios.makeRaw(slave, baud);

        // then: the C library rebuilt the structure from the kernel's; the fields sit where assumed
        ByteBuffer termios = attributes(slave);
        assertThat(Termios.speedCode(baud)).contains(code);
        assertThat(termios.getInt((int) Termios.C_ISPEED)).isEqualTo(code);
        assertThat(termios.getInt((int) Termios.C_OSPEED)).isEqualTo(code);
        assertThat(termios.getInt((int) Termios.C_CFLAG) & Termios.CBAUD).isEqualTo(code);
    }

    @Test
    void raw_8n1_is_set_without_echo_line_editing_output_processing_or_flow_control() throws IOException {
        // when
        Termios.makeRaw(slave, 115_200);

        // then
        ByteBuffer termios = attributes(slave);
        int cflag = termios.getInt((int) Termios.C_CFLAG);
        assertThat(cflag & Termios.CSIZE).isEqualTo(Termios.CS8);
        assertThat(cflag & (Termios.PARENB | Termios.CSTOPB | Termios.CRTSCTS)).isZero();
        assertThat(cflag & (Termios.CREAD | Termios.CLOCAL)).isEqualTo(Termios.CREAD | Termios.CLOCAL);
        assertThat(termios.getInt((int) Termios.C_LFLAG) & (Termios.ICANON | Termios.ECHO))
                .isZero();
        assertThat(termios.getInt((int) Termios.C_OFLAG) & Termios.OPOST).isZero();
        assertThat(termios.getInt((int) Termios.C_IFLAG) & Termios.IXON).isZero();
        assertThat(termios.get((int) (Termios.C_CC + Termios.VMIN))).isEqualTo((byte) 1);
        assertThat(termios.get((int) (Termios.C_CC + Termios.VTIME))).isZero();
    }

    @Test
    void every_byte_value_passes_both_ways_unchanged() throws IOException {
        // given: CR, LF, XON, XOFF, ^C, DEL and 0xFF would all be changed or eaten by a cooked tty
        Termios.makeRaw(slave, 115_200);
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }

        // when
        pty.write(all);
        byte[] atSlave = readAll(slave, all.length);
        int written = LinuxCalls.write(slave, all, all.length);
        byte[] atMaster = readFromMaster(all.length);

        // then
        assertThat(atSlave).isEqualTo(all);
        assertThat(written).isEqualTo(all.length);
        assertThat(atMaster).isEqualTo(all);
    }

    @Test
    void flushing_input_drops_what_was_received_and_not_read() throws IOException {
        // given
        Termios.makeRaw(slave, 115_200);
        pty.write(new byte[] {0x11, 0x22, 0x33});
        LinuxCalls.poll(slave, 1_000);

        // when
        Termios.flushInput(slave);

        // then
        assertThat(LinuxCalls.read(slave, new byte[8])).isEqualTo(-LinuxCalls.EAGAIN);
    }

    @Test
    void a_rate_termios_has_no_code_for_is_refused_naming_it() {
        // when / then: 1288000 is a PN532 HSU rate, but there is no B1288000
        assertThat(Termios.speedCode(1_288_000)).isEmpty();
        assertThatThrownBy(() -> Termios.makeRaw(slave, 1_288_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1288000");
    }

    @Test
    void a_file_that_is_no_tty_is_refused_with_errno() throws IOException {
        // given
        int devNull = LinuxCalls.open("/dev/null", LinuxCalls.O_RDWR);
        try {
            // when / then
            assertThatThrownBy(() -> Termios.makeRaw(devNull, 115_200))
                    .isInstanceOfSatisfying(
                            LinuxCalls.Failure.class, e -> assertThat(e.errno()).isEqualTo(25))
                    .hasMessageContaining("tcgetattr");
        } finally {
            LinuxCalls.close(devNull);
        }
    }

    private static byte[] readAll(int fd, int length) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] chunk = new byte[length];
        while (read.size() < length && LinuxCalls.poll(fd, 2_000) != 0) {
            int count = LinuxCalls.read(fd, chunk);
            if (count > 0) {
                read.write(chunk, 0, count);
            }
        }
        return read.toByteArray();
    }

    private byte[] readFromMaster(int length) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        for (int attempt = 0; read.size() < length && attempt < 100; attempt++) {
            read.writeBytes(pty.read(20));
        }
        return read.toByteArray();
    }
}
