package se.bricka.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackendConfigParserTest {

    private static final String KEY_BASE64 =
            Base64.getEncoder().encodeToString("a-real-secret-key-32-bytes-long!".getBytes(StandardCharsets.UTF_8));

    @Test
    void nothing_given_means_port_8080_on_loopback_an_h2_file_in_data_and_no_demo_data() {
        // when
        BackendConfig config = BackendConfigParser.parse(List.of(), Map.of());

        // then
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.jdbcUrl())
                .startsWith("jdbc:h2:file:")
                .endsWith(Path.of("data", "bricka").toString());
        assertThat(config.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.seedDemo()).isFalse();
        assertThat(config.tagKey()).isNull();
        assertThat(config.zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
    }

    @Test
    void environment_variables_are_read() {
        // given
        Map<String, String> env = Map.of(
                "BRICKA_PORT", "9090",
                "BRICKA_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test",
                "BRICKA_DB_USER", "postgres",
                "BRICKA_DB_PASSWORD", "pw",
                "BRICKA_TAG_KEY", KEY_BASE64,
                "BRICKA_DEMO", "false");

        // when
        BackendConfig config = BackendConfigParser.parse(List.of(), env);

        // then
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(config.databaseUser()).isEqualTo("postgres");
        assertThat(config.databasePassword()).isEqualTo("pw");
        assertThat(config.seedDemo()).isFalse();
        assertThat(config.tagKey()).isEqualTo(Base64.getDecoder().decode(KEY_BASE64));
    }

    @Test
    void demo_flag_or_variable_turns_demo_data_on() {
        assertThat(BackendConfigParser.parse(List.of("--demo"), Map.of()).seedDemo())
                .isTrue();
        assertThat(BackendConfigParser.parse(List.of(), Map.of("BRICKA_DEMO", "true"))
                        .seedDemo())
                .isTrue();
    }

    @Test
    void bind_flag_wins_over_its_variable() {
        // when
        BackendConfig config =
                BackendConfigParser.parse(List.of("--bind=0.0.0.0"), Map.of("BRICKA_BIND_ADDRESS", "10.0.0.5"));

        // then
        assertThat(config.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(BackendConfigParser.parse(List.of(), Map.of("BRICKA_BIND_ADDRESS", "10.0.0.5"))
                        .bindAddress())
                .isEqualTo("10.0.0.5");
    }

    @Test
    void flags_win_over_environment_variables() {
        // given
        Map<String, String> env = Map.of("BRICKA_PORT", "9090", "BRICKA_DATA_DIR", "/var/lib/elsewhere");

        // when
        BackendConfig config = BackendConfigParser.parse(List.of("--port=8081", "--data-dir=/tmp/bricka"), env);

        // then
        assertThat(config.port()).isEqualTo(8081);
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:h2:file:" + Path.of("/tmp/bricka", "bricka"));
    }

    @Test
    void no_demo_flag_wins_over_the_variable() {
        // when
        BackendConfig config = BackendConfigParser.parse(List.of("--no-demo"), Map.of("BRICKA_DEMO", "true"));

        // then
        assertThat(config.seedDemo()).isFalse();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "BRICKA_PORT|eighty",
                "BRICKA_PORT|70000",
                "BRICKA_PORT|-1",
                "BRICKA_DB_URL|mysql://localhost/db",
                "BRICKA_TAG_KEY|not base64!",
                "BRICKA_ZONE|Mars/Olympus",
                "BRICKA_DEMO|maybe",
                "BRICKA_BIND_ADDRESS|local host",
            })
    void bad_environment_value_is_refused_naming_key_and_value(String key, String value) {
        assertThatThrownBy(() -> BackendConfigParser.parse(List.of(), Map.of(key, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key)
                .hasMessageContaining("'" + value + "'");
    }

    @Test
    void bad_flag_value_is_refused_naming_the_flag_and_value() {
        assertThatThrownBy(() -> BackendConfigParser.parse(List.of("--port=8o8o"), Map.of("BRICKA_PORT", "8080")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--port must be a port number from 0 to 65535, was '8o8o'");
    }

    @Test
    void too_short_tag_key_is_refused_without_echoing_the_secret() {
        // given a base64 key of 5 bytes
        String shortKey = Base64.getEncoder().encodeToString("short".getBytes(StandardCharsets.UTF_8));

        // then
        assertThatThrownBy(() -> BackendConfigParser.parse(List.of("--tag-key=" + shortKey), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--tag-key must be at least 16 bytes, was 5 bytes");
    }

    @Test
    void unknown_option_is_refused() {
        assertThatThrownBy(() -> BackendConfigParser.parse(List.of("--prot=8081"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Unknown option: '--prot=8081'");
    }

    @Test
    void option_without_a_value_is_refused() {
        assertThatThrownBy(() -> BackendConfigParser.parse(List.of("--port"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Missing required parameter for option '--port'");
    }
}
