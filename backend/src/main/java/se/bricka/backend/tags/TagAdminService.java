package se.bricka.backend.tags;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.bricka.backend.access.AccessDeltas;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.backend.web.Text;
import se.bricka.core.booking.Slot;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.ChangeEvent;

/**
 * Customer service's work on tags. A tag belongs to an apartment, never to a person. Every change is
 * one transaction holding the tag, the record of the action and a change-log entry; the change is
 * published after commit, so connected devices stop admitting a blocked tag at once.
 */
public final class TagAdminService {

    /** The default most active tags an apartment may hold. */
    public static final int DEFAULT_MAX_TAGS = 3;

    private final Transactor transactor;
    private final ChangePublisher publisher;
    private final TagHasher hasher;
    private final Clock clock;
    private final int maxTags;
    private final TagRepository tags = new TagRepository();
    private final ChangeLog changeLog = new ChangeLog();

    public TagAdminService(Transactor transactor, ChangePublisher publisher, byte[] tagKey, Clock clock, int maxTags) {
        if (maxTags < 1) {
            throw new IllegalArgumentException("the most tags per apartment must be at least 1, was " + maxTags);
        }
        this.transactor = transactor;
        this.publisher = publisher;
        this.hasher = new TagHasher(tagKey);
        this.clock = clock;
        this.maxTags = maxTags;
    }

    /** The most active tags an apartment may hold. */
    public int maxTags() {
        return maxTags;
    }

    /** Apartments whose label starts with {@code prefix}. */
    public List<Apartment> findApartments(String prefix) {
        String cleaned = prefix == null ? "" : prefix.strip();
        if (cleaned.length() > 32) {
            throw ApiException.badRequest(Text.of("problem.apartmentLabelTooLong", cleaned));
        }
        return transactor.inTransaction(connection -> tags.findApartments(connection, cleaned));
    }

    /** The apartment, or a 404. */
    public Apartment apartment(long apartmentId) {
        return transactor.inTransaction(connection -> apartmentIn(connection, apartmentId));
    }

    /** The apartment's tags, oldest first. */
    public List<TagRow> tagsOf(long apartmentId) {
        return transactor.inTransaction(connection -> {
            apartmentIn(connection, apartmentId);
            return tags.tagsOf(connection, apartmentId);
        });
    }

    /** Issues a new tag with {@code uidText} to the apartment. */
    public TagRow issue(long staffId, long apartmentId, String uidText) {
        TagUid uid = parseUid(uidText);
        Instant now = clock.instant();
        List<ChangeEvent> events = new ArrayList<>();
        TagRow issued = transactor.inTransaction(connection -> {
            apartmentIn(connection, apartmentId);
            TagRow tag = issueIn(connection, staffId, apartmentId, uid, now);
            events.add(tagChange(connection, ChangeEvent.TAG_ISSUED, List.of(tag.id()), now));
            return tag;
        });
        events.forEach(publisher::publish);
        return issued;
    }

    /** Blocks a tag: it stops opening anything, everywhere, at once. */
    public TagRow block(long staffId, long tagId, BlockReason reason) {
        Instant now = clock.instant();
        List<ChangeEvent> events = new ArrayList<>();
        TagRow blocked = transactor.inTransaction(connection -> {
            TagRow tag = blockIn(connection, staffId, tagIn(connection, tagId), reason, now);
            events.add(tagChange(connection, ChangeEvent.TAG_BLOCKED, List.of(tagId), now));
            return tag;
        });
        events.forEach(publisher::publish);
        return blocked;
    }

    /** Unblocks a blocked tag, unless the apartment already holds the most active tags. */
    public TagRow unblock(long staffId, long tagId) {
        Instant now = clock.instant();
        List<ChangeEvent> events = new ArrayList<>();
        TagRow active = transactor.inTransaction(connection -> {
            TagRow tag = tagIn(connection, tagId);
            if (!tag.blocked()) {
                throw StaffProblems.conflict(Text.of("problem.tagNotBlocked", tag.maskedUid()));
            }
            checkRoom(connection, tag.apartmentId());
            tags.setActive(connection, tagId);
            tags.recordAction(connection, tag, "UNBLOCKED", null, staffId, now);
            events.add(tagChange(connection, ChangeEvent.TAG_UNBLOCKED, List.of(tagId), now));
            return tagIn(connection, tagId);
        });
        events.forEach(publisher::publish);
        return active;
    }

    /** Blocks the old tag (reason {@code REPLACED} unless given) and issues a new one, in one step. */
    public TagRow replace(long staffId, long tagId, String newUidText, BlockReason reason) {
        TagUid uid = parseUid(newUidText);
        Instant now = clock.instant();
        List<ChangeEvent> events = new ArrayList<>();
        TagRow issued = transactor.inTransaction(connection -> {
            TagRow old = tagIn(connection, tagId);
            if (!old.blocked()) {
                blockIn(connection, staffId, old, reason, now);
            }
            TagRow tag = issueIn(connection, staffId, old.apartmentId(), uid, now);
            events.add(tagChange(connection, ChangeEvent.TAG_BLOCKED, List.of(tagId, tag.id()), now));
            return tag;
        });
        events.forEach(publisher::publish);
        return issued;
    }

    /** Move-out: blocks every tag of the apartment and cancels its bookings not yet started. */
    public MoveOut moveOut(long staffId, long apartmentId) {
        Instant now = clock.instant();
        List<ChangeEvent> events = new ArrayList<>();
        MoveOut result = transactor.inTransaction(connection -> {
            Apartment apartment = apartmentIn(connection, apartmentId);
            int blocked = 0;
            for (TagRow tag : tags.tagsOf(connection, apartmentId)) {
                if (!tag.blocked()) {
                    blockIn(connection, staffId, tag, BlockReason.MOVED_OUT, now);
                    blocked++;
                }
            }
            List<Long> ids = new ArrayList<>();
            List<Slot> slots = tags.activeBookingSlots(connection, apartmentId, ids);
            int cancelled = 0;
            for (int i = 0; i < slots.size(); i++) {
                if (slots.get(i).startsAt(apartment.zone()).isAfter(now)) {
                    tags.cancelBooking(connection, ids.get(i), now);
                    events.add(changeLog.append(connection, ChangeEvent.BOOKING_CANCELLED, slots.get(i), now));
                    cancelled++;
                }
            }
            List<Long> tagIds = tags.tagsOf(connection, apartmentId).stream()
                    .map(TagRow::id)
                    .toList();
            events.add(tagChange(connection, ChangeEvent.TAG_BLOCKED, tagIds, now));
            return new MoveOut(blocked, cancelled);
        });
        events.forEach(publisher::publish);
        return result;
    }

    /** What a move-out did. */
    public record MoveOut(int tagsBlocked, int bookingsCancelled) {}

    /** The change-log entry of a tag change, carrying the tags as they now are. */
    private ChangeEvent tagChange(Connection connection, String kind, List<Long> tagIds, Instant now)
            throws SQLException {
        return changeLog.appendWithoutSlot(connection, kind, AccessDeltas.residents(connection, tagIds), now);
    }

    private TagRow issueIn(Connection connection, long staffId, long apartmentId, TagUid uid, Instant now)
            throws SQLException {
        String hash = hasher.hash(uid);
        if (tags.uidHashExists(connection, hash)) {
            throw StaffProblems.conflict(Text.of("problem.tagAlreadyIssued", uid.masked()));
        }
        checkRoom(connection, apartmentId);
        long id = tags.insertTag(connection, apartmentId, hash, uid.masked(), now);
        TagRow tag = tagIn(connection, id);
        tags.recordAction(connection, tag, "ISSUED", null, staffId, now);
        return tag;
    }

    private TagRow blockIn(Connection connection, long staffId, TagRow tag, BlockReason reason, Instant now)
            throws SQLException {
        if (tag.blocked()) {
            throw StaffProblems.conflict(Text.of("problem.tagAlreadyBlocked", tag.maskedUid()));
        }
        tags.setBlocked(connection, tag.id(), reason, now);
        tags.recordAction(connection, tag, "BLOCKED", reason.name(), staffId, now);
        return tagIn(connection, tag.id());
    }

    private void checkRoom(Connection connection, long apartmentId) throws SQLException {
        long active = tags.tagsOf(connection, apartmentId).stream()
                .filter(t -> !t.blocked())
                .count();
        if (active >= maxTags) {
            throw StaffProblems.conflict(Text.of("problem.tooManyTags", active, maxTags));
        }
    }

    private Apartment apartmentIn(Connection connection, long apartmentId) throws SQLException {
        return tags.apartment(connection, apartmentId)
                .orElseThrow(() -> StaffProblems.notFound(Text.of("problem.noApartment", apartmentId)));
    }

    private TagRow tagIn(Connection connection, long tagId) throws SQLException {
        return tags.tag(connection, tagId).orElseThrow(() -> StaffProblems.notFound(Text.of("problem.noTag", tagId)));
    }

    private static TagUid parseUid(String text) {
        try {
            return new TagUid(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(Text.of("problem.badUid", text));
        }
    }
}
