package se.bricka.backend.extract;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.SimplePdf;
import se.bricka.backend.web.Text;

/** The register extract as a PDF the tenant reads, in Swedish or English. */
public final class ExtractPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    public ExtractPdf(ZoneId zone) {
        this.zone = zone;
    }

    /** The zone the extract's times are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** The PDF bytes, in the language of {@code messages}. */
    public byte[] render(RegisterExtract extract, Messages messages) {
        String label = extract.apartment().label();
        String building = extract.apartment().building();
        String made = when(extract.generatedAt());
        SimplePdf pdf = new SimplePdf(
                messages,
                messages.get("extractPdf.title", label),
                messages.get("extractPdf.footer", label, building, made));
        pdf.text(messages.get("extractPdf.intro", label, building, made, zone));
        pdf.text(messages.get("extractPdf.answers", request(extract.request(), messages)));
        pdf.heading(messages.get("extractPdf.tags", extract.tags().size()));
        extract.tags()
                .forEach(t -> pdf.text(messages.get(
                        t.blockedAt() == null ? "extractPdf.tag" : "extractPdf.tagBlocked",
                        t.maskedUid(),
                        messages.label("tag.status", t.status()),
                        when(t.issuedAt()),
                        when(t.blockedAt()),
                        messages.label("tag.reason", t.blockReason()))));
        pdf.heading(messages.get("extractPdf.tagActions", extract.tagActions().size()));
        extract.tagActions()
                .forEach(a -> pdf.text(messages.get(
                        a.reason() == null ? "extractPdf.tagAction" : "extractPdf.tagActionWithReason",
                        when(a.at()),
                        a.maskedUid(),
                        messages.label("tag.action", a.action()),
                        messages.label("tag.reason", a.reason()))));
        pdf.heading(messages.get("extractPdf.bookings", extract.bookings().size()));
        extract.bookings()
                .forEach(b -> pdf.text(messages.get(
                                b.cancelledAt() == null ? "extractPdf.booking" : "extractPdf.bookingCancelled",
                                b.date() + " " + b.start() + "–" + b.end(),
                                b.resource(),
                                messages.label("booking.status", b.status()),
                                when(b.createdAt()),
                                when(b.cancelledAt()))
                        + (b.checkedInAt() == null
                                ? ""
                                : " " + messages.get("extractPdf.checkedIn", when(b.checkedInAt())))
                        + (b.releasedAt() == null
                                ? ""
                                : " " + messages.get("extractPdf.released", when(b.releasedAt())))
                        + (b.closureId() == null
                                ? ""
                                : " " + messages.get("extractPdf.cancelledByClosure", b.closureId()))));
        pdf.heading(messages.get("extractPdf.closures", extract.closures().size()));
        extract.closures()
                .forEach(c -> pdf.text(messages.get(
                        "extractPdf.closure",
                        c.id(),
                        c.resource(),
                        c.from().format(WHEN),
                        c.until() == null
                                ? messages.get("extractPdf.untilFurtherNotice")
                                : c.until().format(WHEN),
                        c.reason(),
                        c.liftedAt() == null ? "–" : when(c.liftedAt()))));
        pdf.heading(messages.get("extractPdf.calendarFeed"));
        pdf.text(
                extract.calendarFeed() == null
                        ? messages.get("extractPdf.noCalendarFeed")
                        : messages.get(
                                "extractPdf.calendarFeedSince",
                                when(extract.calendarFeed().createdAt())));
        pdf.heading(
                messages.get("extractPdf.accessEvents", extract.accessEvents().size()));
        extract.accessEvents()
                .forEach(e -> pdf.text(messages.get(
                        "extractPdf.accessEvent",
                        when(e.at()),
                        e.door(),
                        Text.of(e.granted() ? "extractPdf.opened" : "log.refused"),
                        messages.label("access.reason", e.reason()))));
        pdf.heading(messages.get("extractPdf.nameBoard"));
        pdf.text(
                extract.nameBoard() == null
                        ? messages.get("extractPdf.noNames")
                        : messages.get(
                                "extractPdf.names",
                                extract.nameBoard().names(),
                                when(extract.nameBoard().updatedAt())));
        pdf.heading(messages.get("extractPdf.reads", extract.accessLogReads().size()));
        extract.accessLogReads()
                .forEach(r -> pdf.text(messages.get(
                        "extractPdf.read",
                        when(r.at()),
                        messages.label("role", r.role()),
                        messages.label("purpose", r.purpose()),
                        r.caseReference() == null ? messages.get("extractPdf.widerRead") : r.caseReference(),
                        messages.label("extractPdf.outcome", r.outcome()),
                        r.rows())));
        pdf.heading(
                messages.get("extractPdf.requests", extract.extractRequests().size()));
        extract.extractRequests().forEach(r -> pdf.text(request(r, messages)));
        pdf.heading(messages.get(
                "extractPdf.caretakerEvents", extract.caretakerEvents().size()));
        extract.caretakerEvents()
                .forEach(e -> pdf.text(messages.get("extractPdf.caretakerEvent", when(e.at()), e.kind(), e.detail())));
        extract.information().forEach(section -> pdf.heading(section.heading()).text(section.text()));
        return pdf.toBytes();
    }

    private String request(RegisterExtract.RequestPart request, Messages messages) {
        return messages.get(
                "extractPdf.request",
                request.receivedOn(),
                messages.label("extract.channel", request.channel()),
                request.requestedBy(),
                request.caseReference(),
                when(request.recordedAt()),
                messages.label("role", request.recordedByRole()));
    }

    private String when(Instant instant) {
        return instant == null ? "–" : WHEN.format(instant.atZone(zone));
    }
}
