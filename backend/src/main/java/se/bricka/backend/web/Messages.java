package se.bricka.backend.web;

import io.javalin.http.Context;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts of the staff pages, refusals and PDFs in one language, from the bundle
 * {@code staff/messages_<code>.properties} (UTF-8, {@link MessageFormat} patterns: write {@code ''} for
 * an apostrophe). Both bundles hold the same keys ({@code MessagesTest}); a missing key throws rather
 * than showing a raw key to a person.
 */
public final class Messages {

    private static final String BUNDLE = "staff.messages";

    private static final Map<Language, Messages> ALL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ALL.put(language, new Messages(language));
        }
    }

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts of {@code language}. */
    public static Messages of(Language language) {
        return ALL.get(language);
    }

    /** The texts in the language the person chose (see {@link Language#of}). */
    public static Messages of(Context ctx) {
        return of(Language.of(ctx));
    }

    /** English, which the JSON problem documents of the API speak. */
    public static Messages english() {
        return of(Language.EN);
    }

    public Language language() {
        return language;
    }

    /** The text {@code key} with {@code args} filled in; a {@link Text} argument is translated first. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return new MessageFormat(pattern, language.locale()).format(new Object[0]);
        }
        Object[] filled = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            filled[i] = switch (args[i]) {
                case Text text -> get(text);
                // Ids and counts are shown as they are written, never as "12 345".
                case Number number -> number.toString();
                case null -> "";
                default -> args[i];
            };
        }
        return new MessageFormat(pattern, language.locale()).format(filled);
    }

    /** {@code text} in this language. */
    public String get(Text text) {
        return get(text.key(), text.args().toArray());
    }

    /**
     * The label of a stored code, such as {@code label("tag.reason", "LOST")}; a code the bundle does not
     * know (a purpose someone typed into a refused read) is shown as it was stored.
     */
    public String label(String family, String code) {
        String key = family + "." + code;
        return code != null && has(key) ? get(key) : code == null ? "" : code;
    }

    /** As {@link #label}, with the stored code after it when the bundle knows it: "ingen bokning nu (no-booking-now)". */
    public String labelWithCode(String family, String code) {
        String label = label(family, code);
        return label.equals(code) || code == null ? label : label + " (" + code + ")";
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key of the bundle. */
    public Set<String> keys() {
        return bundle.keySet();
    }
}
