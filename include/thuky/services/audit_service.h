#pragma once
// The audit trail (nhật ký kiểm toán): who changed what and when, chained by hashes so that
// an edited or deleted entry is detected, and compared with the data so that a record
// changed outside Thuky is detected too.

#include "thuky/core/result.h"
#include "thuky/services/key_store.h"
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

/// Whether the trail's MACs could be checked with this installation's key.
enum class KeyState {
    Unkeyed,  ///< schema < 4: a SHA-256 chain only, no key
    Verified, ///< the key is here and the keyed marker holds
    Missing,  ///< the key is not on this machine: the MACs cannot be checked (not tampering)
    Broken,   ///< the keyed marker is missing or does not match the key: tampering
};
QString keyStateKey(KeyState state); ///< "unkeyed", "verified", "missing", "broken"

struct AuditCheck
{
    int entries = 0;
    domain::Id firstBrokenEntry = 0; ///< 0: the chain is whole
    Message chainProblem;
    QList<RecordMismatch> mismatches;
    KeyState key = KeyState::Unkeyed;
    QString databaseId; ///< names the key file; empty before schema 4
    QString keyPath;    ///< where this installation looks for the key
    Message keyProblem; ///< why the key state is Missing or Broken
    domain::Id keyedFrom = 0; ///< first entry with a keyed MAC (earlier ones: SHA-256 only)
    domain::Id anchorEntry = 0; ///< the head this installation last saw committed (0: none)
    Message anchorProblem; ///< the trail ends before the anchor, or the anchor is missing

    bool ok() const
    {
        return firstBrokenEntry == 0 && mismatches.isEmpty() && anchorProblem.vi.isEmpty() &&
               (key == KeyState::Unkeyed || key == KeyState::Verified);
    }
};

class AuditService
{
public:
    /// `key` seals new entries; it outlives the service (the Workspace owns it).
    AuditService(storage::Database &db, storage::AuditRepository &repo, const Authorizer &authorizer,
                 const DatabaseKey &key);

    /// The record's current image, taken before a change to pass to record().
    Result<std::optional<QByteArray>> image(storage::Entity entity, domain::Id id);
    /// Appends an entry for a change that has just been written (inside the caller's
    /// transaction): the after-image is read now; `before` is what image() gave.
    /// Refused (DatabaseKey::missingError) when this installation lacks the key.
    Result<void> record(const domain::Actor &actor, const QString &action, storage::Entity entity, domain::Id id,
                        const std::optional<QByteArray> &before);
    /// Appends an entry about the database as a whole (entity "database", id 0): keying,
    /// restore. `detail` is a compact JSON object kept as the after-image.
    Result<void> recordEvent(const domain::Actor &actor, const QString &action, const QByteArray &detail);

    Result<QList<storage::AuditEntry>> entries(const domain::Actor &actor, const storage::AuditFilter &filter);
    Result<int> count(const domain::Actor &actor, const storage::AuditFilter &filter);
    /// The whole history of one record, newest first. Entries and counts of one record
    /// (entity and id set in the filter) need ViewHistory; anything wider needs ViewAudit.
    Result<QList<storage::AuditEntry>> history(const domain::Actor &actor, storage::Entity entity, domain::Id id);

    /// Recomputes the chain (SHA-256 before the keyed marker, keyed MACs after), checks the
    /// marker, compares the trail's end with the anchor (unless `useAnchor` is false: a
    /// backup is older than its anchor) and every audited table with its latest images.
    /// Needs no actor: `check` runs it as a health check.
    Result<AuditCheck> verify(bool useAnchor = true);

    /// Keys the trail from the next entry on (schema 4): writes the sealed marker and, when
    /// older entries exist, an "audit.keyed" entry that covers their last hash.
    Result<void> keyTrail();
    /// The newest entry as an anchor.
    Result<AuditAnchor> head();
    /// Moves the anchor to the trail's head after a commit that wrote entries (the commit
    /// hook of the Workspace). Never creates a missing anchor, never moves one back.
    void commitHook();

    /// Records a "baseline" entry for every record that has none yet (data written before
    /// the audit trail existed, such as the seeded agencies). Returns how many.
    Result<int> baseline();

    /// The clock of audit entries; tests fix it.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    /// The hash of an entry from before the trail was keyed (hex SHA-256).
    static QByteArray hashOf(const storage::AuditEntry &entry);
    /// What the keyed MAC of an entry covers: its content and the previous hash.
    static QByteArray macMessage(const storage::AuditEntry &entry);

private:
    Result<void> requireRead(const domain::Actor &actor, const storage::AuditFilter &filter) const;
    /// Every record's current image, and the latest audited image of each.
    Result<std::pair<QHash<domain::Id, QByteArray>, QHash<domain::Id, QByteArray>>> imagesOf(storage::Entity entity);
    Result<void> append(const domain::Actor &actor, const QString &action, const QString &entity, domain::Id id,
                        const QByteArray &before, const QByteArray &after);
    Result<void> checkKey(AuditCheck &check);
    Result<void> checkChain(AuditCheck &check, bool useAnchor);
    Result<void> checkRecords(AuditCheck &check);

    storage::Database &m_db;
    storage::AuditRepository &m_repo;
    const Authorizer &m_auth;
    const DatabaseKey &m_key;
    std::function<QDateTime()> m_now;
    bool m_wrote = false; ///< entries appended since the last commit hook
};

} // namespace thuky::services
