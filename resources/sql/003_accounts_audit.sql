-- Thuky schema 3: local accounts with roles, and the hash-chained audit trail.

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    user_name      TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(user_name) BETWEEN 3 AND 32),
    full_name      TEXT NOT NULL DEFAULT '',
    position       TEXT NOT NULL DEFAULT '',
    unit_id        INTEGER REFERENCES agencies(id) ON DELETE RESTRICT,
    password_hash  TEXT NOT NULL,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins  INTEGER NOT NULL DEFAULT 0,
    locked_until   TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('viewer','drafter','reviewer','approver','administrator')),
    PRIMARY KEY (user_id, role)
) WITHOUT ROWID;

-- Append-only: entries are never updated or deleted by Thuky (the triggers refuse it);
-- each entry's hash covers its content and the previous entry's hash.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    user_id    INTEGER,
    user_name  TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    before     TEXT,
    after      TEXT,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, id);
CREATE INDEX audit_log_user ON audit_log(user_name, id);
CREATE INDEX audit_log_at ON audit_log(at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
