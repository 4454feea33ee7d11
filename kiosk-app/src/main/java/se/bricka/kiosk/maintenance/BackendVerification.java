package se.bricka.kiosk.maintenance;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.CaretakerSession;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.BackendOfflineException;

/**
 * The backend's own check of a caretaker the board let in (staff tag, then PIN), and the end of the
 * session it opens. Offline or refused, the caretaker keeps the board's local tools only. Calls block:
 * run them on the action queue.
 */
final class BackendVerification {

    private static final Logger LOG = LoggerFactory.getLogger(BackendVerification.class);

    private final MaintenanceBackend backend;

    BackendVerification(MaintenanceBackend backend) {
        this.backend = backend;
    }

    /**
     * The session the backend opens for the caretaker; empty offline, or when it refuses ({@code
     * refused} runs then: the PIN this board holds may be stale).
     */
    Optional<CaretakerSession> verify(long caretakerId, String staffTagHash, String pin, Runnable refused) {
        if (staffTagHash == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(backend.verifyCaretaker(staffTagHash, pin));
        } catch (BackendOfflineException e) {
            LOG.info("caretaker {} in the local tools only: the backend is not reachable", caretakerId);
        } catch (BackendException e) {
            LOG.info("the backend did not verify caretaker {}: {}", caretakerId, e.getMessage());
            refused.run();
        }
        return Optional.empty();
    }

    /** Ends the session at the backend; if that fails, it expires by itself. */
    void end(CaretakerSession session) {
        try {
            backend.endCaretakerSession(session.token());
        } catch (BackendException e) {
            LOG.info("caretaker session not ended at the backend (it expires by itself): {}", e.getMessage());
        }
    }
}
