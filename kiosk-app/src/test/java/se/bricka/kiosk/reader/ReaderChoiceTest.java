package se.bricka.kiosk.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagReader;

/** The board's {@code --reader} choice and the grabbed reader it builds. */
class ReaderChoiceTest {

    @TempDir
    Path dir;

    @Test
    void an_evdev_choice_builds_a_grabbed_reader_that_reports_an_unplugged_device_to_the_reader_check() {
        // given
        Path device = dir.resolve("usb-13ba_Reader-event-kbd");
        ReaderChoice choice = ReaderChoice.parse("evdev:" + device);

        // when
        try (TagReader reader = choice.grabbedReader(Clock.systemUTC()).orElseThrow()) {
            reader.start(read -> {});

            // then
            assertThat(reader.id()).isEqualTo(ReaderChoice.EVDEV_READER_ID);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> reader.health().status() == ReaderHealth.Status.NOT_ANSWERING);
            assertThat(reader.health().detail()).contains(device.toString());
        }
    }

    @Test
    void an_unknown_reader_is_refused_naming_both_forms_and_the_value() {
        assertThatThrownBy(() -> ReaderChoice.parse("hidraw:/dev/hidraw0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'simulated'")
                .hasMessageContaining("'evdev:/dev/input/by-id/…'")
                .hasMessageContaining("'hidraw:/dev/hidraw0'");
    }
}
