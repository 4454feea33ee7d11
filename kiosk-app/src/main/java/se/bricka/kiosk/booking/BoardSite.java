package se.bricka.kiosk.booking;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.DeviceBootstrap;
import se.bricka.core.wire.ResourceSummary;

/**
 * Where the board stands, as the backend told it at start: the tag key, the rooms (the board's own
 * first), the room shown and the property's zone. Touched only by actions on the queue.
 */
final class BoardSite {

    private final BoardSettings settings;
    private TagHasher hasher;
    private List<ResourceSummary> offered = List.of();
    /** The rooms a caretaker chose to show; empty for all the backend offers. */
    private Set<Long> chosen = Set.of();

    private List<ResourceSummary> resources = List.of();
    private ResourceSummary shown;
    private ZoneId zone;

    BoardSite(BoardSettings settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    /** The backend answered: its tag key, zone and rooms. */
    void ready(DeviceBootstrap bootstrap) {
        hasher = new TagHasher(Base64.getDecoder().decode(bootstrap.tagKey()));
        zone = ZoneId.of(bootstrap.zone());
        offered = List.copyOf(bootstrap.resources());
        resources = ordered(shownOf(offered, chosen), settings);
        shown = own();
    }

    /**
     * A caretaker chose the rooms this board shows (empty: all); rooms the backend does not offer are
     * ignored, and when none of the chosen is offered the board shows all rather than none.
     *
     * @return whether the room shown was dropped, so that a visit of it must end
     */
    boolean choose(Set<Long> roomIds) {
        chosen = Set.copyOf(roomIds);
        resources = ordered(shownOf(offered, chosen), settings);
        boolean dropped = shown != null && !resources.contains(shown);
        if (dropped) {
            shown = own();
        }
        return dropped;
    }

    static List<ResourceSummary> shownOf(List<ResourceSummary> offered, Set<Long> chosen) {
        List<ResourceSummary> kept =
                offered.stream().filter(room -> chosen.contains(room.id())).toList();
        return kept.isEmpty() ? offered : kept;
    }

    /** Whether the tag key is known, so that a tag can be hashed. */
    boolean canHashTags() {
        return hasher != null;
    }

    String hash(TagUid uid) {
        return hasher.hash(uid);
    }

    /** The rooms of this board, its own first. */
    List<ResourceSummary> resources() {
        return resources;
    }

    /** The board's own room, or null when the backend offered none it may show. */
    ResourceSummary own() {
        return resources.isEmpty() ? null : resources.getFirst();
    }

    /** The room whose week is shown (or would be, after a tap). */
    ResourceSummary shown() {
        return shown;
    }

    void show(ResourceSummary resource) {
        shown = resource;
    }

    ZoneId zone() {
        return zone;
    }

    /** The board's own object first (the configured one, else the backend's first), then the rest. */
    static List<ResourceSummary> ordered(List<ResourceSummary> offered, BoardSettings settings) {
        ResourceSummary own = settings.chooseFrom(offered).orElse(null);
        if (own == null) {
            return List.of();
        }
        List<ResourceSummary> all = new ArrayList<>(offered);
        all.remove(own);
        all.addFirst(own);
        return List.copyOf(all);
    }
}
