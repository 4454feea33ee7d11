package se.bricka.backend.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import se.bricka.backend.web.Text;

/** Reads path, query and body input, refusing anything malformed with a 400 that names the value. */
public final class RequestInput {

    /** Dates outside these years are refused before they reach the rules or the database. */
    private static final int MIN_YEAR = 1;

    private static final int MAX_YEAR = 9999;

    private final ObjectMapper mapper;

    public RequestInput(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses a JSON body into {@code type}; an empty, malformed or mistyped body is a 400. */
    public <T> T body(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiException.badRequest("The request body is empty; a " + type.getSimpleName() + " was expected.");
        }
        try {
            return mapper.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("Unknown field '" + e.getPropertyName() + "' in the request body.");
        } catch (InvalidFormatException e) {
            throw ApiException.badRequest("Field '" + fieldOf(e) + "' has an invalid value '" + e.getValue() + "'.");
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest("Field '" + fieldOf(e) + "' has the wrong type or is missing.");
        } catch (IOException e) {
            throw ApiException.badRequest("The request body is not valid JSON.");
        }
    }

    /** A numeric id from the path; anything else is a 400 naming the parameter and value. */
    public static long pathId(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(Text.of("problem.badPathId", name, value));
        }
    }

    /** An ISO date ({@code YYYY-MM-DD}) from a query parameter, or empty if absent. */
    public static Optional<LocalDate> queryDate(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(checkYear(name, LocalDate.parse(value)));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    "Query parameter " + name + " must be a date such as 2026-03-02, was '" + value + "'.");
        }
    }

    /** Refuses dates the database and the slot arithmetic are not meant for. */
    public static LocalDate checkYear(String name, LocalDate date) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw ApiException.badRequest(Text.of("problem.yearOutOfRange", name, MIN_YEAR, MAX_YEAR, date));
        }
        return date;
    }

    private static String fieldOf(MismatchedInputException e) {
        return e.getPath().isEmpty() ? "(body)" : e.getPath().getLast().getFieldName();
    }
}
