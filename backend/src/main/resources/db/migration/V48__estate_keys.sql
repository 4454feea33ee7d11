-- Issue 14, the estate file: stable keys, so an import can match the rows it describes, and a
-- retirement mark, so what disappears from the file keeps its history (bookings, access log, audit).
-- Portable SQL: runs unchanged on H2 (default mode) and PostgreSQL.

-- estate_key NULL: a row made before keys existed (or by a staff page); the estate file names it by
-- a key derived from its id ('property-7'). Doors and devices already have keys of their own (door.id,
-- device.device_id); apartments are named by their label within their building.
ALTER TABLE property ADD COLUMN estate_key VARCHAR(64);
ALTER TABLE property ADD CONSTRAINT property_estate_key UNIQUE (estate_key);
ALTER TABLE property ADD COLUMN landlord_phone VARCHAR(32);
ALTER TABLE property ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE building ADD COLUMN estate_key VARCHAR(64);
ALTER TABLE building ADD CONSTRAINT building_estate_key_per_property UNIQUE (property_id, estate_key);
ALTER TABLE building ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE apartment ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE quota_group ADD COLUMN estate_key VARCHAR(64);
ALTER TABLE quota_group ADD CONSTRAINT quota_group_estate_key_per_property UNIQUE (property_id, estate_key);
ALTER TABLE quota_group ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE resource ADD COLUMN estate_key VARCHAR(64);
ALTER TABLE resource ADD CONSTRAINT resource_estate_key_per_property UNIQUE (property_id, estate_key);
ALTER TABLE resource ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE door ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE device ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

-- A device the estate file creates has no token until it is enrolled: NULL matches no presented
-- token, where a made-up hash would be one more secret that happens to be unknown. A retired device's
-- token is cleared the same way.
ALTER TABLE device ALTER COLUMN token_hash DROP NOT NULL;

-- The demo estate's rows get the keys of the issue's example, so an exported demo re-imports as is.
UPDATE property SET estate_key = 'larkan' WHERE name = 'Kvarteret Lärkan' AND estate_key IS NULL;
UPDATE building SET estate_key = 'lg4' WHERE name = 'Lärkgatan 4' AND estate_key IS NULL;
UPDATE quota_group SET estate_key = 'tvatt' WHERE name = 'Tvättstugor' AND estate_key IS NULL;
UPDATE quota_group SET estate_key = 'traff' WHERE name = 'Träfflokal' AND estate_key IS NULL;
UPDATE resource SET estate_key = 'tvatt-a' WHERE name = 'Tvättstuga A' AND estate_key IS NULL;
UPDATE resource SET estate_key = 'tvatt-b' WHERE name = 'Tvättstuga B' AND estate_key IS NULL;
UPDATE resource SET estate_key = 'traff' WHERE name = 'Träfflokal' AND estate_key IS NULL;
