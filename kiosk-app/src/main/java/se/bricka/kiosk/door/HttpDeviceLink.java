package se.bricka.kiosk.door;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import se.bricka.core.wire.AccessEventBatch;
import se.bricka.core.wire.AccessEventReceipt;
import se.bricka.core.wire.AccessEventUpload;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.DeviceBootstrap;
import se.bricka.core.wire.DeviceSnapshot;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.backend.BackendRefusedException;
import se.bricka.kiosk.backend.ChangeListener;
import se.bricka.kiosk.backend.ChangeSubscription;
import se.bricka.kiosk.backend.SseChangeSubscription;

/** {@link DeviceLink} over HTTP with the device token; one {@link OkHttpClient} may serve many links. */
public final class HttpDeviceLink implements DeviceLink {

    /**
     * The booking engine's check-in route ({@code ApiPaths.DEVICE_CHECK_INS} on main): header {@code
     * Bricka-Tag}, body {@code {"resourceId": n}}.
     */
    static final String CHECK_INS = "/api/v1/device/check-ins";

    private static final MediaType JSON = MediaType.get("application/json");
    private static final Duration STREAM_SILENCE_LIMIT = Duration.ofSeconds(45);

    private final HttpUrl base;
    private final String token;
    private final OkHttpClient http;
    private final boolean ownsClient;
    private final ObjectMapper json = DoorJson.mapper();

    /** A link over a shared client (the load harness runs a thousand on one). */
    public HttpDeviceLink(URI baseUri, String token, OkHttpClient http) {
        this(baseUri, token, http, false);
    }

    private HttpDeviceLink(URI baseUri, String token, OkHttpClient http, boolean ownsClient) {
        this.base = HttpUrl.get(Objects.requireNonNull(baseUri, "baseUri").toString());
        this.token = Objects.requireNonNull(token, "token");
        this.http = http;
        this.ownsClient = ownsClient;
    }

    /** A link with a client of its own. */
    public static HttpDeviceLink create(URI baseUri, String token) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(15))
                .build();
        return new HttpDeviceLink(baseUri, token, http, true);
    }

    @Override
    public byte[] tagKey() {
        try (Response response =
                http.newCall(request(ApiPaths.DEVICE_BOOTSTRAP).get().build()).execute()) {
            return Base64.getDecoder()
                    .decode(json.readValue(check(response), DeviceBootstrap.class)
                            .tagKey());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BackendRefusedException(BackendRefusedException.UNEXPECTED, 200, "unreadable bootstrap: " + e);
        } catch (IOException e) {
            throw new BackendOfflineException("bootstrap failed", e);
        }
    }

    @Override
    public Fetched fetchSnapshot(long knownVersion) {
        Request.Builder request = request(ApiPaths.DEVICE_ACCESS_SNAPSHOT).get();
        if (knownVersion >= 0) {
            request.header("If-None-Match", "\"" + knownVersion + "\"");
        }
        try (Response response = http.newCall(request.build()).execute()) {
            Optional<Instant> serverTime = serverTime(response.header(ApiPaths.SERVER_TIME_HEADER));
            if (response.code() == 304) {
                return new Fetched(Optional.empty(), serverTime);
            }
            String body = check(response);
            return new Fetched(Optional.of(json.readValue(body, DeviceSnapshot.class)), serverTime);
        } catch (JsonProcessingException e) {
            throw new BackendRefusedException(BackendRefusedException.UNEXPECTED, 200, "unreadable snapshot: " + e);
        } catch (IOException e) {
            throw new BackendOfflineException("snapshot download failed", e);
        }
    }

    @Override
    public AccessEventReceipt upload(List<AccessEventUpload> events) {
        Request request = request(ApiPaths.DEVICE_ACCESS_EVENTS)
                .post(body(new AccessEventBatch(events)))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return json.readValue(check(response), AccessEventReceipt.class);
        } catch (JsonProcessingException e) {
            throw new BackendRefusedException(BackendRefusedException.UNEXPECTED, 200, "unreadable receipt: " + e);
        } catch (IOException e) {
            throw new BackendOfflineException("access-event upload failed", e);
        }
    }

    @Override
    public void checkIn(String tagHash, long resourceId) {
        Request request = request(CHECK_INS)
                .header(ApiPaths.TAG_HEADER, tagHash)
                .post(body(Map.of("resourceId", resourceId)))
                .build();
        try (Response response = http.newCall(request).execute()) {
            check(response);
        } catch (IOException e) {
            throw new BackendOfflineException("check-in failed", e);
        }
    }

    @Override
    public ChangeSubscription subscribe(ChangeListener listener) {
        OkHttpClient streaming = http.newBuilder()
                .readTimeout(STREAM_SILENCE_LIMIT)
                .callTimeout(Duration.ZERO)
                .build();
        return SseChangeSubscription.start(
                streaming, request(ApiPaths.DEVICE_EVENTS).get().build(), json, listener);
    }

    @Override
    public void close() {
        if (ownsClient) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private String check(Response response) throws IOException {
        String body = response.body().string();
        if (response.isSuccessful()) {
            return body;
        }
        String where =
                response.request().method() + " " + response.request().url().encodedPath();
        if (response.code() >= 500 || response.code() == 408 || response.code() == 429) {
            throw new BackendOfflineException(where + " answered " + response.code(), null);
        }
        String code = null;
        try {
            code = json.readTree(body).path("code").asText(null);
        } catch (JsonProcessingException e) {
            code = BackendRefusedException.UNEXPECTED;
        }
        throw new BackendRefusedException(code, response.code(), where + ": " + body);
    }

    private Request.Builder request(String path) {
        return new Request.Builder().url(base.resolve(path)).header(ApiPaths.AUTHORIZATION, "Bearer " + token);
    }

    private RequestBody body(Object value) {
        try {
            return RequestBody.create(json.writeValueAsString(value), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private static Optional<Instant> serverTime(String header) {
        try {
            return Optional.ofNullable(header).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
