-- Portable SQL: runs unchanged on H2 (default mode) and PostgreSQL.

-- The properties a staff account works for (a housing company has several areas). No row means the
-- account is not limited to some properties. Shown and set by IT administration; the pages that read
-- data do not yet narrow themselves to these properties.
CREATE TABLE staff_account_property (
    staff_id    BIGINT NOT NULL REFERENCES staff_account (id),
    property_id BIGINT NOT NULL REFERENCES property (id),
    PRIMARY KEY (staff_id, property_id)
);
