package se.bricka.kiosk.backend;

/**
 * A backend call that did not give an answer the board can use. The two kinds call for different
 * sentences: {@link BackendRefusedException} (the backend said no, and why) and
 * {@link BackendOfflineException} (the backend could not be reached).
 */
public abstract sealed class BackendException extends RuntimeException
        permits BackendRefusedException, BackendOfflineException {

    private static final long serialVersionUID = 1L;

    BackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
