#pragma once
// Database: the move-only owner of one SQLite connection (one per thread).

#include "thuky/core/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace thuky::storage {

class Database;

/// A prepared statement borrowed from the connection's cache. Values are always bound,
/// never pasted into SQL. Returning it to the cache resets and clears its bindings.
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, int value);
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value);
    Statement &bind(int index, const QString &value);   ///< a null QString binds NULL
    Statement &bind(int index, const QByteArray &value); ///< as a BLOB
    Statement &bind(int index, const QDate &value);      ///< ISO text, or NULL if invalid
    Statement &bind(int index, const char *) = delete;   // say which encoding: use QString
    template <typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    /// Binds several values from parameter 1 on.
    template <typename... Args>
    Statement &bindAll(const Args &...args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    /// Steps once. true: a row is ready; false: done.
    [[nodiscard]] Result<bool> step();
    /// Runs a statement that returns no rows.
    [[nodiscard]] Result<void> exec();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QDate date(int column) const; ///< invalid QDate for NULL

    /// The raw statement, for storage code that needs column metadata.
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt);
    void release();

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

struct OpenOptions
{
    bool readOnly = false;
    bool create = true;
    int busyTimeoutMs = 5000;
    /// Switch to WAL at once. Off when the caller must first check the file is ours
    /// (switching writes the header); it then calls enableWal().
    bool wal = true;
};

class Database
{
public:
    /// Opens (or creates) a database file with WAL, foreign keys and a busy timeout, and
    /// registers Thuky's SQL functions and the Vietnamese collation "vi".
    static Result<Database> open(const QString &path, const OpenOptions &options = {});
    /// A private in-memory database, for tests.
    static Result<Database> openInMemory();
    /// Whether `path` is (by device and inode, so through any link) the file of a database
    /// this process has open, or its -wal, -shm or -journal. Readers and writers of user
    /// files refuse such a path: opening and closing one of these files would silently
    /// drop SQLite's locks and let another process delete the write-ahead log.
    static bool isOpenFile(const QString &path);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /// A cached prepared statement for exactly one SQL statement.
    [[nodiscard]] Result<Statement> prepare(const char *sql);
    /// Runs one or more statements with no parameters (schema scripts, pragmas).
    [[nodiscard]] Result<void> execScript(const QByteArray &sql);
    /// Runs one statement with bound values and no result rows.
    template <typename... Args>
    [[nodiscard]] Result<void> exec(const char *sql, const Args &...args)
    {
        auto stmt = prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bindAll(args...);
        return stmt->exec();
    }
    /// The first column of the first row, or std::nullopt when there is no row.
    template <typename... Args>
    [[nodiscard]] Result<std::optional<std::int64_t>> queryInt(const char *sql, const Args &...args)
    {
        auto stmt = prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bindAll(args...);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row || stmt->isNull(0))
            return std::optional<std::int64_t>{};
        return std::optional<std::int64_t>{stmt->int64(0)};
    }

    /// Write-ahead logging: readers never block the writer; a crash loses no commit.
    [[nodiscard]] Result<void> enableWal();

    std::int64_t lastInsertId() const;
    int changes() const;
    int userVersion() const;
    QString path() const { return m_path; }
    bool inTransaction() const;

    /// Copies this database to a file with SQLite's online backup (safe while in use).
    [[nodiscard]] Result<void> backupTo(const QString &path);

    /// The date SQL sees as "today" through thuky_today(); defaults to the real date.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;

    /// Turns the last SQLite failure into an Error with a Vietnamese and English message.
    Error lastError(const char *what) const;
    static Error errorFromCode(int rc, const QString &detail);

    sqlite3 *handle() const { return m_db; }

private:
    friend class Statement;
    explicit Database(sqlite3 *db, QString path);
    void giveBack(sqlite3_stmt *stmt);
    void close();

    sqlite3 *m_db = nullptr;
    QString m_path;
    QDate m_today;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

} // namespace thuky::storage
