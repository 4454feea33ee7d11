package se.bricka.hw.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A C program compiled with gcc against the machine's own headers and run: how tests hold the
 * constants and layouts the FFM code writes by hand to what the C compiler makes of the headers.
 */
public final class CProgram {

    private CProgram() {}

    /** Compiles {@code source} in {@code dir}, runs it, and returns its output lines split at spaces. */
    public static List<String[]> outputOf(Path dir, String name, String source)
            throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve(name + ".c"), source);
        Path binary = dir.resolve(name);
        run(List.of("gcc", "-o", binary.toString(), file.toString()));
        return Arrays.stream(run(List.of(binary.toString())).split("\n"))
                .map(line -> line.trim().split(" "))
                .toList();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("%s finished", command)
                .isTrue();
        assertThat(process.exitValue()).as("%s failed: %s", command, output).isZero();
        return output;
    }
}
