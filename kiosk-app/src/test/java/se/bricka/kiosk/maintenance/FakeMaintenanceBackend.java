package se.bricka.kiosk.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import se.bricka.core.caretaker.PinHasher;
import se.bricka.core.caretaker.PinHasher.PinHash;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.CaretakerPin;
import se.bricka.core.wire.CaretakerSession;
import se.bricka.core.wire.ClosurePreview;
import se.bricka.core.wire.ClosureRequest;
import se.bricka.core.wire.ClosureView;
import se.bricka.core.wire.DeviceBinding;
import se.bricka.core.wire.Enrollment;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.backend.BackendRefusedException;

/** An in-memory backend for the maintenance models: PINs, recorded events and closures. */
final class FakeMaintenanceBackend implements MaintenanceBackend {

    static final String KIM_PIN = "246810";
    static final TagUid KNOWN_TAG = new TagUid("11020001");
    static final byte[] TAG_KEY = "fake-tag-key-for-reader-check".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    static final TagUid KIM_STAFF_TAG = new TagUid("CA7E7A6E");
    static final ResourceSummary ROOM = new ResourceSummary(7, "Tvättstuga A", "laundry");

    static final String SESSION_TOKEN = "caretaker-session-1";
    static final String ENROLLMENT_CODE = "123456789012";
    static final String NEW_TOKEN = "new-device-token";
    static final DeviceBinding BOUND = new DeviceBinding(
            "board-1", "Tvättstugan, tavla 1", "Lärkgatan 4", List.of("lg4-laundry-a"), List.of(ROOM));
    static final DeviceBinding ENROLLED =
            new DeviceBinding("board-7", "Tvättstugan, tavla 7", "Lärkgatan 4", List.of(), List.of(ROOM));

    final List<Long> snapshotAsks = new CopyOnWriteArrayList<>();
    volatile long snapshotVersion = 40;
    final List<String> enrollmentCodes = new CopyOnWriteArrayList<>();
    final List<CaretakerPin> pins = new CopyOnWriteArrayList<>();
    final List<CaretakerEventReport> events = new CopyOnWriteArrayList<>();
    final List<ClosureRequest> closures = new CopyOnWriteArrayList<>();
    final List<Long> reopened = new CopyOnWriteArrayList<>();
    /** Staff tag hash and PIN of each verification the board asked for. */
    final List<String> verifications = new CopyOnWriteArrayList<>();

    final List<String> endedSessions = new CopyOnWriteArrayList<>();
    /** The session token each staff action was sent with. */
    final List<String> sessionsUsed = new CopyOnWriteArrayList<>();

    final List<ClosureRequest> previews = new CopyOnWriteArrayList<>();
    /** What a closure would cancel, for previews; a closure cancels as many. */
    final List<ClosurePreview.CancelledBooking> wouldCancel = new CopyOnWriteArrayList<>(List.of(
            new ClosurePreview.CancelledBooking(
                    "1102", LocalDate.of(2026, 11, 25), LocalTime.of(10, 0), LocalTime.of(13, 0)),
            new ClosurePreview.CancelledBooking(
                    "1203", LocalDate.of(2026, 11, 25), LocalTime.of(13, 0), LocalTime.of(16, 0))));
    /** Whether the backend refuses to verify a caretaker (its PIN differs from the board's). */
    volatile boolean refuseVerification;

    volatile boolean offline;
    /** What {@link #binding()} answers. */
    volatile DeviceBinding bound = BOUND;

    FakeMaintenanceBackend() {
        PinHash kim = PinHasher.hash(KIM_PIN);
        pins.add(new CaretakerPin(
                1,
                "Kim Lind",
                kim.salt(),
                kim.hash(),
                kim.iterations(),
                List.of(new TagHasher(TAG_KEY).hash(KIM_STAFF_TAG))));
    }

    List<String> eventKinds() {
        return events.stream().map(CaretakerEventReport::kind).toList();
    }

    @Override
    public List<CaretakerPin> caretakerPins() {
        failIfOffline();
        return List.copyOf(pins);
    }

    @Override
    public void report(CaretakerEventReport event) {
        failIfOffline();
        events.add(event);
    }

    @Override
    public List<ResourceSummary> resources() {
        failIfOffline();
        return List.of(ROOM);
    }

    @Override
    public String tagKey() {
        failIfOffline();
        return java.util.Base64.getEncoder().encodeToString(TAG_KEY);
    }

    @Override
    public Household identify(String tagHash) {
        failIfOffline();
        if (tagHash.equals(new TagHasher(TAG_KEY).hash(KNOWN_TAG))) {
            return new Household(1, "1102");
        }
        throw new BackendRefusedException("unknown-tag", 403, "unknown tag");
    }

    @Override
    public CaretakerSession verifyCaretaker(String staffTagHash, String pin) {
        failIfOffline();
        verifications.add(staffTagHash + " " + pin);
        if (refuseVerification) {
            throw new BackendRefusedException("caretaker-pin-wrong", 403, "the backend holds another PIN");
        }
        return new CaretakerSession(SESSION_TOKEN, 1, "Kim Lind", Instant.parse("2026-11-25T08:40:00Z"));
    }

    @Override
    public void endCaretakerSession(String sessionToken) {
        failIfOffline();
        endedSessions.add(sessionToken);
    }

    @Override
    public ClosurePreview previewClosure(String sessionToken, long resourceId, ClosureRequest request) {
        failIfOffline();
        sessionsUsed.add(sessionToken);
        previews.add(request);
        return new ClosurePreview(resourceId, List.copyOf(wouldCancel));
    }

    @Override
    public ClosureView close(String sessionToken, long resourceId, ClosureRequest request) {
        failIfOffline();
        sessionsUsed.add(sessionToken);
        closures.add(request);
        LocalDateTime until = request.until();
        return new ClosureView(
                closures.size(), resourceId, request.from(), until, request.reason(), wouldCancel.size());
    }

    @Override
    public void reopen(String sessionToken, long closureId) {
        failIfOffline();
        sessionsUsed.add(sessionToken);
        reopened.add(closureId);
    }

    @Override
    public long snapshotVersion(long known) {
        failIfOffline();
        snapshotAsks.add(known);
        return snapshotVersion;
    }

    @Override
    public DeviceBinding binding() {
        failIfOffline();
        return bound;
    }

    @Override
    public Enrollment enroll(String code) {
        failIfOffline();
        enrollmentCodes.add(code);
        if (!code.equals(ENROLLMENT_CODE)) {
            throw new BackendRefusedException("enrollment-code-refused", 403, "unknown code");
        }
        return new Enrollment(NEW_TOKEN, ENROLLED);
    }

    private void failIfOffline() {
        if (offline) {
            throw new BackendOfflineException("offline in the test", null);
        }
    }
}
