package se.bricka.kiosk.door;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Customer service on the staff pages (issue 7), as far as the door tests need: sign in, block a tag. */
final class StaffWeb {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    StaffWeb(URI base) {
        this.base = base;
    }

    /** Signs in as the demo customer-service account. */
    StaffWeb signIn() {
        String token = csrfIn(send("/staff/sign-in", null).body());
        int status = send(
                        "/staff/sign-in",
                        Map.of("username", "kundtjanst", "password", "demo-kundtjanst", "_csrf", token))
                .statusCode();
        if (status != 303) {
            throw new AssertionError("sign-in answered " + status);
        }
        csrf = csrfIn(send("/staff", null).body());
        return this;
    }

    /** Blocks tag {@code tagId} as lost; returns the HTTP status. */
    int block(long tagId) {
        return send("/staff/tags/" + tagId + "/block", Map.of("reason", "LOST", "_csrf", csrf))
                .statusCode();
    }

    private static String csrfIn(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field in " + html);
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    private HttpResponse<String> send(String path, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded");
            request.POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"))));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("set-cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
