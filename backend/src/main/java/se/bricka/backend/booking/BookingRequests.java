package se.bricka.backend.booking;

import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.RequestInput;
import se.bricka.core.wire.BookingRequest;

/** Checks what JSON parsing cannot: required fields and sane years. */
final class BookingRequests {

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
}
