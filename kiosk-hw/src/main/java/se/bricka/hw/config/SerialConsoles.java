package se.bricka.hw.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Refuses, at start, a reader's serial port that is the kernel's console. The kernel writes its
 * messages there and systemd starts a login prompt (a getty) on it, both as root: claiming the port
 * keeps neither out, and their bytes would land among the reader's frames. The consoles are the
 * {@code console=NAME[,options]} entries of the kernel command line; one is on the port when {@code
 * /dev/NAME} and the port are the same file once links are followed ({@code /dev/serial0} is a link to
 * {@code ttyAMA0} or {@code ttyS0}). A command line that cannot be read is no reason to refuse.
 */
final class SerialConsoles {

    /** Where the running kernel shows the command line it was booted with. */
    static final Path KERNEL_COMMAND_LINE = Path.of("/proc/cmdline");

    private static final String CONSOLE = "console=";

    private SerialConsoles() {}

    /** The {@code console=} entries of {@code commandLine}, as written ({@code ttyS0,115200}). */
    static List<String> consoles(String commandLine) {
        return Arrays.stream(commandLine.trim().split("\\s+"))
                .takeWhile(word -> !word.equals("--"))
                .filter(word -> word.startsWith(CONSOLE) && word.length() > CONSOLE.length())
                .map(word -> word.substring(CONSOLE.length()))
                .toList();
    }

    /** The {@code console=} entry of {@code commandLine} whose tty in {@code devices} is {@code port}. */
    static Optional<String> consoleOn(Path port, String commandLine, Path devices) {
        Optional<Path> target = realPath(port);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        return consoles(commandLine).stream()
                .filter(console -> {
                    String name = console.split(",", 2)[0];
                    return !name.isEmpty()
                            && !name.contains("..")
                            && realPath(devices.resolve(name)).equals(target);
                })
                .findFirst();
    }

    /** Throws when the kernel command line in {@code commandLineFile} has a console on {@code port}. */
    static void refuseConsole(String key, Path port, Path commandLineFile, Path devices) {
        String commandLine;
        try {
            commandLine = Files.readString(commandLineFile);
        } catch (IOException e) {
            return;
        }
        consoleOn(port, commandLine, devices).ifPresent(console -> {
            throw new ConfigException(
                    key,
                    key + "=" + port + " is the kernel's serial console (console=" + console + " in "
                            + commandLineFile + "): its messages and login prompt would mix with the reader's"
                            + " frames; switch it off (sudo raspi-config, Interface Options, Serial Port: login"
                            + " shell no, serial hardware yes; or remove console=serial0,115200 from"
                            + " /boot/firmware/cmdline.txt) and reboot");
        });
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
