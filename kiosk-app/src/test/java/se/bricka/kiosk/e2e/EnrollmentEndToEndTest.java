package se.bricka.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.core.demo.DemoCaretakers;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.kiosk.backend.BackendRefusedException;
import se.bricka.kiosk.backend.ChangeSubscription;
import se.bricka.kiosk.backend.HttpBoardBackend;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.maintenance.BoardInstallation;
import se.bricka.kiosk.maintenance.CaretakerStateStore;
import se.bricka.kiosk.maintenance.DeviceTokenFile;
import se.bricka.kiosk.maintenance.HttpMaintenanceBackend;
import se.bricka.kiosk.maintenance.MaintenanceModel;
import se.bricka.kiosk.maintenance.MaintenanceScreen;
import se.bricka.kiosk.maintenance.Restarter;

/**
 * A board and the real backend over HTTP: IT issues an enrollment code, the caretaker types it into
 * the board's device setup, the board speaks with its new token and the old one is refused; and a
 * caretaker's staff tag blocked by IT stops opening the board's PIN pad with the push.
 */
class EnrollmentEndToEndTest {

    private static final String BOARD_1 = DemoEstate.DEVICES.getFirst().deviceId();
    private static final String OLD_TOKEN = DemoEstate.DEVICES.getFirst().token();

    private final List<String> restarts = new CopyOnWriteArrayList<>();
    private Backend server;
    private HttpMaintenanceBackend maintenanceBackend;
    private HttpBoardBackend board;
    private ActionQueue queue;
    private MaintenanceModel model;
    private DeviceTokenFile tokens;

    @TempDir
    Path dataDir;

    @BeforeEach
    void start() {
        server = Backend.start(BackendConfig.forTests(Clock.systemUTC()));
        maintenanceBackend = new HttpMaintenanceBackend(server.baseUri(), OLD_TOKEN);
        board = new HttpBoardBackend(server.baseUri(), OLD_TOKEN);
        queue = new ActionQueue("enrollment-e2e");
        tokens = new DeviceTokenFile(dataDir.resolve("device-token"));
        model = new MaintenanceModel(
                maintenanceBackend,
                queue,
                FxThread.direct(),
                Clock.systemUTC(),
                new BoardInstallation(CaretakerStateStore.NONE, tokens, new Restarter() {
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
                }));
        model.start();
        settle();
    }

    @AfterEach
    void stop() {
        queue.close();
        maintenanceBackend.close();
        board.close();
        server.close();
    }

    @Test
    void a_code_from_it_enrolls_the_board_which_then_speaks_with_its_new_token_and_the_old_one_is_refused() {
        // given: IT issues a code; the caretaker signs in and opens the device setup
        String code = new ItAdminWeb(server.baseUri()).signIn().issueCode(BOARD_1);
        signIn();
        model.show(MaintenanceScreen.SETUP);
        settle();
        assertThat(model.setup().bindingProperty().get().deviceId()).isEqualTo(BOARD_1);

        // when: the code is typed and sent
        code.chars().forEach(c -> model.setup().digit(c - '0'));
        model.setup().enroll();
        settle();

        // then: the new token is kept, the board restarts, and only the new token is let in
        assertThat(model.setup().messageKeyProperty().get()).isEqualTo("maintenance.setup.enrolled");
        assertThat(restarts).containsExactly("restart");
        String newToken = tokens.load().orElseThrow();
        assertThat(newToken).isNotEqualTo(OLD_TOKEN);
        try (HttpMaintenanceBackend enrolled = new HttpMaintenanceBackend(server.baseUri(), newToken)) {
            assertThat(enrolled.binding().deviceId()).isEqualTo(BOARD_1);
        }
        assertThat(refusedStatus(maintenanceBackend)).isEqualTo(401);
    }

    @Test
    void a_staff_tag_blocked_by_it_stops_opening_the_pin_pad_with_the_push() {
        // given: the board has the PINs and hears its push stream
        await().atMost(Duration.ofSeconds(10)).until(() -> model.tagRead(DemoDoors.CARETAKER_TAG));
        ChangeSubscription changes = board.subscribe(model.changeListener());
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> model.sync().onlineProperty().get());
            model.leave();
            settle();

            // when
            ItAdminWeb it = new ItAdminWeb(server.baseUri()).signIn();
            assertThat(it.blockStaffTag(it.firstStaffTag())).isEqualTo(303);

            // then: within a second or two, without the board asking
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                settle();
                return !model.tagRead(DemoDoors.CARETAKER_TAG);
            });
            model.leave();
            assertThat(model.state().getScreen()).isEqualTo(MaintenanceScreen.HIDDEN);
        } finally {
            changes.close();
        }
    }

    private void signIn() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> model.state().caretakersWithPinProperty().get() == DemoCaretakers.ALL.size());
        model.tagRead(DemoDoors.CARETAKER_TAG);
        DemoCaretakers.ALL.getFirst().pin().chars().forEach(c -> model.digit(c - '0'));
        model.submit();
        settle();
        assertThat(model.state().getScreen()).isEqualTo(MaintenanceScreen.TOOLS);
    }

    private static int refusedStatus(HttpMaintenanceBackend backend) {
        try {
            backend.binding();
            return 200;
        } catch (BackendRefusedException e) {
            return e.status();
        }
    }

    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
}
