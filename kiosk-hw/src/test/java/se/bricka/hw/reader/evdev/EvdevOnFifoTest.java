package se.bricka.hw.reader.evdev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.reader.WedgeFormat;
import se.bricka.hw.testing.Fifo;
import se.bricka.hw.time.Sleeper;

/**
 * The evdev reader through the real C calls ({@code open}, {@code poll}, {@code read}, {@code close}
 * bound with the FFM API) on a named pipe that stands for {@code /dev/input/eventN}: crafted {@code
 * input_event} records go in, taps come out. Only the grab is recorded instead of done, since a pipe
 * cannot be grabbed.
 */
class EvdevOnFifoTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Records each {@code EVIOCGRAB} with the file descriptor it was for. */
    static final class RecordingGrab implements InputGrab {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void grab(int fd) {
            calls.add("grab " + fd);
        }

        @Override
        public void release(int fd) {
            calls.add("release " + fd);
        }
    }

    @TempDir
    Path dir;

    private final RecordingGrab grab = new RecordingGrab();
    private final List<TagRead> taps = new CopyOnWriteArrayList<>();
    private EvdevTagReader reader;

    @AfterEach
    void closeReader() {
        if (reader != null) {
            reader.close();
        }
    }

    private void startOn(Path device) {
        reader = new EvdevTagReader(
                "fifo-wedge",
                device,
                LinuxInputDevice.opener(grab),
                Duration.ofMillis(100),
                Duration.ofSeconds(1),
                Clock.systemUTC(),
                Sleeper.SYSTEM);
        reader.start(taps::add);
    }

    private void startMatching(String glob, WedgeFormat format) {
        reader = new EvdevTagReader(
                "fifo-wedge",
                new DeviceLocator.Matching(dir, glob),
                LinuxInputDevice.opener(grab),
                new WedgeSettings(format, Duration.ofMillis(100), Duration.ofSeconds(1)),
                Clock.systemUTC(),
                Sleeper.SYSTEM);
        reader.start(taps::add);
    }

    private long grabs() {
        return grab.calls.stream().filter(call -> call.startsWith("grab")).count();
    }

    @Test
    void records_written_to_the_device_become_taps_and_a_replugged_device_is_read_again() throws Exception {
        // given
        Path device = Fifo.make(dir.resolve("event7"));
        startOn(device);
        await().atMost(WAIT).until(() -> grabs() == 1);

        // when: the reader types a tag, split across two writes, and is unplugged
        try (OutputStream usb = new FileOutputStream(device.toFile())) {
            byte[] bytes = new WedgeKeys().line("A1B2C3D4").bytes();
            usb.write(bytes, 0, 50);
            usb.flush();
            usb.write(bytes, 50, bytes.length - 50);
        }

        // then
        await().atMost(WAIT).until(() -> taps.size() == 1);
        assertThat(taps.getFirst().uid().hex()).isEqualTo("A1B2C3D4");
        await().atMost(WAIT).until(() -> grabs() == 2);
        assertThat(reader.health().silentPolls()).isPositive();

        // when: plugged back, it types another tag
        try (OutputStream usb = new FileOutputStream(device.toFile())) {
            usb.write(new WedgeKeys().line("04A1B2C3D4E5F6").bytes());
        }

        // then
        await().atMost(WAIT).until(() -> taps.size() == 2);
        assertThat(taps.get(1).uid().hex()).isEqualTo("04A1B2C3D4E5F6");
    }

    @Test
    void garbage_bytes_give_no_tap_and_the_grab_is_released_on_close() throws Exception {
        // given
        Path device = Fifo.make(dir.resolve("event3"));
        startOn(device);
        await().atMost(WAIT).until(() -> grabs() == 1);

        // when
        try (OutputStream usb = new FileOutputStream(device.toFile())) {
            byte[] garbage = new byte[InputEvent.BYTES * 10 + 7];
            new Random(5).nextBytes(garbage);
            usb.write(garbage);
        }
        await().atMost(WAIT).until(() -> reader.health().faultyFrames() > 0);
        reader.close();

        // then
        assertThat(taps).isEmpty();
        String fd = grab.calls.getFirst().substring("grab ".length());
        assertThat(grab.calls).last().isEqualTo("release " + fd);
    }

    @Test
    void a_missing_device_is_not_answering_and_the_message_names_it() {
        // given
        Path device = dir.resolve("usb-gone-event-kbd");

        // when
        startOn(device);

        // then
        await().atMost(WAIT).until(() -> !reader.health().isOk());
        assertThat(reader.health().detail()).contains(device.toString()).contains("errno 2");
        assertThat(grab.calls).isEmpty();
    }

    @Test
    void the_real_grab_is_refused_on_something_that_is_no_input_device() throws IOException, InterruptedException {
        // given
        Path pipe = Fifo.make(dir.resolve("not-an-input-device"));
        InputDevice opened = LinuxInputDevice.opener().open(pipe);

        // when / then
        try (opened) {
            assertThatThrownBy(opened::grab)
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("ioctl 0x40044590")
                    .hasMessageContaining("errno 25");
        }
    }

    @Test
    void a_reader_plugged_in_after_start_is_found_by_its_name_and_found_again_after_a_replug() throws Exception {
        // given: nothing plugged in but a keyboard
        Fifo.make(dir.resolve("usb-Logitech_USB_Keyboard-event-kbd"));
        startMatching("*rfid*-event-kbd", WedgeFormat.DECIMAL10);
        await().atMost(WAIT).until(() -> !reader.health().isOk());
        assertThat(reader.health().detail()).contains("no device matches");

        // when: the reader is plugged in, and types a tag's number in decimal
        Path first = Fifo.make(dir.resolve("usb-ACME_RFID_Reader_01-event-kbd"));
        await().atMost(WAIT).until(() -> grabs() == 1);
        try (OutputStream usb = new FileOutputStream(first.toFile())) {
            usb.write(new WedgeKeys().line("0012345678").bytes());
            usb.flush();
            await().atMost(WAIT).until(() -> taps.size() == 1);
            Files.delete(first); // unplugged: udev removes the link
        }

        // then
        assertThat(taps.getFirst().uid().hex()).isEqualTo("00BC614E");
        await().atMost(WAIT).until(() -> !reader.health().isOk());

        // when: plugged into another port, under another name that matches too
        Path second = Fifo.make(dir.resolve("usb-ACME_RFID_Reader_02-event-kbd"));
        await().atMost(WAIT).until(() -> grabs() == 2);
        try (OutputStream usb = new FileOutputStream(second.toFile())) {
            usb.write(new WedgeKeys().line("0314335566").bytes());
        }

        // then: 314335566 = 0x12BC614E
        await().atMost(WAIT).until(() -> taps.size() == 2);
        assertThat(taps.get(1).uid().hex()).isEqualTo("12BC614E");
        assertThat(reader.health().taps()).isEqualTo(2);
    }

    @Test
    void a_pattern_that_matches_two_devices_reads_neither_until_one_is_gone() throws Exception {
        // given
        Path reader1 = Fifo.make(dir.resolve("usb-ACME_RFID_Reader_01-event-kbd"));
        Path reader2 = Fifo.make(dir.resolve("usb-ACME_RFID_Reader_02-event-kbd"));

        // when
        startMatching("*RFID*", WedgeFormat.HEX);

        // then
        await().atMost(WAIT).until(() -> reader.health().status() == ReaderHealth.Status.FAULTY);
        assertThat(reader.health().detail())
                .contains("2 devices match")
                .contains(reader1.getFileName().toString())
                .contains(reader2.getFileName().toString());
        assertThat(grab.calls).isEmpty();

        // when
        Files.delete(reader2);

        // then
        await().atMost(WAIT).until(() -> grabs() == 1);
        try (OutputStream usb = new FileOutputStream(reader1.toFile())) {
            usb.write(new WedgeKeys().line("A1B2C3D4").bytes());
        }
        await().atMost(WAIT).until(() -> taps.size() == 1);
        assertThat(taps.getFirst().uid().hex()).isEqualTo("A1B2C3D4");
    }
}
