package se.bricka.kiosk.booking.view;

import javafx.scene.control.Labeled;
import se.bricka.kiosk.i18n.Texts;

/**
 * Lets a long text wrap onto several lines, except in right-to-left languages: JavaFX 25 throws
 * while soft-wrapping Arabic-script text ({@code PrismTextLayout.computeTrailingSpaceWidth}), so the
 * Arabic and Persian bundles break their long sentences with {@code \n} instead, and the language
 * screen test checks that every one of them fits.
 */
final class Wrapping {

    private Wrapping() {}

    /** Wraps {@code labeled}'s text where the language allows it. */
    static void wrap(Labeled labeled, Texts texts) {
        labeled.setWrapText(!texts.rightToLeft());
    }
}
