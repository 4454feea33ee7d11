package se.bricka.backend.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client of the staff pages without a browser: keeps its cookies by hand, follows no
 * redirects, and adds the session's CSRF token to forms unless told not to.
 */
public final class StaffClient {

    /** One response, read completely. */
    public record Page(int status, Map<String, List<String>> headers, byte[] bytes) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of()).stream()
                    .findFirst()
                    .orElse(null);
        }

        public List<String> setCookies() {
            return headers.getOrDefault("set-cookie", List.of());
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One HTTP client per source address, shared by the tests like {@link #HTTP}. */
    private static final Map<InetAddress, HttpClient> BOUND = new java.util.concurrent.ConcurrentHashMap<>();

    private final URI base;
    private final HttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    public StaffClient(URI base) {
        this.base = base;
        this.http = HTTP;
    }

    /**
     * A client whose connections come from {@code from}, such as 127.0.0.2 (Linux routes all of 127/8 to
     * loopback), so that the server sees a different address for it; {@code base}'s host becomes 127.0.0.1.
     */
    public StaffClient(URI base, InetAddress from) {
        this.base = URI.create("http://127.0.0.1:" + base.getPort() + "/");
        this.http = BOUND.computeIfAbsent(
                from,
                address -> HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .localAddress(address)
                        .build());
    }

    /** Signs in through the form; returns the answer to the form post. */
    public Page signIn(String username, String password) {
        Page form = get("/staff/sign-in");
        String token = csrfIn(form.body());
        Page answer = send(
                "POST", "/staff/sign-in", form(Map.of("username", username, "password", password, "_csrf", token)));
        if (answer.status() == 303) {
            csrf = csrfIn(get("/staff").body());
        }
        return answer;
    }

    /** A GET with this client's cookies. */
    public Page get(String path) {
        return send("GET", path, null);
    }

    /** A form POST carrying this session's CSRF token. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", csrf == null ? "" : csrf);
        return send("POST", path, form(withToken));
    }

    /** A form POST exactly as given (no token added). */
    public Page postRaw(String path, Map<String, String> fields) {
        return send("POST", path, form(fields));
    }

    /**
     * A JSON request as a non-form client sends it: the session's CSRF token in the
     * {@code X-CSRF-Token} header, answers asked for as JSON. {@code json} null sends no body.
     */
    public Page json(String method, String path, String json) {
        return json(method, path, json, "application/json");
    }

    /** A JSON request as {@link #json(String, String, String)}, its body declared as {@code contentType}. */
    public Page json(String method, String path, String json, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (csrf != null) {
            headers.put("X-CSRF-Token", csrf);
        }
        return send(method, path, json, contentType, headers);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public String csrf() {
        return csrf;
    }

    private static String csrfIn(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field in " + html);
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Page send(String method, String path, String body) {
        return send(
                method,
                path,
                body,
                "application/x-www-form-urlencoded",
                Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
    }

    private Page send(String method, String path, String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Page page = new Page(response.statusCode(), response.headers().map(), response.body());
            for (String setCookie : page.setCookies()) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String value = pair.substring(eq + 1);
                if (value.isEmpty()) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
