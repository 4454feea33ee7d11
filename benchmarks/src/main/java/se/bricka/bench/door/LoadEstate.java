package se.bricka.bench.door;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.device.TokenHash;
import se.bricka.core.demo.DemoDoors;

/**
 * The backend of a load run: the demo estate on an H2 file database, plus {@code n} enrolled door
 * controllers bound to the demo doors, and customer service blocking a tag through the staff pages.
 */
final class LoadEstate implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String dbUrl;
    private Backend backend;
    private int port;

    LoadEstate(Path dir) {
        this.dbUrl = "jdbc:h2:file:" + dir.resolve("bricka").toAbsolutePath();
    }

    /** Starts (or restarts, on the same port and data) the backend. */
    LoadEstate start() {
        backend = Backend.start(BackendConfig.forTests(Clock.systemUTC())
                .withDatabase(dbUrl, "", "")
                .withPort(port));
        port = backend.port();
        return this;
    }

    void stop() {
        backend.close();
    }

    Backend backend() {
        return backend;
    }

    /** The backend on loopback by address: the harness measures the backend, not name resolution. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + backend.port() + "/");
    }

    /** Enrols {@code n} door controllers {@code load-0 …}, each bound to the three demo doors; returns their tokens. */
    List<String> enrolDevices(int n) throws SQLException {
        List<String> tokens = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(dbUrl, "", "");
                PreparedStatement device =
                        connection.prepareStatement("INSERT INTO device (device_id, name, property_id, token_hash)"
                                + " SELECT ?, ?, id, ? FROM property");
                PreparedStatement door = connection.prepareStatement(
                        "INSERT INTO device_door (device_id, door_id) SELECT id, ? FROM device WHERE device_id = ?")) {
            for (int i = 0; i < n; i++) {
                String token = "load-token-" + i;
                device.setString(1, "load-" + i);
                device.setString(2, "load device " + i);
                device.setString(3, TokenHash.of(token));
                device.executeUpdate();
                for (String doorId : List.of(DemoDoors.ENTRANCE, DemoDoors.BIKE_ROOM, DemoDoors.LAUNDRY_ROOM)) {
                    door.setString(1, doorId);
                    door.setString(2, "load-" + i);
                    door.executeUpdate();
                }
                tokens.add(token);
            }
        }
        return tokens;
    }

    long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl, "", "");
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    long tagId(String uidHash) throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl, "", "");
                PreparedStatement find = connection.prepareStatement("SELECT id FROM tag WHERE uid_hash = ?")) {
            find.setString(1, uidHash);
            try (ResultSet row = find.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** A signed-in customer-service session on the staff pages. */
    Staff staff() {
        return new Staff(uri()).signIn();
    }

    @Override
    public void close() {
        if (backend != null) {
            backend.close();
        }
    }

    /** Customer service, through the staff pages' forms. */
    static final class Staff {
        private final HttpClient http = HttpClient.newHttpClient();
        private final URI base;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String csrf;

        Staff(URI base) {
            this.base = base;
        }

        Staff signIn() {
            String token = csrf(send("/staff/sign-in", null));
            send("/staff/sign-in", Map.of("username", "kundtjanst", "password", "demo-kundtjanst", "_csrf", token));
            csrf = csrf(send("/staff", null));
            return this;
        }

        void block(long tagId) {
            send("/staff/tags/" + tagId + "/block", Map.of("reason", "LOST", "_csrf", csrf));
        }

        void unblock(long tagId) {
            send("/staff/tags/" + tagId + "/unblock", Map.of("_csrf", csrf));
        }

        private static String csrf(String html) {
            Matcher matcher = CSRF.matcher(html);
            if (!matcher.find()) {
                throw new IllegalStateException("no CSRF field on the staff page");
            }
            return matcher.group(1).replace("&amp;", "&");
        }

        private String send(String path, Map<String, String> form) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
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
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                for (String setCookie : response.headers().allValues("set-cookie")) {
                    String pair = setCookie.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                if (response.statusCode() >= 400) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
                return response.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
