package se.bricka.core.demo;

import java.util.List;

/** The caretakers of the demo property and their PINs: for the demo and tests only. */
public final class DemoCaretakers {

    private DemoCaretakers() {}

    /**
     * A demo caretaker with the PIN they type on the board.
     *
     * @param staffRef their number in the staff register, which their staff tag carries; {@code null}
     *     for none
     */
    public record DemoCaretaker(String name, String pin, Long staffRef) {}

    public static final List<DemoCaretaker> ALL = List.of(
            new DemoCaretaker("Kim Lind", "246810", DemoDoors.CARETAKER_STAFF_REF),
            new DemoCaretaker("Sam Berg", "135790", null));
}
