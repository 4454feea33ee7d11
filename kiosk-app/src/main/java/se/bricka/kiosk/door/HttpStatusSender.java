package se.bricka.kiosk.door;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.DeviceStatusReport;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.backend.BackendRefusedException;

/** Sends status reports to {@code POST /api/v1/device/status} with the device token. */
public final class HttpStatusSender implements StatusReporter.Sender, AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl url;
    private final String token;
    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(3))
            .callTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper json = DoorJson.mapper();

    public HttpStatusSender(URI backend, String token) {
        this.url = HttpUrl.get(Objects.requireNonNull(backend, "backend")
                .resolve(ApiPaths.DEVICE_STATUS)
                .toString());
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public void send(DeviceStatusReport report) {
        Request request;
        try {
            request = new Request.Builder()
                    .url(url)
                    .header(ApiPaths.AUTHORIZATION, "Bearer " + token)
                    .post(RequestBody.create(json.writeValueAsBytes(report), JSON))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a status report", e);
        }
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 204 && response.code() != 200) {
                throw new BackendRefusedException(
                        BackendRefusedException.UNEXPECTED,
                        response.code(),
                        "status report: " + response.body().string());
            }
        } catch (IOException e) {
            throw new BackendOfflineException("status report failed", e);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
