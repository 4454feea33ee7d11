package se.bricka.bench.door;

import java.util.Arrays;

/** Percentiles of a set of milliseconds, printed on one line. */
final class Percentiles {

    private Percentiles() {}

    static String of(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return "n=%d min=%d ms p50=%d ms p90=%d ms p99=%d ms max=%d ms"
                .formatted(
                        sorted.length,
                        sorted[0],
                        at(sorted, 0.50),
                        at(sorted, 0.90),
                        at(sorted, 0.99),
                        sorted[sorted.length - 1]);
    }

    private static long at(long[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
