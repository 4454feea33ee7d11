package se.bricka.hw.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.hw.testing.PseudoTerminal;

/**
 * {@link Termios#claim} on a real pseudo-terminal's slave end. The lock holds against everyone, root
 * included; the exclusive mode only against programs without CAP_SYS_ADMIN, so when the tests run as
 * root the second open is made by a process run as {@code nobody} ({@code setpriv}).
 */
class TermiosClaimOnPseudoTerminalTest {

    private static final int NOBODY = 65_534;
    private static final int OPEN_FLAGS =
            LinuxCalls.O_RDWR | LinuxCalls.O_NOCTTY | LinuxCalls.O_NONBLOCK | LinuxCalls.O_CLOEXEC;

    private PseudoTerminal pty;
    private int first = -1;

    @BeforeEach
    void open() throws IOException {
        pty = PseudoTerminal.open();
        first = LinuxCalls.open(pty.slave().toString(), OPEN_FLAGS);
    }

    @AfterEach
    void close() {
        if (first >= 0) {
            LinuxCalls.close(first);
        }
        pty.close();
    }

    @Test
    void a_claimed_port_cannot_be_claimed_through_a_second_open_not_even_by_root() throws IOException {
        // given
        Termios.claim(first);
        int second = LinuxCalls.open(pty.slave().toString(), OPEN_FLAGS);
        try {
            // when / then
            assertThatThrownBy(() -> Termios.claim(second))
                    .isInstanceOfSatisfying(
                            LinuxCalls.Failure.class, e -> assertThat(e.errno()).isEqualTo(LinuxCalls.EWOULDBLOCK))
                    .hasMessageContaining("flock failed");
        } finally {
            LinuxCalls.close(second);
        }
    }

    @Test
    void a_claimed_port_is_not_opened_again_for_a_program_without_cap_sys_admin() throws Exception {
        // given
        Termios.claim(first);

        // when
        String refusal = openAsAnotherUser();

        // then
        assertThat(refusal).contains("busy");
    }

    @Test
    void a_released_and_closed_port_can_be_opened_and_claimed_again() throws Exception {
        // given
        Termios.claim(first);

        // when
        Termios.release(first);
        LinuxCalls.close(first);
        first = -1;

        // then
        assertThat(openAsAnotherUser()).isEmpty();
        first = LinuxCalls.open(pty.slave().toString(), OPEN_FLAGS);
        Termios.claim(first);
        assertThat(first).isNotNegative();
    }

    @Test
    void an_unclaimed_port_is_opened_for_anyone() throws Exception {
        // when / then
        assertThat(openAsAnotherUser()).isEmpty();
    }

    /**
     * Opens the slave end as a program without CAP_SYS_ADMIN: in this process when it runs as an
     * ordinary user, else as {@code nobody} in a child. Returns why it was refused, empty when it opened.
     */
    private String openAsAnotherUser() throws Exception {
        Path slave = pty.slave();
        if ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") != 0) {
            try {
                LinuxCalls.close(LinuxCalls.open(slave.toString(), OPEN_FLAGS));
                return "";
            } catch (LinuxCalls.Failure e) {
                return e.errno() == LinuxCalls.EBUSY ? "busy: " + e.getMessage() : e.getMessage();
            }
        }
        Files.setPosixFilePermissions(slave, PosixFilePermissions.fromString("rw-rw-rw-"));
        Process process = new ProcessBuilder(List.of(
                        "setpriv",
                        "--reuid=" + NOBODY,
                        "--regid=" + NOBODY,
                        "--clear-groups",
                        "sh",
                        "-c",
                        "exec 3<>\"$0\"",
                        slave.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("setpriv finished").isTrue();
        if (process.exitValue() == 0) {
            return "";
        }
        assertThat(output).as("refused for the tty, not for setpriv").contains(slave.toString());
        return output.toLowerCase(Locale.ROOT);
    }
}
