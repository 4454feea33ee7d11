package se.bricka.backend.statistics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

/**
 * The statistics as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled). A suppressed cell keeps its row so the week stays whole, with its numbers blank.
 */
final class StatisticsCsv {

    private static final String CRLF = "\r\n";
    private static final List<String> HEADER = List.of(
            "object_id",
            "object",
            "weekday",
            "slot_start",
            "slot_end",
            "booked",
            "used",
            "released",
            "cancelled",
            "no_show_percent",
            "suppressed");

    private StatisticsCsv() {}

    static byte[] of(List<ObjectStatistics> objects) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (ObjectStatistics object : objects) {
            for (SlotCell cell : object.cells()) {
                boolean hidden = cell.suppressed();
                OptionalInt noShow = cell.noShowPercent();
                line(
                        out,
                        List.of(
                                Long.toString(object.resource().id()),
                                object.resource().name(),
                                cell.day().name(),
                                cell.time().start().toString(),
                                cell.time().end().toString(),
                                hidden ? "" : Integer.toString(cell.booked()),
                                hidden ? "" : Integer.toString(cell.used()),
                                hidden ? "" : Integer.toString(cell.released()),
                                hidden ? "" : Integer.toString(cell.cancelled()),
                                hidden || noShow.isEmpty() ? "" : Integer.toString(noShow.getAsInt()),
                                hidden ? "yes" : "no"));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append(CRLF);
    }

    /** One field, quoted when it holds a comma, a quote or a line break. */
    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
