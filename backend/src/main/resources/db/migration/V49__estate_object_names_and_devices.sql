-- Issue 14, the estate file: what an object is called in other languages, and which objects a
-- device shows (as device_door says which doors it guards).
-- Portable SQL: runs unchanged on H2 (default mode) and PostgreSQL.

-- language is a BCP 47 tag ('en', 'ar'); resource.name stays the name in the property's language.
CREATE TABLE resource_name (
    resource_id BIGINT       NOT NULL REFERENCES resource (id),
    language    VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    PRIMARY KEY (resource_id, language)
);

CREATE TABLE device_resource (
    device_id   BIGINT NOT NULL REFERENCES device (id),
    resource_id BIGINT NOT NULL REFERENCES resource (id),
    PRIMARY KEY (device_id, resource_id)
);

CREATE INDEX tag_by_apartment ON tag (apartment_id);
