package se.bricka.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.bricka.kiosk.booking.MessageKeys;

class TextsTest {

    private static final List<String> LANGUAGES = Languages.CODES;

    /** A string literal in the code that has the shape of a text key, such as "week.logout". */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:app|layout|language|large-text|idle|status|week|slot|confirm|message|refusal|busy|reader|maintenance)(?:\\.[a-z-]+)+|large-text)\"");

    @Test
    void every_bundle_has_the_same_keys() {
        // given
        Set<String> swedish = keys("sv");

        // then
        for (String language : LANGUAGES) {
            assertThat(keys(language)).as("keys of %s", language).containsExactlyInAnyOrderElementsOf(swedish);
        }
    }

    @Test
    void arabic_and_persian_read_right_to_left_and_the_rest_left_to_right() {
        for (String language : LANGUAGES) {
            boolean rtl = language.equals("ar") || language.equals("fa");
            assertThat(Texts.forLanguage(language).rightToLeft()).as(language).isEqualTo(rtl);
        }
    }

    @Test
    void every_language_names_itself_in_its_own_script() {
        // when
        List<String> names = LANGUAGES.stream()
                .map(code -> Texts.forLanguage(code).get("language.name"))
                .toList();

        // then
        assertThat(names).containsExactly("Svenska", "English", "العربية", "Suomi", "Soomaali", "فارسی");
    }

    @Test
    void a_quota_refusal_says_how_many_and_until_when_in_the_tenants_language() {
        // given
        var details = new se.bricka.kiosk.backend.RefusalDetails(
                new se.bricka.core.wire.QuotaView(2, 2, 0, java.time.LocalDateTime.of(2026, 12, 1, 13, 0)), null, null);

        // when
        String swedish = Texts.forLanguage("sv")
                .aboutMessage("refusal.quota-future-bookings.until", null, "Tvättstuga A", details);
        String english = Texts.forLanguage("en")
                .aboutMessage("refusal.quota-future-bookings.until", null, "Tvättstuga A", details);

        // then
        assertThat(swedish)
                .isEqualTo("Du har redan 2 av 2 tider bokade, så många du får ha. Avboka en tid, eller boka igen"
                        + " efter tisdag 1 december 13:00.");
        assertThat(english).contains("2 of 2").contains("Tuesday 1 December 13:00");
    }

    @Test
    void arabic_dates_are_written_with_arabic_month_names() {
        // when
        String day = Texts.forLanguage("ar").date("slot.date.pattern", java.time.LocalDate.of(2026, 11, 26));

        // then
        assertThat(day).isEqualTo("26 نوفمبر");
    }

    @Test
    void every_key_the_code_uses_has_a_text_in_every_bundle() throws IOException {
        // given
        Set<String> used = keysUsedInCode();
        used.addAll(MessageKeys.all());
        for (se.bricka.core.booking.SlotState slotState : se.bricka.core.booking.SlotState.values()) {
            used.add("slot.state." + slotState.name().toLowerCase(java.util.Locale.ROOT));
        }

        // then
        assertThat(used).hasSizeGreaterThan(40);
        for (String language : LANGUAGES) {
            assertThat(keys(language)).as("keys of %s", language).containsAll(used);
        }
    }

    @Test
    void no_text_is_blank() {
        for (String language : LANGUAGES) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key)).as("%s in %s", key, language).isNotBlank();
            }
        }
    }

    @Test
    void no_text_has_a_lone_apostrophe_that_message_format_would_swallow() {
        for (String language : LANGUAGES) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key).replace("''", ""))
                        .as("%s in %s (write '' for an apostrophe)", key, language)
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void a_slot_sentence_names_the_day_date_time_and_room() {
        // given
        Texts texts = Texts.forLanguage("sv");
        var slot = new se.bricka.core.wire.SlotView(
                java.time.LocalDate.of(2026, 11, 26),
                java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(13, 0),
                se.bricka.core.booking.SlotState.YOURS,
                7L);

        // when
        String sentence = texts.aboutSlot(MessageKeys.BOOKED, slot, "Tvättstuga A");

        // then
        assertThat(sentence).isEqualTo("Klart! Du har bokat Tvättstuga A torsdag 26 november kl. 10:00–13:00.");
    }

    @Test
    void an_unknown_language_falls_back_to_swedish() {
        // when
        Texts texts = Texts.of(java.util.Locale.GERMAN);

        // then
        assertThat(texts.get("week.logout")).isEqualTo("Logga ut");
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        return used;
    }

    private static Set<String> keys(String language) {
        return new HashSet<>(load(language).stringPropertyNames());
    }

    private static Properties load(String language) {
        String resource = "/se/bricka/kiosk/i18n/messages_" + language + ".properties";
        try (InputStream in = TextsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
