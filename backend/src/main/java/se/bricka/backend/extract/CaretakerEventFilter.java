package se.bricka.backend.extract;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bricka.backend.extract.ExtractRepository.StoredCaretakerEvent;
import se.bricka.backend.extract.RegisterExtract.CaretakerEventPart;

/**
 * Which caretaker events belong in an apartment's extract, and how they are shown there. A board
 * writes a short detail such as {@code close resource 3 closure 7 until …}: an event belongs when its
 * detail names the apartment's number or a closure that cancelled one of its bookings. Other
 * apartments' numbers in it are masked, so the extract holds nothing of another household.
 */
final class CaretakerEventFilter {

    private static final Pattern CLOSURE = Pattern.compile("\\bclosure (\\d{1,18})\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    static final String MASK = "…";

    private CaretakerEventFilter() {}

    static List<CaretakerEventPart> naming(
            Collection<StoredCaretakerEvent> events, String label, Set<Long> closures, Set<String> neighbours) {
        return events.stream()
                .filter(e -> e.detail() != null && (hasWord(e.detail(), label) || namesClosure(e.detail(), closures)))
                .map(e -> new CaretakerEventPart(e.at(), e.kind(), mask(e.detail(), label, neighbours)))
                .toList();
    }

    private static boolean hasWord(String detail, String word) {
        Matcher words = WORD.matcher(detail);
        while (words.find()) {
            if (words.group().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesClosure(String detail, Set<Long> closures) {
        Matcher closure = CLOSURE.matcher(detail);
        while (closure.find()) {
            if (closures.contains(Long.parseLong(closure.group(1)))) {
                return true;
            }
        }
        return false;
    }

    private static String mask(String detail, String label, Set<String> neighbours) {
        Matcher words = WORD.matcher(detail);
        StringBuilder masked = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            boolean neighbour = !word.equals(label) && neighbours.contains(word) && !isClosureId(detail, words.start());
            words.appendReplacement(masked, Matcher.quoteReplacement(neighbour ? MASK : word));
        }
        words.appendTail(masked);
        return masked.toString();
    }

    /** Whether the number at {@code start} is a closure's id ("closure 7"), not an apartment. */
    private static boolean isClosureId(String detail, int start) {
        return start >= 8 && detail.regionMatches(start - 8, "closure ", 0, 8);
    }
}
