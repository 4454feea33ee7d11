-- The statistics count how many bookings of each slot were used. Check-in times are access data and
-- the retention purge clears them after 14 days, so the count is kept here as an aggregate per object,
-- date and slot: it says how many bookings of that slot were used, never whose (no apartment column).
-- Portable SQL: runs unchanged on H2 (default mode) and PostgreSQL.
CREATE TABLE slot_usage (
    resource_id BIGINT  NOT NULL REFERENCES resource (id),
    slot_date   DATE    NOT NULL,
    slot_start  TIME    NOT NULL,
    slot_end    TIME    NOT NULL,
    used        INTEGER NOT NULL,
    CONSTRAINT slot_usage_key PRIMARY KEY (resource_id, slot_date, slot_start, slot_end),
    CONSTRAINT slot_usage_counts CHECK (used > 0)
);

-- The check-ins still on record: those not yet purged.
INSERT INTO slot_usage (resource_id, slot_date, slot_start, slot_end, used)
SELECT resource_id, slot_date, slot_start, slot_end, COUNT(*)
  FROM booking
 WHERE checked_in_at IS NOT NULL
 GROUP BY resource_id, slot_date, slot_start, slot_end;
