package se.bricka.hw.linux.gpio;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.bricka.hw.linux.LinuxCalls;

/**
 * A GPIO chip's character device ({@code /dev/gpiochipN}), spoken to with the kernel's version 2
 * interface through the C library: what the chip is, who holds a line, and requests for lines.
 * Each method opens the chip and closes it again; a line request keeps only its own descriptor.
 *
 * @param path the chip's device file
 * @param label the driver's name for the chip ({@code pinctrl-bcm2711} on a Pi 4, {@code
 *     pinctrl-rp1} on a Pi 5)
 * @param lines how many lines it has; offsets run from 0 to {@code lines - 1}
 */
public record GpioChip(Path path, String label, int lines) {

    /**
     * The chip at {@code path}.
     *
     * @throws IOException when it cannot be opened, or answers as no GPIO chip does
     */
    public static GpioChip at(Path path) throws IOException {
        int fd = LinuxCalls.open(path.toString(), LinuxCalls.O_RDONLY | LinuxCalls.O_CLOEXEC);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment info = arena.allocate(GpioUapi.CHIPINFO_SIZE, 4);
            try {
                LinuxCalls.ioctl(fd, GpioUapi.GET_CHIPINFO, info);
            } catch (LinuxCalls.Failure e) {
                throw new IOException(path + " is not a GPIO chip: " + e.getMessage(), e);
            }
            return new GpioChip(
                    path, text(info, GpioUapi.CHIPINFO_LABEL), info.get(ValueLayout.JAVA_INT, GpioUapi.CHIPINFO_LINES));
        } finally {
            LinuxCalls.close(fd);
        }
    }

    /**
     * The chip whose label starts with {@code labelPrefix} among {@code /dev/gpiochip*} in {@code
     * devices}, the one with the most lines if several do: on a Raspberry Pi the SoC's own pins
     * ({@code pinctrl-…}), whichever number the kernel gave that chip.
     */
    public static Optional<GpioChip> find(Path devices, String labelPrefix) throws IOException {
        GpioChip best = null;
        for (GpioChip chip : all(devices)) {
            if (chip.label().startsWith(labelPrefix) && (best == null || chip.lines() > best.lines())) {
                best = chip;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every chip in {@code devices} that answers as one. */
    public static List<GpioChip> all(Path devices) throws IOException {
        List<GpioChip> chips = new ArrayList<>();
        if (!Files.isDirectory(devices)) {
            return chips;
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(devices, "gpiochip*")) {
            for (Path path : found) {
                try {
                    chips.add(at(path));
                } catch (IOException e) {
                    // Not one we may open, or not a chip: the others may still be.
                }
            }
        }
        chips.sort((a, b) -> a.path().compareTo(b.path()));
        return chips;
    }

    /** Who holds line {@code offset}, if anyone: the consumer name it gave, or "" if none. */
    public Optional<String> holder(int offset) throws IOException {
        int fd = LinuxCalls.open(path.toString(), LinuxCalls.O_RDONLY | LinuxCalls.O_CLOEXEC);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment info = arena.allocate(GpioUapi.LINEINFO_SIZE, 8);
            info.set(ValueLayout.JAVA_INT, GpioUapi.LINEINFO_OFFSET, offset);
            LinuxCalls.ioctl(fd, GpioUapi.GET_LINEINFO, info);
            boolean used = (info.get(ValueLayout.JAVA_LONG, GpioUapi.LINEINFO_FLAGS) & GpioUapi.FLAG_USED) != 0;
            return used ? Optional.of(text(info, GpioUapi.LINEINFO_CONSUMER)) : Optional.empty();
        } finally {
            LinuxCalls.close(fd);
        }
    }

    /**
     * Requests {@code offsets} as inputs with pull-ups, reporting the falling edges of each in one
     * queue of up to {@code eventBuffer} events, time-stamped on the monotonic clock. Falling edges
     * only: when both are asked for, the kernel tells rising from falling by reading the line in a
     * thread after the interrupt, and a pulse shorter than that thread's delay would be misnamed.
     *
     * @param consumer the name {@code gpioinfo} shows as the lines' holder
     * @throws IOException when the chip refuses: a line out of range, or held by another program
     */
    public GpioLineRequest requestFallingEdges(int[] offsets, String consumer, int eventBuffer) throws IOException {
        if (offsets.length == 0 || offsets.length > GpioUapi.LINES_MAX) {
            throw new IllegalArgumentException("a request holds 1 to 64 lines, not " + offsets.length);
        }
        for (int offset : offsets) {
            if (offset < 0 || offset >= lines) {
                throw new IllegalArgumentException(path + " has lines 0 to " + (lines - 1) + ", not " + offset);
            }
        }
        int fd = LinuxCalls.open(path.toString(), LinuxCalls.O_RDONLY | LinuxCalls.O_CLOEXEC);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment request = arena.allocate(GpioUapi.REQUEST_SIZE, 8);
            MemorySegment.copy(
                    fallingEdgesRequest(offsets, consumer, eventBuffer),
                    0,
                    request,
                    ValueLayout.JAVA_BYTE,
                    0,
                    GpioUapi.REQUEST_SIZE);
            LinuxCalls.ioctl(fd, GpioUapi.GET_LINE, request);
            int lineFd = request.get(ValueLayout.JAVA_INT, GpioUapi.REQUEST_FD);
            return new GpioLineRequest(lineFd, offsets);
        } finally {
            LinuxCalls.close(fd);
        }
    }

    /**
     * The {@code struct gpio_v2_line_request} for {@link #requestFallingEdges}, in the machine's byte
     * order: the offsets, the consumer's name cut to 31 bytes, inputs with pull-ups and falling edges,
     * the line count and the event buffer; every other byte zero.
     */
    static byte[] fallingEdgesRequest(int[] offsets, String consumer, int eventBuffer) {
        ByteBuffer request = ByteBuffer.allocate(GpioUapi.REQUEST_SIZE).order(ByteOrder.nativeOrder());
        for (int i = 0; i < offsets.length; i++) {
            request.putInt(GpioUapi.REQUEST_OFFSETS + 4 * i, offsets[i]);
        }
        byte[] name = consumer.getBytes(StandardCharsets.US_ASCII);
        request.put(GpioUapi.REQUEST_CONSUMER, name, 0, Math.min(name.length, GpioUapi.NAME_SIZE - 1));
        request.putLong(
                GpioUapi.REQUEST_CONFIG_FLAGS,
                GpioUapi.FLAG_INPUT | GpioUapi.FLAG_EDGE_FALLING | GpioUapi.FLAG_BIAS_PULL_UP);
        request.putInt(GpioUapi.REQUEST_NUM_LINES, offsets.length);
        request.putInt(GpioUapi.REQUEST_EVENT_BUFFER_SIZE, Math.clamp(eventBuffer, 1, GpioUapi.MAX_EVENT_BUFFER));
        return request.array();
    }

    /** A zero-terminated name of up to 32 bytes. */
    private static String text(MemorySegment info, int at) {
        byte[] bytes = info.asSlice(at, GpioUapi.NAME_SIZE).toArray(ValueLayout.JAVA_BYTE);
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
    }
}
