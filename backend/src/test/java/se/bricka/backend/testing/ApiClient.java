package se.bricka.backend.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import se.bricka.core.wire.ApiPaths;

/** A device talking HTTP to a test backend, with its token (or none). */
public final class ApiClient {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .callTimeout(Duration.ofSeconds(30))
            .readTimeout(Duration.ofSeconds(30))
            .build();

    private final URI base;
    private final String token;

    public ApiClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public static OkHttpClient http() {
        return HTTP;
    }

    public Request.Builder request(String path, Map<String, String> headers) {
        Request.Builder request = new Request.Builder().url(base.resolve(path).toString());
        if (token != null) {
            request.header(ApiPaths.AUTHORIZATION, "Bearer " + token);
        }
        headers.forEach(request::header);
        return request;
    }

    public Reply get(String path, Map<String, String> headers) {
        return send(request(path, headers).get().build());
    }

    public Reply post(String path, String json, Map<String, String> headers) {
        return send(request(path, headers).post(RequestBody.create(json, JSON)).build());
    }

    public Reply put(String path, String json, Map<String, String> headers) {
        return send(request(path, headers).put(RequestBody.create(json, JSON)).build());
    }

    public Reply delete(String path, Map<String, String> headers) {
        return send(request(path, headers).delete().build());
    }

    private static Reply send(Request request) {
        try (Response response = HTTP.newCall(request).execute()) {
            String contentType = response.header("Content-Type", "");
            return new Reply(response.code(), contentType, response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException("request failed: " + request, e);
        }
    }
}
