package se.bricka.hw.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthMonitorTest {

    private final HealthMonitor monitor = new HealthMonitor("door-1", 3);

    @Test
    void a_single_faulty_frame_is_counted_but_the_reader_stays_ok() {
        // when
        monitor.faultyFrame("BCC");

        // then
        assertThat(monitor.health()).isEqualTo(new ReaderHealth(ReaderHealth.Status.OK, "", 0, 1, 0));
    }

    @Test
    void faulty_frames_in_a_row_make_the_reader_faulty_naming_the_last_one() {
        // when
        monitor.faultyFrame("BCC");
        monitor.faultyFrame("CRC");
        monitor.faultyFrame("parity");

        // then
        assertThat(monitor.health().status()).isEqualTo(ReaderHealth.Status.FAULTY);
        assertThat(monitor.health().detail())
                .contains("3 faulty frames in a row")
                .contains("parity");
    }

    @Test
    void a_silent_reader_that_answers_again_is_ok_and_keeps_its_counters() {
        // given
        monitor.silent("unplugged");
        monitor.silent("unplugged");
        monitor.tapped();

        // when
        monitor.answered();

        // then
        assertThat(monitor.health()).isEqualTo(new ReaderHealth(ReaderHealth.Status.OK, "", 1, 0, 2));
    }
}
