-- When each staff session was last used, for the 30-minute idle timeout. NULL until the first request after
-- sign-in, which counts from created_at.
ALTER TABLE staff_session ADD COLUMN last_seen_at TIMESTAMP WITH TIME ZONE;
