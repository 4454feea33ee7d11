package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;

class DeviceSetupModelTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T08:30:00Z"), ZoneId.of("Europe/Stockholm"));
    private final FakeMaintenanceBackend backend = new FakeMaintenanceBackend();
    private final ActionQueue queue = new ActionQueue("setup-test");
    private final List<String> restarts = new CopyOnWriteArrayList<>();

    @TempDir
    Path dataDir;

    private DeviceTokenFile tokens;
    private MaintenanceModel maintenance;
    private DeviceSetupModel setup;

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
        maintenance = new MaintenanceModel(
                backend,
                queue,
                FxThread.direct(),
                clock,
                new BoardInstallation(CaretakerStateStore.NONE, tokens, restarter));
        setup = maintenance.setup();
        maintenance.start();
        settle();
        maintenance.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
        FakeMaintenanceBackend.KIM_PIN.chars().forEach(c -> maintenance.digit(c - '0'));
        maintenance.submit();
        settle();
    }

    @AfterEach
    void stop() {
        queue.close();
    }

    @Test
    void the_tool_shows_the_device_its_doors_and_its_rooms() {
        // when
        maintenance.show(MaintenanceScreen.SETUP);
        settle();

        // then
        assertThat(setup.bindingProperty().get()).isEqualTo(FakeMaintenanceBackend.BOUND);
    }

    @Test
    void a_valid_code_saves_the_new_token_and_restarts_the_board_as_the_enrolled_device() {
        // given
        maintenance.show(MaintenanceScreen.SETUP);
        settle();

        // when
        type(FakeMaintenanceBackend.ENROLLMENT_CODE);
        setup.enroll();
        settle();

        // then
        assertThat(tokens.load()).hasValue(FakeMaintenanceBackend.NEW_TOKEN);
        assertThat(setup.bindingProperty().get()).isEqualTo(FakeMaintenanceBackend.ENROLLED);
        assertThat(setup.messageKeyProperty().get()).isEqualTo("maintenance.setup.enrolled");
        assertThat(restarts).containsExactly("restart");
        assertThat(backend.events).last().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(CaretakerEventReport.ACTION);
            assertThat(event.caretakerId()).isEqualTo(1L);
            assertThat(event.detail()).isEqualTo("enroll, was board-1");
        });
    }

    @Test
    void a_refused_code_says_so_and_changes_nothing() {
        // when
        type("999999999999");
        setup.enroll();
        settle();

        // then
        assertThat(setup.messageKeyProperty().get()).isEqualTo("maintenance.setup.code-refused");
        assertThat(tokens.load()).isEmpty();
        assertThat(restarts).isEmpty();
        assertThat(setup.codeProperty().get()).isEmpty();
    }

    @Test
    void an_incomplete_code_is_a_sentence_and_never_reaches_the_backend() {
        // when
        type("12345");
        setup.enroll();
        settle();

        // then
        assertThat(setup.messageKeyProperty().get()).isEqualTo("maintenance.setup.code-incomplete");
        assertThat(backend.enrollmentCodes).isEmpty();
    }

    @Test
    void the_code_takes_digits_only_and_at_most_twelve() {
        // when
        type("1234567890123");
        setup.digit(-1);
        setup.digit(10);
        setup.erase();

        // then
        assertThat(setup.codeProperty().get()).isEqualTo("12345678901");
    }

    @Test
    void offline_nothing_is_enrolled_and_the_board_says_why() {
        // given
        backend.offline = true;

        // when
        type(FakeMaintenanceBackend.ENROLLMENT_CODE);
        setup.enroll();
        settle();

        // then
        assertThat(setup.messageKeyProperty().get()).isEqualTo("maintenance.offline");
        assertThat(tokens.load()).isEmpty();
        assertThat(restarts).isEmpty();
    }

    @Test
    void without_a_caretaker_signed_in_nothing_is_enrolled() {
        // given
        maintenance.leave();
        settle();

        // when
        type(FakeMaintenanceBackend.ENROLLMENT_CODE);
        setup.enroll();
        settle();

        // then
        assertThat(backend.enrollmentCodes).isEmpty();
        assertThat(tokens.load()).isEmpty();
    }

    private void type(String digits) {
        digits.chars().forEach(c -> setup.digit(c - '0'));
    }

    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
}
