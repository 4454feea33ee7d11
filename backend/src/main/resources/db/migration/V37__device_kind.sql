-- Portable SQL: runs unchanged on H2 (default mode) and PostgreSQL.

-- What a device is: a board (a screen; books for the tags tapped on it) or a headless door controller
-- (decides at its doors only). Each kind's token reaches only the routes its job needs.
ALTER TABLE device ADD COLUMN kind VARCHAR(16) DEFAULT 'board' NOT NULL;
ALTER TABLE device ADD CONSTRAINT device_kind_known CHECK (kind IN ('board', 'door'));
