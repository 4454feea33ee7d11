package se.bricka.backend.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.Problem;

/** IT staff issue an enrollment code; a panel exchanges it over HTTP for its device token, once. */
public abstract class EnrollmentContract extends StaffTestBase {

    private static final Pattern CODE = Pattern.compile("id=\"enrollment-code\">(\\d{4}) (\\d{4}) (\\d{4})<");
    private static final String BOARD_1 = DemoEstate.DEVICES.getFirst().deviceId();
    private static final String OLD_TOKEN = DemoEstate.DEVICES.getFirst().token();

    @Test
    void an_issued_code_enrolls_the_panel_with_a_new_token_and_the_old_one_stops_working() {
        // given
        String code = issueCode(BOARD_1);

        // when
        Reply reply = enroll("{\"code\":\"" + code + "\"}");

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode binding = reply.json().path("binding");
        assertThat(binding.path("deviceId").asText()).isEqualTo(BOARD_1);
        assertThat(binding.path("doorIds").get(0).asText()).isEqualTo(DemoDoors.LAUNDRY_ROOM);
        assertThat(binding.path("resources").size()).isPositive();
        String token = reply.json().path("deviceToken").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(new ApiClient(backend.baseUri(), token)
                        .get(ApiPaths.DEVICE_BOOTSTRAP, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(new ApiClient(backend.baseUri(), OLD_TOKEN)
                        .get(ApiPaths.DEVICE_BOOTSTRAP, Map.of())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void a_code_works_once() {
        // given
        String code = issueCode(BOARD_1);
        String token =
                enroll("{\"code\":\"" + code + "\"}").json().path("deviceToken").asText();

        // when
        Reply again = enroll("{\"code\":\"" + code + "\"}");

        // then
        assertRefused(again, 403, "enrollment-code-refused");
        assertThat(new ApiClient(backend.baseUri(), token)
                        .get(ApiPaths.DEVICE_BOOTSTRAP, Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void an_expired_code_is_refused_and_changes_nothing() {
        // given
        String code = issueCode(BOARD_1);
        clock.advance(DeviceEnrollment.CODE_VALIDITY.plus(Duration.ofSeconds(1)));
        String before = tokenHashes();

        // when
        Reply reply = enroll("{\"code\":\"" + code + "\"}");

        // then
        assertRefused(reply, 403, "enrollment-code-refused");
        assertThat(tokenHashes()).isEqualTo(before);
        assertThat(database.count("SELECT COUNT(*) FROM device_enrollment WHERE redeemed_at IS NOT NULL"))
                .isZero();
    }

    @Test
    void a_newer_code_replaces_an_unused_one() {
        // given
        String first = issueCode(BOARD_1);
        String second = issueCode(BOARD_1);

        // when
        Reply withFirst = enroll("{\"code\":\"" + first + "\"}");
        Reply withSecond = enroll("{\"code\":\"" + second + "\"}");

        // then
        assertRefused(withFirst, 403, "enrollment-code-refused");
        assertThat(withSecond.status()).isEqualTo(200);
    }

    @Test
    void bad_requests_get_a_clear_problem_and_change_nothing() {
        // given
        issueCode(BOARD_1);
        String before = tokenHashes();
        long codes = database.count("SELECT COUNT(*) FROM device_enrollment WHERE redeemed_at IS NULL");

        // when / then
        assertRefused(enroll("{\"code\":\"000000000000\"}"), 403, "enrollment-code-refused");
        assertRefused(enroll("{\"code\":\"1234 5678 9012\"}"), 400, "bad-request");
        assertRefused(enroll("{\"code\":\"12345\"}"), 400, "bad-request");
        assertRefused(enroll("{\"code\":null}"), 400, "bad-request");
        assertRefused(enroll("{}"), 400, "bad-request");
        assertRefused(enroll("not json"), 400, "bad-request");
        assertThat(tokenHashes()).isEqualTo(before);
        assertThat(database.count("SELECT COUNT(*) FROM device_enrollment WHERE redeemed_at IS NULL"))
                .isEqualTo(codes);
    }

    @Test
    void only_it_administration_issues_codes() {
        // given
        StaffClient customerService = signedIn(CUSTOMER_SERVICE);

        // when
        StaffClient.Page page =
                customerService.post(EnrollmentRoutes.DEVICES_PAGE + "/" + BOARD_1 + "/enrollment-code", Map.of());

        // then
        assertThat(page.status()).isEqualTo(403);
        assertThat(database.count("SELECT COUNT(*) FROM device_enrollment")).isZero();
    }

    @Test
    void a_code_for_an_unknown_device_is_not_issued() {
        // when
        StaffClient.Page page =
                signedIn(IT_ADMIN).post(EnrollmentRoutes.DEVICES_PAGE + "/no-such-board/enrollment-code", Map.of());

        // then
        assertThat(page.status()).isEqualTo(404);
        assertThat(database.count("SELECT COUNT(*) FROM device_enrollment")).isZero();
    }

    @Test
    void a_device_reads_what_it_is_bound_to() {
        // when
        Reply reply = board.get(ApiPaths.DEVICE_BINDING, Map.of());

        // then
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("deviceId").asText()).isEqualTo(BOARD_1);
        assertThat(reply.json().path("deviceName").asText())
                .isEqualTo(DemoEstate.DEVICES.getFirst().name());
        assertThat(reply.json().path("doorIds").toString()).contains(DemoDoors.LAUNDRY_ROOM);
    }

    @Test
    void five_refused_codes_from_one_address_hold_it_back_with_429_and_retry_after_and_nothing_else_changes()
            throws java.io.IOException {
        // given: a valid code, and five wrong guesses from this address
        String code = issueCode(BOARD_1);
        for (int i = 0; i < EnrollmentThrottle.PER_SOURCE; i++) {
            assertRefused(enroll("{\"code\":\"00000000000" + i + "\"}"), 403, "enrollment-code-refused");
        }
        String before = tokenHashes();

        // when: even the right code
        try (okhttp3.Response held = enrollRaw("{\"code\":\"" + code + "\"}")) {

            // then
            assertThat(held.code()).isEqualTo(429);
            assertThat(held.header("Content-Type")).startsWith(Problem.MEDIA_TYPE);
            assertThat(held.header("Retry-After")).isEqualTo("60");
            String body = held.body().string();
            assertThat(body).contains("enrollment-rate-limited").contains("\"retryAfter\":60");
        }
        assertThat(tokenHashes()).isEqualTo(before);
        assertThat(database.count("SELECT COUNT(*) FROM device_enrollment WHERE redeemed_at IS NOT NULL"))
                .isZero();
        // the limit holds back enrollment only: the board's own calls go on
        assertThat(new ApiClient(backend.baseUri(), OLD_TOKEN)
                        .get(ApiPaths.DEVICE_BOOTSTRAP, Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void once_the_window_has_passed_the_right_code_enrolls() {
        // given
        String code = issueCode(BOARD_1);
        for (int i = 0; i < EnrollmentThrottle.PER_SOURCE; i++) {
            enroll("{\"code\":\"00000000000" + i + "\"}");
        }
        assertRefused(enroll("{\"code\":\"" + code + "\"}"), 429, "enrollment-rate-limited");

        // when
        clock.advance(EnrollmentThrottle.WINDOW.plusSeconds(1));
        Reply reply = enroll("{\"code\":\"" + code + "\"}");

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void only_refused_codes_count_not_malformed_requests_or_enrollments() {
        // given: many malformed requests, an enrollment, and one refusal short of the limit
        for (int i = 0; i < 2 * EnrollmentThrottle.PER_SOURCE; i++) {
            assertRefused(enroll("{\"code\":\"12\"}"), 400, "bad-request");
        }
        assertThat(enroll("{\"code\":\"" + issueCode(BOARD_1) + "\"}").status()).isEqualTo(200);
        for (int i = 0; i < EnrollmentThrottle.PER_SOURCE - 1; i++) {
            enroll("{\"code\":\"00000000000" + i + "\"}");
        }

        // when
        Reply reply = enroll("{\"code\":\"" + issueCode(BOARD_1) + "\"}");

        // then
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private okhttp3.Response enrollRaw(String json) throws java.io.IOException {
        okhttp3.Request request = new okhttp3.Request.Builder()
                .url(backend.baseUri().resolve(ApiPaths.ENROLLMENT).toString())
                .post(okhttp3.RequestBody.create(json, okhttp3.MediaType.get("application/json")))
                .build();
        return ApiClient.http().newCall(request).execute();
    }

    private String issueCode(String deviceId) {
        StaffClient it = signedIn(IT_ADMIN);
        assertThat(it.get(EnrollmentRoutes.DEVICES_PAGE).body()).contains(deviceId);
        StaffClient.Page page = it.post(EnrollmentRoutes.DEVICES_PAGE + "/" + deviceId + "/enrollment-code", Map.of());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Matcher code = CODE.matcher(page.body());
        assertThat(code.find()).as(page.body()).isTrue();
        return code.group(1) + code.group(2) + code.group(3);
    }

    private Reply enroll(String json) {
        return new ApiClient(backend.baseUri(), null).post(ApiPaths.ENROLLMENT, json, Map.of());
    }

    private String tokenHashes() {
        StringBuilder hashes = new StringBuilder();
        for (var device : DemoEstate.DEVICES) {
            hashes.append(database.count(
                    "SELECT COUNT(*) FROM device WHERE token_hash = '" + TokenHash.of(device.token()) + "'"));
        }
        return hashes.toString();
    }

    private static void assertRefused(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(reply.json().path("code").asText()).isEqualTo(code);
        assertThat(reply.json().path("detail").asText()).isNotBlank().doesNotContain("Exception");
    }
}
