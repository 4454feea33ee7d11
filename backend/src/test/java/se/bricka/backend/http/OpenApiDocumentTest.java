package se.bricka.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.Reply;
import se.bricka.core.wire.ApiPaths;

/** The OpenAPI document at /openapi.json describes exactly the routes the backend serves. */
class OpenApiDocumentTest {

    private static Backend backend;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        backend = Backend.start(
                BackendConfig.forTests(Clock.fixed(Instant.parse("2026-11-25T08:30:00Z"), ZoneOffset.UTC)));
        Reply reply = new ApiClient(backend.baseUri(), null).get(ApiPaths.OPENAPI, Map.of());
        assertThat(reply.status()).isEqualTo(200);
        document = reply.json();
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    private static List<String> documentedRoutes() {
        List<String> routes = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return routes;
    }

    @Test
    void document_is_openapi_3_and_served_without_a_token() {
        // then (the document was fetched without a token)
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("info").path("title").asText()).isNotBlank();
    }

    /**
     * The routes of the JSON API: the staff pages under /staff are HTML for people, not part of it;
     * the staff JSON routes under /staff/api are.
     */
    private static List<String> apiRoutes() {
        return backend.routes().stream()
                .filter(route -> {
                    String path = route.split(" ", 2)[1];
                    return !path.startsWith("/staff") || path.startsWith("/staff/api/");
                })
                .toList();
    }

    @Test
    void every_served_route_is_documented() {
        // when the served routes of the JSON API are compared with the document
        List<String> served = apiRoutes();

        // then each one is in it
        assertThat(served).isNotEmpty();
        assertThat(documentedRoutes()).containsAll(served);
    }

    @Test
    void every_documented_route_is_served() {
        // when the document is compared with the served routes
        List<String> documented = documentedRoutes();

        // then each one is served
        assertThat(apiRoutes()).containsAll(documented);
    }

    @Test
    void every_schema_reference_resolves() {
        // given the document's text
        String text = document.toString();

        // then each $ref names a component that exists
        var matcher = java.util.regex.Pattern.compile("#/components/(schemas|parameters)/(\\w+)")
                .matcher(text);
        while (matcher.find()) {
            assertThat(document.path("components").path(matcher.group(1)).has(matcher.group(2)))
                    .as(matcher.group())
                    .isTrue();
        }
    }
}
