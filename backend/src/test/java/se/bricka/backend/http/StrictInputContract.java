package se.bricka.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.DatabaseContent;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.demo.DemoCaretakers;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.Problem;

/**
 * Every route that takes a JSON body refuses a {@code null} body, a NUL in a text, a body not declared
 * as JSON and a value of the wrong JSON type with a 4xx problem, and changes nothing in the database.
 */
public abstract class StrictInputContract extends StaffTestBase {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * A route and a body it accepts, with one field of each JSON type it has (null when it has none):
     * a text stored or checked, a number, and a date or instant.
     */
    private record JsonRoute(
            String method,
            String path,
            String body,
            Map<String, String> headers,
            boolean asStaff,
            String textField,
            String numberField,
            String dateField) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private StaffClient staff;
    private List<JsonRoute> routes;

    @BeforeEach
    void describeRoutes() {
        long resourceId = board.get(ApiPaths.DEVICE_BOOTSTRAP, Map.of())
                .json()
                .path("resources")
                .path(0)
                .path("id")
                .asLong();
        long caretakerId = board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of())
                .json()
                .path(0)
                .path("caretakerId")
                .asLong();
        long apartment = apartmentId("1102");
        long propertyId = database.count("SELECT MIN(id) FROM property");
        long quotaGroupId = database.count("SELECT MIN(id) FROM quota_group");
        Map<String, String> tapped = Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102);
        Map<String, String> device = Map.of(ApiPaths.AUTHORIZATION, "Bearer " + DemoTags.BOARD_TOKEN);
        Map<String, String> deviceForTag = new LinkedHashMap<>(device);
        deviceForTag.putAll(tapped);
        Map<String, String> caretaker = new LinkedHashMap<>(device);
        caretaker.putAll(caretakerSession(board));
        String verification = caretakerVerification();
        String closure = "{\"from\":\"2026-12-01T10:00:00\",\"until\":\"2026-12-01T12:00:00\",\"reason\":\"Service\"}";
        String quotaGroup = "{\"propertyId\":%d,\"name\":\"Strikt\",\"maxPerDay\":1,\"resourceIds\":[%d]}"
                .formatted(propertyId, resourceId);
        routes = List.of(
                new JsonRoute(
                        "POST",
                        ApiPaths.DEVICE_IDENTIFY,
                        "{\"tagHash\":\"" + DemoTags.APARTMENT_1102 + "\"}",
                        device,
                        false,
                        "tagHash",
                        null,
                        null),
                new JsonRoute(
                        "POST",
                        ApiPaths.DEVICE_CHECK_INS,
                        "{\"resourceId\":" + resourceId + "}",
                        deviceForTag,
                        false,
                        null,
                        "resourceId",
                        null),
                new JsonRoute(
                        "POST",
                        ApiPaths.resourceClosures(resourceId),
                        closure,
                        caretaker,
                        false,
                        "reason",
                        null,
                        "from"),
                new JsonRoute(
                        "POST",
                        ApiPaths.resourceClosurePreview(resourceId),
                        closure,
                        caretaker,
                        false,
                        "reason",
                        null,
                        "until"),
                new JsonRoute(
                        "POST",
                        ApiPaths.DEVICE_CARETAKER_SESSIONS,
                        verification,
                        device,
                        false,
                        "staffTagHash",
                        null,
                        null),
                new JsonRoute(
                        "POST",
                        ApiPaths.BOOKINGS,
                        "{\"resourceId\":%d,\"date\":\"2026-11-26\",\"start\":\"10:00\"}".formatted(resourceId),
                        deviceForTag,
                        false,
                        "start",
                        "resourceId",
                        "date"),
                new JsonRoute(
                        "POST",
                        ApiPaths.DEVICE_ACCESS_EVENTS,
                        ("{\"events\":[{\"eventId\":\"strict-1\",\"doorId\":\"lg4-laundry-a\",\"occurredAt\":\"%s\","
                                        + "\"apartmentId\":%d,\"reason\":\"resident\"}]}")
                                .formatted(NOW, apartment),
                        device,
                        false,
                        "eventId",
                        "apartmentId",
                        "occurredAt"),
                new JsonRoute(
                        "POST",
                        ApiPaths.DEVICE_CARETAKER_EVENTS,
                        "{\"kind\":\"action\",\"caretakerId\":%d,\"detail\":\"Filter\",\"occurredAt\":\"%s\"}"
                                .formatted(caretakerId, NOW),
                        device,
                        false,
                        "detail",
                        "caretakerId",
                        "occurredAt"),
                new JsonRoute(
                        "PUT",
                        ApiPaths.caretakerPin(caretakerId),
                        "{\"pin\":\"482913\"}",
                        caretaker,
                        false,
                        "pin",
                        null,
                        null),
                new JsonRoute(
                        "POST",
                        ApiPaths.ENROLLMENT,
                        "{\"code\":\"123456789012\"}",
                        Map.of(),
                        false,
                        "code",
                        null,
                        null),
                new JsonRoute("POST", "/staff/api/quota-groups", quotaGroup, Map.of(), true, "name", "maxPerDay", null),
                new JsonRoute(
                        "PUT",
                        "/staff/api/quota-groups/" + quotaGroupId,
                        quotaGroup,
                        Map.of(),
                        true,
                        "name",
                        "propertyId",
                        null));
        staff = signedIn(CUSTOMER_SERVICE);
    }

    /** The body a board sends to have the demo caretaker's staff tag and PIN checked by the backend. */
    static String caretakerVerification() {
        return "{\"staffTagHash\":\"%s\",\"pin\":\"%s\"}"
                .formatted(
                        DemoTags.hash(DemoDoors.CARETAKER_TAG.hex()),
                        DemoCaretakers.ALL.getFirst().pin());
    }

    /** The header of a verified caretaker's session on {@code board}: closures and PINs need one. */
    static Map<String, String> caretakerSession(ApiClient board) {
        Reply reply = board.post(ApiPaths.DEVICE_CARETAKER_SESSIONS, caretakerVerification(), Map.of());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return Map.of(
                ApiPaths.CARETAKER_SESSION_HEADER, reply.json().path("token").asText());
    }

    @Test
    void a_null_body_is_a_400_on_every_json_route() {
        refusedEverywhere(route -> "null", 400, "bad-request");
    }

    @Test
    void a_body_that_is_not_an_object_is_a_400_on_every_json_route() {
        refusedEverywhere(route -> "[" + route.body() + "]", 400, "bad-request");
        refusedEverywhere(route -> "\"text\"", 400, "bad-request");
    }

    @Test
    void a_nul_character_in_a_text_is_a_400_on_every_json_route_on_both_databases() {
        refusedWhere(JsonRoute::textField, route -> textWith(route, "\\u0000"), 400, "bad-request");
    }

    @Test
    void other_control_characters_in_a_text_are_a_400_too() {
        refusedWhere(JsonRoute::textField, route -> textWith(route, "\\u001b"), 400, "bad-request");
    }

    @Test
    void a_number_sent_as_a_string_is_not_coerced() {
        refusedWhere(JsonRoute::numberField, route -> numberAsString(route), 400, "bad-request");
    }

    @Test
    void a_date_sent_as_a_number_is_not_coerced() {
        refusedWhere(JsonRoute::dateField, route -> dateAsNumber(route), 400, "bad-request");
    }

    @Test
    void a_text_sent_as_a_number_is_not_coerced() {
        refusedWhere(JsonRoute::textField, route -> textAsNumber(route), 400, "bad-request");
    }

    @Test
    void a_body_declared_as_plain_text_is_a_415_even_when_it_is_valid_json() {
        // given
        Map<String, List<String>> before = DatabaseContent.of(database);
        SoftAssertions softly = new SoftAssertions();

        // when each route is sent the body it accepts, as text/plain and as a form
        for (JsonRoute route : routes) {
            for (String contentType : List.of("text/plain", "application/x-www-form-urlencoded")) {
                Answer answer = send(route, route.body(), contentType);

                // then
                softly.assertThat(answer.status())
                        .as(route + " as " + contentType)
                        .isEqualTo(415);
                softly.assertThat(answer.code())
                        .as(route + " as " + contentType)
                        .isEqualTo("unsupported-media-type");
            }
        }
        softly.assertAll();
        assertThat(DatabaseContent.of(database)).isEqualTo(before);
    }

    @Test
    void every_route_accepts_its_described_body_as_json() {
        // when each route is sent the body the refusal tests start from
        SoftAssertions softly = new SoftAssertions();
        for (JsonRoute route : routes) {
            Answer answer = send(route, route.body(), "application/json; charset=utf-8");

            // then it is understood: done, or refused for what it says, never for its form
            softly.assertThat(answer.status()).as(route + " " + answer.body()).isLessThan(500);
            softly.assertThat(answer.code())
                    .as(route + " " + answer.body())
                    .isNotIn("bad-request", "unsupported-media-type");
        }
        softly.assertAll();
    }

    private void refusedEverywhere(Function<JsonRoute, String> badBody, int status, String code) {
        refusedWhere(route -> "all", badBody, status, code);
    }

    private void refusedWhere(
            Function<JsonRoute, String> field, Function<JsonRoute, String> badBody, int status, String code) {
        // given
        Map<String, List<String>> before = DatabaseContent.of(database);
        SoftAssertions softly = new SoftAssertions();
        List<JsonRoute> tried = new ArrayList<>();

        // when
        for (JsonRoute route : routes) {
            if (field.apply(route) == null) {
                continue;
            }
            String body = badBody.apply(route);
            tried.add(route);
            Answer answer = send(route, body, "application/json");

            // then
            softly.assertThat(answer.status())
                    .as(route + " with " + body + ": " + answer.body())
                    .isEqualTo(status);
            softly.assertThat(answer.contentType()).as(route + " with " + body).startsWith(Problem.MEDIA_TYPE);
            softly.assertThat(answer.code()).as(route + " with " + body).isEqualTo(code);
            softly.assertThat(answer.detail())
                    .as(route + " with " + body)
                    .isNotBlank()
                    .doesNotContain("Exception");
        }
        softly.assertAll();
        assertThat(tried).isNotEmpty();
        assertThat(DatabaseContent.of(database)).isEqualTo(before);
    }

    private static String textWith(JsonRoute route, String escape) {
        return replaceValue(
                route.body(), route.textField(), value -> value.substring(0, value.length() - 1) + escape + "x\"");
    }

    private static String numberAsString(JsonRoute route) {
        return replaceValue(route.body(), route.numberField(), value -> "\"" + value + "\"");
    }

    private static String dateAsNumber(JsonRoute route) {
        return replaceValue(
                route.body(),
                route.dateField(),
                value -> value.replaceAll("[^0-9]", "").substring(0, 8));
    }

    private static String textAsNumber(JsonRoute route) {
        return replaceValue(route.body(), route.textField(), value -> "12");
    }

    /** The body with the value of {@code field} (a string with its quotes, or a number) replaced. */
    private static String replaceValue(String body, String field, UnaryOperator<String> replacement) {
        Matcher value =
                Pattern.compile("\"" + field + "\":(\"[^\"]*\"|-?[0-9]+)").matcher(body);
        if (!value.find()) {
            throw new AssertionError("no field " + field + " in " + body);
        }
        return body.substring(0, value.start(1)) + replacement.apply(value.group(1)) + body.substring(value.end(1));
    }

    private record Answer(int status, String contentType, String body) {

        String code() {
            return problem().path("code").asText();
        }

        String detail() {
            return problem().path("detail").asText();
        }

        private JsonNode problem() {
            return contentType.startsWith(Problem.MEDIA_TYPE) || contentType.startsWith("application/json")
                    ? new Reply(status, contentType, body).json()
                    : MissingNode.getInstance();
        }
    }

    private Answer send(JsonRoute route, String body, String contentType) {
        if (route.asStaff()) {
            StaffClient.Page page = staff.json(route.method(), route.path(), body, contentType);
            String type = page.header("Content-Type");
            return new Answer(page.status(), type == null ? "" : type, page.body());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(backend.baseUri().toString().replaceAll("/$", "") + route.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .method(route.method(), HttpRequest.BodyPublishers.ofString(body));
        route.headers().forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
