package se.bricka.kiosk.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.ApartmentBooking;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.BookingConfirmation;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.DeviceBootstrap;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.QuotaView;
import se.bricka.core.wire.TagLookup;
import se.bricka.core.wire.WeekSchedule;

/**
 * {@link BoardBackend} over HTTP (OkHttp and Jackson), authenticated with the device token. Problem
 * documents become {@link BackendRefusedException}s carrying their code; network failures and
 * "unavailable" answers become {@link BackendOfflineException}s.
 */
public final class HttpBoardBackend implements BoardBackend {

    private static final Logger LOG = LoggerFactory.getLogger(HttpBoardBackend.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int BOOKING_ATTEMPTS = 2;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(300);
    private static final Duration STREAM_SILENCE_LIMIT = Duration.ofSeconds(45);

    private static final TypeReference<List<ApartmentBooking>> BOOKING_LIST = new TypeReference<>() {};

    private final HttpUrl base;
    private final String deviceToken;
    private final OkHttpClient http;
    private final ObjectMapper json = WireJson.mapper();
    private final SharedChangeStream changes = new SharedChangeStream(this::openStream);

    /**
     * A client of the backend at {@code baseUri} (such as {@code http://localhost:8080}), speaking
     * for the device that holds {@code deviceToken}.
     */
    public HttpBoardBackend(URI baseUri, String deviceToken) {
        this.base = HttpUrl.get(Objects.requireNonNull(baseUri, "baseUri").toString());
        this.deviceToken = Objects.requireNonNull(deviceToken, "deviceToken");
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(8))
                .callTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Override
    public DeviceBootstrap bootstrap() {
        return call(request(ApiPaths.DEVICE_BOOTSTRAP).get().build(), DeviceBootstrap.class);
    }

    @Override
    public Household identify(String tagHash) {
        RequestBody body = jsonBody(new TagLookup(tagHash));
        return call(request(ApiPaths.DEVICE_IDENTIFY).post(body).build(), Household.class);
    }

    @Override
    public WeekSchedule week(long resourceId, LocalDate day, String tagHash) {
        HttpUrl url = url(ApiPaths.resourceWeek(resourceId))
                .newBuilder()
                .addQueryParameter("week", day.toString())
                .build();
        Request.Builder request = authorized(url).get();
        if (tagHash != null) {
            request.header(ApiPaths.TAG_HEADER, tagHash);
        }
        return call(request.build(), WeekSchedule.class);
    }

    @Override
    public BookingConfirmation book(BookingRequest booking, String tagHash, UUID idempotencyKey) {
        Request request = request(ApiPaths.BOOKINGS)
                .header(ApiPaths.TAG_HEADER, tagHash)
                .header(ApiPaths.IDEMPOTENCY_HEADER, idempotencyKey.toString())
                .post(jsonBody(booking))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                return call(request, BookingConfirmation.class);
            } catch (BackendOfflineException e) {
                // The same key makes the retry safe: a booking that did arrive is returned, not doubled.
                if (attempt >= BOOKING_ATTEMPTS || !pause()) {
                    throw e;
                }
                LOG.info("booking attempt {} did not get through, retrying with the same key", attempt);
            }
        }
    }

    @Override
    public List<ApartmentBooking> bookings(String tagHash, LocalDate from) {
        HttpUrl url = url(ApiPaths.APARTMENT_BOOKINGS)
                .newBuilder()
                .addQueryParameter("from", from.toString())
                .build();
        Request request =
                authorized(url).header(ApiPaths.TAG_HEADER, tagHash).get().build();
        List<ApartmentBooking> found = call(request, BOOKING_LIST);
        return found == null ? List.of() : found;
    }

    @Override
    public void cancel(long bookingId, String tagHash) {
        Request request = request(ApiPaths.booking(bookingId))
                .header(ApiPaths.TAG_HEADER, tagHash)
                .delete()
                .build();
        call(request, Void.class);
    }

    @Override
    public ChangeSubscription subscribe(ChangeListener listener) {
        return changes.add(listener);
    }

    private ChangeSubscription openStream(ChangeListener listener) {
        Request request = request(ApiPaths.DEVICE_EVENTS).get().build();
        // The backend sends a comment every 15 s; three missed in a row mean the stream is dead.
        OkHttpClient streaming = http.newBuilder()
                .readTimeout(STREAM_SILENCE_LIMIT)
                .callTimeout(Duration.ZERO)
                .build();
        return SseChangeSubscription.start(streaming, request, json, listener);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private <T> T call(Request request, Class<T> type) {
        return call(request, json.getTypeFactory().constructType(type));
    }

    private <T> T call(Request request, TypeReference<T> type) {
        return call(request, json.getTypeFactory().constructType(type));
    }

    private <T> T call(Request request, com.fasterxml.jackson.databind.JavaType type) {
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            if (response.isSuccessful()) {
                return type.getRawClass() == Void.class || body.isEmpty() ? null : json.readValue(body, type);
            }
            throw failure(request, response.code(), body);
        } catch (JsonProcessingException e) {
            throw new BackendRefusedException(BackendRefusedException.UNEXPECTED, 200, "unreadable answer: " + e);
        } catch (IOException e) {
            throw new BackendOfflineException(
                    request.method() + " " + request.url().encodedPath() + " failed", e);
        }
    }

    private BackendException failure(Request request, int status, String body) {
        String where = request.method() + " " + request.url().encodedPath();
        if (status == 502 || status == 503 || status == 504) {
            return new BackendOfflineException(where + " answered " + status, null);
        }
        try {
            JsonNode problem = json.readTree(body);
            String code = problem.path("code").asText(null);
            String detail = problem.path("detail").asText(body);
            return new BackendRefusedException(code, status, where + ": " + detail, details(problem));
        } catch (JsonProcessingException | java.time.DateTimeException e) {
            LOG.debug("{} answered {} without a readable problem document", where, status);
            return new BackendRefusedException(null, status, where + ": " + body);
        }
    }

    /** The extension members the board words a refusal with; absent or unreadable ones are null. */
    private RefusalDetails details(JsonNode problem) throws JsonProcessingException {
        QuotaView quota = problem.hasNonNull("quota") ? json.treeToValue(problem.get("quota"), QuotaView.class) : null;
        LocalDateTime closedUntil = problem.hasNonNull("closedUntil")
                ? LocalDateTime.parse(problem.get("closedUntil").asText())
                : null;
        LocalDate lastDay = problem.hasNonNull("lastBookableDay")
                ? LocalDate.parse(problem.get("lastBookableDay").asText())
                : null;
        return new RefusalDetails(quota, closedUntil, lastDay);
    }

    private Request.Builder request(String path) {
        return authorized(url(path));
    }

    private Request.Builder authorized(HttpUrl url) {
        return new Request.Builder().url(url).header(ApiPaths.AUTHORIZATION, "Bearer " + deviceToken);
    }

    private HttpUrl url(String path) {
        HttpUrl url = base.resolve(path);
        if (url == null) {
            throw new IllegalArgumentException("cannot resolve " + path + " against " + base);
        }
        return url;
    }

    private RequestBody jsonBody(Object value) {
        try {
            return RequestBody.create(json.writeValueAsString(value), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value + " as JSON", e);
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(RETRY_PAUSE);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
