package se.bricka.hw.reader.wiegand;

import java.time.Duration;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.hw.linux.gpio.LineEvent;

/**
 * The edges of one kernel line request, taken in the kernel's numbering: a falling edge on DATA0 is
 * a 0 bit and on DATA1 a 1 bit (a rising edge, which the request does not ask for, is no bit).
 * Edges of other lines are not this reader's and are passed over.
 *
 * <p>The kernel numbers and time-stamps an edge in its interrupt, but each line's interrupt thread
 * queues the edge later, on its own: when one line's thread is held up, an edge of the other line
 * can be queued before an earlier-numbered one (seen on the kernel's own GPIO character device).
 * One bound covers this: an edge is taken to be queued within {@link #REORDER} of its stamp. So an
 * edge that comes before the one numbered ahead of it waits for it up to that long; an edge still
 * missing then was lost (a line's second edge before its thread ran, or a full queue), the frames it
 * may belong to are rejected ({@link WiegandDecoder#lost}), and if it turns up after all it is
 * passed over. And a frame ends only once the queue was found empty {@link #REORDER} after the
 * frame gap had passed: a frame's last edges, stamped but still in their threads, are never cut off
 * to leave a shorter frame that might pass as another card. Nor is a frame whose first edge came
 * within a frame gap of the request: its first bits may have gone by before the request was in place.
 */
final class KernelEdges {

    /** How long an edge waits for an earlier-numbered one: far longer than an interrupt thread takes. */
    static final Duration REORDER = Duration.ofMillis(10);

    private static final long REORDER_NANOS = REORDER.toNanos();
    private static final Logger LOG = LoggerFactory.getLogger(KernelEdges.class);

    private final int d0Offset;
    private final int d1Offset;
    private final WiegandDecoder decoder;
    private final WiegandOutcome outcome;
    private final long requestedAt;
    private final TreeMap<Long, LineEvent> waiting = new TreeMap<>();
    /** The kernel numbers a request's events from 1: the first one taken must be number 1. */
    private long lastSeqno;

    /**
     * @param requestedAt a time on the stamps' clock by which the request was in place: edges before
     *     it were never seen, so a frame whose first edge seen comes within a frame gap of it may
     *     have begun earlier, and is rejected rather than read short
     */
    KernelEdges(int d0Offset, int d1Offset, WiegandDecoder decoder, WiegandOutcome outcome, long requestedAt) {
        this.d0Offset = d0Offset;
        this.d1Offset = d1Offset;
        this.decoder = decoder;
        this.outcome = outcome;
        this.requestedAt = requestedAt;
    }

    /**
     * The queue was found empty at {@code nanos}: every edge stamped before {@code nanos} less the
     * reorder time has been taken. Ends the frame if it has ended.
     */
    void quiet(long nanos) {
        expire(nanos);
        if (waiting.isEmpty()) {
            decoder.tick(nanos - REORDER_NANOS).ifPresent(outcome::frame);
        }
    }

    /**
     * The earliest time a {@link #quiet} may decide something: a frame's end, or an edge waiting no
     * longer; {@link Long#MAX_VALUE} while there is nothing to decide.
     */
    long decidesAt() {
        long at = waiting.isEmpty()
                ? decoder.endsAt()
                : waiting.firstEntry().getValue().nanos();
        return at == Long.MAX_VALUE ? at : at + REORDER_NANOS;
    }

    void take(LineEvent event) {
        if (event.offset() != d0Offset && event.offset() != d1Offset) {
            return;
        }
        if (event.seqno() <= lastSeqno) {
            // Counted as lost when it was overdue; its frame was rejected then.
            LOG.debug(
                    "edge {} came after edge {}, later than {} ms: passed over",
                    event.seqno(),
                    lastSeqno,
                    REORDER.toMillis());
            return;
        }
        waiting.put(event.seqno(), event);
        release();
        // An edge queued now was stamped before its interrupt thread ran: what is older than it by
        // the reorder time is overdue.
        expire(event.nanos());
    }

    /** Edges missing for longer than the reorder time were lost: the next waiting one goes ahead. */
    private void expire(long nanos) {
        while (!waiting.isEmpty() && waiting.firstEntry().getValue().nanos() + REORDER_NANOS <= nanos) {
            LineEvent next = waiting.firstEntry().getValue();
            long missing = next.seqno() - lastSeqno - 1;
            decoder.lost(
                            next.nanos(),
                            missing + " edges were lost: the kernel's queue was full, or a line's"
                                    + " edges came faster than its interrupt thread")
                    .ifPresent(outcome::frame);
            lastSeqno = next.seqno() - 1;
            release();
        }
    }

    private void release() {
        while (!waiting.isEmpty() && waiting.firstKey() == lastSeqno + 1) {
            LineEvent event = waiting.pollFirstEntry().getValue();
            if (lastSeqno == 0 && event.nanos() - requestedAt < decoder.frameGapNanos()) {
                decoder.lost(event.nanos(), "a frame may have begun before the lines were requested")
                        .ifPresent(outcome::frame);
            }
            lastSeqno = event.seqno();
            if (event.falling()) {
                decoder.bit(event.offset() == d0Offset ? 0 : 1, event.nanos()).ifPresent(outcome::frame);
            }
        }
    }
}
