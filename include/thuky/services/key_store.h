#pragma once
// The installation's secret for each database (khóa bảo vệ): a random key kept outside the
// database file, which seals the audit trail and the accounts, and the anchor that remembers
// the head of each database's audit trail. See docs/security.md.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace thuky::services {

/// The newest audit entry this installation saw committed: its id and its MAC.
struct AuditAnchor
{
    domain::Id entryId = 0;
    QByteArray mac; ///< hex
};

/// Key files and anchors of one folder: `<dir>/<database id>.key` (mode 0600) and
/// `<dir>/<database id>.anchor`. The folder is $THUKY_KEY_DIR, else
/// <data folder>/Thuky/keys (~/.local/share/Thuky/keys), mode 0700.
class KeyStore
{
public:
    explicit KeyStore(QString directory = defaultDirectory());

    static QString defaultDirectory();
    QString directory() const { return m_dir; }
    QString keyPath(const QString &databaseId) const;
    QString anchorPath(const QString &databaseId) const;

    /// The key of a database; std::nullopt when this installation does not have it.
    Result<std::optional<QByteArray>> load(const QString &databaseId) const;
    /// Makes a new random key for a database that has none yet (refuses to replace one).
    Result<QByteArray> create(const QString &databaseId) const;
    /// Writes the key file for a database (key import); refuses to replace a different key.
    Result<void> store(const QString &databaseId, const QByteArray &key) const;

    /// The key file's text: what `key export` writes and `key import` reads.
    static QByteArray keyFileText(const QString &databaseId, const QByteArray &key);
    /// Writes a key file at `path`: created with mode 0600 (never readable by others, even
    /// briefly), never over an existing file (Io).
    static Result<void> writeKeyFile(const QString &path, const QString &databaseId,
                                     const QByteArray &key);
    /// Parses a key file; InvalidInput when it is not one.
    static Result<std::pair<QString, QByteArray>> parseKeyFile(const QByteArray &text);

    Result<std::optional<AuditAnchor>> anchor(const QString &databaseId) const;
    /// Moves the anchor forward to `anchor` unless it already names a later entry. Safe with
    /// several processes writing the same database (a lock file serialises them).
    Result<void> advanceAnchor(const QString &databaseId, const AuditAnchor &anchor) const;
    /// Sets the anchor even backwards: after a restore or a key import, by an administrator.
    Result<void> resetAnchor(const QString &databaseId, const AuditAnchor &anchor) const;

private:
    Result<void> writeAnchor(const QString &databaseId, const AuditAnchor &anchor,
                             bool forward) const;
    Result<void> ensureDirectory() const;

    QString m_dir;
};

/// The key of one open database: computes and checks MACs (keyed BLAKE2b-256, hex).
class DatabaseKey
{
public:
    DatabaseKey() = default;
    /// `store` is null for an in-memory database: no files, no anchor.
    DatabaseKey(QString databaseId, std::optional<QByteArray> key, std::optional<KeyStore> store);

    /// A fresh random key that lives only in memory (in-memory databases of the tests).
    static DatabaseKey ephemeral(const QString &databaseId);

    bool available() const { return m_key.has_value(); }
    const QString &databaseId() const { return m_databaseId; }
    const std::optional<KeyStore> &store() const { return m_store; }
    /// Hex MAC of `message`; empty when the key is not available.
    QByteArray mac(const QByteArray &message) const;
    /// Constant-time comparison with mac(message); false when the key is not available.
    bool matches(const QByteArray &message, const QByteArray &macHex) const;
    /// The raw key, for key export only.
    const std::optional<QByteArray> &secret() const { return m_key; }

    /// "This installation has no key for the database": what writes and log-ins answer.
    Error missingError() const;

private:
    QString m_databaseId;
    std::optional<QByteArray> m_key;
    std::optional<KeyStore> m_store;
};

/// The marker sealed in app_meta at keying: "the audit trail is keyed from entry `from`".
QByteArray keyedFromMessage(const QString &databaseId, domain::Id from);

} // namespace thuky::services
