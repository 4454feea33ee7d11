package se.bricka.kiosk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff signed in to the backend's staff pages, as a browser would be: session cookie
 * kept, the page's CSRF token sent with every form. The board's end-to-end tests use it to make the
 * changes staff make (block a tag, issue an enrollment code) and watch the board react.
 */
public final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String csrf;

    private StaffSession(URI base, String username, String password) {
        this.base = base;
        String token = csrfIn(send("/staff/sign-in", null).body());
        int status = send("/staff/sign-in", Map.of("username", username, "password", password, "_csrf", token))
                .statusCode();
        if (status != 303) {
            throw new AssertionError("sign-in of " + username + " answered " + status);
        }
        csrf = csrfIn(send("/staff", null).body());
    }

    /** Signs in at the backend at {@code base} with a demo account. */
    public static StaffSession signIn(URI base, String username, String password) {
        return new StaffSession(base, username, password);
    }

    /** The page at {@code path}. */
    public HttpResponse<String> get(String path) {
        return send(path, null);
    }

    /** Submits a form to {@code path} with the session's CSRF token added. */
    public HttpResponse<String> submit(String path, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", csrf);
        return send(path, form);
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
