#include "thuky/storage/database.h"

#include "thuky/core/logging.h"
#include "thuky/domain/programme.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>
#include "search_rank.h"

#include <sqlite3.h>

#include <sys/stat.h>

#include <mutex>
#include <set>
#include <string>
#include <unordered_map>

namespace thuky::storage {

namespace {

QString fromSqlite(const unsigned char *text, int bytes)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text), bytes);
}

QString argText(sqlite3_value *v)
{
    const auto *text = sqlite3_value_text(v);
    return text ? fromSqlite(text, sqlite3_value_bytes(v)) : QString();
}

// thuky_fold(text): the folded form search indexes store (see search::fold).
void sqlFold(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const QByteArray out = search::fold(argText(argv[0])).toUtf8();
    sqlite3_result_text(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

// thuky_timeliness(status, deadline, completed_on, today, due_soon_days): the domain rule,
// so SQL filters and C++ agree by construction.
void sqlTimeliness(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto status = domain::taskStatusFromKey(argText(argv[0])).value_or(domain::TaskStatus::NotStarted);
    const QDate deadline = QDate::fromString(argText(argv[1]), Qt::ISODate);
    const QDate completed = QDate::fromString(argText(argv[2]), Qt::ISODate);
    const QDate today = QDate::fromString(argText(argv[3]), Qt::ISODate);
    const int days = sqlite3_value_int(argv[4]);
    const QByteArray key = domain::timelinessKey(domain::computeTimeliness(status, deadline, completed, today, days)).toUtf8();
    sqlite3_result_text(ctx, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

int collateVi(void *, int lenA, const void *a, int lenB, const void *b)
{
    return domain::compareVi(QString::fromUtf8(static_cast<const char *>(a), lenA),
                             QString::fromUtf8(static_cast<const char *>(b), lenB));
}

// Every connection this process has open, so that no other code of Thuky opens one of their
// files: closing any descriptor of a file drops the process's POSIX locks on it, SQLite's
// included (see Database::isOpenFile).
struct OpenConnections
{
    std::mutex mutex;
    std::set<sqlite3 *> handles;
};

OpenConnections &openConnections()
{
    static OpenConnections connections;
    return connections;
}

bool sameFile(const struct stat &a, const QString &path)
{
    struct stat b;
    return ::stat(QFile::encodeName(path).constData(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

} // namespace

// ---------------------------------------------------------------- statement cache

struct Database::Cache
{
    std::unordered_multimap<std::string, sqlite3_stmt *> idle;
};

// ---------------------------------------------------------------- Statement

Statement::Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_db = nullptr;
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_db = nullptr;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement() { release(); }

void Statement::release()
{
    if (m_stmt && m_db)
        m_db->giveBack(m_stmt);
    else if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = nullptr;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}
Statement &Statement::bind(int index, int value)
{
    sqlite3_bind_int(m_stmt, index, value);
    return *this;
}
Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}
Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}
Statement &Statement::bind(int index, bool value)
{
    sqlite3_bind_int(m_stmt, index, value ? 1 : 0);
    return *this;
}
Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}
Statement &Statement::bind(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}
Statement &Statement::bind(int index, const QDate &value)
{
    if (!value.isValid())
        return bind(index, nullptr);
    return bind(index, value.toString(Qt::ISODate));
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return Database::errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))) +
                                           QStringLiteral(" [") +
                                           QString::fromUtf8(sqlite3_sql(m_stmt)).left(120) +
                                           QStringLiteral("]"));
}

Result<void> Statement::exec()
{
    auto r = step();
    if (!r)
        return r.error();
    return {};
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
int Statement::integer(int column) const { return sqlite3_column_int(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
QString Statement::text(int column) const
{
    const auto *t = sqlite3_column_text(m_stmt, column);
    return t ? fromSqlite(t, sqlite3_column_bytes(m_stmt, column)) : QString();
}
QByteArray Statement::blob(int column) const
{
    const void *b = sqlite3_column_blob(m_stmt, column);
    return b ? QByteArray(static_cast<const char *>(b), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}
QDate Statement::date(int column) const
{
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

// ---------------------------------------------------------------- Database

Database::Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)), m_cache(std::make_unique<Cache>()) {}

Database::Database(Database &&other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)), m_today(other.m_today), m_cache(std::move(other.m_cache))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_today = other.m_today;
        m_cache = std::move(other.m_cache);
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database() { close(); }

void Database::close()
{
    if (!m_db)
        return;
    if (m_cache) {
        for (auto &[sql, stmt] : m_cache->idle)
            sqlite3_finalize(stmt);
        m_cache->idle.clear();
    }
    {
        OpenConnections &open = openConnections();
        const std::lock_guard lock(open.mutex);
        open.handles.erase(m_db);
    }
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Error Database::errorFromCode(int rc, const QString &detail)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Locked,
                         QStringLiteral("Cơ sở dữ liệu đang bị một chương trình khác khóa. Hãy thử lại sau."),
                         QStringLiteral("The database is locked by another program. Try again later."), detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu của Thuky."),
                         QStringLiteral("The database file is damaged or is not a Thuky database."), detail);
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(ErrorCode::Io,
                         QStringLiteral("Không đọc hoặc ghi được tệp cơ sở dữ liệu (quyền truy cập, ổ đĩa đầy?)."),
                         QStringLiteral("The database file cannot be read or written (permissions, disk full?)."), detail);
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Dữ liệu vi phạm ràng buộc của cơ sở dữ liệu."),
                         QStringLiteral("The data breaks a database constraint."), detail);
    default:
        return makeError(ErrorCode::Storage, QStringLiteral("Lỗi cơ sở dữ liệu."),
                         QStringLiteral("Database error."), detail);
    }
}

Error Database::lastError(const char *what) const
{
    const int rc = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no connection");
    return errorFromCode(rc, QString::fromUtf8(what) + QStringLiteral(": ") + msg);
}

Result<Database> Database::open(const QString &path, const OpenOptions &options)
{
    int flags = SQLITE_OPEN_NOMUTEX | (options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
    if (options.create && !options.readOnly) {
        flags |= SQLITE_OPEN_CREATE;
        const QFileInfo info(path);
        if (path != QStringLiteral(":memory:") && !info.absoluteDir().exists())
            QDir().mkpath(info.absolutePath());
    }
    sqlite3 *raw = nullptr;
    const QByteArray file = path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &raw, flags, nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK)
        return db.lastError("open");
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);

    // Reading the schema is the cheapest way to learn whether this is a SQLite file at all.
    if (auto probe = db.queryInt("SELECT count(*) FROM sqlite_schema"); !probe)
        return probe.error();
    if (auto r = db.execScript("PRAGMA foreign_keys = ON"); !r)
        return r.error();
    if (options.wal && !options.readOnly) {
        if (auto r = db.enableWal(); !r)
            return r.error();
    }

    sqlite3_create_function_v2(raw, "thuky_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &sqlFold,
                               nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(raw, "thuky_timeliness", 5, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               &sqlTimeliness, nullptr, nullptr, nullptr);
    sqlite3_create_collation_v2(raw, "vi", SQLITE_UTF8, nullptr, &collateVi, nullptr);
    detail::registerSearchRank(raw);
    {
        OpenConnections &open = openConnections();
        const std::lock_guard lock(open.mutex);
        open.handles.insert(raw);
    }
    return db;
}

bool Database::isOpenFile(const QString &path)
{
    struct stat target;
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &target) != 0)
        return false;
    OpenConnections &open = openConnections();
    const std::lock_guard lock(open.mutex);
    for (sqlite3 *handle : open.handles) {
        const char *name = sqlite3_db_filename(handle, "main");
        if (!name || !*name)
            continue; // in memory
        const QString main = QFile::decodeName(name);
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            if (sameFile(target, main + QLatin1String(suffix)))
                return true;
        }
    }
    return false;
}

Result<Database> Database::openInMemory() { return open(QStringLiteral(":memory:")); }

Result<Statement> Database::prepare(const char *sql)
{
    auto it = m_cache->idle.find(sql);
    if (it != m_cache->idle.end()) {
        sqlite3_stmt *stmt = it->second;
        m_cache->idle.erase(it);
        return Statement(this, stmt);
    }
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
    if (rc != SQLITE_OK)
        return lastError("prepare");
    // One statement per Statement: trailing SQL would silently never run.
    while (tail && *tail && (*tail == ' ' || *tail == '\n' || *tail == '\t' || *tail == ';'))
        ++tail;
    if (tail && *tail) {
        sqlite3_finalize(stmt);
        return makeError(ErrorCode::Storage, QStringLiteral("Lỗi lập trình: nhiều câu lệnh SQL trong một lần chuẩn bị."),
                         QStringLiteral("Programming error: several SQL statements in one prepare."),
                         QString::fromUtf8(sql).left(120));
    }
    return Statement(this, stmt);
}

void Database::giveBack(sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (m_cache && m_db)
        m_cache->idle.emplace(sqlite3_sql(stmt), stmt);
    else
        sqlite3_finalize(stmt);
}

Result<void> Database::execScript(const QByteArray &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = err ? QString::fromUtf8(err) : QString();
        sqlite3_free(err);
        return errorFromCode(sqlite3_extended_errcode(m_db), msg);
    }
    return {};
}

Result<void> Database::enableWal()
{
    if (m_path == QStringLiteral(":memory:"))
        return {};
    return execScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

int Database::userVersion() const
{
    sqlite3_stmt *stmt = nullptr;
    int version = 0;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

QDate Database::today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

Result<void> Database::backupTo(const QString &path)
{
    sqlite3 *out = nullptr;
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        Error e = errorFromCode(SQLITE_CANTOPEN, QString::fromUtf8(sqlite3_errmsg(out)));
        sqlite3_close_v2(out);
        return e;
    }
    sqlite3_backup *backup = sqlite3_backup_init(out, "main", m_db, "main");
    if (!backup) {
        Error e = errorFromCode(sqlite3_extended_errcode(out), QString::fromUtf8(sqlite3_errmsg(out)));
        sqlite3_close_v2(out);
        return e;
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    const int finalRc = sqlite3_errcode(out);
    sqlite3_close_v2(out);
    if (rc != SQLITE_DONE)
        return errorFromCode(finalRc == SQLITE_OK ? rc : finalRc, QStringLiteral("backup to ") + path);
    return {};
}

} // namespace thuky::storage
