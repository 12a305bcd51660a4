#include "thuky/services/audit_service.h"

#include "thuky/core/logging.h"
#include "thuky/services/authorizer.h"
#include "thuky/storage/database.h"
#include "thuky/storage/transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <spdlog/spdlog.h>

namespace thuky::services {

using domain::Actor;
using domain::Id;
using storage::AuditEntry;
using storage::Entity;

namespace {
constexpr int kMaxMismatchesListed = 1000;
}

AuditService::AuditService(storage::Database &db, storage::AuditRepository &repo, const Authorizer &authorizer)
    : m_db(db), m_repo(repo), m_auth(authorizer), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

QByteArray AuditService::hashOf(const AuditEntry &e)
{
    const QJsonArray content{QString::fromLatin1(e.prevHash),
                             e.at.toUTC().toString(Qt::ISODateWithMs),
                             qint64(e.userId),
                             e.userName,
                             e.action,
                             e.entity,
                             qint64(e.entityId),
                             QString::fromUtf8(e.before),
                             QString::fromUtf8(e.after)};
    return QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

Result<std::optional<QByteArray>> AuditService::image(Entity entity, Id id) { return m_repo.image(entity, id); }

Result<void> AuditService::record(const Actor &actor, const QString &action, Entity entity, Id id,
                                  const std::optional<QByteArray> &before)
{
    auto after = m_repo.image(entity, id);
    if (!after)
        return after.error();
    auto prev = m_repo.lastHash();
    if (!prev)
        return prev.error();
    AuditEntry e;
    e.at = m_now().toUTC();
    e.userId = actor.userId;
    e.userName = actor.userName;
    e.action = action;
    e.entity = storage::entityKey(entity);
    e.entityId = id;
    e.before = before.value_or(QByteArray());
    e.after = after->value_or(QByteArray());
    e.prevHash = *prev;
    e.hash = hashOf(e);
    return m_repo.append(e);
}

Result<QList<AuditEntry>> AuditService::entries(const Actor &actor, const storage::AuditFilter &filter)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewAudit));
    return m_repo.entries(filter);
}

Result<int> AuditService::count(const Actor &actor, const storage::AuditFilter &filter)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewAudit));
    return m_repo.count(filter);
}

Result<QList<AuditEntry>> AuditService::history(const Actor &actor, Entity entity, Id id)
{
    storage::AuditFilter f;
    f.entity = storage::entityKey(entity);
    f.entityId = id;
    f.limit = 10000;
    return entries(actor, f);
}

Result<std::pair<QHash<Id, QByteArray>, QHash<Id, QByteArray>>> AuditService::imagesOf(Entity entity)
{
    auto current = m_repo.images(entity);
    if (!current)
        return current.error();
    auto latest = m_repo.latestImages(entity);
    if (!latest)
        return latest.error();
    return std::pair{std::move(*current), std::move(*latest)};
}

Result<AuditCheck> AuditService::verify()
{
    AuditCheck check;
    QByteArray expectedPrev;
    auto scanned = m_repo.scan([&](const AuditEntry &e) {
        ++check.entries;
        if (e.prevHash != expectedPrev) {
            check.firstBrokenEntry = e.id;
            check.chainProblem = Message{
                QStringLiteral("Nhật ký bị cắt hoặc xóa trước mục số %1 (mã băm của mục trước không khớp).").arg(e.id),
                QStringLiteral("The audit trail was cut or an entry deleted before entry %1 (previous hash does not match).")
                    .arg(e.id)};
            return false;
        }
        if (hashOf(e) != e.hash) {
            check.firstBrokenEntry = e.id;
            check.chainProblem = Message{QStringLiteral("Mục nhật ký số %1 đã bị sửa (mã băm không khớp).").arg(e.id),
                                         QStringLiteral("Audit entry %1 was altered (its hash does not match).").arg(e.id)};
            return false;
        }
        expectedPrev = e.hash;
        return true;
    });
    if (!scanned)
        return scanned.error();

    for (Entity entity : storage::kAllEntities) {
        auto both = imagesOf(entity);
        if (!both)
            return both.error();
        const auto &[current, latest] = *both;
        const QString label = storage::entityLabel(entity);
        const QString key = storage::entityKey(entity);
        const auto mismatch = [&](Id id, const QString &vi, const QString &en) {
            if (check.mismatches.size() < kMaxMismatchesListed)
                check.mismatches.append(RecordMismatch{entity, id, Message{vi.arg(label).arg(id), en.arg(key).arg(id)}});
        };
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            const auto seen = latest.constFind(it.key());
            if (seen == latest.cend())
                mismatch(it.key(), QStringLiteral("%1 số %2 không có trong nhật ký: đã được thêm ngoài Thuky."),
                         QStringLiteral("%1 #%2 is not in the audit trail: it was added outside Thuky."));
            else if (seen->isEmpty())
                mismatch(it.key(), QStringLiteral("%1 số %2 đã bị xóa theo nhật ký nhưng vẫn còn trong dữ liệu."),
                         QStringLiteral("%1 #%2 was deleted according to the audit trail but is still present."));
            else if (*seen != it.value())
                mismatch(it.key(), QStringLiteral("%1 số %2 đã bị sửa ngoài Thuky (khác bản ghi cuối trong nhật ký)."),
                         QStringLiteral("%1 #%2 was changed outside Thuky (differs from its latest audit image)."));
        }
        for (auto it = latest.cbegin(); it != latest.cend(); ++it)
            if (!it.value().isEmpty() && !current.contains(it.key()))
                mismatch(it.key(), QStringLiteral("%1 số %2 đã bị xóa ngoài Thuky."),
                         QStringLiteral("%1 #%2 was deleted outside Thuky."));
    }
    if (!check.ok())
        logger("services")->warn("audit check: chain broken at {}, {} records differ", check.firstBrokenEntry,
                                 check.mismatches.size());
    return check;
}

Result<int> AuditService::baseline()
{
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    int recorded = 0;
    for (Entity entity : storage::kAllEntities) {
        auto both = imagesOf(entity);
        if (!both)
            return both.error();
        const auto &[current, latest] = *both;
        QList<Id> ids;
        for (auto it = current.cbegin(); it != current.cend(); ++it)
            if (!latest.contains(it.key()))
                ids.append(it.key());
        std::sort(ids.begin(), ids.end());
        for (Id id : ids) {
            THUKY_TRY(record(Actor::system(), QStringLiteral("baseline"), entity, id, std::nullopt));
            ++recorded;
        }
    }
    THUKY_TRY(tx->commit());
    if (recorded)
        logger("services")->info("audit baseline recorded for {} records", recorded);
    return recorded;
}

} // namespace thuky::services
