package se.bricka.backend.statistics;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.core.booking.SlotTime;

/**
 * A week grid of one object as inline SVG, no script and no style attributes (presentation
 * attributes only): a row per weekday, a column per slot time, each cell shaded by how many bookings
 * it had and showing that number and the no-show rate. The table beside it carries every number.
 */
final class StatisticsChart {

    private static final int WIDTH = 720;
    private static final int LABEL = 110;
    private static final int HEAD = 40;
    private static final int ROW = 58;
    private static final String DASH = "\u2060–\u2060";
    private static final String EMPTY = "#eceef1";
    private static final String SUPPRESSED = "#ffffff";

    private StatisticsChart() {}

    static String svg(ObjectStatistics object, Messages messages) {
        List<SlotTime> times = new ArrayList<>();
        object.cells().stream().map(SlotCell::time).distinct().forEach(times::add);
        times.sort(Comparator.comparing(SlotTime::start).thenComparing(SlotTime::end));
        int max = object.cells().stream()
                .filter(c -> !c.suppressed())
                .mapToInt(SlotCell::booked)
                .max()
                .orElse(0);
        int columns = Math.max(1, times.size());
        double column = (WIDTH - LABEL) / (double) columns;
        int height = HEAD + ROW * DayOfWeek.values().length;
        String titleId = "chart-title-" + object.resource().id();
        StringBuilder svg = new StringBuilder("<svg id=\"chart-")
                .append(object.resource().id())
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(titleId)
                .append("\" width=\"100%\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" font-family=\"system-ui, sans-serif\"><title id=\"")
                .append(titleId)
                .append("\">")
                .append(Html.esc(
                        messages.get("statistics.chart.title", object.resource().name())))
                .append("</title>");
        for (int i = 0; i < times.size(); i++) {
            SlotTime time = times.get(i);
            text(svg, LABEL + column * i + column / 2, HEAD - 10, 20, "middle", "#1b1b1b", false, hours(time));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            int y = HEAD + ROW * (day.getValue() - 1);
            text(svg, 4, y + ROW / 2.0 + 7, 20, "start", "#1b1b1b", true, dayName(day, messages));
            for (int i = 0; i < times.size(); i++) {
                double x = LABEL + column * i;
                Optional<SlotCell> cell = cellOf(object, day, times.get(i));
                String fill = cell.map(c -> c.suppressed() ? SUPPRESSED : shade(c.booked(), max))
                        .orElse(EMPTY);
                svg.append("<rect x=\"")
                        .append(number(x + 2))
                        .append("\" y=\"")
                        .append(y + 2)
                        .append("\" width=\"")
                        .append(number(column - 4))
                        .append("\" height=\"")
                        .append(ROW - 4)
                        .append("\" rx=\"4\" fill=\"")
                        .append(fill)
                        .append("\" stroke=\"#c8ccd2\"/>");
                if (cell.isEmpty()) {
                    continue;
                }
                SlotCell c = cell.get();
                double middle = x + column / 2;
                if (c.suppressed()) {
                    text(svg, middle, y + ROW / 2.0 + 8, 24, "middle", "#5c6370", false, "–");
                    continue;
                }
                String ink = 2 * c.booked() > max ? "#ffffff" : "#1b1b1b";
                text(svg, middle, y + 27, 24, "middle", ink, true, Integer.toString(c.booked()));
                OptionalInt noShow = c.noShowPercent();
                if (noShow.isPresent()) {
                    text(
                            svg,
                            middle,
                            y + 42,
                            13,
                            "middle",
                            ink,
                            false,
                            messages.get("statistics.chart.noShow", noShow.getAsInt()));
                }
            }
        }
        return svg.append("</svg>").toString();
    }

    private static Optional<SlotCell> cellOf(ObjectStatistics object, DayOfWeek day, SlotTime time) {
        return object.cells().stream()
                .filter(c -> c.day() == day && c.time().equals(time))
                .findFirst();
    }

    /** From a pale blue (no bookings) to the header's dark blue (the most booked cell). */
    private static String shade(int booked, int max) {
        double share = max == 0 ? 0 : booked / (double) max;
        int r = (int) Math.round(0xe3 + (0x16 - 0xe3) * share);
        int g = (int) Math.round(0xee + (0x32 - 0xee) * share);
        int b = (int) Math.round(0xf8 + (0x4f - 0xf8) * share);
        return "#%02x%02x%02x".formatted(r, g, b);
    }

    private static void text(
            StringBuilder svg, double x, double y, int size, String anchor, String fill, boolean bold, String text) {
        svg.append("<text x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" font-size=\"")
                .append(size)
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" fill=\"")
                .append(fill)
                .append('"')
                .append(bold ? " font-weight=\"bold\"" : "")
                .append('>')
                .append(Html.esc(text))
                .append("</text>");
    }

    private static String number(double value) {
        return Long.toString(Math.round(value));
    }

    /**
     * "07–10" for whole hours, else "07:30–10:00"; word joiners keep a narrow table cell from breaking
     * the line at the dash.
     */
    static String hours(SlotTime time) {
        boolean whole = time.start().getMinute() == 0 && time.end().getMinute() == 0;
        return whole
                ? "%02d%s%02d"
                        .formatted(time.start().getHour(), DASH, time.end().getHour())
                : time.start() + DASH + time.end();
    }

    static String dayName(DayOfWeek day, Messages messages) {
        String name = day.getDisplayName(TextStyle.FULL, messages.language().locale());
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
