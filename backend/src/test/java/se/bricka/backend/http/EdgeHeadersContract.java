package se.bricka.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.web.Html;
import se.bricka.core.wire.ApiPaths;

/** Security headers on every response, and 405 problems for a known path asked with a wrong method. */
public abstract class EdgeHeadersContract extends ApiTestBase {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store",
            "Content-Security-Policy", Html.CONTENT_SECURITY_POLICY);

    @Test
    void every_kind_of_response_carries_the_security_headers() {
        // given answers of every kind: API, document, feed, health, pages, problems, 404s, 405s
        List<HttpResponse<String>> answers = List.of(
                send("GET", ApiPaths.DEVICE_BOOTSTRAP, DemoTags.BOARD_TOKEN),
                send("GET", ApiPaths.DEVICE_BOOTSTRAP, null),
                send("GET", ApiPaths.OPENAPI, null),
                send("GET", ApiPaths.HEALTH, null),
                send("GET", "/calendar/no-such-feed", null),
                send("GET", "/enrollment", null),
                send("GET", "/staff/sign-in", null),
                send("GET", "/staff", null),
                send("GET", "/staff/api/quota-groups", null),
                send("GET", "/no/such/page", null),
                send("DELETE", ApiPaths.DEVICE_BOOTSTRAP, DemoTags.BOARD_TOKEN));

        // then each carries every header
        SoftAssertions softly = new SoftAssertions();
        for (HttpResponse<String> answer : answers) {
            String what = answer.request().method() + " " + answer.uri().getPath() + " (" + answer.statusCode() + ")";
            SECURITY_HEADERS.forEach(
                    (name, value) -> softly.assertThat(answer.headers().firstValue(name))
                            .as(what + " " + name)
                            .contains(value));
        }
        softly.assertAll();
    }

    @Test
    void no_hsts_over_plain_http_even_when_an_untrusted_proxy_header_says_https() {
        // when a client claims to have come over TLS through a proxy no one configured
        HttpRequest request = HttpRequest.newBuilder(uri(ApiPaths.HEALTH))
                .header("X-Forwarded-Proto", "https")
                .GET()
                .build();
        HttpResponse<String> answer = send(request);

        // then the server does not believe it
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void a_wrong_method_on_a_known_path_is_a_405_problem() {
        // when
        HttpResponse<String> onDevice = send("DELETE", ApiPaths.DEVICE_BOOTSTRAP, DemoTags.BOARD_TOKEN);
        HttpResponse<String> onEnrollment = send("GET", ApiPaths.ENROLLMENT, null);
        HttpResponse<String> onBookings = send("PUT", ApiPaths.BOOKINGS, DemoTags.BOARD_TOKEN);

        // then
        for (HttpResponse<String> answer : List.of(onDevice, onEnrollment, onBookings)) {
            assertProblem(
                    new Reply(
                            answer.statusCode(),
                            answer.headers().firstValue("Content-Type").orElse(""),
                            answer.body()),
                    405,
                    "method-not-allowed");
        }
    }

    @Test
    void an_unknown_path_stays_a_404_problem() {
        // when
        HttpResponse<String> answer = send("DELETE", "/api/v1/nothing-here", DemoTags.BOARD_TOKEN);

        // then
        assertProblem(
                new Reply(
                        answer.statusCode(),
                        answer.headers().firstValue("Content-Type").orElse(""),
                        answer.body()),
                404,
                "not-found");
    }

    private URI uri(String path) {
        return URI.create(backend.baseUri().toString().replaceAll("/$", "") + path);
    }

    private HttpResponse<String> send(String method, String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header(ApiPaths.AUTHORIZATION, "Bearer " + token);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
