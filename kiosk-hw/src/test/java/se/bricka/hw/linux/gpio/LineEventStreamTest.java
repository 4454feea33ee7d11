package se.bricka.hw.linux.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.hw.linux.LinuxCalls;
import se.bricka.hw.testing.Fifo;

/** Line event records read through the real C calls from a named pipe, whole or cut anywhere. */
class LineEventStreamTest {

    @TempDir
    Path dir;

    private int fd = -1;
    private FileOutputStream kernelSide;

    @AfterEach
    void closePipe() throws IOException {
        if (kernelSide != null) {
            kernelSide.close();
        }
        if (fd >= 0) {
            LinuxCalls.close(fd);
        }
    }

    private LineEventStream open() throws Exception {
        Path pipe = Fifo.make(dir.resolve("request"));
        fd = LinuxCalls.open(pipe.toString(), LinuxCalls.O_RDONLY | LinuxCalls.O_NONBLOCK | LinuxCalls.O_CLOEXEC);
        kernelSide = new FileOutputStream(pipe.toFile());
        return new LineEventStream(fd);
    }

    /** Reads until {@code count} events have come or nothing more is waiting. */
    private static List<LineEvent> drain(LineEventStream stream, int count) throws IOException {
        List<LineEvent> events = new ArrayList<>();
        while (events.size() < count && stream.await(1_000)) {
            stream.read(events);
        }
        return events;
    }

    @Test
    void records_cut_at_any_byte_come_out_whole_and_in_order() throws Exception {
        // given
        LineEventStream stream = open();
        List<LineEvent> sent = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            sent.add(new LineEvent(1_000_000L * i, i % 2 == 1, i % 3 == 0 ? 6 : 5, i, (i + 1) / 2));
        }
        byte[] all = new byte[sent.size() * GpioUapi.EVENT_SIZE];
        for (int i = 0; i < sent.size(); i++) {
            System.arraycopy(sent.get(i).toBytes(), 0, all, i * GpioUapi.EVENT_SIZE, GpioUapi.EVENT_SIZE);
        }

        // when: written in pieces of 1 to 100 bytes, read as they come
        Random random = new Random(7);
        List<LineEvent> read = new ArrayList<>();
        for (int at = 0; at < all.length; ) {
            int piece = Math.min(all.length - at, 1 + random.nextInt(100));
            kernelSide.write(Arrays.copyOfRange(all, at, at + piece));
            kernelSide.flush();
            at += piece;
            if (stream.await(1_000)) {
                stream.read(read);
            }
        }
        read.addAll(drain(stream, sent.size() - read.size()));

        // then
        assertThat(read).containsExactlyElementsOf(sent);
    }

    @Test
    void a_record_of_neither_edge_is_passed_over() throws Exception {
        // given
        LineEventStream stream = open();
        byte[] unknown = new LineEvent(5, true, 5, 1, 1).toBytes();
        unknown[GpioUapi.EVENT_ID] = 9;
        LineEvent edge = new LineEvent(6, false, 5, 2, 2);

        // when
        kernelSide.write(unknown);
        kernelSide.write(edge.toBytes());
        kernelSide.flush();

        // then
        assertThat(drain(stream, 1)).containsExactly(edge);
    }

    @Test
    void the_end_of_the_descriptor_is_an_error_naming_the_chip() throws Exception {
        // given
        LineEventStream stream = open();

        // when
        kernelSide.close();
        kernelSide = null;

        // then
        assertThat(stream.await(1_000)).isTrue();
        assertThatThrownBy(() -> stream.read(new ArrayList<>()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the GPIO chip has gone away");
    }
}
