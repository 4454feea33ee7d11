-- Portable SQL: runs unchanged on H2 (default mode) and PostgreSQL.

-- The caretaker's number in the staff register, the same as staff_tag.staff_ref: a board lets a
-- caretaker tap their staff tag and then type their PIN. NULL: the caretaker has no staff tag here.
ALTER TABLE caretaker ADD COLUMN staff_ref BIGINT;
