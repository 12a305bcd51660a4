-- The office's own settings, shared by every user and by the command line: one row (id 1),
-- one column per setting. Schema 11.
--
-- Why a table of its own and not app_meta: app_meta holds the file's identity and the
-- audit trail's key markers (text keys, guarded by triggers, written by the program);
-- a setting an administrator changes is a record of the audit trail like any other, and
-- the trail follows records by table and integer id (entity "office_settings", id 1).
--
-- The row is absent until an administrator first changes a setting (written with its
-- audit record, so the audit check finds no record added outside Thuky); absent, every
-- setting has its default, the one the CHECK's comment names.
CREATE TABLE office_settings (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    -- The day of the month the periodic reports' periods end on (default 14: periods run
    -- from the 15th to the 14th); 0: the month's last day.
    report_cutoff_day INTEGER NOT NULL CHECK (report_cutoff_day BETWEEN 0 AND 28),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
