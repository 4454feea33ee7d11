-- Portable SQL: runs unchanged on H2 (default mode) and PostgreSQL.

-- The last status report of each device (issue 14: IT's devices page). One row per device, replaced by
-- each report. readers and doors are the report's lists as JSON text ([{"doorId":…,"status":…}],
-- [{"doorId":…,"state":…}]), checked by the backend before they are stored.
CREATE TABLE device_status (
    device_id        BIGINT        PRIMARY KEY REFERENCES device (id),
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    software_version VARCHAR(64)   NOT NULL,
    snapshot_version BIGINT        NOT NULL,
    upload_backlog   INTEGER       NOT NULL,
    readers          VARCHAR(8000) NOT NULL,
    doors            VARCHAR(8000) NOT NULL,
    CONSTRAINT device_status_backlog_not_negative CHECK (upload_backlog >= 0),
    CONSTRAINT device_status_snapshot_version CHECK (snapshot_version >= -1)
);
