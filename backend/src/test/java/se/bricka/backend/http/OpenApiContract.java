package se.bricka.backend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.wire.ApiPaths;

/**
 * Real responses and pushed events, checked against the served {@code /openapi.json}: every status,
 * media type, field and type the server sends is documented, and no undocumented field is sent.
 */
public abstract class OpenApiContract extends StaffTestBase {

    private static final LevelResolver STRICT = LevelResolver.create()
            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
            .withLevel("validation.response.body.missing", ValidationReport.Level.ERROR)
            .build();

    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 26);

    private OpenApiInteractionValidator validator;
    private SchemaValidator schemas;
    private OpenAPI document;
    private final SoftAssertions softly = new SoftAssertions();
    private long resourceId;

    @BeforeEach
    void readTheDocument() {
        String json = new ApiClient(backend.baseUri(), null)
                .get(ApiPaths.OPENAPI, Map.of())
                .body();
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(json)
                .withLevelResolver(STRICT)
                .build();
        document = new OpenAPIV3Parser().readContents(json).getOpenAPI();
        schemas = new SchemaValidator(document, new MessageResolver(STRICT));
        resourceId = board.get(ApiPaths.DEVICE_BOOTSTRAP, Map.of())
                .json()
                .path("resources")
                .path(0)
                .path("id")
                .asLong();
    }

    @Test
    void device_routes_answer_as_documented() {
        // when a board asks what it asks every day
        checked("GET", ApiPaths.DEVICE_BOOTSTRAP, board.get(ApiPaths.DEVICE_BOOTSTRAP, Map.of()));
        checked("GET", ApiPaths.RESOURCES, board.get(ApiPaths.RESOURCES, Map.of()));
        checked("POST", ApiPaths.DEVICE_IDENTIFY, identify(DemoTags.APARTMENT_1102));
        checked("POST", ApiPaths.DEVICE_IDENTIFY, identify(DemoTags.UNKNOWN));
        String week = ApiPaths.resourceWeek(resourceId);
        checked("GET", week, board.get(week + "?week=" + TOMORROW, tag(DemoTags.APARTMENT_1102)));
        checked("GET", week, board.get(week + "?week=" + TOMORROW, Map.of()));
        checked("GET", ApiPaths.DEVICE_ACCESS_SNAPSHOT, board.get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, Map.of()));
        checked("GET", ApiPaths.DEVICE_CARETAKER_PINS, board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of()));
        checked("GET", ApiPaths.DEVICE_BINDING, board.get(ApiPaths.DEVICE_BINDING, Map.of()));
        checked(
                "POST",
                ApiPaths.DEVICE_ACCESS_EVENTS,
                board.post(
                        ApiPaths.DEVICE_ACCESS_EVENTS,
                        ("{\"events\":[{\"eventId\":\"oa-1\",\"doorId\":\"lg4-laundry-a\",\"occurredAt\":\"%s\","
                                        + "\"apartmentId\":null,\"reason\":\"unknown-tag\"}]}")
                                .formatted(NOW.minusSeconds(60)),
                        Map.of()));
        long caretaker = board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of())
                .json()
                .path(0)
                .path("caretakerId")
                .asLong();
        checked(
                "PUT",
                ApiPaths.caretakerPin(caretaker),
                send("PUT", ApiPaths.caretakerPin(caretaker), "{\"pin\":\"482913\"}", caretaker()));
        checked(
                "POST",
                ApiPaths.ENROLLMENT,
                new ApiClient(backend.baseUri(), null)
                        .post(ApiPaths.ENROLLMENT, "{\"code\":\"123456789012\"}", Map.of()));

        // then
        softly.assertAll();
    }

    @Test
    void bookings_check_ins_and_closures_answer_as_documented() {
        // when a household books, lists, checks in and cancels, and a room is closed and reopened
        Reply booked = book(resourceId, DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        checked("POST", ApiPaths.BOOKINGS, booked);
        checked("POST", ApiPaths.BOOKINGS, book(resourceId, DemoTags.APARTMENT_1102, TOMORROW, "13:00"));
        checked("POST", ApiPaths.BOOKINGS, book(resourceId, DemoTags.APARTMENT_1102, TOMORROW, "25:00"));
        checked(
                "GET",
                ApiPaths.APARTMENT_BOOKINGS,
                board.get(ApiPaths.APARTMENT_BOOKINGS, tag(DemoTags.APARTMENT_1102)));
        checked(
                "POST",
                ApiPaths.DEVICE_CHECK_INS,
                board.post(
                        ApiPaths.DEVICE_CHECK_INS,
                        "{\"resourceId\":" + resourceId + "}",
                        tag(DemoTags.APARTMENT_1102)));
        String cancel =
                ApiPaths.BOOKINGS + "/" + booked.json().path("bookingId").asLong();
        checked("DELETE", cancel, board.delete(cancel, tag(DemoTags.APARTMENT_1102)));
        String closures = ApiPaths.resourceClosures(resourceId);
        Reply closed = board.post(
                closures,
                "{\"from\":\"2026-12-01T07:00:00\",\"until\":\"2026-12-01T22:00:00\",\"reason\":\"Service\"}",
                caretaker());
        checked("POST", closures, closed);
        checked("GET", closures, board.get(closures, Map.of()));
        String preview = ApiPaths.resourceClosurePreview(resourceId);
        checked(
                "POST",
                preview,
                board.post(
                        preview,
                        "{\"from\":\"2026-12-02T07:00:00\",\"until\":\"2026-12-02T22:00:00\",\"reason\":\"Service\"}",
                        caretaker()));
        checked(
                "POST",
                ApiPaths.DEVICE_CARETAKER_SESSIONS,
                board.post(ApiPaths.DEVICE_CARETAKER_SESSIONS, StrictInputContract.caretakerVerification(), Map.of()));
        String reopen = "/api/v1/closures/" + closed.json().path("closureId").asLong();
        checked("DELETE", reopen, board.delete(reopen, caretaker()));

        // then
        softly.assertAll();
    }

    @Test
    void problems_answer_as_documented() {
        // when requests are refused for every kind of reason
        checked(
                "GET",
                ApiPaths.DEVICE_BOOTSTRAP,
                new ApiClient(backend.baseUri(), null).get(ApiPaths.DEVICE_BOOTSTRAP, Map.of()));
        checked("POST", ApiPaths.BOOKINGS, board.post(ApiPaths.BOOKINGS, "null", tag(DemoTags.APARTMENT_1102)));
        checked(
                "POST",
                ApiPaths.BOOKINGS,
                send(
                        "POST",
                        ApiPaths.BOOKINGS,
                        bookingJson(resourceId, TOMORROW.toString(), "10:00"),
                        Map.of("Content-Type", "text/plain", ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102)));
        checked("DELETE", ApiPaths.DEVICE_BOOTSTRAP, send("DELETE", ApiPaths.DEVICE_BOOTSTRAP, null, Map.of()));
        book(resourceId, DemoTags.APARTMENT_1102, TOMORROW, "10:00");
        checked("POST", ApiPaths.BOOKINGS, book(resourceId, DemoTags.APARTMENT_1102, TOMORROW, "16:00"));
        checked("POST", ApiPaths.BOOKINGS, book(resourceId, DemoTags.APARTMENT_1102_SECOND, TOMORROW, "10:00"));
        String week = ApiPaths.resourceWeek(resourceId);
        checked("GET", week, board.get(week + "?week=not-a-date", Map.of()));

        // then
        softly.assertAll();
    }

    @Test
    void staff_json_routes_answer_as_documented() {
        // given
        StaffClient staff = signedIn(CUSTOMER_SERVICE);
        long group = database.count("SELECT MIN(id) FROM quota_group");

        // when
        checked("GET", "/staff/api/quota-groups", page(staff.json("GET", "/staff/api/quota-groups", null)));
        checked(
                "GET",
                "/staff/api/quota-groups/" + group,
                page(staff.json("GET", "/staff/api/quota-groups/" + group, null)));
        checked(
                "GET",
                "/staff/api/quota-groups/999999",
                page(staff.json("GET", "/staff/api/quota-groups/999999", null)));
        checked(
                "PUT",
                "/staff/api/quota-groups/" + group,
                page(staff.json(
                        "PUT", "/staff/api/quota-groups/" + group, "{\"name\":\"Tvätt\",\"horizonDays\":500}")));
        checked(
                "GET",
                "/staff/api/quota-groups",
                page(new StaffClient(backend.baseUri()).json("GET", "/staff/api/quota-groups", null)));

        // then
        softly.assertAll();
    }

    @Test
    void pushed_events_are_change_events_as_documented() throws Exception {
        // given a board listening to the change stream
        List<String> pushed = new CopyOnWriteArrayList<>();
        CountDownLatch opened = new CountDownLatch(1);
        EventSource stream = EventSources.createFactory(ApiClient.http())
                .newEventSource(board.request(ApiPaths.DEVICE_EVENTS, Map.of()).build(), new EventSourceListener() {
                    @Override
                    public void onOpen(EventSource source, Response response) {
                        opened.countDown();
                    }

                    @Override
                    public void onEvent(EventSource source, String id, String type, String data) {
                        pushed.add(data);
                    }
                });
        try {
            assertThat(opened.await(10, TimeUnit.SECONDS)).isTrue();

            // when a booking is made and cancelled, a room closed, and a caretaker's PIN changed
            long booking = book(resourceId, DemoTags.APARTMENT_1102, TOMORROW, "10:00")
                    .json()
                    .path("bookingId")
                    .asLong();
            board.delete(ApiPaths.BOOKINGS + "/" + booking, tag(DemoTags.APARTMENT_1102));
            board.post(
                    ApiPaths.resourceClosures(resourceId),
                    "{\"from\":\"2026-12-01T07:00:00\",\"until\":\"2026-12-01T22:00:00\",\"reason\":\"Service\"}",
                    caretaker());
            long caretaker = board.get(ApiPaths.DEVICE_CARETAKER_PINS, Map.of())
                    .json()
                    .path(0)
                    .path("caretakerId")
                    .asLong();
            send("PUT", ApiPaths.caretakerPin(caretaker), "{\"pin\":\"482913\"}", caretaker());
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> pushed.stream().anyMatch(data -> data.contains("caretaker-pins-changed")));
        } finally {
            stream.cancel();
        }

        // then each pushed event is a documented ChangeEvent, and one without a slot names none
        for (String data : pushed) {
            ValidationReport report =
                    schemas.validate(data, document.getComponents().getSchemas().get("ChangeEvent"), "event");
            softly.assertThat(report.getMessages()).as(data).isEmpty();
        }
        softly.assertThat(pushed).anyMatch(data -> data.contains("booking-created"));
        softly.assertThat(pushed)
                .filteredOn(data -> data.contains("caretaker-pins-changed"))
                .allMatch(data -> !data.contains("resourceId") && !data.contains("\"date\""));
        softly.assertAll();
    }

    private Map<String, String> caretakerSession;

    /** A session of a caretaker the backend verified, opened once per test. */
    private Map<String, String> caretaker() {
        if (caretakerSession == null) {
            caretakerSession = StrictInputContract.caretakerSession(board);
        }
        return caretakerSession;
    }

    private Reply identify(String tagHash) {
        return board.post(ApiPaths.DEVICE_IDENTIFY, "{\"tagHash\":\"" + tagHash + "\"}", Map.of());
    }

    private Reply book(long resource, String tagHash, LocalDate date, String start) {
        return board.post(ApiPaths.BOOKINGS, bookingJson(resource, date.toString(), start), tag(tagHash));
    }

    private static String bookingJson(long resource, String date, String start) {
        return "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"%s\"}".formatted(resource, date, start);
    }

    private static Map<String, String> tag(String tagHash) {
        return Map.of(ApiPaths.TAG_HEADER, tagHash);
    }

    private static Reply page(StaffClient.Page page) {
        String type = page.header("Content-Type");
        return new Reply(page.status(), type == null ? "" : type, page.body());
    }

    /** A request with the board's token, a JSON body unless the headers say otherwise. */
    private Reply send(String method, String path, String json, Map<String, String> headers) {
        var request = board.request(path, Map.of());
        headers.forEach(request::header);
        String type = headers.getOrDefault("Content-Type", "application/json");
        request.method(method, json == null ? null : okhttp3.RequestBody.create(json, okhttp3.MediaType.get(type)));
        try (Response response = ApiClient.http().newCall(request.build()).execute()) {
            return new Reply(
                    response.code(),
                    response.header("Content-Type", ""),
                    response.body().string());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void checked(String method, String path, Reply reply) {
        if (reply.status() == 405) {
            // No operation can document a method a path does not have: the document's description
            // promises the problem, and its Problem schema says what that is.
            softly.assertThat(reply.contentType()).as(method + " " + path).startsWith("application/problem+json");
            softly.assertThat(schemas.validate(
                                    reply.body(),
                                    document.getComponents().getSchemas().get("Problem"),
                                    "problem")
                            .getMessages())
                    .as(method + " " + path + " -> " + reply.body())
                    .isEmpty();
            return;
        }
        String pathOnly = path.split("\\?", 2)[0];
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
        if (!reply.contentType().isEmpty()) {
            response.withContentType(reply.contentType().split(";", 2)[0]);
        }
        if (!reply.body().isEmpty()) {
            response.withBody(reply.body());
        }
        ValidationReport report = validator.validateResponse(
                pathOnly, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        softly.assertThat(report.getMessages())
                .as(method + " " + path + " -> " + reply.status() + " " + reply.body())
                .isEmpty();
    }
}
