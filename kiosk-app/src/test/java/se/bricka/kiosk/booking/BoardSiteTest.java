package se.bricka.kiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bricka.core.wire.DeviceBootstrap;
import se.bricka.core.wire.ResourceSummary;

class BoardSiteTest {

    private static final ResourceSummary ROOM_A = new ResourceSummary(1, "Tvättstuga A", "LAUNDRY");
    private static final ResourceSummary ROOM_B = new ResourceSummary(2, "Tvättstuga B", "LAUNDRY");
    private static final ResourceSummary COMMON = new ResourceSummary(3, "Träfflokal", "COMMON_ROOM");

    @Test
    void the_configured_room_comes_first_and_the_others_keep_their_order() {
        // when
        List<ResourceSummary> ordered = BoardSite.ordered(
                List.of(ROOM_A, ROOM_B, COMMON), BoardSettings.defaults().withResource(2));

        // then
        assertThat(ordered).containsExactly(ROOM_B, ROOM_A, COMMON);
    }

    @Test
    void without_a_configured_room_the_backends_first_is_the_boards_own() {
        // when
        List<ResourceSummary> ordered = BoardSite.ordered(List.of(ROOM_A, ROOM_B), BoardSettings.defaults());

        // then
        assertThat(ordered).containsExactly(ROOM_A, ROOM_B);
    }

    @Test
    void a_site_cannot_hash_tags_until_the_backend_has_answered() {
        // given
        BoardSite site = new BoardSite(BoardSettings.defaults(), ZoneId.of("UTC"));
        assertThat(site.canHashTags()).isFalse();
        assertThat(site.own()).isNull();

        // when
        site.ready(bootstrap(List.of(ROOM_A, ROOM_B)));

        // then
        assertThat(site.canHashTags()).isTrue();
        assertThat(site.zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(site.shown()).isEqualTo(ROOM_A);
        assertThat(site.own()).isEqualTo(ROOM_A);
    }

    private static DeviceBootstrap bootstrap(List<ResourceSummary> rooms) {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        return new DeviceBootstrap("board-1", "Kvarteret Lärkan", "Europe/Stockholm", key, rooms);
    }
}
