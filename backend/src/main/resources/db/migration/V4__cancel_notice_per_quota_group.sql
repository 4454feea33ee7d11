-- Portable SQL: runs unchanged on H2 (default mode) and PostgreSQL.

-- How many hours before a slot's start its booking can no longer be cancelled; 0 means "until the
-- start", the rule every group had before. At most a week.
ALTER TABLE quota_group ADD COLUMN cancel_hours_before INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE quota_group ADD CONSTRAINT quota_group_cancel_notice CHECK (cancel_hours_before BETWEEN 0 AND 168);
