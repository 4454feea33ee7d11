package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;

/** What the maintenance mode keeps across a restart of the board, and the restart itself. */
class MaintenanceRestartTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T08:30:00Z"), ZoneId.of("Europe/Stockholm"));
    private final FakeMaintenanceBackend backend = new FakeMaintenanceBackend();
    private final List<ActionQueue> queues = new CopyOnWriteArrayList<>();
    private final RecordingRestarter restarter = new RecordingRestarter();

    @TempDir
    Path dataDir;

    @AfterEach
    void stop() {
        queues.forEach(ActionQueue::close);
    }

    @Test
    void the_pins_fetched_before_a_restart_open_the_tools_while_the_backend_is_down() {
        // given: a board that fetched the PINs, then restarted without a backend
        start().close();
        backend.offline = true;

        // when
        Board restarted = start();
        restarted.type(FakeMaintenanceBackend.KIM_PIN);

        // then
        assertThat(restarted.model.state().getScreen()).isEqualTo(MaintenanceScreen.TOOLS);
        assertThat(restarted.model.state().caretakersWithPinProperty().get()).isEqualTo(1);
    }

    @Test
    void a_lock_out_holds_across_a_restart_and_ends_on_time() {
        // given: five wrong PINs, then a restart 20 s later
        Board board = start();
        for (int i = 0; i < PinAttempts.TRIES_BEFORE_LOCK; i++) {
            board.type("999999");
        }
        board.close();
        clock.advance(Duration.ofSeconds(20));

        // when
        Board restarted = start();
        restarted.type(FakeMaintenanceBackend.KIM_PIN);

        // then
        assertThat(restarted.model.state().isLocked()).isTrue();
        assertThat(restarted.model.state().getLockSecondsLeft()).isEqualTo(40);
        assertThat(restarted.model.state().getScreen()).isEqualTo(MaintenanceScreen.PIN);
        clock.advance(Duration.ofSeconds(40));
        restarted.model.tick();
        restarted.type(FakeMaintenanceBackend.KIM_PIN);
        assertThat(restarted.model.state().getScreen()).isEqualTo(MaintenanceScreen.TOOLS);
    }

    @Test
    void wrong_pins_before_a_restart_still_count_toward_the_lock() {
        // given
        Board board = start();
        for (int i = 0; i < PinAttempts.TRIES_BEFORE_LOCK - 1; i++) {
            board.type("999999");
        }
        board.close();

        // when
        Board restarted = start();
        restarted.type("999999");

        // then
        assertThat(restarted.model.state().isLocked()).isTrue();
    }

    @Test
    void a_restart_is_recorded_under_the_caretaker_and_then_ends_the_program() {
        // given
        Board board = start();
        board.type(FakeMaintenanceBackend.KIM_PIN);

        // when
        board.model.restart();
        board.settle();

        // then
        assertThat(restarter.calls).containsExactly("restart");
        assertThat(backend.events).last().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(CaretakerEventReport.ACTION);
            assertThat(event.caretakerId()).isEqualTo(1L);
            assertThat(event.detail()).isEqualTo("restart");
        });
    }

    @Test
    void nobody_restarts_the_board_without_a_pin() {
        // given
        Board board = start();
        board.model.open();

        // when
        board.model.restart();
        board.model.exitToDesktop();
        board.settle();

        // then
        assertThat(restarter.calls).isEmpty();
        assertThat(backend.events).isEmpty();
    }

    @Test
    void exit_to_desktop_happens_only_where_the_installation_allows_it() {
        // given
        Board board = start();
        board.type(FakeMaintenanceBackend.KIM_PIN);

        // when
        restarter.desktopAllowed = false;
        board.model.exitToDesktop();
        board.settle();
        restarter.desktopAllowed = true;
        board.model.exitToDesktop();
        board.settle();

        // then
        assertThat(restarter.calls).containsExactly("exit to desktop");
    }

    private Board start() {
        ActionQueue queue = new ActionQueue("maintenance-restart-test");
        queues.add(queue);
        MaintenanceModel model = new MaintenanceModel(
                backend,
                queue,
                FxThread.direct(),
                clock,
                new BoardInstallation(
                        new CaretakerStateFile(dataDir.resolve("caretaker-state.json")),
                        DeviceTokenStore.NONE,
                        restarter));
        Board board = new Board(model, queue);
        model.start();
        board.settle();
        return board;
    }

    private record Board(MaintenanceModel model, ActionQueue queue) {

        void type(String pin) {
            model.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
            pin.chars().forEach(c -> model.digit(c - '0'));
            model.submit();
            settle();
        }

        void settle() {
            assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        }

        void close() {
            queue.close();
        }
    }

    private static final class RecordingRestarter implements Restarter {
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile boolean desktopAllowed = true;

        @Override
        public void restart() {
            calls.add("restart");
        }

        @Override
        public void exitToDesktop() {
            calls.add("exit to desktop");
        }

        @Override
        public boolean canExitToDesktop() {
            return desktopAllowed;
        }
    }
}
