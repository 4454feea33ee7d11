package se.bricka.hw.reader;

import java.util.Objects;

/**
 * A reader's health as the caretaker's reader check shows it.
 *
 * @param status whether the reader answers and can be trusted
 * @param detail a sentence for the log and the caretaker, such as {@code "chip version 0x12, expected
 *     0x91 or 0x92"}; empty when all is well
 * @param taps taps reported since start
 * @param faultyFrames frames dropped because they were damaged, half or failed a checksum
 * @param silentPolls poll cycles in which the reader did not answer at all
 */
public record ReaderHealth(Status status, String detail, long taps, long faultyFrames, long silentPolls) {

    /** Whether a reader works. */
    public enum Status {
        /** It answers and its frames check out. */
        OK,
        /** It does not answer: unplugged, unpowered, a broken wire. */
        NOT_ANSWERING,
        /** It answers, but wrongly: the wrong chip, or nothing but damaged frames. */
        FAULTY
    }

    public ReaderHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        if (taps < 0 || faultyFrames < 0 || silentPolls < 0) {
            throw new IllegalArgumentException(
                    "health counters must not be negative, were " + taps + ", " + faultyFrames + ", " + silentPolls);
        }
    }

    /** A reader that works and has counted nothing yet. */
    public static ReaderHealth ok() {
        return new ReaderHealth(Status.OK, "", 0, 0, 0);
    }

    public boolean isOk() {
        return status == Status.OK;
    }
}
