-- Full-text search (tìm kiếm) over every module: one FTS5 index, kept in step with the
-- records by triggers inside the writers' own transactions, so a rolled-back write leaves
-- the index as it was and any writer (the sqlite3 shell included) keeps it right.
-- Schema 10.
--
-- Layout, and why:
--   search_docs         one row per searchable record: its kind and id, what the GUI needs
--                       to open it (parent: the programme of a task, the meeting of a
--                       content), the year and unit the filters ask for, and the text as the
--                       user wrote it (title, body, tags, units).
--   search_docs_folded  the same rows with đ/Đ turned into d/D: the only folding the
--                       tokenizer cannot do ("unicode61 remove_diacritics 2" drops the
--                       tones and the other marks, stacked ones included, and lower-cases;
--                       đ is a letter of its own in Unicode). replace() is a built-in
--                       function, so no custom SQL function appears in a trigger.
--   search_fts          FTS5 with external content = search_docs_folded (rowid doc_id),
--                       and a facets column (kind, year, unit as words) for the filters.
--                       External content over our own table rather than over the modules'
--                       tables: the index's delete step must see exactly the text that was
--                       indexed, and search_docs holds it even when a joined name (a unit
--                       renamed) changed since; a view over the modules' tables would also
--                       make every snippet() look a record up through a UNION. Not
--                       contentless: snippet() needs the text, and SQLite 3.40 has no
--                       contentless_delete.
--
-- Adding a kind: a view search_src_<kind> with the columns of search_docs
-- (kind, entity_id, parent_id, year, unit_id, title, body, tags, units), an INSERT … SELECT
-- of it to fill the index, and triggers on its tables like those of the tasks below; its
-- units column is the name and short name of the agency unit_id names (search_units_au
-- keeps that for every kind). Nothing in search_docs or search_fts changes.

CREATE TABLE search_docs (
    doc_id    INTEGER PRIMARY KEY,
    -- Lower-case letters (and '_'): the kind is also a word of the facets column.
    kind      TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 20 AND kind NOT GLOB '*[^a-z_]*'),
    entity_id INTEGER NOT NULL,
    parent_id INTEGER,
    year      INTEGER,
    unit_id   INTEGER,
    title     TEXT NOT NULL DEFAULT '',
    body      TEXT NOT NULL DEFAULT '',
    tags      TEXT NOT NULL DEFAULT '',
    units     TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, entity_id)
);
CREATE INDEX search_docs_unit ON search_docs(unit_id) WHERE unit_id IS NOT NULL;

-- facets: the kind, year and unit as words ("ktask y2025 u12"), so a kind's, a year's or a
-- unit's hits are an FTS5 query of their own: the search asks each kind for its newest
-- matches and ranks those, which stays fast however many records share a common word.
CREATE VIEW search_docs_folded AS
SELECT doc_id,
       replace(replace(title, 'đ', 'd'), 'Đ', 'D') AS title,
       replace(replace(body, 'đ', 'd'), 'Đ', 'D') AS body,
       replace(replace(tags, 'đ', 'd'), 'Đ', 'D') AS tags,
       replace(replace(units, 'đ', 'd'), 'Đ', 'D') AS units,
       'k' || kind || coalesce(' y' || year, '') || coalesce(' u' || unit_id, '') AS facets
FROM search_docs;

-- prefix '2 3': "thuong*" and the last word typed read a prefix's own doclist, not every
-- word that starts so merged at query time.
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, tags, units, facets,
    content = 'search_docs_folded', content_rowid = 'doc_id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

-- The agency a record names by unit_id, as its units column reads.
CREATE VIEW search_unit_names AS
SELECT id, name || coalesce(' ' || short_name, '') AS units FROM agencies;

-- Tasks: the content, the product and notes, the STT and source, the lead unit.
CREATE VIEW search_src_task AS
SELECT 'task' AS kind, t.id AS entity_id, t.programme_id AS parent_id, p.year AS year,
       t.lead_unit_id AS unit_id, t.content AS title,
       trim(t.product || char(10) || t.notes, char(10) || ' ') AS body,
       trim(t.number || ' ' || t.source_ref) AS tags, coalesce(u.units, '') AS units
FROM tasks t
JOIN programmes p ON p.id = t.programme_id
LEFT JOIN search_unit_names u ON u.id = t.lead_unit_id;

-- People: the name, the position, e-mail and phone, the unit.
CREATE VIEW search_src_person AS
SELECT 'person' AS kind, pe.id AS entity_id, NULL AS parent_id, NULL AS year,
       pe.unit_id AS unit_id, pe.full_name AS title, pe.position AS body,
       trim(coalesce(pe.email, '') || ' ' || coalesce(pe.phone, '')) AS tags,
       coalesce(u.units, '') AS units
FROM people pe
LEFT JOIN search_unit_names u ON u.id = pe.unit_id;

-- Meeting contents: the title, the meeting ("phiên họp thứ 12"), the presenting agency.
-- The year is the meeting's, or the yearly plan's before the content has a meeting.
CREATE VIEW search_src_content AS
SELECT 'content' AS kind, c.id AS entity_id, c.meeting_id AS parent_id,
       coalesce(CAST(substr(m.first_day, 1, 4) AS INTEGER), c.plan_year) AS year,
       c.presenting_agency_id AS unit_id, c.title AS title, '' AS body,
       coalesce('phiên họp thứ ' || m.number, '') AS tags, coalesce(u.units, '') AS units
FROM meeting_contents c
LEFT JOIN meetings m ON m.id = c.meeting_id
LEFT JOIN search_unit_names u ON u.id = c.presenting_agency_id;

-- Notices: the subject, the body's text (its blocks' runs, a line per block), the number
-- once issued ("05/TB-UBTVQH15"). Runs are joined by a space: the service trims each run,
-- so "Cơ bản **tán thành**" is stored as "Cơ bản" + "tán thành".
CREATE VIEW search_src_notice AS
SELECT 'notice' AS kind, n.id AS entity_id, NULL AS parent_id, n.year AS year,
       NULL AS unit_id, n.subject AS title,
       coalesce((SELECT group_concat(block, char(10)) FROM (
                     SELECT (SELECT group_concat(json_extract(r.value, '$.text'), ' ')
                             FROM json_each(bl.value, '$.runs') r) AS block
                     FROM json_each(b.body, '$.blocks') bl)), '') AS body,
       iif(n.number IS NULL, '', printf('%02d/%s', n.number, n.symbol)) AS tags, '' AS units
FROM notices n
LEFT JOIN notice_bodies b ON b.notice_id = n.id;

-- Agenda items of each session's newest version: older versions are the agenda's history,
-- and a search shows the agenda as it stands. The title and notes, the matter and the
-- presenter, the presenting agency; the year of the item's day; the session as parent.
CREATE VIEW search_src_agenda AS
SELECT 'agenda' AS kind, i.id AS entity_id, v.session_id AS parent_id,
       CAST(substr(i.day, 1, 4) AS INTEGER) AS year, i.presenting_agency_id AS unit_id,
       i.title AS title, i.notes AS body,
       trim(coalesce(m.title, '') || ' ' || coalesce(pr.full_name, '')) AS tags,
       coalesce(u.units, '') AS units
FROM agenda_items i
JOIN agenda_versions v ON v.id = i.version_id
LEFT JOIN session_matters m ON m.id = i.matter_id
LEFT JOIN people pr ON pr.id = i.presenter_id
LEFT JOIN search_unit_names u ON u.id = i.presenting_agency_id
WHERE v.number = (SELECT max(v2.number) FROM agenda_versions v2 WHERE v2.session_id = v.session_id);

-- The rows there are now; the index is built once, after them.
INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
SELECT * FROM search_src_task;
INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
SELECT * FROM search_src_person;
INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
SELECT * FROM search_src_content;
INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
SELECT * FROM search_src_notice;
INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
SELECT * FROM search_src_agenda;
-- Built with a 64 MB in-memory buffer instead of FTS5's 1 MB, for this one pass only: at
-- 100,000 notices the index is then written as a few large segments instead of hundreds of
-- small ones merged level by level (4 s instead of 9 s), and the build grows with the text
-- as n log n does. Set back to the default for the writes that follow.
INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864);
INSERT INTO search_fts(search_fts) VALUES ('rebuild');
INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 1048576);

-- search_docs → search_fts (the external-content protocol: delete the old text, add the new).
-- The old text is read through the view before the row changes, so it is exactly what was
-- indexed.
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs
BEGIN
    INSERT INTO search_fts(rowid, title, body, tags, units, facets)
    SELECT doc_id, title, body, tags, units, facets FROM search_docs_folded WHERE doc_id = new.doc_id;
END;

CREATE TRIGGER search_docs_bd BEFORE DELETE ON search_docs
BEGIN
    INSERT INTO search_fts(search_fts, rowid, title, body, tags, units, facets)
    SELECT 'delete', doc_id, title, body, tags, units, facets FROM search_docs_folded WHERE doc_id = old.doc_id;
END;

CREATE TRIGGER search_docs_bu BEFORE UPDATE ON search_docs
BEGIN
    INSERT INTO search_fts(search_fts, rowid, title, body, tags, units, facets)
    SELECT 'delete', doc_id, title, body, tags, units, facets FROM search_docs_folded WHERE doc_id = old.doc_id;
END;

CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs
BEGIN
    INSERT INTO search_fts(rowid, title, body, tags, units, facets)
    SELECT doc_id, title, body, tags, units, facets FROM search_docs_folded WHERE doc_id = new.doc_id;
END;

-- A unit renamed: every record that names it (any kind) reads the new name.
CREATE TRIGGER search_units_au AFTER UPDATE OF name, short_name ON agencies
WHEN old.name IS NOT new.name OR old.short_name IS NOT new.short_name
BEGIN
    UPDATE search_docs SET units = (SELECT units FROM search_unit_names WHERE id = new.id)
    WHERE unit_id = new.id;
END;

-- Tasks. An update that leaves the searched columns alone (progress, status, the tree
-- order) does not touch the index.
CREATE TRIGGER search_tasks_ai AFTER INSERT ON tasks
BEGIN
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_task WHERE entity_id = new.id;
END;

CREATE TRIGGER search_tasks_au AFTER UPDATE ON tasks
WHEN old.content IS NOT new.content OR old.product IS NOT new.product OR old.notes IS NOT new.notes
     OR old.number IS NOT new.number OR old.source_ref IS NOT new.source_ref
     OR old.lead_unit_id IS NOT new.lead_unit_id OR old.programme_id IS NOT new.programme_id
BEGIN
    DELETE FROM search_docs WHERE kind = 'task' AND entity_id = old.id;
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_task WHERE entity_id = new.id;
END;

CREATE TRIGGER search_tasks_ad AFTER DELETE ON tasks
BEGIN
    DELETE FROM search_docs WHERE kind = 'task' AND entity_id = old.id;
END;

CREATE TRIGGER search_programmes_au AFTER UPDATE OF year ON programmes
WHEN old.year IS NOT new.year
BEGIN
    UPDATE search_docs SET year = new.year WHERE kind = 'task' AND entity_id IN
        (SELECT id FROM tasks WHERE programme_id = new.id);
END;

-- People.
CREATE TRIGGER search_people_ai AFTER INSERT ON people
BEGIN
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_person WHERE entity_id = new.id;
END;

CREATE TRIGGER search_people_au AFTER UPDATE ON people
WHEN old.full_name IS NOT new.full_name OR old.position IS NOT new.position
     OR old.unit_id IS NOT new.unit_id OR old.email IS NOT new.email OR old.phone IS NOT new.phone
BEGIN
    DELETE FROM search_docs WHERE kind = 'person' AND entity_id = old.id;
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_person WHERE entity_id = new.id;
END;

CREATE TRIGGER search_people_ad AFTER DELETE ON people
BEGIN
    DELETE FROM search_docs WHERE kind = 'person' AND entity_id = old.id;
END;

-- Meeting contents, and their meeting's number and first day.
CREATE TRIGGER search_contents_ai AFTER INSERT ON meeting_contents
BEGIN
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_content WHERE entity_id = new.id;
END;

CREATE TRIGGER search_contents_au AFTER UPDATE ON meeting_contents
WHEN old.title IS NOT new.title OR old.meeting_id IS NOT new.meeting_id
     OR old.presenting_agency_id IS NOT new.presenting_agency_id OR old.plan_year IS NOT new.plan_year
BEGIN
    DELETE FROM search_docs WHERE kind = 'content' AND entity_id = old.id;
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_content WHERE entity_id = new.id;
END;

CREATE TRIGGER search_contents_ad AFTER DELETE ON meeting_contents
BEGIN
    DELETE FROM search_docs WHERE kind = 'content' AND entity_id = old.id;
END;

CREATE TRIGGER search_meetings_au AFTER UPDATE ON meetings
WHEN old.number IS NOT new.number OR substr(old.first_day, 1, 4) IS NOT substr(new.first_day, 1, 4)
BEGIN
    DELETE FROM search_docs WHERE kind = 'content' AND entity_id IN
        (SELECT id FROM meeting_contents WHERE meeting_id = new.id);
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_content WHERE parent_id = new.id;
END;

-- Notices and their bodies.
CREATE TRIGGER search_notices_ai AFTER INSERT ON notices
BEGIN
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_notice WHERE entity_id = new.id;
END;

CREATE TRIGGER search_notices_au AFTER UPDATE ON notices
WHEN old.subject IS NOT new.subject OR old.year IS NOT new.year OR old.number IS NOT new.number
     OR old.symbol IS NOT new.symbol
BEGIN
    DELETE FROM search_docs WHERE kind = 'notice' AND entity_id = old.id;
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_notice WHERE entity_id = new.id;
END;

CREATE TRIGGER search_notices_ad AFTER DELETE ON notices
BEGIN
    DELETE FROM search_docs WHERE kind = 'notice' AND entity_id = old.id;
END;

CREATE TRIGGER search_notice_bodies_ai AFTER INSERT ON notice_bodies
BEGIN
    DELETE FROM search_docs WHERE kind = 'notice' AND entity_id = new.notice_id;
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_notice WHERE entity_id = new.notice_id;
END;

CREATE TRIGGER search_notice_bodies_au AFTER UPDATE OF body ON notice_bodies
WHEN old.body IS NOT new.body
BEGIN
    DELETE FROM search_docs WHERE kind = 'notice' AND entity_id = new.notice_id;
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_notice WHERE entity_id = new.notice_id;
END;

CREATE TRIGGER search_notice_bodies_ad AFTER DELETE ON notice_bodies
BEGIN
    DELETE FROM search_docs WHERE kind = 'notice' AND entity_id = old.notice_id;
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_notice WHERE entity_id = old.notice_id;
END;

-- Agenda items. A new version supersedes the items of the older ones (its own copies are
-- added as they are inserted); deleting the newest version (the undo of "new version")
-- brings the items of the one before back.
CREATE TRIGGER search_agenda_items_ai AFTER INSERT ON agenda_items
BEGIN
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_agenda WHERE entity_id = new.id;
END;

CREATE TRIGGER search_agenda_items_au AFTER UPDATE ON agenda_items
WHEN old.title IS NOT new.title OR old.notes IS NOT new.notes OR old.day IS NOT new.day
     OR old.matter_id IS NOT new.matter_id OR old.presenter_id IS NOT new.presenter_id
     OR old.presenting_agency_id IS NOT new.presenting_agency_id
BEGIN
    DELETE FROM search_docs WHERE kind = 'agenda' AND entity_id = old.id;
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_agenda WHERE entity_id = new.id;
END;

CREATE TRIGGER search_agenda_items_ad AFTER DELETE ON agenda_items
BEGIN
    DELETE FROM search_docs WHERE kind = 'agenda' AND entity_id = old.id;
END;

CREATE TRIGGER search_agenda_versions_ai AFTER INSERT ON agenda_versions
BEGIN
    DELETE FROM search_docs WHERE kind = 'agenda' AND parent_id = new.session_id;
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_agenda WHERE parent_id = new.session_id;
END;

CREATE TRIGGER search_agenda_versions_ad AFTER DELETE ON agenda_versions
BEGIN
    DELETE FROM search_docs WHERE kind = 'agenda' AND parent_id = old.session_id;
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_agenda WHERE parent_id = old.session_id;
END;

-- A matter renamed, a presenter renamed: the items that name them read the new name.
CREATE TRIGGER search_matters_au AFTER UPDATE OF title ON session_matters
WHEN old.title IS NOT new.title
BEGIN
    DELETE FROM search_docs WHERE kind = 'agenda' AND entity_id IN
        (SELECT id FROM agenda_items WHERE matter_id = new.id);
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT s.* FROM search_src_agenda s JOIN agenda_items i ON i.id = s.entity_id
    WHERE i.matter_id = new.id;
END;

CREATE TRIGGER search_people_agenda_au AFTER UPDATE OF full_name ON people
WHEN old.full_name IS NOT new.full_name
BEGIN
    DELETE FROM search_docs WHERE kind = 'agenda' AND entity_id IN
        (SELECT id FROM agenda_items WHERE presenter_id = new.id);
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT s.* FROM search_src_agenda s JOIN agenda_items i ON i.id = s.entity_id
    WHERE i.presenter_id = new.id;
END;
