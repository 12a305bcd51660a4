#pragma once
// Small helpers shared by the SQLite repositories (private to storage).

#include "thuky/domain/reference.h"
#include "thuky/storage/database.h"

#include <optional>

namespace thuky::storage::detail {

inline std::optional<domain::Id> optionalId(domain::Id id)
{
    return id ? std::optional<domain::Id>(id) : std::nullopt;
}

/// Text for a NOT NULL column: a null QString would bind SQL NULL.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s.trimmed();
}

/// Reads every row of a statement that has already been bound.
template <typename T, typename Reader>
Result<QList<T>> readRows(Statement &stmt, Reader read)
{
    QList<T> out;
    while (true) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(read(stmt));
    }
    return out;
}

/// Prepares, binds `args` and reads every row.
template <typename T, typename Reader, typename... Args>
Result<QList<T>> readAll(Database &db, const char *sql, Reader read, const Args &...args)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args...);
    return readRows<T>(*stmt, read);
}

/// Prepares, binds `args` and reads the first row, if any.
template <typename T, typename Reader, typename... Args>
Result<std::optional<T>> readOne(Database &db, const char *sql, Reader read, const Args &...args)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bindAll(args...);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<T>{};
    return std::optional<T>{read(*stmt)};
}

} // namespace thuky::storage::detail
