#include "notices/notice_recovery.h"

#include "thuky/core/files.h"
#include "thuky/core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace thuky::ui {

using domain::Notice;

namespace {

constexpr int kFormat = 1;

QString safeId(const QString &databaseId)
{
    QString out;
    for (const QChar c : databaseId)
        out += c.isLetterOrNumber() || c == u'-' ? c : u'_';
    return out.isEmpty() ? QStringLiteral("db") : out;
}

QJsonObject fieldsOf(const Notice &n)
{
    return QJsonObject{
        {QStringLiteral("issuer"), QString::number(n.issuerId)},
        {QStringLiteral("subject"), n.subject},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(n.recipients)},
        {QStringLiteral("urgency"), domain::urgencyKey(n.urgency)},
        {QStringLiteral("initials"), n.drafterInitials},
        {QStringLiteral("copies"), n.copies},
        {QStringLiteral("body"), QJsonDocument::fromJson(n.body.toJson()).object()},
    };
}

} // namespace

QString NoticeRecovery::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

NoticeRecovery::NoticeRecovery(QString databaseId, domain::Id noticeId, QString folder)
    : m_databaseId(std::move(databaseId)), m_noticeId(noticeId),
      m_folder(folder.isEmpty() ? defaultFolder() : std::move(folder))
{
}

QString NoticeRecovery::path() const
{
    return QDir(m_folder).filePath(
        QStringLiteral("%1-notice-%2.json").arg(safeId(m_databaseId)).arg(m_noticeId));
}

Result<void> NoticeRecovery::write(const Notice &notice, const QString &baseMarker,
                                   const QDateTime &at) const
{
    if (!QDir().mkpath(m_folder)) {
        return makeError(ErrorCode::Io, tr("Không tạo được thư mục khôi phục."),
                         QStringLiteral("Cannot create the recovery folder."), m_folder);
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("database"), m_databaseId},
        {QStringLiteral("notice"), QString::number(m_noticeId)},
        {QStringLiteral("savedAt"), at.toString(Qt::ISODateWithMs)},
        {QStringLiteral("base"), baseMarker},
        {QStringLiteral("fields"), fieldsOf(notice)},
    };
    return writeFileAtomically(path(), QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<NoticeRecoveryEntry> NoticeRecovery::parse(const QString &path, const QByteArray &bytes)
{
    const auto bad = [&path](const QString &what) {
        return fileError(ErrorCode::InvalidInput, path, 0,
                         tr("Tệp khôi phục bị hỏng (%1); đã để sang một bên.").arg(what),
                         QStringLiteral("The recovery file is damaged (%1); it was set aside.")
                             .arg(what),
                         what);
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("JSON"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != kFormat)
        return bad(QStringLiteral("format"));
    NoticeRecoveryEntry entry;
    entry.path = path;
    entry.databaseId = root.value(QLatin1String("database")).toString();
    bool idOk = false;
    entry.noticeId = root.value(QLatin1String("notice")).toString().toLongLong(&idOk);
    if (entry.databaseId.isEmpty() || !idOk || entry.noticeId <= 0)
        return bad(QStringLiteral("notice"));
    entry.savedAt = QDateTime::fromString(root.value(QLatin1String("savedAt")).toString(),
                                          Qt::ISODateWithMs);
    if (!entry.savedAt.isValid())
        return bad(QStringLiteral("savedAt"));
    entry.baseMarker = root.value(QLatin1String("base")).toString();
    const QJsonObject fields = root.value(QLatin1String("fields")).toObject();
    Notice &n = entry.notice;
    n.id = entry.noticeId;
    n.issuerId = fields.value(QLatin1String("issuer")).toString().toLongLong();
    n.subject = fields.value(QLatin1String("subject")).toString();
    for (const QJsonValue &v : fields.value(QLatin1String("recipients")).toArray())
        n.recipients << v.toString();
    const auto urgency = domain::urgencyFromText(fields.value(QLatin1String("urgency")).toString());
    if (!urgency)
        return bad(QStringLiteral("urgency"));
    n.urgency = *urgency;
    n.drafterInitials = fields.value(QLatin1String("initials")).toString();
    n.copies = fields.value(QLatin1String("copies")).toInt();
    if (!fields.value(QLatin1String("body")).isObject())
        return bad(QStringLiteral("body"));
    auto body = domain::NoticeBody::fromJson(
        QJsonDocument(fields.value(QLatin1String("body")).toObject())
            .toJson(QJsonDocument::Compact));
    if (!body)
        return bad(QStringLiteral("body"));
    n.body = *body;
    return entry;
}

void NoticeRecovery::setAside(const QString &path)
{
    const QString aside =
        path + QStringLiteral(".damaged-") +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (!QFile::rename(path, aside))
        QFile::remove(path);
    logger("notices")->warn("recovery file {} was damaged and set aside",
                            QFileInfo(path).fileName().toStdString());
}

Result<std::optional<NoticeRecoveryEntry>> NoticeRecovery::read() const
{
    const QString file = path();
    const QFileInfo info(file);
    if (!info.exists() && !info.isSymLink())
        return std::optional<NoticeRecoveryEntry>{};
    auto bytes = readUserFile(file, kMaxBytes);
    if (!bytes) {
        setAside(file);
        return bytes.error();
    }
    auto entry = parse(file, *bytes);
    if (entry && (entry->databaseId != m_databaseId || entry->noticeId != m_noticeId)) {
        entry = fileError(ErrorCode::InvalidInput, file, 0,
                          tr("Tệp khôi phục không thuộc thông báo này; đã để sang một bên."),
                          QStringLiteral("The recovery file belongs to another notice; it was "
                                         "set aside."));
    }
    if (!entry) {
        setAside(file);
        return entry.error();
    }
    return std::optional<NoticeRecoveryEntry>(std::move(entry).value());
}

void NoticeRecovery::remove() const
{
    QFile::remove(path());
}

QList<NoticeRecoveryEntry> NoticeRecovery::list(const QString &databaseId, const QString &folder)
{
    const QDir dir(folder.isEmpty() ? defaultFolder() : folder);
    QList<NoticeRecoveryEntry> out;
    const QString prefix = safeId(databaseId) + QStringLiteral("-notice-");
    for (const QFileInfo &info :
         dir.entryInfoList({prefix + QStringLiteral("*.json")}, QDir::Files | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const domain::Id id =
            info.completeBaseName().mid(prefix.size()).toLongLong(&ok);
        if (!ok)
            continue;
        auto entry = NoticeRecovery(databaseId, id, dir.path()).read();
        if (entry && *entry)
            out.append(**entry);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.savedAt > b.savedAt;
    });
    return out;
}

QString NoticeRecovery::marker(const Notice &notice)
{
    const QByteArray bytes = QJsonDocument(fieldsOf(notice)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
}

bool NoticeRecovery::sameContent(const Notice &a, const Notice &b)
{
    return fieldsOf(a) == fieldsOf(b);
}

} // namespace thuky::ui
