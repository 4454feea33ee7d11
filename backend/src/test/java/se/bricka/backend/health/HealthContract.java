package se.bricka.backend.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.Test;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.wire.ApiPaths;

/** Liveness, readiness and the Prometheus metrics behind their token, over real HTTP. */
public abstract class HealthContract extends ApiTestBase {

    private static final String TOKEN = "scrape-token-0123456789abcdef";

    private ApiClient anyone() {
        return new ApiClient(backend.baseUri(), null);
    }

    @Test
    void live_answers_up_without_a_token() {
        // when
        Reply reply = anyone().get(HealthRoutes.LIVE, Map.of());

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("up");
    }

    @Test
    void the_old_health_route_still_answers_ok() {
        // when
        Reply reply = anyone().get(ApiPaths.HEALTH, Map.of());

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void ready_when_the_database_answers_and_every_migration_is_applied() {
        // when
        Reply reply = anyone().get(HealthRoutes.READY, Map.of());

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("ready");
        assertThat(reply.json().path("database").asText()).isEqualTo("up");
        assertThat(reply.json().path("migrations").asText()).isEqualTo("applied");
        assertThat(reply.json().path("schemaVersion").asText()).matches("\\d+");
    }

    @Test
    void not_ready_once_the_schema_is_gone() throws SQLException {
        // given the backend's tables are dropped under it
        emptyTheSchema();

        // when
        Reply reply = anyone().get(HealthRoutes.READY, Map.of());

        // then it says so, and liveness is unaffected
        assertThat(reply.status()).as(reply.body()).isEqualTo(503);
        assertThat(reply.json().path("status").asText()).isEqualTo("not-ready");
        assertThat(reply.json().path("migrations").asText()).endsWith("pending");
        assertThat(anyone().get(HealthRoutes.LIVE, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void metrics_are_not_served_when_no_token_is_configured() {
        // when (the test backend starts without BRICKA_METRICS_TOKEN)
        Reply reply = anyone().get(MetricsRoutes.METRICS, Map.of("Authorization", "Bearer " + TOKEN));

        // then it is as if there were no such route
        assertProblem(reply, 404, "not-found");
    }

    @Test
    void metrics_refuse_a_missing_or_wrong_token() {
        try (Backend scraped = secondBackendWithToken()) {
            ApiClient client = new ApiClient(scraped.baseUri(), null);

            // when
            Reply none = client.get(MetricsRoutes.METRICS, Map.of());
            Reply wrong = client.get(MetricsRoutes.METRICS, Map.of("Authorization", "Bearer " + TOKEN + "x"));
            Reply deviceToken =
                    new ApiClient(scraped.baseUri(), DemoTags.BOARD_TOKEN).get(MetricsRoutes.METRICS, Map.of());

            // then
            assertProblem(none, 401, "unauthorized");
            assertProblem(wrong, 401, "unauthorized");
            assertProblem(deviceToken, 401, "unauthorized");
            assertThat(none.body()).doesNotContain("jvm_");
        }
    }

    @Test
    void metrics_count_bookings_refusals_requests_by_route_and_show_jvm_pool_and_devices() {
        try (Backend scraped = secondBackendWithToken()) {
            ApiClient device = new ApiClient(scraped.baseUri(), DemoTags.BOARD_TOKEN);
            String before = scrape(scraped);

            // when a booking is made, the same slot is tried again, and a booking that does not exist is cancelled
            Reply booked = device.post(
                    ApiPaths.BOOKINGS,
                    bookingJson(resourceId, TOMORROW.toString(), "10:00"),
                    tag(DemoTags.APARTMENT_1102));
            Reply taken = device.post(
                    ApiPaths.BOOKINGS,
                    bookingJson(resourceId, TOMORROW.toString(), "10:00"),
                    tag(DemoTags.APARTMENT_1203));
            device.delete(ApiPaths.booking(987654321), tag(DemoTags.APARTMENT_1102));
            String after = scrape(scraped);

            // then
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            assertThat(taken.status()).isEqualTo(409);
            assertThat(value(after, "bricka_bookings_made_total"))
                    .isEqualTo(value(before, "bricka_bookings_made_total") + 1);
            assertThat(value(after, "bricka_bookings_refused_total{reason=\"slot-taken\"}"))
                    .isEqualTo(value(before, "bricka_bookings_refused_total{reason=\"slot-taken\"}") + 1);
            assertThat(after)
                    .contains(
                            "http_server_requests_seconds_count{method=\"POST\",route=\"/api/v1/bookings\",status=\"201\"}")
                    .contains("route=\"/api/v1/bookings/{bookingId}\"")
                    .doesNotContain("987654321")
                    .contains("jvm_memory_used_bytes")
                    .contains("hikaricp_connections_active")
                    .containsPattern("(?m)^bricka_devices_connected \\d");
        }
    }

    @Test
    void metrics_count_ingested_access_events_and_purge_runs() {
        try (Backend scraped = secondBackendWithToken()) {
            ApiClient device = new ApiClient(scraped.baseUri(), DemoTags.BOARD_TOKEN);
            String before = scrape(scraped);

            // when one event is uploaded and the purge runs
            Reply upload = device.post(
                    ApiPaths.DEVICE_ACCESS_EVENTS,
                    "{\"events\":[{\"eventId\":\"health-1\",\"doorId\":\"lg4-laundry-a\",\"occurredAt\":\"" + NOW
                            + "\",\"apartmentId\":null,\"reason\":\"unknown-tag\"}]}",
                    Map.of());
            scraped.privacy().purgeNow();
            String after = scrape(scraped);

            // then
            assertThat(upload.status()).as(upload.body()).isEqualTo(200);
            assertThat(value(after, "bricka_access_events_ingested_total"))
                    .isEqualTo(value(before, "bricka_access_events_ingested_total") + 1);
            assertThat(value(after, "bricka_retention_purge_runs_total"))
                    .isEqualTo(value(before, "bricka_retention_purge_runs_total") + 1);
        }
    }

    @Test
    void metrics_time_how_long_a_change_takes_to_reach_a_connected_device() {
        try (Backend scraped = secondBackendWithToken()) {
            // given a device holding the event stream open
            EventSource stream = EventSources.createFactory(ApiClient.http())
                    .newEventSource(
                            new ApiClient(scraped.baseUri(), DemoTags.BOARD_TOKEN)
                                    .request(ApiPaths.DEVICE_EVENTS, Map.of())
                                    .build(),
                            new EventSourceListener() {});
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> scraped.connectedDevices() == 1);
                String before = scrape(scraped);

                // when a booking is pushed to it
                Reply booked = new ApiClient(scraped.baseUri(), DemoTags.BOARD_TOKEN)
                        .post(
                                ApiPaths.BOOKINGS,
                                bookingJson(resourceId, TOMORROW.toString(), "13:00"),
                                tag(DemoTags.APARTMENT_1102));

                // then
                assertThat(booked.status()).as(booked.body()).isEqualTo(201);
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> value(scrape(scraped), "bricka_push_lag_seconds_count")
                                > value(before, "bricka_push_lag_seconds_count"));
                assertThat(value(scrape(scraped), "bricka_devices_connected")).isEqualTo(1);
            } finally {
                stream.cancel();
            }
        }
    }

    /** A second node on the same database, whose /metrics admits {@link #TOKEN}. */
    private Backend secondBackendWithToken() {
        return Backend.start(database.configure(BackendConfig.forTests(clock)), MetricsAccess.withToken(TOKEN));
    }

    private static String scrape(Backend node) {
        Reply reply = new ApiClient(node.baseUri(), null)
                .get(MetricsRoutes.METRICS, Map.of("Authorization", "Bearer " + TOKEN));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/plain");
        return reply.body();
    }

    /** The value of the series named exactly {@code series} (with its labels), 0 when absent. */
    private static double value(String scrape, String series) {
        Matcher matcher =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private void emptyTheSchema() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            if (database.url().startsWith("jdbc:h2:")) {
                statement.execute("DROP ALL OBJECTS");
            } else {
                String schema =
                        database.url().substring(database.url().indexOf("currentSchema=") + "currentSchema=".length());
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
                statement.execute("CREATE SCHEMA " + schema);
            }
        }
    }
}
