package se.bricka.backend.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.push.ChangeLog;
import se.bricka.backend.push.ChangePublisher;
import se.bricka.backend.web.Text;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;
import se.bricka.core.wire.ChangeEvent;

/**
 * Blocking, unblocking and replacing a staff tag. A staff tag opens doors (its grant) and opens a
 * caretaker's PIN pad on the boards, so each change is written, with its audit row, in one transaction
 * with two change-log entries: {@code grant-changed} carrying the tag as it now is (doors apply it
 * without a download) and {@code caretaker-pins-changed} (boards fetch their PIN list, whose staff-tag
 * hashes include only active tags). Both are pushed after the commit. A refused change changes nothing.
 */
public final class StaffTagBlocks {

    private static final String TAG =
            "SELECT property_id, staff_ref, masked_uid, status, hours FROM staff_tag WHERE id = ?";

    private final Transactor transactor;
    private final ChangePublisher publisher;
    private final TagHasher hasher;
    private final Clock clock;
    private final ChangeLog changeLog = new ChangeLog();

    public StaffTagBlocks(Transactor transactor, ChangePublisher publisher, byte[] tagKey, Clock clock) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.hasher = new TagHasher(tagKey);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Blocks the staff tag: a 404 for an unknown tag, a 409 for one already blocked. */
    public void block(long staffId, long staffTagId) {
        Instant now = clock.instant();
        publish(transactor.inTransaction(connection -> {
            StaffTag tag = tagIn(connection, staffTagId);
            if (tag.blocked()) {
                throw StaffProblems.conflict(Text.of("problem.tagAlreadyBlocked", tag.maskedUid()));
            }
            setStatus(connection, staffTagId, "BLOCKED");
            record(connection, staffTagId, "BLOCKED", staffId, now);
            return changes(connection, List.of(staffTagId), now);
        }));
    }

    /** Makes a blocked staff tag work again: a 404 for an unknown tag, a 409 for one not blocked. */
    public void unblock(long staffId, long staffTagId) {
        Instant now = clock.instant();
        publish(transactor.inTransaction(connection -> {
            StaffTag tag = tagIn(connection, staffTagId);
            if (!tag.blocked()) {
                throw StaffProblems.conflict(Text.of("problem.tagNotBlocked", tag.maskedUid()));
            }
            setStatus(connection, staffTagId, "ACTIVE");
            record(connection, staffTagId, "UNBLOCKED", staffId, now);
            return changes(connection, List.of(staffTagId), now);
        }));
    }

    /**
     * Replaces a lost staff tag: the old one is blocked (if it is not yet), a new one with {@code newUid}
     * gets the same person, hours and doors. A 400 for a malformed UID, a 404 for an unknown tag, a 409
     * for a UID already issued as any tag.
     *
     * @return the new staff tag's id
     */
    public long replace(long staffId, long staffTagId, String newUid) {
        TagUid uid = parseUid(newUid);
        String hash = hasher.hash(uid);
        Instant now = clock.instant();
        long[] created = new long[1];
        publish(transactor.inTransaction(connection -> {
            StaffTag old = tagIn(connection, staffTagId);
            if (hashIssued(connection, hash)) {
                throw StaffProblems.conflict(Text.of("problem.tagAlreadyIssued", uid.masked()));
            }
            if (!old.blocked()) {
                setStatus(connection, staffTagId, "BLOCKED");
                record(connection, staffTagId, "BLOCKED", staffId, now);
            }
            long id = insertLike(connection, old, hash, uid.masked(), staffTagId);
            record(connection, id, "ISSUED", staffId, now);
            created[0] = id;
            return changes(connection, List.of(staffTagId, id), now);
        }));
        return created[0];
    }

    private void publish(List<ChangeEvent> events) {
        events.forEach(publisher::publish);
    }

    /** One {@code grant-changed} per tag touched, then one {@code caretaker-pins-changed}. */
    private List<ChangeEvent> changes(Connection connection, List<Long> staffTagIds, Instant now) throws SQLException {
        List<ChangeEvent> events = new java.util.ArrayList<>();
        for (long id : staffTagIds) {
            events.add(changeLog.appendWithoutSlot(
                    connection,
                    ChangeEvent.GRANT_CHANGED,
                    AccessDeltas.staff(connection, id).orElseThrow(),
                    now));
        }
        long property = tagIn(connection, staffTagIds.getFirst()).propertyId();
        events.add(changeLog.appendForProperty(connection, ChangeEvent.CARETAKER_PINS_CHANGED, property, now));
        return events;
    }

    private record StaffTag(long propertyId, long staffRef, String maskedUid, boolean blocked, String hours) {}

    private static StaffTag tagIn(Connection connection, long staffTagId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(TAG)) {
            find.setLong(1, staffTagId);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    throw StaffProblems.notFound(Text.of("problem.noStaffTag", staffTagId));
                }
                return new StaffTag(
                        row.getLong("property_id"),
                        row.getLong("staff_ref"),
                        row.getString("masked_uid"),
                        AccessDeltas.blocked(row),
                        row.getString("hours"));
            }
        }
    }

    private static void setStatus(Connection connection, long staffTagId, String status) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE staff_tag SET status = ? WHERE id = ?")) {
            update.setString(1, status);
            update.setLong(2, staffTagId);
            update.executeUpdate();
        }
    }

    private static void record(Connection connection, long staffTagId, String action, long staffId, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO staff_tag_action (staff_tag_id, action, staff_id, acted_at) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, staffTagId);
            insert.setString(2, action);
            insert.setLong(3, staffId);
            insert.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** Whether any tag, a resident's or staff, already has this keyed hash: a tag is issued only once. */
    private static boolean hashIssued(Connection connection, String hash) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT 1 FROM staff_tag WHERE uid_hash = ? UNION ALL SELECT 1 FROM tag WHERE uid_hash = ?")) {
            find.setString(1, hash);
            find.setString(2, hash);
            try (ResultSet row = find.executeQuery()) {
                return row.next();
            }
        }
    }

    private static long insertLike(Connection connection, StaffTag old, String hash, String masked, long oldId)
            throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO staff_tag (property_id, staff_ref, uid_hash, masked_uid, status, hours)"
                        + " VALUES (?, ?, ?, ?, 'ACTIVE', ?)",
                new String[] {"id"})) {
            insert.setLong(1, old.propertyId());
            insert.setLong(2, old.staffRef());
            insert.setString(3, hash);
            insert.setString(4, masked);
            insert.setString(5, old.hours());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                id = key.getLong(1);
            }
        }
        try (PreparedStatement copy = connection.prepareStatement("INSERT INTO staff_grant_door (staff_tag_id, door_id)"
                + " SELECT ?, door_id FROM staff_grant_door WHERE staff_tag_id = ?")) {
            copy.setLong(1, id);
            copy.setLong(2, oldId);
            copy.executeUpdate();
        }
        return id;
    }

    private static TagUid parseUid(String text) {
        try {
            return new TagUid(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(Text.of("problem.badUid", text));
        }
    }
}
