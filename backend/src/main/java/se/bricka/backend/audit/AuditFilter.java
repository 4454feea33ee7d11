package se.bricka.backend.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.web.Text;

/**
 * What the audit page shows: the days {@code from} to {@code to} (inclusive, the property's zone), one
 * actor or everyone, and which page of {@link #PAGE_SIZE} lines.
 *
 * @param actor a user name (or a caretaker's name), or {@code null} for everyone
 * @param page the page, from 1
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, int page) {

    /** Lines per page. */
    public static final int PAGE_SIZE = 50;

    /** The period shown when none is asked for: the last 30 days. */
    public static final int DEFAULT_DAYS = 30;

    private static final int MAX_PAGE = 100_000;
    private static final Pattern ACTOR = Pattern.compile("[\\p{L}\\p{N} ._@'-]{1,64}");

    /**
     * The filter from the query parameters as typed, each possibly missing or malformed.
     *
     * @throws ApiException 400 naming the bad value
     */
    public static AuditFilter parse(String from, String to, String actor, String page, LocalDate today) {
        LocalDate last = date("to", to, today);
        LocalDate first = date("from", from, last.minusDays(DEFAULT_DAYS - 1));
        if (first.isAfter(last)) {
            throw ApiException.badRequest(Text.of("problem.auditBadRange", first, last));
        }
        return new AuditFilter(first, last, actor(actor), page(page));
    }

    /** The same filter on another page. */
    public AuditFilter onPage(int other) {
        return new AuditFilter(from, to, actor, other);
    }

    private static LocalDate date(String name, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2999) {
                throw ApiException.badRequest(Text.of("problem.dateNotRecent", name, text));
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(Text.of("problem.badDate", name, text));
        }
    }

    private static String actor(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip();
        if (!ACTOR.matcher(cleaned).matches()) {
            throw ApiException.badRequest(Text.of("problem.auditBadActor", text));
        }
        return cleaned;
    }

    private static int page(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(text.strip());
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.badRequest(Text.of("problem.auditBadPage", MAX_PAGE, text));
    }
}
