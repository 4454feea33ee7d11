package se.bricka.kiosk.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.wire.DeviceBinding;
import se.bricka.core.wire.Enrollment;
import se.bricka.kiosk.maintenance.DeviceTokenFile;

/** A door controller has no default token: it is enrolled with a code, or given a token, or it is not enrolled. */
class DoorEnrollmentTest {

    @TempDir
    Path dataDir;

    private final List<String> codes = new ArrayList<>();
    private final Function<String, Enrollment> backend = code -> {
        codes.add(code);
        return new Enrollment("enrolled-token", new DeviceBinding("door-1", "Entré", "Lärkan", List.of(), List.of()));
    };

    private DoorOptions options(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir=" + dataDir);
        all.add("--door=entrance");
        return DoorOptions.parse(all, Map.of());
    }

    @Test
    void without_a_token_or_a_code_it_is_not_enrolled() {
        assertThat(DoorEnrollment.token(options(), backend)).isEmpty();
        assertThat(codes).isEmpty();
    }

    @Test
    void an_enrollment_code_is_exchanged_once_and_the_token_kept_for_later_starts() {
        // when it starts with a code, then again without
        var first = DoorEnrollment.token(options("--enrollment-code=1234 5678 9012"), backend);
        var later = DoorEnrollment.token(options(), backend);

        // then the code was exchanged once and both starts use the enrolled token
        assertThat(first).contains("enrolled-token");
        assertThat(later).contains("enrolled-token");
        assertThat(codes).containsExactly("123456789012");
        assertThat(new DeviceTokenFile(dataDir.resolve(DoorEnrollment.TOKEN_FILE)).load())
                .contains("enrolled-token");
    }

    @Test
    void a_given_token_is_used_when_it_is_not_enrolled() {
        assertThat(DoorEnrollment.token(options("--device-token=given"), backend))
                .contains("given");
    }

    @Test
    void a_malformed_code_is_refused_before_anything_starts() {
        assertThatThrownBy(() -> options("--enrollment-code=12ab"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'12ab'");
    }
}
