package se.bricka.backend.booking;

import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.RequestInput;
import se.bricka.core.wire.BookingRequest;

/** Checks what JSON parsing cannot: required fields, sane years, well-formed idempotency keys. */
final class BookingRequests {

    private static final int MAX_KEY_LENGTH = 200;

    private BookingRequests() {}

    static BookingRequest validated(BookingRequest request) {
        if (request.resourceId() == null) {
            throw ApiException.badRequest("Field 'resourceId' is required.");
        }
        if (request.date() == null) {
            throw ApiException.badRequest("Field 'date' is required.");
        }
        if (request.start() == null) {
            throw ApiException.badRequest("Field 'start' is required.");
        }
        RequestInput.checkYear("date", request.date());
        return request;
    }

    /** A key of 1–200 visible ASCII characters, such as a UUID. */
    static String checkedKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiException.badRequest("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, was '" + abbreviate(key) + "'.");
        }
        return key;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
