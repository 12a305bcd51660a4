-- Thuky schema 4: the audit trail and the accounts sealed with a key kept outside this file.
-- database_id names the key file (<key folder>/<database_id>.key); the program writes the
-- markers audit_keyed_from (the first entry with a keyed MAC) and audit_keyed_seal (their
-- MAC) in the same transaction. See docs/security.md.

INSERT INTO app_meta(key, value) VALUES ('database_id', lower(hex(randomblob(16))));

-- MAC of the account's id, name, password hash, active flag and roles.
ALTER TABLE users ADD COLUMN seal TEXT;

CREATE TRIGGER app_meta_keys_no_update BEFORE UPDATE ON app_meta
WHEN old.key IN ('database_id', 'audit_keyed_from', 'audit_keyed_seal')
BEGIN
    SELECT RAISE(ABORT, 'the key markers of app_meta are fixed');
END;
CREATE TRIGGER app_meta_keys_no_delete BEFORE DELETE ON app_meta
WHEN old.key IN ('database_id', 'audit_keyed_from', 'audit_keyed_seal')
BEGIN
    SELECT RAISE(ABORT, 'the key markers of app_meta are fixed');
END;
