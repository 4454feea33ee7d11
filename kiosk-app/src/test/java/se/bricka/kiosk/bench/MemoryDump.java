package se.bricka.kiosk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Where the board's resident memory is, written next to the probe's figures so that two moments can
 * be compared: the kernel's map of the process ({@code /proc/self/smaps}) and, when the JVM runs with
 * {@code -XX:NativeMemoryTracking=summary}, the JVM's own account of its native memory.
 */
final class MemoryDump {

    private MemoryDump() {}

    static void write(Path prefix) throws IOException {
        Files.copy(
                Path.of("/proc/self/smaps"),
                prefix.resolveSibling(prefix.getFileName() + ".smaps"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(prefix.resolveSibling(prefix.getFileName() + ".nmt"), nativeMemory());
    }

    private static String nativeMemory() {
        try {
            Object answer = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "vmNativeMemory",
                            new Object[] {new String[] {"summary"}},
                            new String[] {String[].class.getName()});
            return String.valueOf(answer);
        } catch (JMException e) {
            return "no native memory summary: " + e.getMessage();
        }
    }
}
