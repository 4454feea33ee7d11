package se.bricka.hw.reader;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a reader's {@link ReaderHealth} up to date from what each poll cycle or frame saw, and logs
 * each change of status once rather than on every cycle. Thread-safe.
 */
public final class HealthMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);

    private final String readerId;
    private final int faultyFramesBeforeFault;
    private ReaderHealth.Status status = ReaderHealth.Status.OK;
    private String detail = "";
    private long taps;
    private long faultyFrames;
    private long silentPolls;
    private int faultyFramesInARow;

    /**
     * @param faultyFramesBeforeFault how many damaged frames in a row turn the status to FAULTY; a
     *     single one is noise and only counted
     */
    public HealthMonitor(String readerId, int faultyFramesBeforeFault) {
        this.readerId = Objects.requireNonNull(readerId, "readerId");
        if (faultyFramesBeforeFault < 1) {
            throw new IllegalArgumentException(
                    "faulty frames before a fault must be at least 1, was " + faultyFramesBeforeFault);
        }
        this.faultyFramesBeforeFault = faultyFramesBeforeFault;
    }

    /** The reader answered and what it said checked out, with or without a tag. */
    public synchronized void answered() {
        faultyFramesInARow = 0;
        change(ReaderHealth.Status.OK, "");
    }

    /** A tap was reported. */
    public synchronized void tapped() {
        taps++;
    }

    /** A frame was damaged, half or failed its checksum: dropped, and counted. */
    public synchronized void faultyFrame(String why) {
        faultyFrames++;
        faultyFramesInARow++;
        LOG.debug("reader {} dropped a faulty frame: {}", readerId, why);
        if (faultyFramesInARow >= faultyFramesBeforeFault) {
            change(ReaderHealth.Status.FAULTY, faultyFramesInARow + " faulty frames in a row, last: " + why);
        }
    }

    /** The reader did not answer at all. */
    public synchronized void silent(String why) {
        silentPolls++;
        change(ReaderHealth.Status.NOT_ANSWERING, why);
    }

    /** The reader answered, but is not what it should be (a wrong chip version, say). */
    public synchronized void faulty(String why) {
        change(ReaderHealth.Status.FAULTY, why);
    }

    public synchronized ReaderHealth health() {
        return new ReaderHealth(status, detail, taps, faultyFrames, silentPolls);
    }

    private void change(ReaderHealth.Status newStatus, String newDetail) {
        if (newStatus != status) {
            if (newStatus == ReaderHealth.Status.OK) {
                LOG.info("reader {} is working again", readerId);
            } else {
                LOG.warn("reader {} is {}: {}", readerId, newStatus, newDetail);
            }
        }
        status = newStatus;
        detail = newDetail;
    }
}
