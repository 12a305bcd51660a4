-- Working days: the exceptions each year's announcement makes to the holiday rules (extra
-- days off, Saturdays worked in exchange). The rules themselves are code
-- (domain::WorkingDays); announced years are added through Thuky, audited.

CREATE TABLE calendar_exceptions (
    id         INTEGER PRIMARY KEY,
    day        TEXT NOT NULL UNIQUE
               CHECK (day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    working    INTEGER NOT NULL CHECK (working IN (0, 1)),
    reason     TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
