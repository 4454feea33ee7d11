package se.bricka.backend.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import se.bricka.backend.web.Text;
import se.bricka.core.wire.Problem;

/** Reads path, query and body input, refusing anything malformed with a 400 that names the value. */
public final class RequestInput {

    /** Dates outside these years are refused before they reach the rules or the database. */
    private static final int MIN_YEAR = 1;

    private static final int MAX_YEAR = 9999;

    private final ObjectMapper mapper;

    public RequestInput(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Parses a JSON body into {@code type}; an empty, {@code null}, malformed or mistyped body is a 400,
     * and so is a text holding a control character such as NUL (PostgreSQL cannot store it, H2 would).
     */
    public <T> T body(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiException.badRequest("The request body is empty; a " + type.getSimpleName() + " was expected.");
        }
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw ApiException.badRequest("The request body must be a JSON object (a " + type.getSimpleName()
                        + "), was "
                        + (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase(Locale.ROOT))
                        + ".");
            }
            refuseControlCharacters("(body)", tree);
            return mapper.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("Unknown field '" + e.getPropertyName() + "' in the request body.");
        } catch (InvalidFormatException e) {
            throw ApiException.badRequest("Field '" + fieldOf(e) + "' has an invalid value '" + e.getValue() + "'.");
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest("Field '" + fieldOf(e) + "' has the wrong type or is missing.");
        } catch (IOException | IllegalArgumentException e) {
            throw ApiException.badRequest("The request body is not valid JSON.");
        }
    }

    /** Tab, line feed and carriage return are text; every other C0 control character is refused. */
    private static void refuseControlCharacters(String field, JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                    throw ApiException.badRequest("Field '" + field + "' holds the control character U+"
                            + String.format(Locale.ROOT, "%04X", (int) c) + " at position " + i + ".");
                }
            }
        } else if (node.isObject()) {
            for (var member : node.properties()) {
                refuseControlCharacters("(a field name in " + field + ")", new TextNode(member.getKey()));
                refuseControlCharacters(member.getKey(), member.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                refuseControlCharacters(field, element);
            }
        }
    }

    /**
     * Refuses a request body that is not declared as JSON with 415: the API reads nothing else, and a
     * form or text body that happens to parse is not a request a client meant to send.
     */
    public static void requireJsonBody(Context ctx) {
        boolean hasBody = ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
        if (!hasBody || isJson(ctx.contentType())) {
            return;
        }
        throw new ApiException(Problem.of(
                "unsupported-media-type",
                "The request body must be JSON",
                415,
                "Content-Type must be application/json, was '" + ctx.contentType() + "'."));
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json")
                || mediaType.startsWith("application/") && mediaType.endsWith("+json");
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
