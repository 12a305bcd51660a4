#pragma once
// The audit trail (nhật ký kiểm toán): who changed what and when, chained by hashes so that
// an edited or deleted entry is detected, and compared with the data so that a record
// changed outside Thuky is detected too.

#include "thuky/core/result.h"
#include "thuky/storage/audit_repository.h"

#include <functional>

namespace thuky::storage {
class Database;
}

namespace thuky::services {

class Authorizer;

/// A record whose current state differs from its latest audit image.
struct RecordMismatch
{
    storage::Entity entity = storage::Entity::Task;
    domain::Id id = 0;
    Message message;
};

struct AuditCheck
{
    int entries = 0;
    domain::Id firstBrokenEntry = 0; ///< 0: the chain is whole
    Message chainProblem;
    QList<RecordMismatch> mismatches;

    bool ok() const { return firstBrokenEntry == 0 && mismatches.isEmpty(); }
};

class AuditService
{
public:
    AuditService(storage::Database &db, storage::AuditRepository &repo, const Authorizer &authorizer);

    /// The record's current image, taken before a change to pass to record().
    Result<std::optional<QByteArray>> image(storage::Entity entity, domain::Id id);
    /// Appends an entry for a change that has just been written (inside the caller's
    /// transaction): the after-image is read now; `before` is what image() gave.
    Result<void> record(const domain::Actor &actor, const QString &action, storage::Entity entity, domain::Id id,
                        const std::optional<QByteArray> &before);

    Result<QList<storage::AuditEntry>> entries(const domain::Actor &actor, const storage::AuditFilter &filter);
    Result<int> count(const domain::Actor &actor, const storage::AuditFilter &filter);
    /// The whole history of one record, newest first.
    Result<QList<storage::AuditEntry>> history(const domain::Actor &actor, storage::Entity entity, domain::Id id);

    /// Recomputes the chain and compares every audited table with its latest images. Needs
    /// no actor: `check` runs it as a health check.
    Result<AuditCheck> verify();

    /// Records a "baseline" entry for every record that has none yet (data written before
    /// the audit trail existed, such as the seeded agencies). Returns how many.
    Result<int> baseline();

    /// The clock of audit entries; tests fix it.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    /// The hash of an entry from its content and the previous hash (hex SHA-256).
    static QByteArray hashOf(const storage::AuditEntry &entry);

private:
    /// Every record's current image, and the latest audited image of each.
    Result<std::pair<QHash<domain::Id, QByteArray>, QHash<domain::Id, QByteArray>>> imagesOf(storage::Entity entity);

    storage::Database &m_db;
    storage::AuditRepository &m_repo;
    const Authorizer &m_auth;
    std::function<QDateTime()> m_now;
};

} // namespace thuky::services
