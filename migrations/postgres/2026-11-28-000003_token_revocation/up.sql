-- A token carries the session version it was issued under; changing the
-- password bumps it, so every earlier token is refused at once.
ALTER TABLE users ADD COLUMN session_version INTEGER NOT NULL DEFAULT 0;
