-- A slot template may now give weekdays slots of their own ('… | SAT 10:00-13:00 | SUN -'): room for
-- seven days of slots.
ALTER TABLE resource ALTER COLUMN daily_slots SET DATA TYPE VARCHAR(2000);
