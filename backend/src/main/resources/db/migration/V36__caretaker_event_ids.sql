-- Portable SQL: runs unchanged on H2 (default mode) and PostgreSQL.

-- A board keeps its maintenance events until the backend has stored them and retries after a
-- restart; the board's own id of each event lets a retry be stored once. NULL for boards that send
-- none (several NULLs are allowed by a unique index on both databases).
ALTER TABLE caretaker_event ADD COLUMN event_id VARCHAR(36);

CREATE UNIQUE INDEX caretaker_event_once ON caretaker_event (device_id, event_id);
