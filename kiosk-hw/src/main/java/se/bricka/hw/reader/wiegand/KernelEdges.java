package se.bricka.hw.reader.wiegand;

import se.bricka.hw.linux.gpio.LineEvent;

/**
 * The edges of one kernel line request, taken in the kernel's order: a falling edge on DATA0 is a 0
 * bit and on DATA1 a 1 bit (a rising edge, which the request does not ask for, is no bit); a gap in
 * the request's event numbers
 * means the kernel dropped edges, and the frames they may belong to are rejected. Edges of other
 * lines are not this reader's and are passed over.
 */
final class KernelEdges {

    private final int d0Offset;
    private final int d1Offset;
    private final WiegandDecoder decoder;
    private final WiegandOutcome outcome;
    /** The kernel numbers a request's events from 1: the first one read must be number 1. */
    private long lastSeqno;

    KernelEdges(int d0Offset, int d1Offset, WiegandDecoder decoder, WiegandOutcome outcome) {
        this.d0Offset = d0Offset;
        this.d1Offset = d1Offset;
        this.decoder = decoder;
        this.outcome = outcome;
    }

    /** No edge came before {@code nanos} that has not been taken: ends the frame if it has ended. */
    void quiet(long nanos) {
        decoder.tick(nanos).ifPresent(outcome::frame);
    }

    void take(LineEvent event) {
        int line = event.offset() == d0Offset ? 0 : event.offset() == d1Offset ? 1 : -1;
        if (line < 0) {
            return;
        }
        if (event.seqno() != lastSeqno + 1) {
            String why = event.seqno() > lastSeqno
                    ? (event.seqno() - lastSeqno - 1) + " edges were lost: the kernel's queue was full"
                    : "edge " + event.seqno() + " came after edge " + lastSeqno + ": out of order";
            decoder.lost(event.nanos(), why).ifPresent(outcome::frame);
        }
        lastSeqno = event.seqno();
        if (event.falling()) {
            decoder.bit(line, event.nanos()).ifPresent(outcome::frame);
        }
    }
}
