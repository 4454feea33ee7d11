package se.bricka.hw.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.hw.testing.CProgram;

/**
 * The flags, errno values and tty requests {@link LinuxCalls} and {@link Termios} hand the C library,
 * checked against its headers: a small C program prints them as the C compiler sees them on this
 * machine. Needs {@code gcc}, as {@code GpioUapiLayoutTest} does.
 */
class LinuxConstantsTest {

    private static final String PROGRAM = """
            #include <stdio.h>
            #include <errno.h>
            #include <fcntl.h>
            #include <poll.h>
            #include <sys/file.h>
            #include <sys/ioctl.h>
            #include <termios.h>
            #define SHOW(name) printf("%s %lld\\n", #name, (long long) (name))
            int main(void) {
                SHOW(O_RDONLY); SHOW(O_RDWR); SHOW(O_NOCTTY); SHOW(O_NONBLOCK); SHOW(O_CLOEXEC);
                SHOW(POLLIN);
                SHOW(EAGAIN); SHOW(EWOULDBLOCK); SHOW(EINTR); SHOW(ENODEV); SHOW(EBUSY);
                SHOW(LOCK_EX); SHOW(LOCK_NB);
                SHOW(TIOCEXCL); SHOW(TIOCNXCL);
                return 0;
            }
            """;

    private static final Map<String, Long> FROM_THE_HEADERS = new HashMap<>();

    @BeforeAll
    static void compileTheHeaders(@TempDir Path dir) throws IOException, InterruptedException {
        for (String[] parts : CProgram.outputOf(dir, "constants", PROGRAM)) {
            FROM_THE_HEADERS.put(parts[0], Long.parseLong(parts[1]));
        }
    }

    @Test
    void the_open_and_poll_flags_are_the_headers() {
        assertThat(FROM_THE_HEADERS)
                .containsEntry("O_RDONLY", (long) LinuxCalls.O_RDONLY)
                .containsEntry("O_RDWR", (long) LinuxCalls.O_RDWR)
                .containsEntry("O_NOCTTY", (long) LinuxCalls.O_NOCTTY)
                .containsEntry("O_NONBLOCK", (long) LinuxCalls.O_NONBLOCK)
                .containsEntry("O_CLOEXEC", (long) LinuxCalls.O_CLOEXEC)
                .containsEntry("POLLIN", (long) LinuxCalls.POLLIN);
    }

    @Test
    void the_errno_values_are_the_headers() {
        assertThat(FROM_THE_HEADERS)
                .containsEntry("EAGAIN", (long) LinuxCalls.EAGAIN)
                .containsEntry("EWOULDBLOCK", (long) LinuxCalls.EWOULDBLOCK)
                .containsEntry("EINTR", (long) LinuxCalls.EINTR)
                .containsEntry("ENODEV", (long) LinuxCalls.ENODEV)
                .containsEntry("EBUSY", (long) LinuxCalls.EBUSY);
    }

    @Test
    void the_lock_operations_and_the_exclusive_mode_requests_are_the_headers() {
        assertThat(FROM_THE_HEADERS)
                .containsEntry("LOCK_EX", (long) LinuxCalls.LOCK_EX)
                .containsEntry("LOCK_NB", (long) LinuxCalls.LOCK_NB)
                .containsEntry("TIOCEXCL", Termios.TIOCEXCL)
                .containsEntry("TIOCNXCL", Termios.TIOCNXCL);
    }
}
