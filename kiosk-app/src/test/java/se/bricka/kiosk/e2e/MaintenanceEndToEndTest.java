package se.bricka.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.core.demo.DemoCaretakers;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.wire.ApartmentBooking;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.CaretakerSession;
import se.bricka.core.wire.ClosurePreview;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.kiosk.backend.ChangeSubscription;
import se.bricka.kiosk.backend.HttpBoardBackend;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.FxThread;
import se.bricka.kiosk.maintenance.ClosurePeriod;
import se.bricka.kiosk.maintenance.HttpMaintenanceBackend;
import se.bricka.kiosk.maintenance.MaintenanceModel;
import se.bricka.kiosk.maintenance.MaintenanceScreen;

/** The maintenance mode against the real backend over HTTP: closures and PIN revocation. */
class MaintenanceEndToEndTest {

    /** Wednesday 25 November 2026, 09:00 in Stockholm. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneId.of(DemoEstate.ZONE));

    private static final LocalDate TOMORROW = NOW.toLocalDate().plusDays(1);
    private static final LocalDate SATURDAY = NOW.toLocalDate().plusDays(3);
    private static final LocalTime TEN = LocalTime.of(10, 0);

    private final Clock clock = Clock.fixed(NOW.toInstant(), NOW.getZone());
    private final TagHasher hasher = new TagHasher(DemoEstate.TAG_KEY);
    private final String token = DemoEstate.DEVICES.getFirst().token();
    private Backend server;
    private HttpBoardBackend board;
    private HttpMaintenanceBackend maintenanceBackend;
    private ActionQueue queue;
    private MaintenanceModel model;

    @BeforeEach
    void start() {
        server = Backend.start(BackendConfig.forTests(clock));
        board = new HttpBoardBackend(server.baseUri(), token);
        maintenanceBackend = new HttpMaintenanceBackend(server.baseUri(), token);
        queue = new ActionQueue("maintenance-e2e");
        model = new MaintenanceModel(maintenanceBackend, queue, FxThread.direct(), clock);
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
    void out_of_order_until_tomorrow_night_cancels_the_rooms_bookings_in_the_period_and_nothing_else() {
        // given: one household tomorrow in room A, another on Saturday in room A, a third tomorrow in room B
        ResourceSummary laundryA = room(DemoEstate.LAUNDRY_ROOM_NAME);
        long roomA = laundryA.id();
        long roomB = room(DemoEstate.SECOND_LAUNDRY_ROOM_NAME).id();
        List<String> households = firstTagsOfThreeApartments();
        book(households.get(0), roomA, TOMORROW);
        book(households.get(1), roomA, SATURDAY);
        book(households.get(2), roomB, TOMORROW);
        signIn(DemoCaretakers.ALL.getFirst().pin());
        model.show(MaintenanceScreen.OUT_OF_ORDER);
        settle();

        // when
        model.outOfOrder().chooseRoom(laundryA);
        model.outOfOrder().choosePeriod(ClosurePeriod.UNTIL_TOMORROW_NIGHT);
        model.outOfOrder().closeRoom("Maskinen är trasig");
        settle();
        List<String> named = model.outOfOrder().pendingCancels().stream()
                .map(ClosurePreview.CancelledBooking::apartment)
                .toList();
        model.outOfOrder().confirmClose();
        settle();

        // then the board named the one booking before it was cancelled, and the backend recorded who closed
        assertThat(named).hasSize(1);
        assertThat(model.outOfOrder().cancelledProperty().get()).isEqualTo(1);
        assertThat(statusOf(households.get(0))).isEqualTo("CANCELLED");
        assertThat(statusOf(households.get(1))).isEqualTo("ACTIVE");
        assertThat(statusOf(households.get(2))).isEqualTo("ACTIVE");
    }

    @Test
    void a_pin_revoked_at_the_backend_stops_working_after_the_push() throws IOException {
        // given: the board listens to pushes and holds both caretakers' PINs
        ChangeSubscription push = board.subscribe(model.changeListener());
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> server.connectedDevices() == 1);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> model.state().caretakersWithPinProperty().get() == DemoCaretakers.ALL.size());

            // when the caretaker with the staff tag, verified by the backend, revokes their own PIN
            CaretakerSession session = maintenanceBackend.verifyCaretaker(
                    hasher.hash(DemoDoors.CARETAKER_TAG),
                    DemoCaretakers.ALL.getFirst().pin());
            revoke(session);

            // then their staff tag opens nothing on the board after the push
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> model.state().caretakersWithPinProperty().get() == 1);
            assertThat(model.tagRead(DemoDoors.CARETAKER_TAG)).isFalse();
            assertThat(model.state().getScreen()).isEqualTo(MaintenanceScreen.HIDDEN);
        } finally {
            push.close();
        }
    }

    private ResourceSummary room(String name) {
        return board.bootstrap().resources().stream()
                .filter(room -> room.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private void signIn(String pin) {
        model.tagRead(DemoDoors.CARETAKER_TAG);
        pin.chars().forEach(c -> model.digit(c - '0'));
        model.submit();
        settle();
    }

    private void book(String tagHash, long room, LocalDate date) {
        board.book(new BookingRequest(room, date, TEN), tagHash, UUID.randomUUID());
    }

    private String statusOf(String tagHash) {
        List<ApartmentBooking> bookings = board.bookings(tagHash, NOW.toLocalDate());
        assertThat(bookings).hasSize(1);
        return bookings.getFirst().status();
    }

    private List<String> firstTagsOfThreeApartments() {
        return DemoEstate.tags().stream()
                .filter(tag -> !tag.blocked() && tag.number() == 1)
                .limit(3)
                .map(tag -> hasher.hash(tag.uid()))
                .toList();
    }

    private void revoke(CaretakerSession session) throws IOException {
        Request request = new Request.Builder()
                .url(server.baseUri()
                        .resolve(ApiPaths.caretakerPin(session.caretakerId()))
                        .toString())
                .header(ApiPaths.AUTHORIZATION, "Bearer " + token)
                .header(ApiPaths.CARETAKER_SESSION_HEADER, session.token())
                .delete()
                .build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(204);
        }
    }

    private void settle() {
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
}
