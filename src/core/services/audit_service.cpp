#include "thuky/services/audit_service.h"

#include "thuky/core/logging.h"
#include "thuky/services/authorizer.h"
#include "thuky/storage/database.h"
#include "thuky/storage/transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <limits>

namespace thuky::services {

using domain::Actor;
using domain::Id;
using storage::AuditEntry;
using storage::Entity;

namespace {
constexpr int kMaxMismatchesListed = 1000;
// The schema that keyed the trail (004_keys_seals.sql): from there on a database has an id.
constexpr int kFirstKeyedSchema = 4;
} // namespace

AuditService::AuditService(storage::Database &db, storage::AuditRepository &repo, const Authorizer &authorizer,
                           const DatabaseKey &key)
    : m_db(db), m_repo(repo), m_auth(authorizer), m_key(key), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

QString keyStateKey(KeyState state)
{
    switch (state) {
    case KeyState::Unkeyed:
        return QStringLiteral("unkeyed");
    case KeyState::Verified:
        return QStringLiteral("verified");
    case KeyState::Missing:
        return QStringLiteral("missing");
    case KeyState::Broken:
        return QStringLiteral("broken");
    }
    return {};
}

namespace {

QByteArray contentOf(const AuditEntry &e)
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
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray AuditService::hashOf(const AuditEntry &e)
{
    return QCryptographicHash::hash(contentOf(e), QCryptographicHash::Sha256).toHex();
}

QByteArray AuditService::macMessage(const AuditEntry &e) { return "thuky-audit-v1|" + contentOf(e); }

Result<std::optional<QByteArray>> AuditService::image(Entity entity, Id id) { return m_repo.image(entity, id); }

Result<void> AuditService::record(const Actor &actor, const QString &action, Entity entity, Id id,
                                  const std::optional<QByteArray> &before)
{
    if (!m_key.available())
        return m_key.missingError();
    auto after = m_repo.image(entity, id);
    if (!after)
        return after.error();
    return append(actor, action, storage::entityKey(entity), id, before.value_or(QByteArray()),
                  after->value_or(QByteArray()));
}

Result<void> AuditService::recordEvent(const Actor &actor, const QString &action, const QByteArray &detail)
{
    if (!m_key.available())
        return m_key.missingError();
    return append(actor, action, QStringLiteral("database"), 0, QByteArray(), detail);
}

Result<void> AuditService::append(const Actor &actor, const QString &action, const QString &entity, Id id,
                                  const QByteArray &before, const QByteArray &after)
{
    auto prev = m_repo.head();
    if (!prev)
        return prev.error();
    AuditEntry e;
    e.at = m_now().toUTC();
    e.userId = actor.userId;
    e.userName = actor.userName;
    e.action = action;
    e.entity = entity;
    e.entityId = id;
    e.before = before;
    e.after = after;
    e.prevHash = prev->second;
    e.hash = m_key.mac(macMessage(e));
    THUKY_TRY(m_repo.append(e));
    m_wrote = true;
    return {};
}

// The whole trail is for those who audit; the history of one record also for those who
// work on it (a drafter sees what became of the task they edited).
Result<void> AuditService::requireRead(const Actor &actor, const storage::AuditFilter &filter) const
{
    if (!filter.entity.isEmpty() && filter.entityId != 0 && m_auth.require(actor, Action::ViewHistory))
        return {};
    return m_auth.require(actor, Action::ViewAudit);
}

Result<QList<AuditEntry>> AuditService::entries(const Actor &actor, const storage::AuditFilter &filter)
{
    THUKY_TRY(requireRead(actor, filter));
    return m_repo.entries(filter);
}

Result<int> AuditService::count(const Actor &actor, const storage::AuditFilter &filter)
{
    THUKY_TRY(requireRead(actor, filter));
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

Result<AuditCheck> AuditService::verify(bool useAnchor)
{
    AuditCheck check;
    THUKY_TRY(checkKey(check));
    THUKY_TRY(checkChain(check, useAnchor));
    THUKY_TRY(checkRecords(check));
    if (check.firstBrokenEntry)
        logger("services")->warn("audit check: chain broken at entry {}", check.firstBrokenEntry);
    if (!check.anchorProblem.vi.isEmpty())
        logger("services")->warn("audit check: the trail does not reach its anchor (entry {})", check.anchorEntry);
    // A missing key is the caller's message to give (not tampering); a broken marker is.
    if (check.key == KeyState::Broken)
        logger("services")->warn("audit check: the keyed marker is missing or altered");
    else if (check.key == KeyState::Missing)
        logger("services")->info("audit check: no key for database {}", check.databaseId.toStdString());
    if (!check.mismatches.isEmpty())
        logger("services")->warn("audit check: {} records differ from the audit trail", check.mismatches.size());
    return check;
}

Result<void> AuditService::checkKey(AuditCheck &check)
{
    auto id = m_repo.meta(QStringLiteral("database_id"));
    if (!id)
        return id.error();
    if (!*id && m_db.userVersion() < kFirstKeyedSchema) {
        check.key = KeyState::Unkeyed;
        check.keyedFrom = std::numeric_limits<Id>::max();
        return {};
    }
    if (!*id) {
        check.key = KeyState::Broken;
        check.keyedFrom = 1;
        check.keyProblem = {QStringLiteral("Mã cơ sở dữ liệu (app_meta.database_id) đã bị xóa ngoài Thuky."),
                            QStringLiteral("The database id (app_meta.database_id) was removed outside Thuky.")};
        return {};
    }
    check.databaseId = **id;
    check.keyPath = m_key.store() ? m_key.store()->keyPath(check.databaseId) : QString();
    auto from = m_repo.meta(QStringLiteral("audit_keyed_from"));
    if (!from)
        return from.error();
    auto seal = m_repo.meta(QStringLiteral("audit_keyed_seal"));
    if (!seal)
        return seal.error();
    // Without a trustworthy marker every entry must carry a keyed MAC.
    check.keyedFrom = 1;
    if (!*from || !*seal) {
        check.key = KeyState::Broken;
        check.keyProblem = {QStringLiteral("Dấu cho biết nhật ký được khóa từ mục nào đã bị xóa ngoài Thuky."),
                            QStringLiteral("The marker telling from which entry the trail is keyed was removed "
                                           "outside Thuky.")};
        return {};
    }
    const Id keyedFrom = (*from)->toLongLong();
    if (!m_key.available() || m_key.databaseId() != check.databaseId) {
        check.key = KeyState::Missing;
        check.keyedFrom = keyedFrom;
        check.keyProblem = {
            QStringLiteral("Không kiểm được mã xác thực của nhật ký vì máy này không có khóa của cơ sở dữ liệu "
                           "(mã %1, tệp %2). Đây không phải dấu hiệu bị sửa. Hãy nhập khóa: thuky-cli key "
                           "import TỆP (tệp do quản trị xuất bằng thuky-cli key export trên máy cũ).")
                .arg(check.databaseId, check.keyPath),
            QStringLiteral("The audit trail's MACs cannot be checked: this installation does not hold the "
                           "database's key (id %1, file %2). This is not a sign of tampering. Import the key: "
                           "thuky-cli key import FILE (exported by an administrator with thuky-cli key export "
                           "on the original machine).")
                .arg(check.databaseId, check.keyPath)};
        return {};
    }
    if (!m_key.matches(keyedFromMessage(check.databaseId, keyedFrom), (*seal)->toLatin1())) {
        check.key = KeyState::Broken;
        check.keyProblem = {QStringLiteral("Dấu cho biết nhật ký được khóa từ mục nào đã bị sửa ngoài Thuky."),
                            QStringLiteral("The marker telling from which entry the trail is keyed was altered "
                                           "outside Thuky.")};
        return {};
    }
    check.key = KeyState::Verified;
    check.keyedFrom = keyedFrom;
    return {};
}

Result<void> AuditService::checkChain(AuditCheck &check, bool useAnchor)
{
    std::optional<AuditAnchor> anchor;
    const bool anchored = useAnchor && check.key == KeyState::Verified && m_key.store();
    if (anchored) {
        auto stored = m_key.store()->anchor(check.databaseId);
        if (!stored)
            return stored.error();
        anchor = *stored;
        if (anchor)
            check.anchorEntry = anchor->entryId;
    }
    const bool macs = m_key.available() && m_key.databaseId() == check.databaseId;
    QByteArray expectedPrev;
    Id lastId = 0;
    const auto broken = [&](Id id, const QString &vi, const QString &en) {
        check.firstBrokenEntry = id;
        check.chainProblem = Message{vi.arg(id), en.arg(id)};
        return false;
    };
    auto scanned = m_repo.scan([&](const AuditEntry &e) {
        ++check.entries;
        if (e.prevHash != expectedPrev)
            return broken(e.id,
                          QStringLiteral("Nhật ký bị cắt hoặc xóa trước mục số %1 (mã băm của mục trước không khớp)."),
                          QStringLiteral("The audit trail was cut or an entry deleted before entry %1 (previous "
                                         "hash does not match)."));
        if (e.id < check.keyedFrom) {
            if (hashOf(e) != e.hash)
                return broken(e.id, QStringLiteral("Mục nhật ký số %1 đã bị sửa (mã băm không khớp)."),
                              QStringLiteral("Audit entry %1 was altered (its hash does not match)."));
        } else if (macs && !m_key.matches(macMessage(e), e.hash)) {
            return broken(e.id,
                          QStringLiteral("Mục nhật ký số %1 đã bị sửa hoặc được thêm ngoài Thuky (mã xác thực "
                                         "không khớp khóa)."),
                          QStringLiteral("Audit entry %1 was altered or added outside Thuky (its MAC does not "
                                         "match the key)."));
        }
        if (anchor && e.id == anchor->entryId && e.hash != anchor->mac)
            return broken(e.id, QStringLiteral("Mục nhật ký số %1 khác với mốc đã lưu ngoài tệp."),
                          QStringLiteral("Audit entry %1 differs from the anchor kept outside the file."));
        expectedPrev = e.hash;
        lastId = e.id;
        return true;
    });
    if (!scanned)
        return scanned.error();
    if (!anchored || check.firstBrokenEntry)
        return {};
    if (!anchor) {
        if (check.entries > 0)
            check.anchorProblem = {
                QStringLiteral("Không có mốc của nhật ký (tệp %1): không biết được các mục cuối có bị xóa hay "
                               "không. Nhập lại khóa (thuky-cli key import TỆP) để đặt lại mốc.")
                    .arg(m_key.store()->anchorPath(check.databaseId)),
                QStringLiteral("The audit trail's anchor is missing (file %1): whether entries at the end were "
                               "deleted cannot be told. Import the key again (thuky-cli key import FILE) to set "
                               "it anew.")
                    .arg(m_key.store()->anchorPath(check.databaseId))};
        return {};
    }
    if (lastId < anchor->entryId)
        check.anchorProblem = {
            QStringLiteral("Nhật ký dừng ở mục số %1 nhưng máy này đã thấy mục số %2 được ghi: các mục cuối đã "
                           "bị xóa ngoài Thuky (hoặc tệp được thay bằng một bản cũ mà không qua restore).")
                .arg(lastId)
                .arg(anchor->entryId),
            QStringLiteral("The audit trail ends at entry %1 but this installation saw entry %2 committed: "
                           "entries at the end were deleted outside Thuky (or the file was replaced by an older "
                           "copy without restore).")
                .arg(lastId)
                .arg(anchor->entryId)};
    return {};
}

Result<void> AuditService::checkRecords(AuditCheck &check)
{
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
    return {};
}

Result<void> AuditService::keyTrail()
{
    auto id = m_repo.meta(QStringLiteral("database_id"));
    if (!id)
        return id.error();
    if (!*id || !m_key.available() || m_key.databaseId() != **id)
        return m_key.missingError();
    auto last = m_repo.head();
    if (!last)
        return last.error();
    const Id from = last->first + 1;
    THUKY_TRY(m_repo.setMeta(QStringLiteral("audit_keyed_from"), QString::number(from)));
    THUKY_TRY(m_repo.setMeta(QStringLiteral("audit_keyed_seal"),
                             QString::fromLatin1(m_key.mac(keyedFromMessage(**id, from)))));
    if (last->first == 0)
        return {};
    // The first keyed entry covers the last unkeyed hash: from now on nobody without the key
    // can rewrite the older entries unnoticed.
    const QJsonObject detail{{QStringLiteral("keyedFrom"), qint64(from)},
                             {QStringLiteral("previousHash"), QString::fromLatin1(last->second)}};
    return recordEvent(Actor::system(), QStringLiteral("audit.keyed"), QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

Result<AuditAnchor> AuditService::head()
{
    auto last = m_repo.head();
    if (!last)
        return last.error();
    return AuditAnchor{last->first, last->second};
}

void AuditService::commitHook()
{
    if (!m_wrote)
        return;
    m_wrote = false;
    if (!m_key.available() || !m_key.store())
        return;
    const KeyStore &store = *m_key.store();
    auto anchor = store.anchor(m_key.databaseId());
    if (!anchor || !*anchor)
        return; // a missing or unreadable anchor is check's to report, never recreated here
    // An anchored entry that is gone or changed is evidence: the anchor stays on it.
    if ((*anchor)->entryId > 0) {
        auto held = m_repo.entryHash((*anchor)->entryId);
        if (!held || !*held || **held != (*anchor)->mac) {
            logger("services")->warn("the audit trail no longer holds its anchored entry {}; run check",
                                     (*anchor)->entryId);
            return;
        }
    }
    auto last = head();
    if (!last) {
        logger("services")->warn("cannot read the audit trail's head after a commit: {}", last.error().detail.toStdString());
        return;
    }
    if (auto moved = store.advanceAnchor(m_key.databaseId(), *last); !moved)
        logger("services")->warn("cannot move the audit anchor: {}", moved.error().detail.toStdString());
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
