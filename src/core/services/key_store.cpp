#include "thuky/services/key_store.h"

#include "thuky/core/logging.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace thuky::services {

namespace {

constexpr int kKeyBytes = crypto_generichash_KEYBYTES; // 32
constexpr int kMacBytes = crypto_generichash_BYTES;    // 32
constexpr const char *kKeyFileHeader = "thuky-database-key 1";

Error ioError(const QString &vi, const QString &en, const QString &path)
{
    return makeError(ErrorCode::Io, vi, en, path);
}

bool validDatabaseId(const QString &id)
{
    if (id.size() != 32)
        return false;
    for (QChar c : id)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

Result<void> sodiumReady()
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Storage, QStringLiteral("Không khởi tạo được thư viện mật mã."),
                         QStringLiteral("The cryptography library failed to start."));
    return {};
}

// Holds an exclusive lock on `<anchor>.lock` while alive: two processes writing the same
// database update its anchor one after the other.
class AnchorLock
{
public:
    explicit AnchorLock(const QString &path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd >= 0 && ::flock(m_fd, LOCK_EX) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~AnchorLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the lock
    }
    AnchorLock(const AnchorLock &) = delete;
    AnchorLock &operator=(const AnchorLock &) = delete;
    bool held() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

std::optional<AuditAnchor> parseAnchor(const QByteArray &text)
{
    const QList<QByteArray> parts = text.trimmed().split(' ');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok = false;
    const qint64 id = parts.at(0).toLongLong(&ok);
    if (!ok || id < 0)
        return std::nullopt;
    return AuditAnchor{id, parts.at(1) == "-" ? QByteArray() : parts.at(1)};
}

} // namespace

QByteArray keyedFromMessage(const QString &databaseId, domain::Id from)
{
    return "thuky-keyed-from|" + databaseId.toLatin1() + '|' + QByteArray::number(qint64(from));
}

KeyStore::KeyStore(QString directory) : m_dir(std::move(directory)) {}

QString KeyStore::defaultDirectory()
{
    const QString fromEnv = qEnvironmentVariable("THUKY_KEY_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/Thuky/keys");
}

QString KeyStore::keyPath(const QString &databaseId) const
{
    return m_dir + QLatin1Char('/') + databaseId + QStringLiteral(".key");
}

QString KeyStore::anchorPath(const QString &databaseId) const
{
    return m_dir + QLatin1Char('/') + databaseId + QStringLiteral(".anchor");
}

Result<void> KeyStore::ensureDirectory() const
{
    if (!QDir().mkpath(m_dir))
        return ioError(QStringLiteral("Không tạo được thư mục khóa \"%1\".").arg(m_dir),
                       QStringLiteral("Cannot create the key folder \"%1\".").arg(m_dir), m_dir);
    ::chmod(QFile::encodeName(m_dir).constData(), 0700);
    return {};
}

QByteArray KeyStore::keyFileText(const QString &databaseId, const QByteArray &key)
{
    return QByteArray(kKeyFileHeader) + "\ndatabase " + databaseId.toLatin1() + "\nkey " +
           key.toHex() + '\n';
}

Result<std::pair<QString, QByteArray>> KeyStore::parseKeyFile(const QByteArray &text)
{
    const Error bad =
        makeError(ErrorCode::InvalidInput, QStringLiteral("Tệp này không phải tệp khóa của Thuky."),
                  QStringLiteral("This file is not a Thuky key file."), QStringLiteral("key file"));
    const QList<QByteArray> lines = text.trimmed().split('\n');
    if (lines.size() != 3 || lines.at(0).trimmed() != kKeyFileHeader ||
        !lines.at(1).startsWith("database ") || !lines.at(2).startsWith("key "))
        return bad;
    const QString id = QString::fromLatin1(lines.at(1).mid(9).trimmed());
    const QByteArray hex = lines.at(2).mid(4).trimmed();
    const QByteArray key = QByteArray::fromHex(hex);
    if (!validDatabaseId(id) || key.size() != kKeyBytes || key.toHex() != hex.toLower())
        return bad;
    return std::pair{id, key};
}

Result<std::optional<QByteArray>> KeyStore::load(const QString &databaseId) const
{
    if (!validDatabaseId(databaseId))
        return std::optional<QByteArray>{};
    QFile file(keyPath(databaseId));
    if (!file.exists())
        return std::optional<QByteArray>{};
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QStringLiteral("Không đọc được tệp khóa \"%1\".").arg(file.fileName()),
                       QStringLiteral("Cannot read the key file \"%1\".").arg(file.fileName()),
                       file.fileName());
    auto parsed = parseKeyFile(file.read(4096));
    if (!parsed || parsed->first != databaseId)
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("Tệp khóa \"%1\" bị hỏng.").arg(file.fileName()),
                         QStringLiteral("The key file \"%1\" is damaged.").arg(file.fileName()),
                         file.fileName());
    return std::optional(parsed->second);
}

Result<QByteArray> KeyStore::create(const QString &databaseId) const
{
    THUKY_TRY(sodiumReady());
    QByteArray key(kKeyBytes, '\0');
    crypto_generichash_keygen(reinterpret_cast<unsigned char *>(key.data()));
    THUKY_TRY(store(databaseId, key));
    logger("services")->info("created the key of database {}", databaseId.toStdString());
    return key;
}

Result<void> KeyStore::store(const QString &databaseId, const QByteArray &key) const
{
    auto existing = load(databaseId);
    if (!existing)
        return existing.error();
    if (*existing) {
        if (sodium_memcmp(existing->value().constData(), key.constData(), size_t(kKeyBytes)) == 0)
            return {};
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("Máy này đã có một khóa khác cho cơ sở dữ liệu %1; không ghi đè.")
                .arg(databaseId),
            QStringLiteral("This installation already holds a different key for database %1; "
                           "it was not replaced.")
                .arg(databaseId),
            keyPath(databaseId));
    }
    THUKY_TRY(ensureDirectory());
    return writeKeyFile(keyPath(databaseId), databaseId, key);
}

Result<void> KeyStore::writeKeyFile(const QString &path, const QString &databaseId,
                                    const QByteArray &key)
{
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(
            QStringLiteral(
                "Không ghi được tệp khóa \"%1\" (tệp đã có sẵn hoặc thư mục không ghi được).")
                .arg(path),
            QStringLiteral(
                "Cannot write the key file \"%1\" (it exists or the folder is not writable).")
                .arg(path),
            path);
    const QByteArray text = keyFileText(databaseId, key);
    const bool written =
        ::write(fd, text.constData(), size_t(text.size())) == text.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        ::unlink(encoded.constData());
        return ioError(QStringLiteral("Không ghi được tệp khóa \"%1\".").arg(path),
                       QStringLiteral("Cannot write the key file \"%1\".").arg(path), path);
    }
    return {};
}

Result<std::optional<AuditAnchor>> KeyStore::anchor(const QString &databaseId) const
{
    QFile file(anchorPath(databaseId));
    if (!file.exists())
        return std::optional<AuditAnchor>{};
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QStringLiteral("Không đọc được tệp mốc \"%1\".").arg(file.fileName()),
                       QStringLiteral("Cannot read the anchor file \"%1\".").arg(file.fileName()),
                       file.fileName());
    const auto parsed = parseAnchor(file.read(1024));
    if (!parsed)
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("Tệp mốc \"%1\" bị hỏng.").arg(file.fileName()),
                         QStringLiteral("The anchor file \"%1\" is damaged.").arg(file.fileName()),
                         file.fileName());
    return std::optional(*parsed);
}

Result<void> KeyStore::advanceAnchor(const QString &databaseId, const AuditAnchor &a) const
{
    return writeAnchor(databaseId, a, true);
}

Result<void> KeyStore::resetAnchor(const QString &databaseId, const AuditAnchor &a) const
{
    return writeAnchor(databaseId, a, false);
}

Result<void> KeyStore::writeAnchor(const QString &databaseId, const AuditAnchor &a,
                                   bool forward) const
{
    THUKY_TRY(ensureDirectory());
    const QString path = anchorPath(databaseId);
    const AnchorLock lock(path + QStringLiteral(".lock"));
    if (!lock.held())
        return ioError(QStringLiteral("Không khóa được tệp mốc \"%1\".").arg(path),
                       QStringLiteral("Cannot lock the anchor file \"%1\".").arg(path), path);
    if (forward) {
        auto current = anchor(databaseId);
        // Only key creation, key import and restore make an anchor: a missing one stays
        // missing (check reports it) rather than blessing whatever the file holds now.
        if (!current || !*current || (*current)->entryId >= a.entryId)
            return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(QStringLiteral("Không ghi được tệp mốc \"%1\".").arg(path),
                       QStringLiteral("Cannot write the anchor file \"%1\".").arg(path), path);
    // "-" stands for the empty hash of an empty trail.
    file.write(QByteArray::number(qint64(a.entryId)) + ' ' +
               (a.mac.isEmpty() ? QByteArray("-") : a.mac) + '\n');
    if (!file.commit())
        return ioError(QStringLiteral("Không ghi được tệp mốc \"%1\".").arg(path),
                       QStringLiteral("Cannot write the anchor file \"%1\".").arg(path), path);
    return {};
}

DatabaseKey::DatabaseKey(QString databaseId, std::optional<QByteArray> key,
                         std::optional<KeyStore> store)
    : m_databaseId(std::move(databaseId)), m_key(std::move(key)), m_store(std::move(store))
{
}

DatabaseKey DatabaseKey::ephemeral(const QString &databaseId)
{
    QByteArray key(kKeyBytes, '\0');
    if (sodium_init() >= 0)
        crypto_generichash_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return DatabaseKey(databaseId, key, std::nullopt);
}

QByteArray DatabaseKey::mac(const QByteArray &message) const
{
    if (!m_key || sodium_init() < 0)
        return {};
    unsigned char out[kMacBytes];
    crypto_generichash(
        out, sizeof out, reinterpret_cast<const unsigned char *>(message.constData()),
        quint64(message.size()), reinterpret_cast<const unsigned char *>(m_key->constData()),
        size_t(m_key->size()));
    return QByteArray(reinterpret_cast<const char *>(out), kMacBytes).toHex();
}

bool DatabaseKey::matches(const QByteArray &message, const QByteArray &macHex) const
{
    const QByteArray expected = mac(message);
    if (expected.isEmpty() || expected.size() != macHex.size())
        return false;
    return sodium_memcmp(expected.constData(), macHex.constData(), size_t(expected.size())) == 0;
}

Error DatabaseKey::missingError() const
{
    const QString path = m_store ? m_store->keyPath(m_databaseId) : QString();
    return makeError(
        ErrorCode::PermissionDenied,
        QStringLiteral(
            "Máy này không có khóa bảo vệ của cơ sở dữ liệu (mã %1, cần tệp %2) nên không "
            "ghi hay đăng nhập được. Quản trị xuất khóa trên máy cũ (thuky-cli key export "
            "TỆP) rồi nhập ở đây (thuky-cli key import TỆP).")
            .arg(m_databaseId, path),
        QStringLiteral(
            "This installation does not hold the database's key (id %1, file %2), so "
            "nothing can be written and nobody can log in. An administrator exports the "
            "key on the original machine (thuky-cli key export FILE) and imports it here "
            "(thuky-cli key import FILE).")
            .arg(m_databaseId, path),
        QStringLiteral("key missing"));
}

} // namespace thuky::services
