package se.bricka.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The staff bundles: the same keys in every language, and every text fills its arguments. */
class MessagesTest {

    private static final Object[] ARGUMENTS = {"a0", "a1", "a2", "a3", "a4", "a5"};

    @Test
    void every_language_has_exactly_the_keys_of_swedish() {
        // given
        var swedish = Messages.of(Language.SV).keys();

        // then
        for (Language language : Language.values()) {
            assertThat(Messages.of(language).keys()).as(language.code()).containsExactlyInAnyOrderElementsOf(swedish);
        }
    }

    @Test
    void every_text_formats_and_leaves_no_placeholder() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (String key : messages.keys()) {
                // when
                String text = messages.get(key, ARGUMENTS);

                // then
                assertThat(text).as(language.code() + " " + key).isNotBlank().doesNotContain("{", "}");
            }
        }
    }

    @Test
    void texts_are_translated_not_copied() {
        // given
        Messages swedish = Messages.of(Language.SV);
        Messages english = Messages.of(Language.EN);

        // when
        long same = swedish.keys().stream()
                .filter(key -> swedish.get(key, ARGUMENTS).equals(english.get(key, ARGUMENTS)))
                .count();

        // then: only texts made of arguments and codes (such as a household's slot) may read the same
        assertThat(same).isLessThan(swedish.keys().size() / 20);
    }

    @Test
    void a_text_argument_is_translated_and_numbers_are_not_grouped() {
        // when
        String swedish = Messages.of(Language.SV)
                .get("problem.forbidden", Text.of("role.CARETAKER"), Text.of("action.READ_ACCESS_LOG"));
        String english = Messages.of(Language.EN).get("problem.noApartment", 123456L);

        // then
        assertThat(swedish).isEqualTo("Rollen fastighetsskötare får inte läsa passageloggen.");
        assertThat(english).isEqualTo("There is no apartment 123456.");
    }

    @Test
    void a_code_the_bundle_does_not_know_is_shown_as_stored() {
        // when
        String known = Messages.of(Language.SV).label("purpose", "technical-fault");
        String unknown = Messages.of(Language.SV).label("purpose", "(none)");

        // then
        assertThat(known).isEqualTo("Tekniskt fel i låssystemet");
        assertThat(unknown).isEqualTo("(none)");
    }

    @Test
    void languages_parse_from_their_codes_only() {
        // then
        assertThat(Language.parse("en")).contains(Language.EN);
        assertThat(Language.parse("sv")).contains(Language.SV);
        assertThat(Arrays.asList(Language.parse("EN"), Language.parse("de"), Language.parse(null)))
                .allMatch(java.util.Optional::isEmpty);
    }
}
