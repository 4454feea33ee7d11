package se.bricka.backend.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import se.bricka.backend.http.Json;

/** One HTTP response, read completely. */
public record Reply(int status, String contentType, String body) {

    private static final ObjectMapper MAPPER = Json.newMapper();

    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    public <T> T as(Class<T> type) {
        try {
            return MAPPER.readValue(body, type);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("not a " + type.getSimpleName() + ": " + body, e);
        }
    }
}
