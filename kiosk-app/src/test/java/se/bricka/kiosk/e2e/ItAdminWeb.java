package se.bricka.kiosk.e2e;

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

/** IT administration on the staff pages, as far as the board's end-to-end tests need it. */
final class ItAdminWeb {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("id=\"enrollment-code\">(\\d{4}) (\\d{4}) (\\d{4})<");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    ItAdminWeb(URI base) {
        this.base = base;
    }

    /** Signs in as the demo IT administration account. */
    ItAdminWeb signIn() {
        String token = csrfIn(send("/staff/sign-in", null).body());
        int status = send("/staff/sign-in", Map.of("username", "it-admin", "password", "demo-it-admin", "_csrf", token))
                .statusCode();
        if (status != 303) {
            throw new AssertionError("sign-in answered " + status);
        }
        csrf = csrfIn(send("/staff", null).body());
        return this;
    }

    /** Issues a one-time enrollment code for {@code deviceId}, as the page of devices shows it. */
    String issueCode(String deviceId) {
        HttpResponse<String> page = send("/staff/devices/" + deviceId + "/enrollment-code", Map.of("_csrf", csrf));
        Matcher code = CODE.matcher(page.body());
        if (page.statusCode() != 200 || !code.find()) {
            throw new AssertionError("no code issued: " + page.statusCode() + " " + page.body());
        }
        return code.group(1) + code.group(2) + code.group(3);
    }

    /** Blocks staff tag {@code staffTagId}; returns the HTTP status. */
    int blockStaffTag(long staffTagId) {
        return send("/staff/staff-tags/" + staffTagId + "/block", Map.of("_csrf", csrf))
                .statusCode();
    }

    /** The id of the first staff tag on the page of doors and grants. */
    long firstStaffTag() {
        Matcher id = Pattern.compile("id=\"block-staff-tag-(\\d+)\"")
                .matcher(send("/staff/door-access", null).body());
        if (!id.find()) {
            throw new AssertionError("no staff tag to block on the page");
        }
        return Long.parseLong(id.group(1));
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
