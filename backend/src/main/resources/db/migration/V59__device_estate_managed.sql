-- Whether the estate file manages the device: set by an estate import that names it, and by the demo
-- seeder for the demo devices. An import retires only managed devices it does not name, so a device
-- added with `device add` or on the staff devices page stays in service until a file names it.
-- Devices made before this column are unmanaged until an import names them again.
ALTER TABLE device ADD COLUMN estate_managed BOOLEAN DEFAULT FALSE NOT NULL;
