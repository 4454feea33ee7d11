package se.bricka.core.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TagHasherTest {

    private static final byte[] KEY = "a-sixteen-byte-key-or-longer".getBytes(StandardCharsets.UTF_8);
    private static final TagUid UID = new TagUid("04A1B2C3");

    @Test
    void the_same_uid_and_key_always_give_the_same_hash() {
        assertThat(new TagHasher(KEY).hash(UID)).isEqualTo(new TagHasher(KEY.clone()).hash(new TagUid("04:a1:b2:c3")));
    }

    @Test
    void the_hash_is_64_hex_characters_and_does_not_contain_the_uid() {
        String hash = new TagHasher(KEY).hash(UID);

        assertThat(TagHasher.isHash(hash)).isTrue();
        assertThat(hash).doesNotContainIgnoringCase(UID.hex());
    }

    @Test
    void another_key_gives_another_hash() {
        byte[] otherKey = "another-sixteen-byte-key".getBytes(StandardCharsets.UTF_8);

        assertThat(new TagHasher(KEY).hash(UID)).isNotEqualTo(new TagHasher(otherKey).hash(UID));
    }

    @Test
    void another_uid_gives_another_hash() {
        TagHasher hasher = new TagHasher(KEY);

        assertThat(hasher.hash(UID)).isNotEqualTo(hasher.hash(new TagUid("04A1B2C4")));
    }

    @Test
    void short_keys_are_refused_with_their_length() {
        assertThatThrownBy(() -> new TagHasher(new byte[8]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tag key must be at least 16 bytes, was 8 bytes");
    }

    @Test
    void the_hasher_does_not_share_the_callers_key_array() {
        byte[] key = KEY.clone();
        TagHasher hasher = new TagHasher(key);
        String before = hasher.hash(UID);

        key[0] ^= 0x7f;

        assertThat(hasher.hash(UID)).isEqualTo(before);
    }

    @Test
    void only_lowercase_64_hex_strings_look_like_hashes() {
        assertThat(TagHasher.isHash(null)).isFalse();
        assertThat(TagHasher.isHash("abc")).isFalse();
        assertThat(TagHasher.isHash("A".repeat(64))).isFalse();
        assertThat(TagHasher.isHash("a".repeat(64))).isTrue();
    }
}
