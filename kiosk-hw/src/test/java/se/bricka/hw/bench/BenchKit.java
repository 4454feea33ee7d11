package se.bricka.hw.bench;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.util.Arrays;

/** What the benchmarks share: percentiles, a busy wait, and an idle-high Wiegand line on Pi4J's mock GPIO. */
public final class BenchKit {

    private BenchKit() {}

    /**
     * The {@code percent}th percentile (nearest rank) of {@code values}, which are left as they are;
     * 0 when there are none, so that a run too short for a group still prints its report.
     */
    public static long percentile(long[] values, int percent) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    /** Waits, without giving up the core, until {@link System#nanoTime} reaches {@code nanos}. */
    public static void spinUntil(long nanos) {
        while (System.nanoTime() < nanos) {
            Thread.onSpinWait();
        }
    }

    /** A pulled-up input on Pi4J's mock plugin, high as an idle Wiegand line. */
    public static MockDigitalInput idleHighInput(Context pi4j, String id, int pin) {
        MockDigitalInput input = (MockDigitalInput) pi4j.create(
                DigitalInput.newConfigBuilder(pi4j).id(id).address(pin).pull(PullResistance.PULL_UP));
        input.mockState(DigitalState.HIGH);
        return input;
    }
}
