package se.bricka.backend.estate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an import adds, changes and retires: one line per change and the counts per kind of row. */
public final class EstatePlan {

    /** One change, e.g. {@code change object larkan/tvatt-a: name, slots}. */
    public record Line(String action, String kind, String what, String detail) {
        @Override
        public String toString() {
            return action + " " + kind + " " + what + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    /** How many rows of one kind were added, changed and retired. */
    public record Counts(int added, int changed, int retired) {}

    static final String ADD = "add";
    static final String CHANGE = "change";
    static final String RETIRE = "retire";

    private final List<Line> lines = new ArrayList<>();
    private final Map<String, int[]> counts = new TreeMap<>();

    void add(String kind, String what) {
        record(ADD, kind, what, "");
    }

    void change(String kind, String what, List<String> fields) {
        record(CHANGE, kind, what, String.join(", ", fields));
    }

    void retire(String kind, String what) {
        record(RETIRE, kind, what, "");
    }

    private void record(String action, String kind, String what, String detail) {
        lines.add(new Line(action, kind, what, detail));
        int[] count = counts.computeIfAbsent(kind, k -> new int[3]);
        count[action.equals(ADD) ? 0 : action.equals(CHANGE) ? 1 : 2]++;
    }

    /** Every change, in the order the import makes them. */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The counts per kind of row ({@code apartment}, {@code tag}, …), by kind. */
    public Map<String, Counts> counts() {
        Map<String, Counts> copy = new TreeMap<>();
        counts.forEach((kind, c) -> copy.put(kind, new Counts(c[0], c[1], c[2])));
        return copy;
    }

    public int added() {
        return total(0);
    }

    public int changed() {
        return total(1);
    }

    public int retired() {
        return total(2);
    }

    /** Whether the import changes nothing. */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    private int total(int index) {
        return counts.values().stream().mapToInt(c -> c[index]).sum();
    }
}
