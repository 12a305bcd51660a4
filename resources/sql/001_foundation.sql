-- Thuky schema 1: reference data (agencies, units, people) and the annual work programme.
-- Dates are ISO-8601 text; instants are UTC ISO-8601 text. No custom SQL functions or
-- collations appear in the schema, so the plain sqlite3 shell can read and write it.

CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO app_meta(key, value) VALUES ('application', 'thuky');

CREATE TABLE agencies (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    short_name TEXT,
    kind       TEXT NOT NULL DEFAULT 'other'
               CHECK (kind IN ('national_assembly','council','office','department','government',
                               'ministry','judicial','other')),
    parent_id  INTEGER REFERENCES agencies(id) ON DELETE RESTRICT,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX agencies_short_name ON agencies(short_name) WHERE short_name IS NOT NULL;
CREATE INDEX agencies_parent ON agencies(parent_id);

CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    full_name  TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    position   TEXT NOT NULL DEFAULT '',
    unit_id    INTEGER REFERENCES agencies(id) ON DELETE RESTRICT,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX people_unit ON people(unit_id);

CREATE TABLE programmes (
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL CHECK (year BETWEEN 1946 AND 2200),
    owner_unit_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE RESTRICT,
    title         TEXT NOT NULL,
    adopted_on    TEXT,
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','adopted','closed')),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (year, owner_unit_id)
);

CREATE TABLE tasks (
    id              INTEGER PRIMARY KEY,
    programme_id    INTEGER NOT NULL REFERENCES programmes(id) ON DELETE RESTRICT,
    parent_id       INTEGER REFERENCES tasks(id) ON DELETE RESTRICT,
    number          TEXT NOT NULL CHECK (length(trim(number)) > 0),
    -- Tree order derived from the STT chain ("0002.0001"); unique within a programme, so a
    -- number taken twice under one parent is refused by the database too.
    sort_key        TEXT NOT NULL,
    depth           INTEGER NOT NULL DEFAULT 0,
    is_section      INTEGER NOT NULL DEFAULT 0 CHECK (is_section IN (0, 1)),
    content         TEXT NOT NULL CHECK (length(trim(content)) > 0),
    lead_unit_id    INTEGER REFERENCES agencies(id) ON DELETE RESTRICT,
    responsible_id  INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    period          TEXT NOT NULL DEFAULT '',
    deadline        TEXT,
    product         TEXT NOT NULL DEFAULT '',
    source_ref      TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    planned         INTEGER NOT NULL DEFAULT 1 CHECK (planned IN (0, 1)),
    status          TEXT NOT NULL DEFAULT 'not_started'
                    CHECK (status IN ('not_started','in_progress','done','postponed','adjustment_requested')),
    progress        INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    completed_on    TEXT,
    carried_from_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
    -- Folded (lower case, no diacritics, đ -> d) copy of the searchable text.
    search_folded   TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (programme_id, sort_key)
);
CREATE INDEX tasks_parent ON tasks(parent_id);
CREATE INDEX tasks_lead_unit ON tasks(lead_unit_id);
CREATE INDEX tasks_programme_deadline ON tasks(programme_id, deadline);
CREATE INDEX tasks_responsible ON tasks(responsible_id);
CREATE INDEX tasks_carried_from ON tasks(carried_from_id);

CREATE TABLE task_partners (
    task_id   INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE RESTRICT,
    position  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (task_id, agency_id)
) WITHOUT ROWID;
CREATE INDEX task_partners_agency ON task_partners(agency_id);

CREATE TABLE progress_entries (
    id         INTEGER PRIMARY KEY,
    task_id    INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    entry_date TEXT NOT NULL,
    author     TEXT NOT NULL DEFAULT '',
    percent    INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX progress_entries_task ON progress_entries(task_id, entry_date);
