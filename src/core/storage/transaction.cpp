#include "thuky/storage/transaction.h"

#include "thuky/core/logging.h"
#include "thuky/storage/database.h"

#include <spdlog/spdlog.h>

#include <atomic>

namespace thuky::storage {

namespace {
std::atomic<unsigned> g_savepointCounter{0};
}

Transaction::Transaction(Database *db, bool nested, QByteArray savepoint)
    : m_db(db), m_nested(nested), m_savepoint(std::move(savepoint))
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db), m_nested(other.m_nested), m_done(other.m_done), m_savepoint(std::move(other.m_savepoint))
{
    other.m_db = nullptr;
    other.m_done = true;
}

Result<Transaction> Transaction::begin(Database &db)
{
    if (db.inTransaction()) {
        QByteArray name = "thuky_sp_" + QByteArray::number(++g_savepointCounter);
        THUKY_TRY(db.execScript("SAVEPOINT " + name));
        return Transaction(&db, true, std::move(name));
    }
    THUKY_TRY(db.execScript("BEGIN IMMEDIATE"));
    return Transaction(&db, false, {});
}

Result<void> Transaction::commit()
{
    if (m_done || !m_db)
        return makeError(ErrorCode::Storage, QStringLiteral("Giao dịch đã kết thúc."),
                         QStringLiteral("The transaction has already ended."));
    auto r = m_db->execScript(m_nested ? "RELEASE " + m_savepoint : QByteArray("COMMIT"));
    if (!r) {
        rollback();
        return r.error();
    }
    m_done = true;
    return {};
}

void Transaction::rollback()
{
    if (m_done || !m_db)
        return;
    m_done = true;
    // After some errors (a full disk, an I/O error) SQLite has already rolled the whole
    // transaction back, savepoints included: there is nothing left to undo.
    if (!m_db->inTransaction())
        return;
    auto r = m_db->execScript(m_nested ? "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint
                                       : QByteArray("ROLLBACK"));
    if (!r)
        logger("storage")->warn("rollback failed: {}", r.error().detail.toStdString());
}

Transaction::~Transaction() { rollback(); }

} // namespace thuky::storage
