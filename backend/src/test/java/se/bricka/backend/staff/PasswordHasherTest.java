package se.bricka.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void a_hash_matches_its_password_and_no_other() {
        // given
        String hash = hasher.hash("correct horse");

        // then
        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("correct horsf", hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        // then
        assertThat(hasher.hash("same")).isNotEqualTo(hasher.hash("same"));
    }

    @Test
    void a_malformed_stored_hash_never_matches() {
        // then
        assertThat(hasher.matches("x", "$argon2id$v=19$m=oops$abc$def")).isFalse();
        assertThat(hasher.matches("x", "plain-text")).isFalse();
        assertThat(hasher.matches("x", null)).isFalse();
    }
}
