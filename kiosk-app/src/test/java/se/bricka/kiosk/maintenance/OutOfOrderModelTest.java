package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.ClosurePreview;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;

class OutOfOrderModelTest {

    /** Wednesday 2026-11-25 09:30 in Stockholm. */
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T08:30:00Z"), ZoneId.of("Europe/Stockholm"));

    private final FakeMaintenanceBackend backend = new FakeMaintenanceBackend();
    private final ActionQueue queue = new ActionQueue("out-of-order-test");
    private final MaintenanceModel maintenance = new MaintenanceModel(backend, queue, FxThread.direct(), clock);
    private final OutOfOrderModel model = maintenance.outOfOrder();

    @BeforeEach
    void signIn() {
        maintenance.start();
        settle();
        maintenance.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
        FakeMaintenanceBackend.KIM_PIN.chars().forEach(c -> maintenance.digit(c - '0'));
        maintenance.submit();
        settle();
        maintenance.show(MaintenanceScreen.OUT_OF_ORDER);
        settle();
        backend.events.clear();
    }

    @AfterEach
    void stop() {
        queue.close();
    }

    @Test
    void opening_the_tool_offers_the_boards_rooms_with_the_first_chosen() {
        assertThat(model.rooms()).containsExactly(FakeMaintenanceBackend.ROOM);
        assertThat(model.roomProperty().get()).isEqualTo(FakeMaintenanceBackend.ROOM);
    }

    @Test
    void closing_until_tomorrow_night_sends_now_to_the_midnight_after_tomorrow_with_the_reason() {
        // given
        model.choosePeriod(ClosurePeriod.UNTIL_TOMORROW_NIGHT);

        // when
        closeAndConfirm("Maskinen är trasig");

        // then
        assertThat(backend.closures).singleElement().satisfies(request -> {
            assertThat(request.from()).isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 30));
            assertThat(request.until()).isEqualTo(LocalDateTime.of(2026, 11, 27, 0, 0));
            assertThat(request.reason()).isEqualTo("Maskinen är trasig");
        });
        assertThat(model.messageKeyProperty().get()).isEqualTo("maintenance.out-of-order.closed");
        assertThat(model.cancelledProperty().get()).isEqualTo(2);
    }

    @Test
    void until_further_notice_sends_no_end() {
        // given
        model.choosePeriod(ClosurePeriod.UNTIL_FURTHER_NOTICE);

        // when
        closeAndConfirm("Vattenläcka");

        // then
        assertThat(backend.closures)
                .singleElement()
                .satisfies(request -> assertThat(request.until()).isNull());
    }

    @Test
    void the_closure_is_recorded_with_the_caretakers_identity() {
        // when
        closeAndConfirm("Städning");

        // then
        assertThat(backend.events).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(CaretakerEventReport.ACTION);
            assertThat(event.caretakerId()).isEqualTo(1L);
            assertThat(event.detail()).startsWith("close resource 7");
        });
    }

    @Test
    void an_end_in_the_past_or_years_ahead_gets_a_sentence_and_changes_nothing() {
        // when
        model.closeRoomUntil(LocalDateTime.of(2026, 11, 25, 9, 0), "Städning");
        model.closeRoomUntil(LocalDateTime.of(2999, 1, 1, 0, 0), "Städning");
        settle();

        // then
        assertThat(model.messageKeyProperty().get()).isEqualTo("maintenance.out-of-order.until-invalid");
        assertThat(backend.closures).isEmpty();
    }

    @Test
    void re_open_ends_the_closure_made_here() {
        // given
        closeAndConfirm("Städning");

        // when
        model.reopen();
        settle();

        // then
        assertThat(backend.reopened).containsExactly(1L);
        assertThat(model.closureProperty().get()).isNull();
        assertThat(model.messageKeyProperty().get()).isEqualTo("maintenance.out-of-order.reopened");
    }

    @Test
    void without_a_connection_the_tool_says_so_and_nothing_is_closed() {
        // given
        backend.offline = true;

        // when
        model.closeRoom("Städning");
        settle();

        // then
        assertThat(model.messageKeyProperty().get()).isEqualTo("maintenance.offline");
        assertThat(model.closureProperty().get()).isNull();
    }

    @Test
    void a_closure_first_names_the_bookings_it_cancels_and_closes_nothing_before_confirmation() {
        // when
        model.closeRoom("Städning");
        settle();

        // then
        assertThat(backend.previews)
                .singleElement()
                .satisfies(request -> assertThat(request.reason()).isEqualTo("Städning"));
        assertThat(backend.closures).isEmpty();
        assertThat(model.pendingProperty().get()).isNotNull();
        assertThat(model.pendingCancels())
                .extracting(ClosurePreview.CancelledBooking::apartment)
                .containsExactly("1102", "1203");
        assertThat(model.cancelledProperty().get()).isEqualTo(2);
        assertThat(model.messageKeyProperty().get()).isEqualTo("maintenance.out-of-order.confirm");
    }

    @Test
    void declining_the_confirmation_closes_nothing() {
        // given
        model.closeRoom("Städning");
        settle();

        // when
        model.cancelClose();
        model.confirmClose();
        settle();

        // then
        assertThat(backend.closures).isEmpty();
        assertThat(model.pendingProperty().get()).isNull();
        assertThat(model.pendingCancels()).isEmpty();
    }

    @Test
    void every_staff_action_goes_with_the_session_the_backend_opened() {
        // when
        closeAndConfirm("Städning");
        model.reopen();
        settle();

        // then preview, close and re-open
        assertThat(backend.sessionsUsed).hasSize(3).containsOnly(FakeMaintenanceBackend.SESSION_TOKEN);
    }

    @Test
    void a_caretaker_signed_in_offline_is_offered_no_closure() {
        // given the caretaker signed in while the backend was away, and it is back
        maintenance.leave();
        settle();
        backend.offline = true;
        maintenance.tagRead(FakeMaintenanceBackend.KIM_STAFF_TAG);
        FakeMaintenanceBackend.KIM_PIN.chars().forEach(c -> maintenance.digit(c - '0'));
        maintenance.submit();
        settle();
        backend.offline = false;

        // when
        maintenance.show(MaintenanceScreen.OUT_OF_ORDER);
        settle();
        model.closeRoom("Städning");
        settle();

        // then the local tools are open, closing is not
        assertThat(maintenance.state().getScreen()).isEqualTo(MaintenanceScreen.OUT_OF_ORDER);
        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.messageKeyProperty().get()).isEqualTo("maintenance.out-of-order.needs-server");
        assertThat(backend.previews).isEmpty();
        assertThat(backend.closures).isEmpty();
    }

    private void closeAndConfirm(String reason) {
        model.closeRoom(reason);
        settle();
        model.confirmClose();
        settle();
    }

    /** Twice: a tool's action queues its record as a second step, behind the first wait's marker. */
    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
}
