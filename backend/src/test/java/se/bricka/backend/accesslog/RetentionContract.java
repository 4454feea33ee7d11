package se.bricka.backend.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.http.Json;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.ExtractRequestForms;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.privacy.AccessEventRetention;
import se.bricka.core.wire.ApiPaths;

/**
 * Access data — access events and check-in times — is never read past its 14 days, and the purge the
 * scheduler runs every minute removes it: with the clock moved to 14 days and a minute, a row exists
 * until the job runs and is gone after it.
 */
public abstract class RetentionContract extends StaffTestBase {

    private static final Duration A_MINUTE_PAST_THE_LIMIT = AccessEventRetention.LIMIT.plusMinutes(1);

    private long checkInTimes() {
        return database.count("SELECT COUNT(*) FROM booking WHERE checked_in_at IS NOT NULL");
    }

    private long storedEvents() {
        return database.count("SELECT COUNT(*) FROM access_event");
    }

    /** 1102 books today 10:00 and opens the laundry door at 10:05; returns when it checked in. */
    private Instant givenACheckIn() {
        long resource = database.count("SELECT MIN(id) FROM resource");
        board.post(
                ApiPaths.BOOKINGS,
                "{\"resourceId\":%d,\"date\":\"2026-11-25\",\"start\":\"10:00\"}".formatted(resource),
                Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102));
        clock.advance(Duration.ofMinutes(35));
        assertThat(board.post(
                                ApiPaths.DEVICE_CHECK_INS,
                                "{\"resourceId\":" + resource + "}",
                                Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102))
                        .status())
                .isEqualTo(200);
        return clock.instant();
    }

    private JsonNode extractOf1102() throws IOException {
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        Page json = service.get(ExtractRequestForms.record(service, apartmentId("1102"), "UT-7") + "/extract.json");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        return Json.newMapper().readTree(json.bytes());
    }

    @Test
    void an_access_event_fourteen_days_and_a_minute_old_is_never_read_and_is_gone_after_the_purge() {
        // given
        Instant at = clock.instant().minusSeconds(60);
        board.post(
                ApiPaths.DEVICE_ACCESS_EVENTS,
                "{\"events\":[{\"eventId\":\"e1\",\"doorId\":\"lg4-laundry-a\",\"occurredAt\":\"" + at
                        + "\",\"apartmentId\":" + apartmentId("1102") + ",\"reason\":\"booking\"}]}",
                Map.of());
        clock.set(at.plus(A_MINUTE_PAST_THE_LIMIT));
        StaffClient social = signedIn(SOCIAL_UNIT);

        // when
        Page before = social.post("/staff/access-log", Map.of("purpose", "disturbance-case", "caseReference", "Ä-1"));
        long storedBefore = storedEvents();
        RetentionPurge.Purged purged = backend.privacy().purgeNow();

        // then
        assertThat(before.body()).doesNotContain("laundry-a");
        assertThat(storedBefore).as("stored until the job runs").isEqualTo(1);
        assertThat(storedEvents()).isZero();
        assertThat(purged.eventsDeleted() + purged.partitionsDropped()).isPositive();
    }

    @Test
    void a_check_in_time_fourteen_days_and_a_minute_old_is_never_shown_and_is_cleared_by_the_purge()
            throws IOException {
        // given
        Instant checkedIn = givenACheckIn();
        assertThat(extractOf1102().path("bookings").path(0).path("checkedInAt").asText())
                .isEqualTo(checkedIn.toString());
        clock.set(checkedIn.plus(A_MINUTE_PAST_THE_LIMIT));

        // when
        JsonNode before = extractOf1102();
        long storedBefore = checkInTimes();
        RetentionPurge.Purged purged = backend.privacy().purgeNow();

        // then
        assertThat(before.path("bookings").path(0).path("checkedInAt").isNull()).isTrue();
        assertThat(storedBefore).as("stored until the job runs").isEqualTo(1);
        assertThat(purged.checkInsCleared()).isEqualTo(1);
        assertThat(checkInTimes()).isZero();
        assertThat(database.count("SELECT COUNT(*) FROM booking WHERE status = 'ACTIVE'"))
                .as("the booking itself stays")
                .isEqualTo(1);
    }

    @Test
    void the_purge_keeps_a_check_in_time_a_minute_short_of_fourteen_days() {
        // given
        Instant checkedIn = givenACheckIn();
        clock.set(checkedIn.plus(AccessEventRetention.LIMIT).minus(Duration.ofMinutes(1)));

        // when
        RetentionPurge.Purged purged = backend.privacy().purgeNow();

        // then
        assertThat(purged.checkInsCleared()).isZero();
        assertThat(checkInTimes()).isEqualTo(1);
    }
}
