#pragma once
// The audit trail: an append-only, hash-chained log of every write.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QDateTime>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace thuky::storage {

class Database;

/// What the audit trail follows; each maps to one table.
enum class Entity {
    Agency,
    Person,
    Programme,
    Task,
    ProgressEntry,
    User,
    CalendarException,
    Term,
    Meeting,        ///< with its phases
    MeetingContent, ///< with its required documents and invitees
    MeetingEvent,   ///< with its participants
    DeadlineRule,
    Notice,         ///< with its content links, follow-ups and how many revisions and comments
    NoticeIssuer,
    NoticeTemplate,
    NoticeNumber,   ///< a number of the register
    Session,        ///< a National Assembly session with its phases
    SessionMatter,  ///< a bill or resolution the sessions deal with
    AgendaVersion,  ///< a version of a session's agenda
    AgendaItem,     ///< an item of an agenda version
    OfficeSettings, ///< the office's settings: one record, id 1 (the report cut-off day)
};
inline constexpr std::array kAllEntities{
    Entity::Agency,  Entity::Person,         Entity::Programme,    Entity::Task,
    Entity::ProgressEntry, Entity::User,     Entity::CalendarException, Entity::Term,
    Entity::Meeting, Entity::MeetingContent, Entity::MeetingEvent, Entity::DeadlineRule,
    Entity::Notice,  Entity::NoticeIssuer,   Entity::NoticeTemplate, Entity::NoticeNumber,
    Entity::Session, Entity::SessionMatter,  Entity::AgendaVersion, Entity::AgendaItem,
    Entity::OfficeSettings};
QString entityKey(Entity e); ///< the table name: "agencies", "tasks"…
std::optional<Entity> entityFromKey(const QString &key);
QString entityLabel(Entity e); ///< Vietnamese: "Nhiệm vụ"…

struct AuditEntry
{
    domain::Id id = 0;
    QDateTime at; ///< UTC
    domain::Id userId = 0;
    QString userName;
    QString action;  ///< "task.update"…
    QString entity;  ///< entityKey()
    domain::Id entityId = 0;
    QByteArray before; ///< compact JSON image, empty for a creation
    QByteArray after;  ///< compact JSON image, empty for a deletion
    QByteArray prevHash; ///< the previous entry's hash ("" for the first)
    /// Hex keyed MAC of this entry's content and prevHash (entries before the trail was
    /// keyed, schema < 4: SHA-256). See AuditService.
    QByteArray hash;
};

struct AuditFilter
{
    QString entity;          ///< empty: all
    domain::Id entityId = 0; ///< 0: all
    QString userName;        ///< empty: all
    QDate from, to;          ///< inclusive, UTC dates
    int offset = 0;
    int limit = 500;
};

class AuditRepository
{
public:
    virtual ~AuditRepository() = default;

    virtual Result<void> append(const AuditEntry &entry) = 0;
    /// The newest entry's id and hash; {0, ""} when the trail is empty.
    virtual Result<std::pair<domain::Id, QByteArray>> head() = 0;
    /// The hash of entry `id`; std::nullopt when there is no such entry.
    virtual Result<std::optional<QByteArray>> entryHash(domain::Id id) = 0;
    /// Newest first.
    virtual Result<QList<AuditEntry>> entries(const AuditFilter &filter) = 0;
    virtual Result<int> count(const AuditFilter &filter) = 0;
    /// Every entry in order, oldest first, handed to `visit` one at a time; stops early
    /// when `visit` returns false.
    virtual Result<void> scan(const std::function<bool(const AuditEntry &)> &visit) = 0;

    /// The record's current state as canonical JSON; std::nullopt when it does not exist.
    virtual Result<std::optional<QByteArray>> image(Entity entity, domain::Id id) = 0;
    /// Every record's current image.
    virtual Result<QHash<domain::Id, QByteArray>> images(Entity entity) = 0;
    /// The after-image of the newest entry of each record (empty for a deletion).
    virtual Result<QHash<domain::Id, QByteArray>> latestImages(Entity entity) = 0;

    /// A value of the database's own settings (app_meta); std::nullopt when absent.
    virtual Result<std::optional<QString>> meta(const QString &key) = 0;
    virtual Result<void> setMeta(const QString &key, const QString &value) = 0;
    /// `committed` runs after each transaction this connection commits to a WAL database
    /// (outside the transaction; it may read). One per connection; a second replaces it.
    virtual void onCommit(std::function<void()> committed) = 0;
};

std::unique_ptr<AuditRepository> makeSqliteAuditRepository(Database &db);

} // namespace thuky::storage
