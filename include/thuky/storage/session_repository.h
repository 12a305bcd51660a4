#pragma once
// National Assembly sessions with their phases, matters, agenda versions and their items
// (009_session_agendas.sql). Terms are the calendar's (MeetingRepository::terms()).

#include "thuky/core/result.h"
#include "thuky/domain/session_agenda.h"

#include <memory>
#include <optional>

namespace thuky::storage {

class Database;

class SessionRepository
{
public:
    virtual ~SessionRepository() = default;

    // Sessions
    virtual Result<std::optional<domain::Session>> session(domain::Id id) = 0;
    /// Every session (of `term` when non-zero), by first day then id.
    virtual Result<QList<domain::Session>> sessions(int term = 0) = 0;
    /// Sessions with a phase touching [from, to], by first day.
    virtual Result<QList<domain::Session>> sessionsOverlapping(const QDate &from,
                                                               const QDate &to) = 0;
    /// The highest ordinal of a kind in a term (0: none).
    virtual Result<int> lastOrdinal(int term, domain::SessionKind kind) = 0;
    /// Inserts with session.id if non-zero, else a new id; writes the phases. Duplicate when
    /// (term, kind, ordinal) is taken.
    virtual Result<domain::Id> insertSession(const domain::Session &session) = 0;
    /// Rewrites the row and its phases.
    virtual Result<void> updateSession(const domain::Session &session) = 0;
    virtual Result<void> deleteSession(domain::Id id) = 0;

    // Matters
    virtual Result<std::optional<domain::Matter>> matter(domain::Id id) = 0;
    /// A term's matters (every term's when 0), by id.
    virtual Result<QList<domain::Matter>> matters(int term = 0) = 0;
    /// The matters the items of a version refer to.
    virtual Result<QList<domain::Matter>> mattersOfVersion(domain::Id versionId) = 0;
    virtual Result<domain::Id> insertMatter(const domain::Matter &matter) = 0;
    virtual Result<void> updateMatter(const domain::Matter &matter) = 0;
    virtual Result<void> deleteMatter(domain::Id id) = 0;
    /// How many items (of any version) refer to the matter.
    virtual Result<int> matterUses(domain::Id id) = 0;

    // Versions
    virtual Result<std::optional<domain::AgendaVersion>> version(domain::Id id) = 0;
    /// A session's versions by number.
    virtual Result<QList<domain::AgendaVersion>> versions(domain::Id sessionId) = 0;
    /// The number of items of each version of a session, as (version id, count).
    virtual Result<QList<std::pair<domain::Id, int>>> itemCounts(domain::Id sessionId) = 0;
    virtual Result<domain::Id> insertVersion(const domain::AgendaVersion &version) = 0;
    /// Rewrites state, adoption date, read-only flag and note.
    virtual Result<void> updateVersion(const domain::AgendaVersion &version) = 0;
    /// Deletes the version with its items (refused by the database when read-only).
    virtual Result<void> deleteVersion(domain::Id id) = 0;
    /// Copies every item of `fromVersion` into `toVersion` (new ids, same keys); returns the
    /// new items' ids.
    virtual Result<QList<domain::Id>> copyItems(domain::Id fromVersion, domain::Id toVersion) = 0;

    // Items
    virtual Result<std::optional<domain::AgendaItem>> item(domain::Id id) = 0;
    /// A version's items by date, half-day, position.
    virtual Result<QList<domain::AgendaItem>> items(domain::Id versionId) = 0;
    /// The items of one half-day of a version, by position.
    virtual Result<QList<domain::AgendaItem>> halfDayItems(domain::Id versionId,
                                                           const QDate &date,
                                                           domain::HalfDay halfDay) = 0;
    /// Inserts with item.id if non-zero, else a new id. Duplicate when the key is taken in
    /// the version.
    virtual Result<domain::Id> insertItem(const domain::AgendaItem &item) = 0;
    virtual Result<void> updateItem(const domain::AgendaItem &item) = 0;
    /// Sets only the slot (date, half-day, position) of an item.
    virtual Result<void> setSlot(domain::Id id, const domain::AgendaSlot &slot) = 0;
    virtual Result<void> deleteItem(domain::Id id) = 0;
};

std::unique_ptr<SessionRepository> makeSqliteSessionRepository(Database &db);

} // namespace thuky::storage
