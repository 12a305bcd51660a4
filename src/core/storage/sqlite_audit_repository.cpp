#include "thuky/storage/audit_repository.h"
#include "thuky/storage/database.h"

#include "query_helpers.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace thuky::storage {

using domain::Id;

namespace {

struct EntityInfo
{
    Entity entity;
    const char *key;
    const char *label;
    const char *selectAll; ///< the columns of the audited image, "id" first
    const char *selectOne;
};

// The audited image of each record: every column that a user's action can change. Login
// counters and password hashes of users stay out (they change without a user's action, or
// are secret).
#define THUKY_TASK_IMAGE                                                                           \
    "SELECT t.*, (SELECT group_concat(agency_id) FROM (SELECT agency_id FROM task_partners"       \
    " WHERE task_id = t.id ORDER BY position)) AS partners FROM tasks t"
#define THUKY_USER_IMAGE                                                                           \
    "SELECT u.id, u.user_name, u.full_name, u.position, u.unit_id, u.active, u.created_at,"       \
    " u.updated_at, (SELECT group_concat(role) FROM (SELECT role FROM user_roles WHERE"           \
    " user_id = u.id ORDER BY role)) AS roles FROM users u"

// A meeting with its phases; a content with its documents and invitees; an event with its
// participants: what one action of the calendar changes together.
#define THUKY_MEETING_IMAGE                                                                        \
    "SELECT m.*, (SELECT group_concat(d) FROM (SELECT first_day || '/' || last_day AS d FROM"      \
    " meeting_phases WHERE meeting_id = m.id ORDER BY position)) AS phases FROM meetings m"
#define THUKY_CONTENT_IMAGE                                                                        \
    "SELECT c.*, (SELECT group_concat(d, ';') FROM (SELECT id || '|' || kind || '|' ||"            \
    " responsible_agency_id || '|' || ifnull(due_date, '') || '|' || ifnull(received_on, '')"     \
    " || '|' || note AS d FROM required_documents WHERE content_id = c.id ORDER BY id)) AS"        \
    " documents, (SELECT group_concat(i) FROM (SELECT ifnull('a' || agency_id, 'p' || person_id)"  \
    " AS i FROM content_invitees WHERE content_id = c.id ORDER BY id)) AS invitees"                \
    " FROM meeting_contents c"
#define THUKY_EVENT_IMAGE                                                                          \
    "SELECT e.*, (SELECT group_concat(i) FROM (SELECT ifnull('a' || agency_id, 'p' || person_id)"  \
    " AS i FROM event_participants WHERE event_id = e.id ORDER BY id)) AS participants"            \
    " FROM meeting_events e"

// A notice without its PDF (its SHA-256 stands for it), with its links and how many
// revisions and comments it has (those rows are append-only, guarded by triggers).
#define THUKY_NOTICE_IMAGE                                                                         \
    "SELECT n.id, n.kind, n.issuer_id, n.subject, (SELECT body FROM notice_bodies WHERE"         \
    " notice_id = n.id) AS body, n.recipients, n.urgency,"                                          \
    " n.drafter_initials, n.copies, n.drafter_id, n.drafter_name, n.meeting_date, n.due_date,"     \
    " n.year, n.status, n.approved_by, n.issue_date, n.number, n.symbol, n.pdf_sha256,"            \
    " n.corrects_id, n.created_at, n.updated_at, (SELECT group_concat(content_id) FROM"            \
    " (SELECT content_id FROM notice_contents WHERE notice_id = n.id ORDER BY content_id))"        \
    " AS contents, (SELECT group_concat(d) FROM (SELECT conclusion || ':' || task_id AS d FROM"    \
    " notice_followups WHERE notice_id = n.id ORDER BY id)) AS followups, (SELECT count(*) FROM"   \
    " notice_revisions WHERE notice_id = n.id) AS revisions, (SELECT count(*) FROM"                \
    " notice_comments c JOIN notice_revisions r ON r.id = c.revision_id WHERE r.notice_id = n.id)" \
    " AS comments FROM notices n"

// A session with its phases: one action of the agenda module changes them together.
#define THUKY_SESSION_IMAGE                                                                        \
    "SELECT s.*, (SELECT group_concat(d) FROM (SELECT first_day || '/' || last_day AS d FROM"      \
    " session_phases WHERE session_id = s.id ORDER BY number)) AS phases FROM sessions s"

constexpr EntityInfo kEntities[] = {
    {Entity::Agency, "agencies", "Cơ quan, đơn vị", "SELECT * FROM agencies", "SELECT * FROM agencies WHERE id = ?"},
    {Entity::Person, "people", "Cán bộ", "SELECT * FROM people", "SELECT * FROM people WHERE id = ?"},
    {Entity::Programme, "programmes", "Chương trình công tác", "SELECT * FROM programmes",
     "SELECT * FROM programmes WHERE id = ?"},
    {Entity::Task, "tasks", "Nhiệm vụ", THUKY_TASK_IMAGE, THUKY_TASK_IMAGE " WHERE t.id = ?"},
    {Entity::ProgressEntry, "progress_entries", "Tiến độ", "SELECT * FROM progress_entries",
     "SELECT * FROM progress_entries WHERE id = ?"},
    {Entity::User, "users", "Người dùng", THUKY_USER_IMAGE, THUKY_USER_IMAGE " WHERE u.id = ?"},
    {Entity::CalendarException, "calendar_exceptions", "Ngày nghỉ, ngày làm bù", "SELECT * FROM calendar_exceptions",
     "SELECT * FROM calendar_exceptions WHERE id = ?"},
    {Entity::Term, "terms", "Khóa Quốc hội", "SELECT * FROM terms", "SELECT * FROM terms WHERE id = ?"},
    {Entity::Meeting, "meetings", "Phiên họp UBTVQH", THUKY_MEETING_IMAGE, THUKY_MEETING_IMAGE " WHERE m.id = ?"},
    {Entity::MeetingContent, "meeting_contents", "Nội dung phiên họp", THUKY_CONTENT_IMAGE,
     THUKY_CONTENT_IMAGE " WHERE c.id = ?"},
    {Entity::MeetingEvent, "meeting_events", "Sự kiện khác", THUKY_EVENT_IMAGE, THUKY_EVENT_IMAGE " WHERE e.id = ?"},
    {Entity::DeadlineRule, "deadline_rules", "Thời hạn gửi tài liệu", "SELECT * FROM deadline_rules",
     "SELECT * FROM deadline_rules WHERE id = ?"},
    {Entity::Notice, "notices", "Thông báo kết luận", THUKY_NOTICE_IMAGE, THUKY_NOTICE_IMAGE " WHERE n.id = ?"},
    {Entity::NoticeIssuer, "notice_issuers", "Cơ quan ban hành thông báo", "SELECT * FROM notice_issuers",
     "SELECT * FROM notice_issuers WHERE id = ?"},
    {Entity::NoticeTemplate, "notice_templates", "Mẫu thông báo", "SELECT * FROM notice_templates",
     "SELECT * FROM notice_templates WHERE id = ?"},
    {Entity::NoticeNumber, "notice_numbers", "Sổ đăng ký số thông báo", "SELECT * FROM notice_numbers",
     "SELECT * FROM notice_numbers WHERE id = ?"},
    {Entity::Session, "sessions", "Kỳ họp Quốc hội", THUKY_SESSION_IMAGE, THUKY_SESSION_IMAGE " WHERE s.id = ?"},
    {Entity::SessionMatter, "session_matters", "Dự án, nội dung trình Quốc hội", "SELECT * FROM session_matters",
     "SELECT * FROM session_matters WHERE id = ?"},
    {Entity::AgendaVersion, "agenda_versions", "Phiên bản chương trình kỳ họp", "SELECT * FROM agenda_versions",
     "SELECT * FROM agenda_versions WHERE id = ?"},
    {Entity::AgendaItem, "agenda_items", "Nội dung chương trình kỳ họp", "SELECT * FROM agenda_items",
     "SELECT * FROM agenda_items WHERE id = ?"},
    {Entity::OfficeSettings, "office_settings", "Cài đặt chung của Vụ", "SELECT * FROM office_settings",
     "SELECT * FROM office_settings WHERE id = ?"},
};

const EntityInfo &info(Entity e)
{
    for (const auto &i : kEntities)
        if (i.entity == e)
            return i;
    return kEntities[0];
}

// Columns a later schema added to an audited table (006: people's e-mail and phone). They
// stay out of the image while NULL, so the images recorded before they existed still match
// the rows they describe, and `check` stays clean across the upgrade; a value in them, set
// in Thuky or behind its back, is part of the image like any other.
bool addedLater(Entity entity, const QString &column)
{
    return entity == Entity::Person && (column == QLatin1String("email") || column == QLatin1String("phone"));
}

// Canonical JSON of the current row: keys sorted (QJsonObject does), compact.
QByteArray imageOf(const Statement &s, sqlite3_stmt *raw, Entity entity)
{
    QJsonObject o;
    const int n = sqlite3_column_count(raw);
    for (int c = 0; c < n; ++c) {
        const QString name = QString::fromUtf8(sqlite3_column_name(raw, c));
        switch (sqlite3_column_type(raw, c)) {
        case SQLITE_NULL:
            if (!addedLater(entity, name))
                o.insert(name, QJsonValue::Null);
            break;
        case SQLITE_INTEGER:
            o.insert(name, QJsonValue(qint64(s.int64(c))));
            break;
        case SQLITE_FLOAT:
            o.insert(name, s.real(c));
            break;
        default:
            o.insert(name, s.text(c));
        }
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

#define THUKY_AUDIT_COLUMNS                                                                        \
    "SELECT id, at, user_id, user_name, action, entity, entity_id, before, after, prev_hash, hash FROM audit_log"

AuditEntry readEntry(const Statement &s)
{
    AuditEntry e;
    e.id = s.int64(0);
    e.at = QDateTime::fromString(s.text(1), Qt::ISODateWithMs);
    e.at.setTimeSpec(Qt::UTC);
    e.userId = s.int64(2);
    e.userName = s.text(3);
    e.action = s.text(4);
    e.entity = s.text(5);
    e.entityId = s.int64(6);
    e.before = s.text(7).toUtf8();
    e.after = s.text(8).toUtf8();
    e.prevHash = s.text(9).toLatin1();
    e.hash = s.text(10).toLatin1();
    return e;
}

constexpr const char *kAppend =
    "INSERT INTO audit_log(at, user_id, user_name, action, entity, entity_id, before, after, prev_hash, hash)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kHead = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1";
constexpr const char *kEntryHash = "SELECT hash FROM audit_log WHERE id = ?";
constexpr const char *kMeta = "SELECT value FROM app_meta WHERE key = ?";
constexpr const char *kSetMeta = "INSERT INTO app_meta(key, value) VALUES (?, ?)";
// SQLite's own default: the hook below replaces its automatic checkpoint.
constexpr int kCheckpointPages = 1000;
constexpr const char *kScan = THUKY_AUDIT_COLUMNS " ORDER BY id";
constexpr const char *kLatest =
    "SELECT entity_id, after FROM audit_log WHERE id IN"
    " (SELECT max(id) FROM audit_log WHERE entity = ? GROUP BY entity_id)";

// Filters bind the same way for the list and the count.
QString filterSql(const AuditFilter &f)
{
    QString sql = QStringLiteral(" WHERE 1 = 1");
    if (!f.entity.isEmpty())
        sql += QStringLiteral(" AND entity = ?");
    if (f.entityId)
        sql += QStringLiteral(" AND entity_id = ?");
    if (!f.userName.isEmpty())
        sql += QStringLiteral(" AND user_name = ? COLLATE NOCASE");
    if (f.from.isValid())
        sql += QStringLiteral(" AND at >= ?");
    if (f.to.isValid())
        sql += QStringLiteral(" AND at < ?");
    return sql;
}

int bindFilter(Statement &s, const AuditFilter &f)
{
    int i = 1;
    if (!f.entity.isEmpty())
        s.bind(i++, f.entity);
    if (f.entityId)
        s.bind(i++, f.entityId);
    if (!f.userName.isEmpty())
        s.bind(i++, f.userName);
    if (f.from.isValid())
        s.bind(i++, f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        s.bind(i++, f.to.addDays(1).toString(Qt::ISODate));
    return i;
}

class SqliteAuditRepository final : public AuditRepository
{
public:
    explicit SqliteAuditRepository(Database &db) : m_db(db) {}

    Result<void> append(const AuditEntry &e) override
    {
        return m_db.exec(kAppend, e.at.toUTC().toString(Qt::ISODateWithMs), detail::optionalId(e.userId), e.userName,
                         e.action, e.entity, e.entityId, nullableJson(e.before), nullableJson(e.after),
                         detail::text(QString::fromLatin1(e.prevHash)), QString::fromLatin1(e.hash));
    }

    ~SqliteAuditRepository() override
    {
        if (m_committed)
            sqlite3_wal_hook(m_db.handle(), nullptr, nullptr);
    }

    Result<std::pair<Id, QByteArray>> head() override
    {
        using Head = std::pair<Id, QByteArray>;
        auto h = detail::readOne<Head>(m_db, kHead,
                                       [](const Statement &s) { return Head{s.int64(0), s.text(1).toLatin1()}; });
        if (!h)
            return h.error();
        return h->value_or(Head{0, QByteArray()});
    }

    Result<std::optional<QByteArray>> entryHash(Id id) override
    {
        return detail::readOne<QByteArray>(m_db, kEntryHash, [](const Statement &s) { return s.text(0).toLatin1(); },
                                           id);
    }

    Result<std::optional<QString>> meta(const QString &key) override
    {
        return detail::readOne<QString>(m_db, kMeta, [](const Statement &s) { return s.text(0); }, key);
    }

    Result<void> setMeta(const QString &key, const QString &value) override { return m_db.exec(kSetMeta, key, value); }

    void onCommit(std::function<void()> committed) override
    {
        m_committed = std::move(committed);
        sqlite3_wal_hook(m_db.handle(), m_committed ? &SqliteAuditRepository::walHook : nullptr, this);
    }

    Result<QList<AuditEntry>> entries(const AuditFilter &f) override
    {
        const QByteArray sql =
            (QStringLiteral(THUKY_AUDIT_COLUMNS) + filterSql(f) + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?")).toUtf8();
        auto stmt = m_db.prepare(sql.constData());
        if (!stmt)
            return stmt.error();
        int i = bindFilter(*stmt, f);
        stmt->bind(i++, f.limit);
        stmt->bind(i, f.offset);
        return detail::readRows<AuditEntry>(*stmt, readEntry);
    }

    Result<int> count(const AuditFilter &f) override
    {
        const QByteArray sql = (QStringLiteral("SELECT count(*) FROM audit_log") + filterSql(f)).toUtf8();
        auto stmt = m_db.prepare(sql.constData());
        if (!stmt)
            return stmt.error();
        bindFilter(*stmt, f);
        auto row = stmt->step();
        if (!row)
            return row.error();
        return *row ? stmt->integer(0) : 0;
    }

    Result<void> scan(const std::function<bool(const AuditEntry &)> &visit) override
    {
        auto stmt = m_db.prepare(kScan);
        if (!stmt)
            return stmt.error();
        while (true) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row || !visit(readEntry(*stmt)))
                return {};
        }
    }

    Result<std::optional<QByteArray>> image(Entity entity, Id id) override
    {
        auto stmt = m_db.prepare(info(entity).selectOne);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<QByteArray>{};
        return std::optional<QByteArray>{imageOf(*stmt, rawOf(*stmt), entity)};
    }

    Result<QHash<Id, QByteArray>> images(Entity entity) override
    {
        // `check` reads a database without migrating it: a table a later schema brings
        // has no records yet.
        auto table = m_db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?",
                                   QString::fromLatin1(info(entity).key));
        if (!table)
            return table.error();
        if (table->value_or(0) == 0)
            return QHash<Id, QByteArray>{};
        auto stmt = m_db.prepare(info(entity).selectAll);
        if (!stmt)
            return stmt.error();
        return byId(*stmt, [entity](const Statement &s) { return imageOf(s, rawOf(s), entity); });
    }

    Result<QHash<Id, QByteArray>> latestImages(Entity entity) override
    {
        auto stmt = m_db.prepare(kLatest);
        if (!stmt)
            return stmt.error();
        stmt->bind(1, entityKey(entity));
        return byId(*stmt, [](const Statement &s) { return s.text(1).toUtf8(); });
    }

private:
    // Rows keyed by their first column (the record id).
    template <typename Read>
    static Result<QHash<Id, QByteArray>> byId(Statement &stmt, Read read)
    {
        QHash<Id, QByteArray> out;
        while (true) {
            auto row = stmt.step();
            if (!row)
                return row.error();
            if (!*row)
                return out;
            out.insert(stmt.int64(0), read(stmt));
        }
    }

    static QString nullableJson(const QByteArray &json) { return json.isEmpty() ? QString() : QString::fromUtf8(json); }

    // Runs after every commit in WAL mode; keeps SQLite's automatic checkpoint too.
    static int walHook(void *self, sqlite3 *db, const char *name, int pages)
    {
        if (pages >= kCheckpointPages)
            sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        static_cast<SqliteAuditRepository *>(self)->m_committed();
        return SQLITE_OK;
    }
    static sqlite3_stmt *rawOf(const Statement &s) { return s.handle(); }

    Database &m_db;
    std::function<void()> m_committed;
};

} // namespace

QString entityKey(Entity e) { return QString::fromLatin1(info(e).key); }
QString entityLabel(Entity e) { return QString::fromUtf8(info(e).label); }
std::optional<Entity> entityFromKey(const QString &key)
{
    for (const auto &i : kEntities)
        if (key == QLatin1String(i.key))
            return i.entity;
    return std::nullopt;
}

std::unique_ptr<AuditRepository> makeSqliteAuditRepository(Database &db)
{
    return std::make_unique<SqliteAuditRepository>(db);
}

} // namespace thuky::storage
