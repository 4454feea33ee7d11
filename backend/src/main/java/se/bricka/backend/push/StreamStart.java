package se.bricka.backend.push;

/**
 * Where a new event stream begins.
 *
 * @param after the version the stream continues after: changes committed after it are replayed
 * @param resync whether the device's {@code Last-Event-ID} was older than the replay window, so the
 *     stream first tells it to download its snapshot ({@code resync} at version {@code after})
 */
public record StreamStart(long after, boolean resync) {

    public StreamStart {
        if (after < 0) {
            throw new IllegalArgumentException("a stream starts after a version of 0 or more, was " + after);
        }
    }

    /** A stream that replays what was committed after {@code version}. */
    public static StreamStart after(long version) {
        return new StreamStart(version, false);
    }

    /** A stream that tells the device to download its snapshot, then continues after {@code current}. */
    public static StreamStart resyncAt(long current) {
        return new StreamStart(current, true);
    }
}
