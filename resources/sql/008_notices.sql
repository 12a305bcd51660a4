-- Conclusion notices (thông báo kết luận): the issuers' profiles, the templates per kind,
-- the notices with their links to meeting contents, the revisions frozen at each
-- submission and the reviewers' comments, the register of numbers (sổ đăng ký văn bản
-- đi) and the follow-up tasks sent to the work programme.
-- Schema 8 (6 is another module's). What the law fixes once a notice is issued is held
-- here by triggers, for Thuky and for any other writer (the sqlite3 shell included):
--   * an issued notice and every revision are never updated or deleted;
--   * a register row is never deleted, its number never changes, and numbers of one
--     (issuer, symbol, year) run 1, 2, 3… without a gap;
--   * a notice is issued only with the register row that gives it its number.

-- Who issues notices: the Standing Committee, the Secretary General, … (administrators
-- edit them; Thuky writes the first two, audited, when a database gains this table).
CREATE TABLE notice_issuers (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE CHECK (length(trim(code)) BETWEEN 1 AND 30),
    parent_body      TEXT NOT NULL DEFAULT '' CHECK (length(parent_body) <= 300),
    issuing_body     TEXT NOT NULL CHECK (length(trim(issuing_body)) BETWEEN 1 AND 300),
    -- "TB-UBTVQH15": the part after "Số: 05/".
    symbol           TEXT NOT NULL CHECK (length(trim(symbol)) BETWEEN 1 AND 40
                                          AND symbol NOT GLOB '*[ /]*'),
    place            TEXT NOT NULL DEFAULT 'Hà Nội' CHECK (length(place) <= 100),
    authority        TEXT NOT NULL DEFAULT '' CHECK (authority IN ('','tm','kt','tl','tuq','q')),
    authority_body   TEXT NOT NULL DEFAULT '' CHECK (length(authority_body) <= 300),
    signer_position  TEXT NOT NULL DEFAULT '' CHECK (length(signer_position) <= 300),
    signer_name      TEXT NOT NULL DEFAULT '' CHECK (length(signer_name) <= 200),
    -- One recipient a line, without the leading "- " and the closing ";".
    recipients       TEXT NOT NULL DEFAULT '' CHECK (length(recipients) <= 4000),
    archive_line     TEXT NOT NULL DEFAULT '' CHECK (length(archive_line) <= 300),
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The opening paragraph and subject a new notice of each kind starts with; placeholders
-- such as {so_phien_hop} are filled from the meeting content (see NoticeService).
CREATE TABLE notice_templates (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL UNIQUE CHECK (kind IN ('ubtvqh','leaders','other')),
    subject    TEXT NOT NULL DEFAULT '' CHECK (length(subject) <= 1000),
    opening    TEXT NOT NULL DEFAULT '' CHECK (length(opening) <= 8000),
    -- Working days from the meeting to the day the notice is due to be issued.
    due_days   INTEGER NOT NULL DEFAULT 5 CHECK (due_days BETWEEN 0 AND 60),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE notices (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('ubtvqh','leaders','other')),
    issuer_id        INTEGER NOT NULL REFERENCES notice_issuers(id) ON DELETE RESTRICT,
    subject          TEXT NOT NULL CHECK (length(trim(subject)) BETWEEN 1 AND 1000),
    urgency          TEXT NOT NULL DEFAULT 'normal'
                     CHECK (urgency IN ('normal','urgent','very_urgent','flash')),
    drafter_initials TEXT NOT NULL DEFAULT '' CHECK (length(drafter_initials) <= 20),
    copies           INTEGER NOT NULL DEFAULT 0 CHECK (copies BETWEEN 0 AND 9999),
    drafter_id       INTEGER NOT NULL DEFAULT 0,
    drafter_name     TEXT NOT NULL DEFAULT '',
    meeting_date     TEXT CHECK (meeting_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    due_date         TEXT CHECK (due_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    -- The year the lists file the notice under: of its issue, else of its meeting, else of
    -- its creation.
    year             INTEGER NOT NULL CHECK (year BETWEEN 1946 AND 2200),
    status           TEXT NOT NULL DEFAULT 'draft'
                     CHECK (status IN ('draft','submitted','returned','approved','issued')),
    approved_by      INTEGER,
    issue_date       TEXT CHECK (issue_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    number           INTEGER CHECK (number >= 1),
    symbol           TEXT,
    pdf_sha256       TEXT CHECK (pdf_sha256 IS NULL OR length(pdf_sha256) = 64),
    -- A correction is a new notice that refers to the issued one it corrects.
    corrects_id      INTEGER REFERENCES notices(id) ON DELETE RESTRICT,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    recipients       TEXT NOT NULL DEFAULT '' CHECK (length(recipients) <= 4000),
    -- Last: a column after a large value is read through its overflow pages, and the
    -- lists read the columns above.
    pdf              BLOB,
    CHECK ((status = 'issued') = (number IS NOT NULL AND issue_date IS NOT NULL
                                  AND symbol IS NOT NULL)),
    CHECK (status = 'issued' OR pdf IS NULL),
    CHECK ((pdf IS NULL) = (pdf_sha256 IS NULL)),
    CHECK (status NOT IN ('approved','issued') OR approved_by IS NOT NULL)
);
CREATE INDEX notices_status ON notices(status, id);
CREATE INDEX notices_year ON notices(year, id);
CREATE INDEX notices_year_status ON notices(year, status, id);
CREATE INDEX notices_issuer ON notices(issuer_id);
CREATE INDEX notices_corrects ON notices(corrects_id);

-- The body, apart from the row the lists read, so that a page of the list or a count reads
-- small rows: {"blocks":[{"type":"paragraph"|"conclusion","level":1,
-- "runs":[{"text":…,"b":true,"i":true}]}]}
CREATE TABLE notice_bodies (
    notice_id  INTEGER PRIMARY KEY REFERENCES notices(id) ON DELETE CASCADE,
    body       TEXT NOT NULL DEFAULT '{"blocks":[]}' CHECK (json_valid(body)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The meeting contents a notice concludes on.
CREATE TABLE notice_contents (
    notice_id  INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    content_id INTEGER NOT NULL REFERENCES meeting_contents(id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (notice_id, content_id)
) WITHOUT ROWID;
CREATE INDEX notice_contents_content ON notice_contents(content_id);

-- A frozen copy of the notice at each submission (and at its issue).
CREATE TABLE notice_revisions (
    id         INTEGER PRIMARY KEY,
    notice_id  INTEGER NOT NULL REFERENCES notices(id) ON DELETE RESTRICT,
    number     INTEGER NOT NULL CHECK (number >= 1),
    reason     TEXT NOT NULL CHECK (reason IN ('submitted','issued')),
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL CHECK (json_valid(body)),
    recipients TEXT NOT NULL DEFAULT '',
    user_id    INTEGER NOT NULL DEFAULT 0,
    user_name  TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (notice_id, number)
);

-- What reviewers say about a revision; kept as said.
CREATE TABLE notice_comments (
    id          INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES notice_revisions(id) ON DELETE RESTRICT,
    user_id     INTEGER NOT NULL DEFAULT 0,
    user_name   TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 4000),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX notice_comments_revision ON notice_comments(revision_id);

-- The register of numbers: one row per number ever given, to a notice or voided.
CREATE TABLE notice_numbers (
    id          INTEGER PRIMARY KEY,
    issuer_id   INTEGER NOT NULL REFERENCES notice_issuers(id) ON DELETE RESTRICT,
    symbol      TEXT NOT NULL,
    year        INTEGER NOT NULL CHECK (year BETWEEN 1946 AND 2200),
    number      INTEGER NOT NULL CHECK (number >= 1),
    notice_id   INTEGER UNIQUE REFERENCES notices(id) ON DELETE RESTRICT,
    issue_date  TEXT CHECK (issue_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    void_reason TEXT CHECK (void_reason IS NULL OR length(trim(void_reason)) BETWEEN 1 AND 1000),
    voided_by   TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (issuer_id, symbol, year, number),
    CHECK (notice_id IS NOT NULL OR void_reason IS NOT NULL)
);

-- A numbered conclusion's follow-up task in the work programme.
CREATE TABLE notice_followups (
    id         INTEGER PRIMARY KEY,
    notice_id  INTEGER NOT NULL REFERENCES notices(id) ON DELETE RESTRICT,
    conclusion TEXT NOT NULL CHECK (length(conclusion) BETWEEN 1 AND 20),
    task_id    INTEGER NOT NULL UNIQUE REFERENCES tasks(id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX notice_followups_notice ON notice_followups(notice_id);

CREATE TRIGGER notices_issued_no_update BEFORE UPDATE ON notices
WHEN OLD.status = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued notice cannot be changed');
END;
CREATE TRIGGER notices_issued_no_delete BEFORE DELETE ON notices
WHEN OLD.status = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued notice cannot be deleted');
END;
-- Issued only with its number from the register, and never straight from a draft.
CREATE TRIGGER notices_issue_needs_number BEFORE UPDATE ON notices
WHEN NEW.status = 'issued' AND (OLD.status <> 'approved' OR NOT EXISTS (
    SELECT 1 FROM notice_numbers r WHERE r.notice_id = NEW.id AND r.number = NEW.number
    AND r.symbol = NEW.symbol AND r.issuer_id = NEW.issuer_id AND r.void_reason IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'a notice is issued only once approved, with its register number');
END;
CREATE TRIGGER notices_insert_not_issued BEFORE INSERT ON notices
WHEN NEW.status = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'a notice is issued only once approved, with its register number');
END;
CREATE TRIGGER notice_bodies_issued_no_insert BEFORE INSERT ON notice_bodies
WHEN (SELECT status FROM notices WHERE id = NEW.notice_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued notice cannot be changed');
END;
CREATE TRIGGER notice_bodies_issued_no_update BEFORE UPDATE ON notice_bodies
WHEN (SELECT status FROM notices WHERE id = OLD.notice_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued notice cannot be changed');
END;
CREATE TRIGGER notice_bodies_issued_no_delete BEFORE DELETE ON notice_bodies
WHEN (SELECT status FROM notices WHERE id = OLD.notice_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued notice cannot be changed');
END;
CREATE TRIGGER notice_contents_issued_no_insert BEFORE INSERT ON notice_contents
WHEN (SELECT status FROM notices WHERE id = NEW.notice_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued notice cannot be changed');
END;
CREATE TRIGGER notice_contents_issued_no_delete BEFORE DELETE ON notice_contents
WHEN (SELECT status FROM notices WHERE id = OLD.notice_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued notice cannot be changed');
END;
CREATE TRIGGER notice_revisions_no_update BEFORE UPDATE ON notice_revisions
BEGIN
    SELECT RAISE(ABORT, 'a revision of a notice cannot be changed');
END;
CREATE TRIGGER notice_revisions_no_delete BEFORE DELETE ON notice_revisions
BEGIN
    SELECT RAISE(ABORT, 'a revision of a notice cannot be deleted');
END;
CREATE TRIGGER notice_comments_no_update BEFORE UPDATE ON notice_comments
BEGIN
    SELECT RAISE(ABORT, 'a comment on a notice cannot be changed');
END;
CREATE TRIGGER notice_comments_no_delete BEFORE DELETE ON notice_comments
BEGIN
    SELECT RAISE(ABORT, 'a comment on a notice cannot be deleted');
END;
CREATE TRIGGER notice_numbers_no_delete BEFORE DELETE ON notice_numbers
BEGIN
    SELECT RAISE(ABORT, 'a number of the register cannot be deleted');
END;
-- The only change a register row takes: voided once, with a reason.
CREATE TRIGGER notice_numbers_no_update BEFORE UPDATE ON notice_numbers
WHEN OLD.void_reason IS NOT NULL OR NEW.void_reason IS NULL
  OR NEW.issuer_id IS NOT OLD.issuer_id OR NEW.symbol IS NOT OLD.symbol
  OR NEW.year IS NOT OLD.year OR NEW.number IS NOT OLD.number
  OR NEW.notice_id IS NOT OLD.notice_id OR NEW.issue_date IS NOT OLD.issue_date
BEGIN
    SELECT RAISE(ABORT, 'a number of the register is only ever voided, once');
END;
-- Gap-free: each number of (issuer, symbol, year) is the one after the last.
CREATE TRIGGER notice_numbers_in_order BEFORE INSERT ON notice_numbers
WHEN NEW.number <> 1 + ifnull((SELECT max(number) FROM notice_numbers WHERE issuer_id = NEW.issuer_id
                               AND symbol = NEW.symbol AND year = NEW.year), 0)
BEGIN
    SELECT RAISE(ABORT, 'notice numbers follow each other without a gap');
END;
