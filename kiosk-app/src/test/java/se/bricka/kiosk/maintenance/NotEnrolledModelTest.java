package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;

/** A board without a token shows that it is not enrolled and takes the enrollment code, without a caretaker. */
class NotEnrolledModelTest {

    private final FakeMaintenanceBackend backend = new FakeMaintenanceBackend();
    private final ActionQueue queue = new ActionQueue("not-enrolled-test");
    private final List<String> restarts = new CopyOnWriteArrayList<>();

    @TempDir
    Path dataDir;

    private DeviceTokenFile tokens;
    private NotEnrolledModel model;

    @BeforeEach
    void start() {
        tokens = new DeviceTokenFile(dataDir.resolve("device-token"));
        Restarter restarter = new Restarter() {
            @Override
            public void restart() {
                restarts.add("restart");
            }

            @Override
            public void exitToDesktop() {}

            @Override
            public boolean canExitToDesktop() {
                return false;
            }
        };
        model = new NotEnrolledModel(backend, tokens, restarter, queue, FxThread.direct());
    }

    @AfterEach
    void stop() {
        queue.close();
    }

    @Test
    void a_board_without_a_token_says_it_is_not_enrolled() {
        // then, before anything is typed
        assertThat(model.messageKeyProperty().get()).isEqualTo(NotEnrolledModel.NOT_ENROLLED);
        assertThat(model.codeProperty().get()).isEmpty();
        assertThat(backend.enrollmentCodes).isEmpty();
    }

    @Test
    void the_issued_code_enrolls_the_board_keeps_its_token_and_restarts() {
        // when the code is typed and confirmed
        type(FakeMaintenanceBackend.ENROLLMENT_CODE);
        model.enroll();
        settle();

        // then the token is kept and the board restarts as the enrolled device
        assertThat(tokens.load()).contains(FakeMaintenanceBackend.NEW_TOKEN);
        assertThat(restarts).containsExactly("restart");
        assertThat(model.messageKeyProperty().get()).isEqualTo("maintenance.setup.enrolled");
    }

    @Test
    void a_refused_or_incomplete_code_changes_nothing() {
        // when an incomplete code and then a wrong one are confirmed
        type("1234");
        model.enroll();
        String incomplete = model.messageKeyProperty().get();
        "1234".chars().forEach(digit -> model.erase());
        type("999999999999");
        model.enroll();
        settle();

        // then nothing is kept, the board does not restart, and it says why
        assertThat(incomplete).isEqualTo("maintenance.setup.code-incomplete");
        assertThat(model.messageKeyProperty().get()).isEqualTo("maintenance.setup.code-refused");
        assertThat(tokens.load()).isEmpty();
        assertThat(restarts).isEmpty();
        assertThat(model.codeProperty().get()).isEmpty();
    }

    private void type(String digits) {
        digits.chars().forEach(c -> model.digit(c - '0'));
    }

    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
}
