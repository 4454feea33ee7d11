package se.bricka.backend.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the staff pages, their PDFs and the register extract. Staff of a Swedish housing
 * company work in Swedish, so that is the default; the header's switch sets {@link #COOKIE}.
 */
public enum Language {
    SV(Locale.of("sv", "SE")),
    EN(Locale.ENGLISH);

    /** The language a page is shown in when nobody chose one. */
    public static final Language DEFAULT = SV;

    /** The cookie the language switch sets, kept across every staff page. */
    public static final String COOKIE = "bricka_lang";

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The code in URLs, cookies and the page's {@code lang} attribute: {@code sv}, {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language with {@code code}, if there is one. */
    public static Optional<Language> parse(String code) {
        for (Language language : values()) {
            if (language.code().equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language the person chose with the switch, or the default. */
    public static Language of(Context ctx) {
        return parse(ctx.cookie(COOKIE)).orElse(DEFAULT);
    }

    /** This language's texts. */
    public Messages messages() {
        return Messages.of(this);
    }
}
