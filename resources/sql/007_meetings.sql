-- The Standing Committee's meeting calendar (lịch phiên họp UBTVQH): terms, meetings and
-- their phases, contents with the documents they need and the invitees, other events that
-- occupy people and rooms, and the deadline rules documents are due by.
-- Schema 7 (6 is another module's). Dates are ISO text, so a range of days is a range of
-- index keys; a meeting or event spans at most 60 days, which bounds the range queries.

CREATE TABLE terms (
    id         INTEGER PRIMARY KEY,
    number     INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 99),
    first_year INTEGER NOT NULL CHECK (first_year BETWEEN 1946 AND 2200),
    last_year  INTEGER NOT NULL CHECK (last_year BETWEEN first_year AND first_year + 10),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE meetings (
    id           INTEGER PRIMARY KEY,
    term         INTEGER NOT NULL REFERENCES terms(number) ON DELETE RESTRICT,
    number       INTEGER NOT NULL CHECK (number BETWEEN 1 AND 999),
    kind         TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular','thematic','other')),
    status       TEXT NOT NULL DEFAULT 'planned'
                 CHECK (status IN ('planned','convened','held','postponed','cancelled')),
    -- The first day of the first phase and the last of the last (kept by the repository
    -- from meeting_phases), for the calendar's range queries.
    first_day    TEXT NOT NULL CHECK (first_day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    last_day     TEXT NOT NULL CHECK (last_day >= first_day
                                      AND julianday(last_day) - julianday(first_day) <= 60),
    -- Ngày dự phòng: ISO dates separated by commas, outside the phases.
    reserve_days TEXT NOT NULL DEFAULT '',
    venue        TEXT NOT NULL DEFAULT '' CHECK (length(venue) <= 300),
    chair_id     INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    notes        TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (term, number)
);
CREATE INDEX meetings_first_day ON meetings(first_day);
CREATE INDEX meetings_chair ON meetings(chair_id);

CREATE TABLE meeting_phases (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 1),
    first_day  TEXT NOT NULL CHECK (first_day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    last_day   TEXT NOT NULL CHECK (last_day >= first_day),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (meeting_id, position)
);

-- A content of a meeting, or of the yearly plan (meeting_id NULL) before it has one.
CREATE TABLE meeting_contents (
    id                   INTEGER PRIMARY KEY,
    meeting_id           INTEGER REFERENCES meetings(id) ON DELETE RESTRICT,
    title                TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 1000),
    category             TEXT NOT NULL DEFAULT 'law_making'
                         CHECK (category IN ('law_making','supervision','national','personnel','other')),
    presenting_agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE RESTRICT,
    reviewing_agency_id  INTEGER REFERENCES agencies(id) ON DELETE RESTRICT,
    planned_day          TEXT CHECK (planned_day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    half_day             TEXT CHECK (half_day IS NULL OR (half_day IN ('morning','afternoon','evening')
                                                      AND planned_day IS NOT NULL)),
    in_yearly_plan       INTEGER NOT NULL DEFAULT 1 CHECK (in_yearly_plan IN (0, 1)),
    plan_year            INTEGER CHECK (plan_year BETWEEN 1946 AND 2200),
    plan_month           INTEGER CHECK (plan_month IS NULL OR (plan_month BETWEEN 1 AND 12
                                                          AND plan_year IS NOT NULL)),
    handling             TEXT NOT NULL DEFAULT 'at_sitting'
                         CHECK (handling IN ('at_sitting','written_opinion')),
    status               TEXT NOT NULL DEFAULT 'planned'
                         CHECK (status IN ('planned','held','moved','dropped')),
    position             INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (meeting_id IS NOT NULL OR plan_month IS NOT NULL)
);
CREATE INDEX meeting_contents_meeting ON meeting_contents(meeting_id, position);
CREATE INDEX meeting_contents_plan ON meeting_contents(plan_year, plan_month);
CREATE INDEX meeting_contents_presenting ON meeting_contents(presenting_agency_id);
CREATE INDEX meeting_contents_reviewing ON meeting_contents(reviewing_agency_id);

CREATE TABLE required_documents (
    id                    INTEGER PRIMARY KEY,
    content_id            INTEGER NOT NULL REFERENCES meeting_contents(id) ON DELETE CASCADE,
    kind                  TEXT NOT NULL
                          CHECK (kind IN ('submission','review_report','draft',
                                          'explanation_report','report','other')),
    responsible_agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE RESTRICT,
    -- NULL: due by the deadline rules, counted back from the meeting.
    due_date              TEXT CHECK (due_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    received_on           TEXT CHECK (received_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    note                  TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX required_documents_content ON required_documents(content_id);
CREATE INDEX required_documents_agency ON required_documents(responsible_agency_id);

-- Thành phần mời: an agency or a person of the catalogues, never both.
CREATE TABLE content_invitees (
    id         INTEGER PRIMARY KEY,
    content_id INTEGER NOT NULL REFERENCES meeting_contents(id) ON DELETE CASCADE,
    agency_id  INTEGER REFERENCES agencies(id) ON DELETE RESTRICT,
    person_id  INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK ((agency_id IS NULL) <> (person_id IS NULL))
);
CREATE UNIQUE INDEX content_invitees_agency ON content_invitees(content_id, agency_id)
    WHERE agency_id IS NOT NULL;
CREATE UNIQUE INDEX content_invitees_person ON content_invitees(content_id, person_id)
    WHERE person_id IS NOT NULL;
-- The partial unique indexes above cannot serve a join on content_id alone (a content's
-- or a meeting's invitees): without this one every such read scans the whole table.
CREATE INDEX content_invitees_content ON content_invitees(content_id);
CREATE INDEX content_invitees_person_id ON content_invitees(person_id);
CREATE INDEX content_invitees_agency_id ON content_invitees(agency_id);

-- Other events that occupy people and rooms: hội nghị, làm việc, đoàn công tác.
CREATE TABLE meeting_events (
    id         INTEGER PRIMARY KEY,
    -- iCalendar UID: kept from the calendar an event was imported from, else made here,
    -- so that exporting and importing again updates the event instead of adding another.
    uid        TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16))) || '@thuky')
               CHECK (length(uid) BETWEEN 1 AND 255),
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 500),
    kind       TEXT NOT NULL DEFAULT 'conference'
               CHECK (kind IN ('conference','working_session','mission','other')),
    start_day  TEXT NOT NULL CHECK (start_day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    start_time TEXT NOT NULL DEFAULT '08:00' CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    end_day    TEXT NOT NULL CHECK (end_day >= start_day
                                    AND julianday(end_day) - julianday(start_day) <= 60),
    end_time   TEXT NOT NULL DEFAULT '17:00' CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    venue      TEXT NOT NULL DEFAULT '' CHECK (length(venue) <= 300),
    notes      TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (end_day > start_day OR end_time > start_time)
);
CREATE INDEX meeting_events_start ON meeting_events(start_day);

CREATE TABLE event_participants (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES meeting_events(id) ON DELETE CASCADE,
    agency_id  INTEGER REFERENCES agencies(id) ON DELETE RESTRICT,
    person_id  INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK ((agency_id IS NULL) <> (person_id IS NULL))
);
CREATE INDEX event_participants_event ON event_participants(event_id);
CREATE INDEX event_participants_person ON event_participants(person_id);
CREATE INDEX event_participants_agency ON event_participants(agency_id);

-- How long before a meeting things are due (DOMAIN.md's figures are the defaults Thuky
-- writes, audited, when a database gains this table). Subjects: the milestones
-- 'programme', 'convocation', 'documents', the warning window 'due_soon', or a document
-- kind whose deadline differs from 'documents'.
CREATE TABLE deadline_rules (
    id           INTEGER PRIMARY KEY,
    subject      TEXT NOT NULL UNIQUE
                 CHECK (subject IN ('programme','convocation','documents','due_soon',
                                    'submission','review_report','draft','explanation_report',
                                    'report','other')),
    days         INTEGER NOT NULL CHECK (days BETWEEN 0 AND 120),
    working_days INTEGER NOT NULL DEFAULT 1 CHECK (working_days IN (0, 1)),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A meeting that was held keeps its number and its contents: it is the record the
-- conclusion notices cite. Thuky refuses the deletion too; this holds for any writer.
CREATE TRIGGER meetings_held_no_delete BEFORE DELETE ON meetings
WHEN OLD.status = 'held'
BEGIN
    SELECT RAISE(ABORT, 'a meeting that was held cannot be deleted');
END;
CREATE TRIGGER meeting_contents_held_no_delete BEFORE DELETE ON meeting_contents
WHEN OLD.status = 'held'
BEGIN
    SELECT RAISE(ABORT, 'a content that was held cannot be deleted');
END;
