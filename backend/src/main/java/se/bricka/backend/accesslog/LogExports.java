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
        out.append("occurred_at,door,apartment,decision,reason\n");
        for (AccessEventRow row : result.rows()) {
            out.append(row.occurredAt())
                    .append(',')
                    .append(row.doorId())
                    .append(',')
                    .append(result.apartmentOf(row))
                    .append(',')
                    .append(row.granted() ? "granted" : "refused")
                    .append(',')
                    .append(row.reason())
                    .append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
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
                    result.apartmentOf(row),
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
