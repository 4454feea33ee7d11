package se.bricka.core.demo;

import java.util.List;

/** The caretakers of the demo property and their PINs: for the demo and tests only. */
public final class DemoCaretakers {

    private DemoCaretakers() {}

    /** A demo caretaker with the PIN they type on the board. */
    public record DemoCaretaker(String name, String pin) {}

    public static final List<DemoCaretaker> ALL =
            List.of(new DemoCaretaker("Kim Lind", "246810"), new DemoCaretaker("Sam Berg", "135790"));
}
