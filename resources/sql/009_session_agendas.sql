-- Session agendas (chương trình kỳ họp Quốc hội): sessions of a term with their phases,
-- the matters (bills, resolutions) they deal with, the agenda's versions and each version's
-- items by day and half-day. Terms are the calendar's (007_meetings.sql).
-- Schema 9. Dates are ISO text; times "HH:MM".

CREATE TABLE sessions (
    id         INTEGER PRIMARY KEY,
    term       INTEGER NOT NULL REFERENCES terms(number) ON DELETE RESTRICT,
    kind       TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular','extraordinary')),
    -- Numbered within the term, each kind in its own series.
    ordinal    INTEGER NOT NULL CHECK (ordinal BETWEEN 1 AND 99),
    status     TEXT NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing','sitting','closed')),
    -- The first day of the first phase and the last of the last (kept by the repository from
    -- session_phases), for range queries.
    first_day  TEXT NOT NULL CHECK (first_day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    last_day   TEXT NOT NULL CHECK (last_day >= first_day
                                    AND julianday(last_day) - julianday(first_day) <= 90),
    venue      TEXT NOT NULL DEFAULT '' CHECK (length(venue) <= 300),
    notes      TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (term, kind, ordinal)
);
CREATE INDEX sessions_first_day ON sessions(first_day);

CREATE TABLE session_phases (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    number     INTEGER NOT NULL CHECK (number >= 1),
    first_day  TEXT NOT NULL CHECK (first_day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    last_day   TEXT NOT NULL CHECK (last_day >= first_day),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (session_id, number)
);
CREATE INDEX session_phases_first_day ON session_phases(first_day);

-- A bill or resolution tracked across the sessions of a term.
CREATE TABLE session_matters (
    id                   INTEGER PRIMARY KEY,
    term                 INTEGER NOT NULL REFERENCES terms(number) ON DELETE RESTRICT,
    title                TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 1000),
    kind                 TEXT NOT NULL DEFAULT 'law' CHECK (kind IN ('law','resolution','report','other')),
    procedure            TEXT NOT NULL DEFAULT 'one_session'
                         CHECK (procedure IN ('one_session','two_session')),
    presenting_agency_id INTEGER REFERENCES agencies(id) ON DELETE RESTRICT,
    reviewing_agency_id  INTEGER REFERENCES agencies(id) ON DELETE RESTRICT,
    notes                TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX session_matters_term ON session_matters(term);

-- A version of a session's agenda. read_only: superseded by a newer version, or adopted.
CREATE TABLE agenda_versions (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE RESTRICT,
    number     INTEGER NOT NULL CHECK (number >= 1),
    state      TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','adopted','amended')),
    created_on TEXT NOT NULL CHECK (created_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    adopted_on TEXT CHECK (adopted_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    read_only  INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1)),
    note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (session_id, number),
    CHECK (state <> 'adopted' OR adopted_on IS NOT NULL),
    CHECK (adopted_on IS NULL OR read_only = 1)
);

CREATE TABLE agenda_items (
    id                   INTEGER PRIMARY KEY,
    version_id           INTEGER NOT NULL REFERENCES agenda_versions(id) ON DELETE CASCADE,
    -- Stable across the copies of an item from version to version (diff, iCalendar UIDs).
    item_key             TEXT NOT NULL CHECK (length(item_key) BETWEEN 1 AND 64),
    day                  TEXT NOT NULL CHECK (day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    half_day             TEXT NOT NULL CHECK (half_day IN ('morning','afternoon','evening')),
    position             INTEGER NOT NULL CHECK (position >= 1),
    start_time           TEXT CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    end_time             TEXT CHECK (end_time IS NULL OR (start_time IS NOT NULL AND end_time > start_time)),
    activity             TEXT NOT NULL DEFAULT 'other' CHECK (activity IN ('preparatory','opening',
                         'submission','group_discussion','hall_discussion','questioning',
                         'explanation','vote','election','secret_ballot','closing','other')),
    category             TEXT NOT NULL DEFAULT 'law_making'
                         CHECK (category IN ('law_making','supervision','national','personnel','other')),
    title                TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 1000),
    matter_id            INTEGER REFERENCES session_matters(id) ON DELETE RESTRICT,
    presenting_agency_id INTEGER REFERENCES agencies(id) ON DELETE RESTRICT,
    reviewing_agency_id  INTEGER REFERENCES agencies(id) ON DELETE RESTRICT,
    presenter_id         INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    chair_id             INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    venue_kind           TEXT NOT NULL DEFAULT 'hall' CHECK (venue_kind IN ('hall','groups','other')),
    venue                TEXT NOT NULL DEFAULT '' CHECK (length(venue) <= 300),
    live_broadcast       INTEGER NOT NULL DEFAULT 0 CHECK (live_broadcast IN (0, 1)),
    planned_minutes      INTEGER NOT NULL DEFAULT 0 CHECK (planned_minutes BETWEEN 0 AND 720),
    notes                TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (version_id, item_key)
);
-- A version's items in order (the editor, the checks, the exports).
CREATE INDEX agenda_items_slot ON agenda_items(version_id, day, half_day, position);
-- Clashes of a person across sessions, and the catalogues' deletion checks.
CREATE INDEX agenda_items_presenter ON agenda_items(presenter_id, day);
CREATE INDEX agenda_items_chair ON agenda_items(chair_id, day);
CREATE INDEX agenda_items_matter ON agenda_items(matter_id);
CREATE INDEX agenda_items_presenting ON agenda_items(presenting_agency_id);
CREATE INDEX agenda_items_reviewing ON agenda_items(reviewing_agency_id);

-- A read-only version's items are as they were when it was superseded or adopted: the
-- database refuses any change to them, whatever program writes. Only a merge of duplicate
-- catalogue entries may repoint their agencies and people (the same agency or person,
-- recorded twice), so those four columns are left out of the update trigger.
CREATE TRIGGER agenda_items_read_only_insert BEFORE INSERT ON agenda_items
WHEN (SELECT read_only FROM agenda_versions WHERE id = NEW.version_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'the items of a read-only agenda version cannot be changed');
END;
CREATE TRIGGER agenda_items_read_only_update BEFORE UPDATE OF version_id, item_key, day, half_day,
    position, start_time, end_time, activity, category, title, matter_id, venue_kind, venue,
    live_broadcast, planned_minutes, notes ON agenda_items
WHEN (SELECT read_only FROM agenda_versions WHERE id = OLD.version_id) = 1
  OR (SELECT read_only FROM agenda_versions WHERE id = NEW.version_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'the items of a read-only agenda version cannot be changed');
END;
CREATE TRIGGER agenda_items_read_only_delete BEFORE DELETE ON agenda_items
WHEN (SELECT read_only FROM agenda_versions WHERE id = OLD.version_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'the items of a read-only agenda version cannot be changed');
END;
-- An adopted version stays adopted and read-only; it is never deleted.
CREATE TRIGGER agenda_versions_adopted_no_update BEFORE UPDATE ON agenda_versions
WHEN OLD.adopted_on IS NOT NULL AND (NEW.adopted_on IS NOT OLD.adopted_on OR NEW.read_only = 0
     OR NEW.state <> OLD.state OR NEW.session_id <> OLD.session_id OR NEW.number <> OLD.number)
BEGIN
    SELECT RAISE(ABORT, 'an adopted agenda version cannot be changed');
END;
CREATE TRIGGER agenda_versions_adopted_no_delete BEFORE DELETE ON agenda_versions
WHEN OLD.adopted_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an adopted agenda version cannot be deleted');
END;
