#pragma once
// Use cases of the session agendas (chương trình kỳ họp Quốc hội): terms (the calendar's),
// sessions with their phases, matters, agenda versions and their items, the checks, the
// diff of two versions, the day-by-day view the editor shows. The GUI and the CLI both go
// through here.
//
// Undo: every write returns what its undo needs, and the undo is another call of this
// service (the pattern of MeetingService and src/ui/meetings/meeting_commands.*):
//   addItem(item)            → the saved item;       undo: deleteItem(saved.id)
//   deleteItem(id)           → the removed item;     undo: addItem(removed) (same id, key, slot)
//   updateItem(item)         → {before, after};      undo: updateItem(before)
//   moveItem(id, slot)       → AgendaMove;           undo: moveItem(move.itemId, move.from)
//   duplicateItem(id)        → the copy;             undo: deleteItem(copy.id)
//   createSession(s)         → the saved session;    undo: deleteSession(saved.id)
//   updateSession(s)         → {before, after};      undo: updateSession(before)
//   addMatter / updateMatter / deleteMatter likewise
//   newVersion(session)      → the new version;      undo: deleteVersion(version.id)
// A step whose state has changed since (the item moved elsewhere, the version became
// read-only) is refused with Conflict, and nothing is written.

#include "thuky/core/result.h"
#include "thuky/domain/session_agenda.h"
#include "thuky/domain/working_days.h"
#include "thuky/storage/session_repository.h"

#include <optional>

namespace thuky::storage {
class Database;
class ReferenceRepository;
class MeetingRepository;
} // namespace thuky::storage

namespace thuky::services {

class Authorizer;
class AuditService;
class CalendarService;

/// A version with its label ("Dự kiến lần 2", "Chính thức"…) and its number of items.
struct AgendaVersionInfo
{
    domain::AgendaVersion version;
    QString label;   ///< Vietnamese
    QString labelEn; ///< English
    int itemCount = 0;
};

/// A session as the list shows it: with its versions, oldest first.
struct SessionSummary
{
    domain::Session session;
    QList<AgendaVersionInfo> versions;
};

/// An item with the names of what it refers to (empty: not set or unknown).
struct NamedAgendaItem
{
    domain::AgendaItem item;
    QString presentingAgency;
    QString reviewingAgency;
    QString presenter;
    QString chair;
    QString matter;
};

/// One half-day of the day-by-day view.
struct AgendaHalfDay
{
    domain::HalfDay halfDay = domain::HalfDay::Morning;
    QList<NamedAgendaItem> items; ///< by position
    int plannedMinutes = 0;       ///< the sum of the items' planned minutes
    int lengthMinutes = 0;        ///< domain::halfDayHours(halfDay).minutes()
};

/// One day of the day-by-day view: morning and afternoon always, evening when an item uses
/// it.
struct AgendaDay
{
    QDate date;
    int phase = 0;           ///< the phase (đợt) number the day is in; 0: outside every phase
    bool workingDay = true;  ///< per the working days (announced exceptions applied)
    QList<AgendaHalfDay> halfDays;
};

/// What the editor shows: a version of a session, day by day. Days: every day of the
/// phases, plus any day an item sits on outside them, in date order.
struct SessionAgenda
{
    domain::Session session;
    AgendaVersionInfo version;
    QList<AgendaDay> days;
    int itemCount = 0;
};

/// An edit of an existing record: its state before and after (undo writes `before` back).
template <typename T> struct Change
{
    T before;
    T after;
};

/// A move of an item to another slot; apply moveItem(itemId, from) to undo it.
struct AgendaMove
{
    domain::Id itemId = 0;
    domain::AgendaSlot from;
    domain::AgendaSlot to;

    AgendaMove inverse() const { return {itemId, to, from}; }
};

class SessionService
{
public:
    SessionService(storage::Database &db, storage::SessionRepository &repo,
                   storage::MeetingRepository &meetings, storage::ReferenceRepository &reference,
                   CalendarService &calendar, AuditService &audit, const Authorizer &authorizer);

    /// The date every "today" of this service means (the database's, fixed in tests).
    QDate today() const;

    // Terms: the calendar's (MeetingService::addTerm writes them).
    Result<QList<domain::Term>> terms(const domain::Actor &actor);

    // Sessions and their phases
    /// Every session (of `term` when non-zero), by first day, with its versions.
    Result<QList<SessionSummary>> sessions(const domain::Actor &actor, int term = 0);
    Result<SessionSummary> session(const domain::Actor &actor, domain::Id id);
    /// EditAgenda. An ordinal of 0 takes the next of its kind in the term. Refused: invalid
    /// phases (InvalidInput naming "phases"), an unknown term, an ordinal taken (Duplicate).
    Result<domain::Session> createSession(const domain::Actor &actor, domain::Session session);
    /// EditAgenda. Rewrites the session and its phases.
    Result<Change<domain::Session>> updateSession(const domain::Actor &actor,
                                                  domain::Session session);
    /// EditAgenda. Refused (Conflict) while it has versions.
    Result<domain::Session> deleteSession(const domain::Actor &actor, domain::Id id);

    // Matters (dự án luật, nghị quyết)
    /// A term's matters by title (Vietnamese order); `term` 0: every term.
    Result<QList<domain::Matter>> matters(const domain::Actor &actor, int term = 0);
    /// EditAgenda. With matter.id set: reinstates that id (undo of a deletion).
    Result<domain::Matter> addMatter(const domain::Actor &actor, domain::Matter matter);
    Result<Change<domain::Matter>> updateMatter(const domain::Actor &actor, domain::Matter matter);
    /// EditAgenda. Refused (Conflict) while an item refers to it.
    Result<domain::Matter> deleteMatter(const domain::Actor &actor, domain::Id id);

    // Versions
    Result<QList<AgendaVersionInfo>> versions(const domain::Actor &actor, domain::Id sessionId);
    /// One version with its label.
    Result<AgendaVersionInfo> version(const domain::Actor &actor, domain::Id versionId);
    /// NotFound naming the version when the session has no such number.
    Result<AgendaVersionInfo> versionByNumber(const domain::Actor &actor, domain::Id sessionId,
                                              int number);
    /// The newest version; NotFound when the session has none.
    Result<AgendaVersionInfo> latestVersion(const domain::Actor &actor, domain::Id sessionId);
    /// EditAgenda. A new version as a copy of the last (items keep their keys); the last
    /// becomes read-only. The first version of a session starts empty. Its state: Draft
    /// until a version has been adopted, Amended after.
    Result<domain::AgendaVersion> newVersion(const domain::Actor &actor, domain::Id sessionId,
                                             const QString &note = {});
    /// EditAgenda. Deletes the newest version, when not adopted, with its items (undo of
    /// newVersion); the one before becomes editable again unless adopted.
    Result<domain::AgendaVersion> deleteVersion(const domain::Actor &actor, domain::Id versionId);
    /// AdoptAgenda. Records the Assembly's adoption of the newest version on `on` (invalid:
    /// today): a draft becomes Adopted, an amendment stays Amended with its date; either way
    /// it becomes read-only. Refused (Conflict): an older version, one already adopted.
    Result<domain::AgendaVersion> adopt(const domain::Actor &actor, domain::Id versionId,
                                        const QDate &on = {});

    // Items (every write refused with Conflict on a read-only version)
    /// The version's items in slot order (date, half-day, position).
    Result<QList<domain::AgendaItem>> items(const domain::Actor &actor, domain::Id versionId);
    Result<NamedAgendaItem> item(const domain::Actor &actor, domain::Id itemId);
    /// EditAgenda. `item.position` 0 puts it last in its half-day, otherwise at that position
    /// (the later items shift down). An empty key gets a new one; a set id and key are kept
    /// (undo of deleteItem).
    Result<domain::AgendaItem> addItem(const domain::Actor &actor, domain::AgendaItem item);
    /// EditAgenda. Rewrites the item; a new date or half-day takes it there at
    /// `item.position` (0: last), closing the gap it leaves.
    Result<Change<domain::AgendaItem>> updateItem(const domain::Actor &actor,
                                                  domain::AgendaItem item);
    /// EditAgenda. Removes the item and closes the gap; returns it as it was.
    Result<domain::AgendaItem> deleteItem(const domain::Actor &actor, domain::Id itemId);
    /// EditAgenda. Moves the item to `to`: its date and half-day, and its position there
    /// (1: first; past the end: last), the other items shifting; one audited operation.
    Result<AgendaMove> moveItem(const domain::Actor &actor, domain::Id itemId,
                                const domain::AgendaSlot &to);
    /// EditAgenda. A copy (new key) right after the original.
    Result<domain::AgendaItem> duplicateItem(const domain::Actor &actor, domain::Id itemId);

    // Views, checks, diff
    /// The day-by-day view of a version (the newest when versionId is 0).
    Result<SessionAgenda> days(const domain::Actor &actor, domain::Id sessionId,
                               domain::Id versionId = 0);
    /// Every check over a version (the newest when 0), in slot order; messages name the items.
    Result<QList<domain::AgendaFinding>> check(const domain::Actor &actor, domain::Id sessionId,
                                               domain::Id versionId = 0);
    /// What changed from version `fromVersionId` to `toVersionId` of the same session.
    Result<domain::AgendaDiff> diff(const domain::Actor &actor, domain::Id fromVersionId,
                                    domain::Id toVersionId);
    /// Names for the items of a diff or a list: presenters, agencies, matters.
    Result<NamedAgendaItem> named(const domain::AgendaItem &item);

    /// The days plenary sessions occupy within [from, to]: each phase of each session that
    /// touches the range, as (first, last). No actor: MeetingService's BusyDaysProvider.
    QList<std::pair<QDate, QDate>> plenaryDays(const QDate &from, const QDate &to);

private:
    Result<domain::Session> requireSession(domain::Id id);
    Result<domain::AgendaVersion> requireVersion(domain::Id id);
    Result<domain::AgendaVersion> requireWritable(domain::Id versionId);
    Result<domain::AgendaItem> requireItem(domain::Id id);
    Result<void> checkSession(domain::Session &session, domain::Id selfId);
    Result<void> checkMatter(domain::Matter &matter);
    Result<void> checkItem(domain::AgendaItem &item);
    Result<AgendaVersionInfo> infoOf(const domain::AgendaVersion &version);
    Result<domain::WorkingDays> workingDays(const domain::Actor &actor);
    /// Writes positions 1..n of a half-day in the order given, auditing each item whose
    /// position changes (inside the caller's transaction).
    Result<void> renumber(const domain::Actor &actor, QList<domain::AgendaItem> items,
                          domain::Id skipAuditId = 0);
    Result<QString> agencyName(domain::Id id);
    Result<QString> personName(domain::Id id);

    storage::Database &m_db;
    storage::SessionRepository &m_repo;
    storage::MeetingRepository &m_meetings;
    storage::ReferenceRepository &m_reference;
    CalendarService &m_calendar;
    AuditService &m_audit;
    const Authorizer &m_auth;
};

} // namespace thuky::services
