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

    private static final List<String> LANGUAGES = List.of("sv", "en");

    /** A string literal in the code that has the shape of a text key, such as "week.logout". */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:app|layout|idle|status|week|slot|confirm|message|refusal|busy|reader)(?:\\.[a-z-]+)+)\"");

    @Test
    void every_bundle_has_the_same_keys() {
        // given
        Set<String> swedish = keys("sv");

        // when
        Set<String> english = keys("en");

        // then
        assertThat(english).containsExactlyInAnyOrderElementsOf(swedish);
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
