package se.bricka.backend.accesslog;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.bricka.backend.web.SimplePdf;

/**
 * CSV and PDF exports of an audited read, for a police request: only the window, every page and the
 * file head marked with purpose, case reference, who read and when.
 */
public final class LogExports {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    public LogExports(ZoneId zone) {
        this.zone = zone;
    }

    /** The export as CSV (UTF-8), its head lines starting with {@code #}. */
    public byte[] csv(LogResult result) {
        StringBuilder out = new StringBuilder();
        out.append("# Bricka access log export\n");
        out.append("# purpose: ").append(result.purpose().code()).append('\n');
        out.append("# case reference: ").append(oneLine(result.caseReference())).append('\n');
        out.append("# read by: ")
                .append(result.readBy())
                .append(" at ")
                .append(result.readAt())
                .append('\n');
        out.append("# window: ")
                .append(result.filter().from())
                .append(" to ")
                .append(result.filter().to())
                .append('\n');
        out.append("# rows: ").append(result.rows().size()).append('\n');
        out.append("occurred_at,door,apartment_id,decision,reason\n");
        for (AccessEventRow row : result.rows()) {
            out.append(row.occurredAt())
                    .append(',')
                    .append(row.doorId())
                    .append(',')
                    .append(row.apartmentId() == null ? "" : row.apartmentId())
                    .append(',')
                    .append(row.granted() ? "granted" : "refused")
                    .append(',')
                    .append(row.reason())
                    .append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The export as a PDF a person reads. */
    public byte[] pdf(LogResult result) {
        String mark = "Purpose: " + result.purpose().code() + " · Case: " + oneLine(result.caseReference());
        SimplePdf pdf = new SimplePdf("Access log export", mark)
                .text(mark)
                .text("Read by " + result.readBy() + " at "
                        + WHEN.format(result.readAt().atZone(zone)) + " (" + zone + ")")
                .text("Window: " + WHEN.format(result.filter().from().atZone(zone)) + " to "
                        + WHEN.format(result.filter().to().atZone(zone)))
                .text("Filter: apartment " + orAll(result.apartmentLabel()) + ", door "
                        + orAll(result.filter().doorId()))
                .text("Events older than 14 days do not exist and are never exported. This export is recorded in"
                        + " the audit trail.")
                .heading(result.rows().size() + " events");
        for (AccessEventRow row : result.rows()) {
            pdf.text(WHEN.format(row.occurredAt().atZone(zone)) + "   door " + row.doorId() + "   apartment "
                    + (row.apartmentId() == null ? "–" : row.apartmentId()) + "   "
                    + (row.granted() ? "granted" : "refused") + " (" + row.reason() + ")");
        }
        return pdf.toBytes();
    }

    private static String orAll(String value) {
        return value == null ? "all" : value;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
