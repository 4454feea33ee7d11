package se.bricka.core.caretaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.bricka.core.caretaker.PinHasher.PinHash;

class PinHasherTest {

    @Test
    void a_hashed_pin_matches_itself_and_no_other() {
        // given
        PinHash stored = PinHasher.hash("246810");

        // then
        assertThat(PinHasher.matches("246810", stored)).isTrue();
        assertThat(PinHasher.matches("246811", stored)).isFalse();
    }

    @Test
    void the_same_pin_hashes_differently_each_time_because_of_its_salt() {
        // when
        PinHash first = PinHasher.hash("246810");
        PinHash second = PinHasher.hash("246810");

        // then
        assertThat(first.salt()).isNotEqualTo(second.salt());
        assertThat(first.hash()).isNotEqualTo(second.hash()).doesNotContain("246810");
    }

    @Test
    void short_long_and_non_digit_pins_are_named_for_what_is_wrong() {
        assertThat(PinHasher.problemWith("12345")).contains("pin-too-short");
        assertThat(PinHasher.problemWith("1234567890123")).contains("pin-too-long");
        assertThat(PinHasher.problemWith("12a456")).contains("pin-not-digits");
        assertThat(PinHasher.problemWith(null)).contains("pin-not-digits");
        assertThat(PinHasher.problemWith("246810")).isEmpty();
    }
}
