package se.bricka.backend.nameboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.backend.testing.StaffClient.Page;
import se.bricka.backend.testing.StaffTestBase;
import se.bricka.core.wire.ApiPaths;

/** Name-board entries: edited by customer service, shown on boards, never beside tags or door events. */
public abstract class NameBoardContract extends StaffTestBase {

    private static final String NAMES = "Lindqvist Öberg";

    /** Configures the first demo board to show the name board: no demo device does by default. */
    private void givenTheBoardShowsTheNameBoard() {
        database.update("UPDATE device SET shows_name_board = TRUE WHERE device_id = 'board-1'");
    }

    @Test
    void customer_service_sets_the_names_a_board_shows() {
        // given
        givenTheBoardShowsTheNameBoard();
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        long apartment = apartmentId("1102");

        // when
        service.post("/staff/apartments/" + apartment + "/name-board", Map.of("names", NAMES));

        // then
        Reply board = this.board.get(NameBoardRoutes.DEVICE_NAME_BOARD, Map.of());
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.json().toString()).isEqualTo("[{\"apartment\":\"1102\",\"names\":\"" + NAMES + "\"}]");
    }

    @Test
    void an_over_long_entry_is_refused_and_the_old_one_stays() {
        // given
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        long apartment = apartmentId("1102");
        service.post("/staff/apartments/" + apartment + "/name-board", Map.of("names", NAMES));

        // when
        Page answer = service.post("/staff/apartments/" + apartment + "/name-board", Map.of("names", "x".repeat(201)));

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(database.count("SELECT COUNT(*) FROM name_board_entry WHERE names = '" + NAMES + "'"))
                .isEqualTo(1);
    }

    @Test
    void names_appear_neither_on_the_tag_page_nor_in_access_log_reads_or_exports() {
        // given
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        long apartment = apartmentId("1102");
        service.post("/staff/apartments/" + apartment + "/name-board", Map.of("names", NAMES));
        this.board.post(
                ApiPaths.DEVICE_ACCESS_EVENTS,
                "{\"events\":[{\"eventId\":\"e1\",\"doorId\":\"lg4-laundry-a\","
                        + "\"occurredAt\":\"" + Instant.parse("2026-11-25T08:00:00Z") + "\",\"apartmentId\":"
                        + apartment
                        + ",\"reason\":\"resident\"}]}",
                Map.of());
        StaffClient social = signedIn(SOCIAL_UNIT);
        Map<String, String> read =
                Map.of("purpose", "police-investigation", "caseReference", "K-1", "apartment", "1102");

        // when
        String tagPage = service.get("/staff/apartments/" + apartment).body();
        String logPage = social.post("/staff/access-log", read).body();
        Map<String, String> csv = new java.util.HashMap<>(read);
        csv.put("output", "csv");
        String export = social.post("/staff/access-log/export", csv).body();

        // then
        assertThat(logPage).contains("lg4-laundry-a");
        assertThat(export).contains("lg4-laundry-a");
        assertThat(tagPage + logPage + export).doesNotContain("Lindqvist", "&Ouml;berg", "Öberg");
    }

    @Test
    void the_device_name_board_lists_no_tag_or_access_data() {
        // given
        givenTheBoardShowsTheNameBoard();
        StaffClient service = signedIn(CUSTOMER_SERVICE);
        service.post("/staff/apartments/" + apartmentId("1102") + "/name-board", Map.of("names", NAMES));

        // when
        Reply board = this.board.get(NameBoardRoutes.DEVICE_NAME_BOARD, Map.of());

        // then
        assertThat(board.json().path(0).properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("apartment", "names");
    }
}
