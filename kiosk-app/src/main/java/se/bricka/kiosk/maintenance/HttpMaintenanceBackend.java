package se.bricka.kiosk.maintenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.CaretakerPin;
import se.bricka.core.wire.CaretakerSession;
import se.bricka.core.wire.CaretakerVerification;
import se.bricka.core.wire.ClosurePreview;
import se.bricka.core.wire.ClosureRequest;
import se.bricka.core.wire.ClosureView;
import se.bricka.core.wire.DeviceBinding;
import se.bricka.core.wire.DeviceBootstrap;
import se.bricka.core.wire.Enrollment;
import se.bricka.core.wire.EnrollmentRequest;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.core.wire.TagLookup;
import se.bricka.kiosk.backend.BackendOfflineException;
import se.bricka.kiosk.backend.BackendRefusedException;
import se.bricka.kiosk.backend.WireJson;

/** {@link MaintenanceBackend} over HTTP with the device token. */
public final class HttpMaintenanceBackend implements MaintenanceBackend, AutoCloseable {

    private static final int HTTP_NOT_MODIFIED = 304;
    private static final MediaType JSON = MediaType.get("application/json");
    private static final TypeReference<List<CaretakerPin>> PIN_LIST = new TypeReference<>() {};

    private final HttpUrl base;
    private final String deviceToken;
    private final ObjectMapper json = WireJson.mapper();
    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(3))
            .callTimeout(Duration.ofSeconds(10))
            .build();

    public HttpMaintenanceBackend(URI baseUri, String deviceToken) {
        this.base = HttpUrl.get(baseUri.toString());
        this.deviceToken = deviceToken;
    }

    @Override
    public List<CaretakerPin> caretakerPins() {
        return call(
                request(ApiPaths.DEVICE_CARETAKER_PINS).get(),
                json.getTypeFactory().constructType(PIN_LIST));
    }

    @Override
    public void report(CaretakerEventReport event) {
        call(request(ApiPaths.DEVICE_CARETAKER_EVENTS).post(body(event)), type(Void.class));
    }

    @Override
    public List<ResourceSummary> resources() {
        DeviceBootstrap bootstrap = call(request(ApiPaths.DEVICE_BOOTSTRAP).get(), type(DeviceBootstrap.class));
        return bootstrap.resources();
    }

    @Override
    public String tagKey() {
        DeviceBootstrap bootstrap = call(request(ApiPaths.DEVICE_BOOTSTRAP).get(), type(DeviceBootstrap.class));
        return bootstrap.tagKey();
    }

    @Override
    public Household identify(String tagHash) {
        return call(request(ApiPaths.DEVICE_IDENTIFY).post(body(new TagLookup(tagHash))), type(Household.class));
    }

    @Override
    public CaretakerSession verifyCaretaker(String staffTagHash, String pin) {
        return call(
                request(ApiPaths.DEVICE_CARETAKER_SESSIONS).post(body(new CaretakerVerification(staffTagHash, pin))),
                type(CaretakerSession.class));
    }

    @Override
    public void endCaretakerSession(String sessionToken) {
        call(
                asCaretaker(request(ApiPaths.DEVICE_CARETAKER_SESSIONS), sessionToken)
                        .delete(),
                type(Void.class));
    }

    @Override
    public ClosurePreview previewClosure(String sessionToken, long resourceId, ClosureRequest request) {
        return call(
                asCaretaker(request(ApiPaths.resourceClosurePreview(resourceId)), sessionToken)
                        .post(body(request)),
                type(ClosurePreview.class));
    }

    @Override
    public ClosureView close(String sessionToken, long resourceId, ClosureRequest request) {
        return call(
                asCaretaker(request(ApiPaths.resourceClosures(resourceId)), sessionToken)
                        .post(body(request)),
                type(ClosureView.class));
    }

    @Override
    public void reopen(String sessionToken, long closureId) {
        call(asCaretaker(request(ApiPaths.closure(closureId)), sessionToken).delete(), type(Void.class));
    }

    @Override
    public long snapshotVersion(long known) {
        Request.Builder request = request(ApiPaths.DEVICE_ACCESS_SNAPSHOT).get();
        if (known >= 0) {
            request.header("If-None-Match", "\"" + known + "\"");
        }
        JsonNode snapshot = call(request, type(JsonNode.class));
        return snapshot == null ? known : snapshot.path("version").asLong(known);
    }

    @Override
    public DeviceBinding binding() {
        return call(request(ApiPaths.DEVICE_BINDING).get(), type(DeviceBinding.class));
    }

    @Override
    public Enrollment enroll(String code) {
        Request.Builder enrollment =
                new Request.Builder().url(base.resolve(ApiPaths.ENROLLMENT)).post(body(new EnrollmentRequest(code)));
        return call(enrollment, type(Enrollment.class));
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private JavaType type(Class<?> type) {
        return json.getTypeFactory().constructType(type);
    }

    private Request.Builder request(String path) {
        return new Request.Builder().url(base.resolve(path)).header(ApiPaths.AUTHORIZATION, "Bearer " + deviceToken);
    }

    private static Request.Builder asCaretaker(Request.Builder request, String sessionToken) {
        return request.header(ApiPaths.CARETAKER_SESSION_HEADER, sessionToken);
    }

    private RequestBody body(Object value) {
        try {
            return RequestBody.create(json.writeValueAsString(value), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value + " as JSON", e);
        }
    }

    private <T> T call(Request.Builder builder, JavaType type) {
        Request request = builder.build();
        String where = request.method() + " " + request.url().encodedPath();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            if (response.code() == HTTP_NOT_MODIFIED) {
                // Only a conditional GET gets this: what the caller knows is still current.
                return null;
            }
            if (response.isSuccessful()) {
                return type.getRawClass() == Void.class || text.isEmpty() ? null : json.readValue(text, type);
            }
            if (response.code() >= 502 && response.code() <= 504) {
                throw new BackendOfflineException(where + " answered " + response.code(), null);
            }
            JsonNode problem = readProblem(text);
            throw new BackendRefusedException(
                    problem.path("code").asText(null),
                    response.code(),
                    where + ": " + problem.path("detail").asText(text));
        } catch (JsonProcessingException e) {
            throw new BackendRefusedException(BackendRefusedException.UNEXPECTED, 200, "unreadable answer: " + e);
        } catch (IOException e) {
            throw new BackendOfflineException(where + " failed", e);
        }
    }

    private JsonNode readProblem(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }
}
