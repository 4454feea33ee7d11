package se.bricka.hw.reader.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiBase;
import com.pi4j.io.spi.SpiConfig;
import com.pi4j.io.spi.SpiProviderBase;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.time.ManualTime;

/** Damaged and random answers into the MFRC522 driver: the true UID or nothing, never an exception. */
class Mfrc522FuzzTest {

    @Provide
    Arbitrary<String> uids() {
        return Arbitraries.of(4, 7, 10)
                .flatMap(length -> Arbitraries.strings()
                        .withChars("0123456789ABCDEF")
                        .ofLength(length * 2)
                        .map(Mfrc522FuzzTest::legal));
    }

    /** ISO/IEC 14443-3 keeps the cascade tag 0x88 out of the last level's first byte. */
    private static String legal(String hex) {
        int reserved = (hex.length() / 2 - 4) / 3 * 3 * 2;
        return hex.startsWith("88", reserved) ? hex.substring(0, reserved) + "89" + hex.substring(reserved + 2) : hex;
    }

    @Property(tries = 300)
    void a_flipped_bit_anywhere_in_any_answer_never_gives_a_wrong_uid(
            @ForAll("uids") String uid,
            @ForAll @IntRange(min = 1, max = 12) int frame,
            @ForAll @IntRange(min = 0, max = 1_000) int bit) {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.chip.lay(EmulatedCard.withUid(uid));
            emulated.chip.corruptAnswer(frame, bits -> bits.length() == 0 ? bits : bits.flip(bit % bits.length()));

            // when
            emulated.polls(6);

            // then: the damaged cycle gives nothing, a later clean one the card, once
            assertThat(emulated.tappedUids()).containsExactly(uid);
        }
    }

    @Property(tries = 300)
    void an_answer_cut_short_anywhere_never_gives_a_wrong_uid(
            @ForAll("uids") String uid,
            @ForAll @IntRange(min = 1, max = 12) int frame,
            @ForAll @IntRange(min = 0, max = 1_000) int keep) {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.chip.lay(EmulatedCard.withUid(uid));
            emulated.chip.corruptAnswer(frame, bits -> bits.first(keep % Math.max(1, bits.length())));

            // when
            emulated.polls(6);

            // then: the damaged cycle gives nothing, a later clean one the card, once
            assertThat(emulated.tappedUids()).containsExactly(uid);
        }
    }

    @Property(tries = 200)
    void two_random_cards_together_give_one_of_them_or_nothing(
            @ForAll("uids") String first, @ForAll("uids") String second) {
        // given
        try (EmulatedReader emulated = new EmulatedReader().started()) {
            emulated.chip.lay(EmulatedCard.withUid(first));
            emulated.chip.lay(EmulatedCard.withUid(second));

            // when
            emulated.polls(5);

            // then
            assertThat(emulated.tappedUids())
                    .hasSizeLessThanOrEqualTo(1)
                    .allMatch(uid -> List.of(first, second).contains(uid));
        }
    }

    @Property(tries = 200)
    void a_bus_of_random_bytes_never_throws_and_reports_no_tap(@ForAll long seed) {
        // given
        Random noise = new Random(seed);
        ManualTime time = new ManualTime();
        Context pi4j = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new NoiseSpiProvider(noise))
                .build();
        List<String> taps = new java.util.ArrayList<>();
        try (Mfrc522Reader reader = new Mfrc522Reader(
                "noise",
                pi4j.create(
                        Spi.newConfigBuilder(pi4j).id("noise").bus(0).channel(0).provider(NoiseSpiProvider.ID)),
                AntennaGain.DB_33,
                PollingSettings.DEFAULT,
                time,
                time)) {
            reader.start(read -> taps.add(read.uid().hex()));

            // when
            for (int i = 0; i < 5; i++) {
                time.advance(PollingSettings.DEFAULT.interval());
            }

            // then: a tap would need a version byte, a matching BCC and a matching CRC_A out of noise
            assertThat(taps).isEmpty();
        } finally {
            pi4j.shutdown();
        }
    }

    /** SPI whose every received byte is noise, except that VersionReg reads 0x92. */
    private static final class NoiseSpiProvider extends SpiProviderBase {

        static final String ID = "noise-spi";
        private static final byte VERSION_READ = (byte) 0xEE;
        private final Random noise;

        NoiseSpiProvider(Random noise) {
            super(ID, "Noise SPI");
            this.noise = noise;
        }

        @Override
        public Spi create(SpiConfig config) {
            return new SpiBase(this, config) {
                @Override
                public int transfer(byte[] write, int writeOffset, byte[] read, int readOffset, int length) {
                    for (int i = 0; i < length; i++) {
                        read[readOffset + i] = (byte) noise.nextInt(256);
                    }
                    if (write[writeOffset] == VERSION_READ && length >= 2) {
                        // A chip that passes the version check, so the noise reaches the frame logic.
                        read[readOffset + 1] = (byte) 0x92;
                    }
                    return length;
                }

                @Override
                public int write(byte b) {
                    return 1;
                }

                @Override
                public int write(byte[] data, int offset, int length) {
                    return length;
                }

                @Override
                public int write(Charset charset, CharSequence data) {
                    return data.length();
                }

                @Override
                public int read() {
                    return noise.nextInt(256);
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return -1;
                }
            };
        }
    }
}
