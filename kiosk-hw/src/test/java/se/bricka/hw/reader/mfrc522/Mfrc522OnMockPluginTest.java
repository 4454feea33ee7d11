package se.bricka.hw.reader.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.spi.Spi;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.spi.MockSpi;
import com.pi4j.plugin.mock.provider.spi.MockSpiProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ExecutorScheduler;
import se.bricka.hw.time.ManualTime;
import se.bricka.hw.time.Sleeper;

/** The driver on Pi4J's own mock SPI, and on a real thread with real time. */
class Mfrc522OnMockPluginTest {

    private static final byte VERSION_READ = (byte) 0xEE; // 0x80 | (0x37 << 1)

    private final Context pi4j = Pi4J.newContextBuilder()
            .noAutoDetect()
            .add(new MockPlatform())
            .add(MockSpiProvider.newInstance())
            .build();

    @AfterEach
    void shutDown() {
        pi4j.shutdown();
    }

    private MockSpi mockSpi() {
        return (MockSpi) pi4j.create(Spi.newConfigBuilder(pi4j)
                .id("mfrc522")
                .bus(0)
                .channel(0)
                .baud(1_000_000)
                .provider(MockSpiProvider.ID));
    }

    @Test
    void a_bus_with_no_chip_is_not_answering_after_one_version_read() {
        // given
        MockSpi spi = mockSpi();
        ManualTime time = new ManualTime();
        try (Mfrc522Reader reader =
                new Mfrc522Reader("door-1", spi, AntennaGain.DB_33, PollingSettings.DEFAULT, time, time)) {

            // when
            reader.pollOnce();

            // then
            assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.NOT_ANSWERING);
            assertThat(spi.readEntireMockBuffer()).containsExactly(VERSION_READ, 0x00);
        }
    }

    @Test
    void a_chip_answering_version_0x12_is_faulty_and_is_not_set_up() {
        // given: the bytes a clone chip clocks out for the version read
        MockSpi spi = mockSpi();
        spi.write(new byte[] {0x00, 0x12});
        ManualTime time = new ManualTime();
        try (Mfrc522Reader reader =
                new Mfrc522Reader("door-1", spi, AntennaGain.DB_33, PollingSettings.DEFAULT, time, time)) {

            // when
            reader.pollOnce();

            // then
            assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.FAULTY);
            assertThat(spi.readEntireMockBuffer()).containsExactly(VERSION_READ, 0x00);
        }
    }

    @Test
    void on_its_own_thread_the_reader_reports_a_tap_within_a_few_polls() throws InterruptedException {
        // given
        Mfrc522Emulator chip = new Mfrc522Emulator();
        BlockingQueue<TagRead> taps = new LinkedBlockingQueue<>();
        BlockingQueue<String> threads = new LinkedBlockingQueue<>();
        Context emulated = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new EmulatedSpiProvider(chip))
                .build();
        Spi spi = emulated.create(
                Spi.newConfigBuilder(emulated).id("mfrc522").bus(0).channel(0).provider(EmulatedSpiProvider.ID));
        PollingSettings settings = PollingSettings.DEFAULT.withInterval(Duration.ofMillis(10));
        try (ExecutorScheduler scheduler = new ExecutorScheduler("reader-door-1", Clock.systemUTC());
                Mfrc522Reader reader =
                        new Mfrc522Reader("door-1", spi, AntennaGain.DB_48, settings, scheduler, Sleeper.SYSTEM)) {
            reader.start(read -> {
                threads.add(Thread.currentThread().getName());
                taps.add(read);
            });

            // when
            chip.lay(EmulatedCard.withUid("04A1B2C3D4E5F6"));

            // then
            assertThat(taps.poll(2, TimeUnit.SECONDS).uid().hex()).isEqualTo("04A1B2C3D4E5F6");
            assertThat(threads.poll()).isEqualTo("reader-door-1");
        } finally {
            emulated.shutdown();
        }
    }
}
