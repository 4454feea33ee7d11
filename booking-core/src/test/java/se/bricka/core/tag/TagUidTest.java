package se.bricka.core.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagUidTest {

    @Test
    void separators_and_case_do_not_matter() {
        assertThat(new TagUid("04:a1:b2:c3")).isEqualTo(new TagUid("04A1B2C3"));
    }

    @Test
    void bytes_round_trip() {
        byte[] bytes = {0x04, (byte) 0xA1, (byte) 0xB2, (byte) 0xC3, 0x11, 0x22, 0x33};

        assertThat(TagUid.of(bytes).bytes()).containsExactly(bytes);
        assertThat(TagUid.of(bytes).hex()).isEqualTo("04A1B2C3112233");
    }

    @Test
    void masked_form_and_string_show_only_the_last_two_bytes() {
        TagUid uid = new TagUid("04A1B2C3");

        assertThat(uid.masked()).isEqualTo("••••B2C3");
        assertThat(uid.toString()).doesNotContain("04A1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "04A1B2",
                "04A1B2C3D",
                "04A1B2C3D4E5",
                "XYZ12345",
                "04A1B2C3;DROP",
                "04A1B2C\u0663",
                "04A1B2CG"
            })
    void malformed_uids_are_refused_naming_the_value(String text) {
        assertThatThrownBy(() -> new TagUid(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }
}
