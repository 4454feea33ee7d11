package se.bricka.kiosk.booking;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
        resources = ordered(bootstrap.resources(), settings);
        shown = own();
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
