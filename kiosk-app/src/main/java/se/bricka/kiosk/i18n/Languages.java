package se.bricka.kiosk.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages the board speaks, in the order the idle screen offers them. Swedish is the board's
 * own; Arabic and Persian read from right to left and mirror the layout.
 */
public final class Languages {

    /** The language codes, Swedish first. */
    public static final List<String> CODES = List.of("sv", "en", "ar", "fi", "so", "fa");

    private static final Map<String, Locale> LOCALES = Map.of(
            "sv", Locale.of("sv", "SE"),
            "en", Locale.of("en", "GB"),
            "ar", Locale.of("ar"),
            "fi", Locale.of("fi", "FI"),
            "so", Locale.of("so"),
            "fa", Locale.of("fa", "IR"));

    private Languages() {}

    /** Whether the board has texts in {@code code}. */
    public static boolean supported(String code) {
        return code != null && LOCALES.containsKey(code);
    }

    /** The locale of a language code; Swedish for an unknown one. */
    public static Locale locale(String code) {
        return LOCALES.getOrDefault(code, Texts.DEFAULT_LOCALE);
    }
}
