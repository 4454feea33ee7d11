package se.bricka.kiosk.backend;

/** The backend could not be reached, or answered that it is unavailable: the board is offline. */
public final class BackendOfflineException extends BackendException {

    private static final long serialVersionUID = 1L;

    /** @param cause the network failure, or {@code null} for an "unavailable" answer */
    public BackendOfflineException(String message, Throwable cause) {
        super(message, cause);
    }
}
