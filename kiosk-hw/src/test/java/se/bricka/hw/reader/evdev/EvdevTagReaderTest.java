package se.bricka.hw.reader.evdev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ManualTime;
import se.bricka.hw.time.Sleeper;

/** The evdev reader against an emulated input device: grabbing, reading, unplugging and replugging. */
class EvdevTagReaderTest {

    private static final Path DEVICE = Path.of("/dev/input/by-id/usb-emulated-event-kbd");
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final EmulatedInputDevices port = new EmulatedInputDevices();
    private final List<Duration> retries = new CopyOnWriteArrayList<>();
    private final ManualTime time = new ManualTime();
    /** Records each back-off and waits only a millisecond of it, so tests run fast. */
    private final Sleeper sleeper = duration -> {
        retries.add(duration);
        Sleeper.SYSTEM.sleep(Duration.ofMillis(1));
    };

    private final EvdevTagReader reader = new EvdevTagReader(
            "laundry-wedge", DEVICE, port, Duration.ofMillis(100), Duration.ofSeconds(1), time.clock(), sleeper);
    private final List<TagRead> taps = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeReader() {
        reader.close();
    }

    private void startAndAwaitGrab() {
        reader.start(taps::add);
        await().atMost(WAIT).until(() -> port.calls().contains("grab"));
    }

    @Test
    void a_typed_uid_is_a_tap_from_the_grabbed_device() {
        // given
        startAndAwaitGrab();

        // when
        port.send(new WedgeKeys().line("04A1B2C3D4E5F6").bytes());

        // then
        await().atMost(WAIT).until(() -> taps.size() == 1);
        assertThat(taps.getFirst().uid().hex()).isEqualTo("04A1B2C3D4E5F6");
        assertThat(taps.getFirst().readerId()).isEqualTo("laundry-wedge");
        assertThat(port.calls()).startsWith("open", "grab");
        assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.OK);
        assertThat(reader.health().taps()).isEqualTo(1);
    }

    @Test
    void closing_releases_the_grab_before_closing_the_device() {
        // given
        startAndAwaitGrab();

        // when
        reader.close();

        // then
        assertThat(port.calls()).containsExactly("open", "grab", "release", "close");
    }

    @Test
    void the_same_uid_again_within_the_window_is_the_same_tap_and_after_it_a_new_one() {
        // given
        startAndAwaitGrab();

        // when
        port.send(new WedgeKeys().line("A1B2C3D4").line("A1B2C3D4").bytes());
        await().atMost(WAIT).until(() -> reader.health().taps() == 1);
        time.advance(Duration.ofSeconds(2));
        port.send(new WedgeKeys().line("A1B2C3D4").bytes());

        // then
        await().atMost(WAIT).until(() -> taps.size() == 2);
        assertThat(reader.health().taps()).isEqualTo(2);
    }

    @Test
    void garbage_stray_keys_and_over_long_lines_give_no_tap_but_count_as_faulty_frames() {
        // given
        startAndAwaitGrab();
        WedgeKeys junk = new WedgeKeys()
                .typed("A1B2")
                .key(WedgeKeys.KEY_SPACE)
                .line("0".repeat(40))
                .event(0x4242, 0, 0);

        // when
        port.send(junk.bytes());
        port.send(new WedgeKeys().line("A1B2C3D4").bytes());

        // then
        await().atMost(WAIT).until(() -> taps.size() == 1);
        assertThat(taps.getFirst().uid().hex()).isEqualTo("A1B2C3D4");
        assertThat(reader.health().faultyFrames()).isEqualTo(3);
        assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.OK);
    }

    @Test
    void an_unplugged_reader_is_reported_not_answering_and_works_again_when_plugged_back() {
        // given
        startAndAwaitGrab();

        // when
        port.unplug();

        // then
        await().atMost(WAIT).until(() -> reader.health().status() == ReaderHealth.Status.NOT_ANSWERING);
        assertThat(reader.health().detail()).contains(DEVICE.toString());

        // when
        port.plugIn();
        await().atMost(WAIT).until(() -> reader.health().isOk());
        port.send(new WedgeKeys().line("A1B2C3D4").bytes());

        // then
        await().atMost(WAIT).until(() -> taps.size() == 1);
        assertThat(port.calls().stream().filter("grab"::equals)).hasSize(2);
    }

    @Test
    void the_back_off_doubles_while_the_reader_is_away_up_to_five_seconds() {
        // given
        port.unplug();

        // when
        reader.start(taps::add);

        // then
        await().atMost(WAIT).until(() -> retries.size() >= 8);
        assertThat(List.copyOf(retries).subList(0, 8))
                .containsExactly(
                        Duration.ofMillis(100),
                        Duration.ofMillis(200),
                        Duration.ofMillis(400),
                        Duration.ofMillis(800),
                        Duration.ofMillis(1600),
                        Duration.ofMillis(3200),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(5));
        assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.NOT_ANSWERING);
    }

    @Test
    void a_record_cut_short_by_an_unplug_is_a_faulty_frame_and_never_a_tap() {
        // given
        startAndAwaitGrab();
        byte[] line = new WedgeKeys().line("A1B2C3D4").bytes();
        byte[] cut = Arrays.copyOf(line, line.length - 100);

        // when
        port.send(cut);
        port.unplug();

        // then
        await().atMost(WAIT).until(() -> reader.health().faultyFrames() == 1);
        assertThat(taps).isEmpty();
    }

    @Test
    void a_device_another_program_holds_is_faulty_and_not_read_until_it_is_free() {
        // given
        port.grabbedElsewhere(true);

        // when
        reader.start(taps::add);

        // then
        await().atMost(WAIT).until(() -> reader.health().status() == ReaderHealth.Status.FAULTY);
        assertThat(reader.health().detail()).contains("Device or resource busy");
        assertThat(port.calls()).doesNotContain("release").contains("close");

        // when
        port.grabbedElsewhere(false);

        // then
        await().atMost(WAIT).until(() -> reader.health().isOk());
        port.send(new WedgeKeys().line("A1B2C3D4").bytes());
        await().atMost(WAIT).until(() -> taps.size() == 1);
    }

    @Test
    void a_failing_listener_does_not_stop_the_reader() {
        // given
        reader.start(read -> {
            taps.add(read);
            throw new IllegalStateException("listener broke");
        });
        await().atMost(WAIT).until(() -> port.calls().contains("grab"));

        // when
        port.send(new WedgeKeys().line("A1B2C3D4").line("11223344").bytes());

        // then
        await().atMost(WAIT).until(() -> taps.size() == 2);
    }
}
