package se.bricka.backend.accesslog;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.SimplePdf;
import se.bricka.backend.web.Text;

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

    /**
     * The export as CSV (UTF-8, RFC 4180), its head lines starting with {@code #}. Every cell is quoted
     * when it must be, and one that a spreadsheet would run as a formula is disarmed.
     */
    public byte[] csv(LogResult result, Messages messages) {
        StringBuilder out = new StringBuilder();
        line(out, "# Bricka access log export");
        line(out, "# purpose: " + result.purpose().code());
        line(out, "# case reference: " + oneLine(result.caseReference()));
        line(out, "# read by: " + result.readBy() + " at " + result.readAt());
        line(
                out,
                "# window: " + result.filter().from() + " to " + result.filter().to());
        line(out, "# rows: " + result.rows().size());
        line(out, "occurred_at", "door", "apartment", "decision", "reason");
        for (AccessEventRow row : result.rows()) {
            line(
                    out,
                    row.occurredAt().toString(),
                    row.doorId(),
                    result.apartmentOf(row, messages),
                    row.granted() ? "granted" : "refused",
                    row.reason());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    /**
     * One CSV cell: a value starting with {@code = + - @}, tab or CR gets a leading apostrophe, so no
     * spreadsheet runs it; a value with a comma, quote or line break is quoted, its quotes doubled.
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** The export as a PDF a person reads, in the language of {@code messages}. */
    public byte[] pdf(LogResult result, Messages messages) {
        String mark = messages.get(
                "logPdf.mark", Text.of("purpose." + result.purpose().code()), oneLine(result.caseReference()));
        SimplePdf pdf = new SimplePdf(messages, messages.get("logPdf.title"), mark)
                .text(mark)
                .text(messages.get(
                        "logPdf.readBy",
                        result.readBy(),
                        WHEN.format(result.readAt().atZone(zone)),
                        zone))
                .text(messages.get(
                        "logPdf.window",
                        WHEN.format(result.filter().from().atZone(zone)),
                        WHEN.format(result.filter().to().atZone(zone))))
                .text(messages.get(
                        "logPdf.filter",
                        orAll(result.apartmentLabel(), messages),
                        orAll(result.filter().doorId(), messages)))
                .text(messages.get("logPdf.limit"))
                .heading(messages.get("logPdf.events", result.rows().size()));
        for (AccessEventRow row : result.rows()) {
            pdf.text(messages.get(
                    "logPdf.event",
                    WHEN.format(row.occurredAt().atZone(zone)),
                    row.doorId(),
                    result.apartmentOf(row, messages),
                    Text.of(row.granted() ? "log.granted" : "log.refused"),
                    messages.labelWithCode("access.reason", row.reason())));
        }
        return pdf.toBytes();
    }

    private static String orAll(String value, Messages messages) {
        return value == null ? messages.get("logPdf.all") : value;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
