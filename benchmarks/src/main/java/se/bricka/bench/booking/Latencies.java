package se.bricka.bench.booking;

import java.util.Arrays;

/** Request latencies in nanoseconds, recorded by many threads and read once at the end. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /** The {@code q}-quantile (0 to 1) in milliseconds; 0 when nothing was recorded. */
    synchronized double quantileMillis(double q) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.ceil(q * size) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
