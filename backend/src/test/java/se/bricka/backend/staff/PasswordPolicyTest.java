package se.bricka.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.bricka.backend.web.Text;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "short pass|password.tooShort",
                "elevenchars|password.tooShort",
                "password1234|password.common",
                "Sommar2026!!|password.common",
                "qwertyuiop123|password.common",
                "123456789012|password.common",
                "LÖSENORD12345|password.common",
                "kim-is-my-name-here|password.username",
            })
    void weak_passwords_are_refused_with_the_reason(String password, String reason) {
        // when
        Optional<Text> refusal = PasswordPolicy.refusal(password, "kim");

        // then
        assertThat(refusal).map(Text::key).contains(reason);
    }

    @Test
    void a_password_over_128_characters_is_refused() {
        assertThat(PasswordPolicy.refusal("a".repeat(60) + "b".repeat(69), "kim"))
                .map(Text::key)
                .contains("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tre blå tvättstugor i snön", "correct-kettle-harbour-7", "Ångström räknar fåglar"})
    void long_uncommon_passwords_pass_without_composition_rules(String password) {
        assertThat(PasswordPolicy.refusal(password, "kim")).isEmpty();
    }

    @Test
    void the_bundled_list_is_of_a_useful_size() {
        assertThat(PasswordPolicy.listSize()).isGreaterThan(500);
    }
}
