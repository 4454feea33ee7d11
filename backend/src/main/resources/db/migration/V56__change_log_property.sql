-- Issue 21: the change stream carries each device only its own property's changes, and the change log
-- keeps only the replay window. Portable SQL: runs unchanged on H2 (default mode) and PostgreSQL.

-- The property a change belongs to, set by ChangeLog from the resource, tag, staff tag or door it
-- concerns. NULL: a bare signal that names nothing (no slot, no delta), sent to every device.
ALTER TABLE change_log ADD COLUMN property_id BIGINT REFERENCES property (id);

UPDATE change_log
   SET property_id = (SELECT resource.property_id FROM resource WHERE resource.id = change_log.resource_id)
 WHERE resource_id IS NOT NULL;

-- The purge deletes by age every few minutes.
CREATE INDEX change_log_by_time ON change_log (changed_at);
