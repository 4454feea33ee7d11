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
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BackendOfflineException;
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
    void a_start_with_the_same_code_again_runs_on_the_saved_token_without_calling_the_backend() {
        // given a door controller enrolled once, its code left in its start options
        DoorEnrollment.token(options("--enrollment-code=123456789012"), backend);
        codes.clear();
        Function<String, Enrollment> unreachable = code -> {
            codes.add(code);
            throw new BackendOfflineException("backend unreachable", null);
        };

        // when it starts again with the same arguments while the backend is down
        var again = DoorEnrollment.token(options("--enrollment-code=123456789012"), unreachable);

        // then it uses the saved token and never asked the backend
        assertThat(again).contains("enrolled-token");
        assertThat(codes).isEmpty();
    }

    @Test
    void a_code_that_fails_with_no_saved_token_still_stops_the_start() {
        // given a backend that cannot be reached and no saved token
        Function<String, Enrollment> unreachable = code -> {
            throw new BackendOfflineException("backend unreachable", null);
        };

        // when it starts with a code, then the failure is reported and no token is saved
        assertThatThrownBy(() -> DoorEnrollment.token(options("--enrollment-code=123456789012"), unreachable))
                .isInstanceOf(BackendException.class);
        assertThat(new DeviceTokenFile(dataDir.resolve(DoorEnrollment.TOKEN_FILE)).load())
                .isEmpty();
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
