#pragma once
// Transaction: BEGIN IMMEDIATE, commit on request, rollback when the scope ends without it.

#include "thuky/core/result.h"

namespace thuky::storage {

class Database;

/// The outermost scope opens `BEGIN IMMEDIATE` (the write lock is taken at once, so two
/// writers never deadlock half-way); nested scopes use savepoints. Services own
/// transactions; repositories never start them.
class Transaction
{
public:
    static Result<Transaction> begin(Database &db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    /// Rolls back unless commit() succeeded.
    ~Transaction();

    [[nodiscard]] Result<void> commit();

private:
    Transaction(Database *db, bool nested, QByteArray savepoint);
    void rollback();

    Database *m_db = nullptr;
    bool m_nested = false;
    bool m_done = false;
    QByteArray m_savepoint;
};

} // namespace thuky::storage
