package se.bricka.backend.extract;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.bricka.backend.web.SimplePdf;

/** The register extract as a PDF a person reads. */
public final class ExtractPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    public ExtractPdf(ZoneId zone) {
        this.zone = zone;
    }

    /** The PDF bytes. */
    public byte[] render(RegisterExtract extract) {
        String label = extract.apartment().label();
        SimplePdf pdf = new SimplePdf(
                "Register extract – apartment " + label,
                "Register extract, apartment " + label + ", "
                        + extract.apartment().building() + ", made " + when(extract.generatedAt()));
        pdf.text("Everything the access and booking system stores about apartment " + label + ", "
                + extract.apartment().building() + ", as of " + when(extract.generatedAt()) + " (" + zone + ").");
        pdf.heading("Tags (" + extract.tags().size() + ")");
        extract.tags()
                .forEach(t -> pdf.text(t.maskedUid() + " – " + t.status() + ", issued " + when(t.issuedAt())
                        + (t.blockedAt() == null
                                ? ""
                                : ", blocked " + when(t.blockedAt()) + " (" + t.blockReason() + ")")));
        pdf.heading("Actions on tags (" + extract.tagActions().size() + ")");
        extract.tagActions()
                .forEach(a -> pdf.text(when(a.at()) + " – " + a.maskedUid() + " " + a.action()
                        + (a.reason() == null ? "" : " (" + a.reason() + ")")));
        pdf.heading("Bookings (" + extract.bookings().size() + ")");
        extract.bookings()
                .forEach(b -> pdf.text(b.date() + " " + b.start() + "–" + b.end() + " " + b.resource()
                        + " – " + b.status() + ", booked " + when(b.createdAt())
                        + (b.cancelledAt() == null ? "" : ", cancelled " + when(b.cancelledAt()))));
        pdf.heading("Access events, last 14 days (" + extract.accessEvents().size() + ")");
        extract.accessEvents()
                .forEach(e -> pdf.text(when(e.at()) + " – door " + e.door() + " – "
                        + (e.granted() ? "opened" : "refused") + " (" + e.reason() + ")"));
        pdf.heading("Name board");
        pdf.text(
                extract.nameBoard() == null
                        ? "No names are shown for the apartment."
                        : extract.nameBoard().names() + " (since "
                                + when(extract.nameBoard().updatedAt()) + ")");
        pdf.heading("Reads of access events concerning the apartment ("
                + extract.accessLogReads().size() + ")");
        extract.accessLogReads()
                .forEach(r -> pdf.text(when(r.at()) + " – " + r.role() + ", purpose " + r.purpose() + ", case "
                        + r.caseReference() + ", " + r.outcome() + ", " + r.rows() + " events"));
        extract.information().forEach(section -> pdf.heading(section.heading()).text(section.text()));
        return pdf.toBytes();
    }

    private String when(Instant instant) {
        return instant == null ? "–" : WHEN.format(instant.atZone(zone));
    }
}
