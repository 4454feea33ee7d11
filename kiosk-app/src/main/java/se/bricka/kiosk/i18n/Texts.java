package se.bricka.kiosk.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.QuotaView;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.backend.RefusalDetails;

/**
 * The words the board shows, from the resource bundle of one language. Sentences are looked up by
 * key and filled with {@link MessageFormat}; date patterns come from the bundle too, so a new
 * language is a new properties file, not new code.
 */
public final class Texts {

    /** The base name of the bundles: {@code messages_sv.properties}, {@code messages_en.properties}. */
    public static final String BUNDLE = "se.bricka.kiosk.i18n.messages";

    /** The language of the board when none is chosen. */
    public static final Locale DEFAULT_LOCALE = Locale.of("sv", "SE");

    private static final Logger LOG = LoggerFactory.getLogger(Texts.class);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts of {@code locale}'s language, Swedish when there is no bundle for it. */
    public static Texts of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        try {
            return new Texts(ResourceBundle.getBundle(BUNDLE, locale, NoFallback.CONTROL), locale);
        } catch (MissingResourceException e) {
            LOG.warn("no texts in {}; showing Swedish", locale);
            return new Texts(ResourceBundle.getBundle(BUNDLE, DEFAULT_LOCALE, NoFallback.CONTROL), DEFAULT_LOCALE);
        }
    }

    /** The texts of a language by its code (see {@link Languages#CODES}); Swedish for anything else. */
    public static Texts forLanguage(String language) {
        return of(Languages.locale(language == null ? "" : language.toLowerCase(Locale.ROOT)));
    }

    /** The language of these texts. */
    public Locale locale() {
        return locale;
    }

    /** Whether the language reads from right to left, so that the board mirrors its layout. */
    public boolean rightToLeft() {
        return "rtl".equals(get("layout.direction"));
    }

    /** The text of {@code key}; a missing key is logged and shown as nothing rather than as code. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.error("no text for key {} in {}", key, locale);
            return "";
        }
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}} … filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** A date or time written with the pattern stored under {@code patternKey}. */
    public String date(String patternKey, TemporalAccessor value) {
        return DateTimeFormatter.ofPattern(get(patternKey), locale)
                .withDecimalStyle(DecimalStyle.of(locale))
                .format(value);
    }

    /** The weekday and date a sentence starts with, such as "Torsdag 26 november". */
    public String day(LocalDate date) {
        return capitalized(date("idle.date.pattern", date));
    }

    /**
     * A sentence about a slot: {@code {0}} weekday, {@code {1}} date, {@code {2}} start, {@code {3}}
     * end, {@code {4}} the room.
     */
    public String aboutSlot(String key, SlotView slot, String room) {
        if (slot == null) {
            return get(key);
        }
        String weekday = date("week.day.pattern", slot.date());
        String date = date("slot.date.pattern", slot.date());
        String start = date("slot.time.pattern", slot.start());
        String end = date("slot.time.pattern", slot.end());
        return format(key, weekday, date, start, end, room);
    }

    /**
     * The sentence of a board message: the slot's {@code {0}}–{@code {4}} as in
     * {@link #aboutSlot}, then a refusal's details: {@code {5}} quota used, {@code {6}} quota max,
     * {@code {7}} until when (day and time), {@code {8}} the last bookable day.
     */
    public String aboutMessage(String key, SlotView slot, String room, RefusalDetails details) {
        String weekday = slot == null ? "" : date("week.day.pattern", slot.date());
        String date = slot == null ? "" : date("slot.date.pattern", slot.date());
        String start = slot == null ? "" : date("slot.time.pattern", slot.start());
        String end = slot == null ? "" : date("slot.time.pattern", slot.end());
        QuotaView quota = details.quota();
        String used = quota == null ? "" : number(quota.used());
        String max = quota == null ? "" : number(quota.max());
        String until = details.until() == null ? "" : date("refusal.until.pattern", details.until());
        String lastDay = details.lastBookableDay() == null ? "" : date("slot.date.pattern", details.lastBookableDay());
        return format(key, weekday, date, start, end, room, used, max, until, lastDay);
    }

    /** A whole number in the language's own digits and grouping. */
    public String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** {@code text} with its first letter in upper case, as a sentence or a heading starts. */
    public String capitalized(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** Loads only the named language, never the machine's default locale. */
    private static final class NoFallback {
        static final ResourceBundle.Control CONTROL =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }
}
