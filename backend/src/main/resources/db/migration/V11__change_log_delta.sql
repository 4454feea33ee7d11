-- What a change did to access snapshots (ChangeDelta as JSON), so devices that resume from the log
-- with Last-Event-ID can apply it as they would the live push. NULL: the change carries no delta.
ALTER TABLE change_log ADD COLUMN delta VARCHAR(1000000);
