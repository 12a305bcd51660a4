#pragma once
// Accounts (tài khoản), log-in and password management.

#include "thuky/core/result.h"
#include "thuky/domain/account.h"

#include <functional>

namespace thuky::storage {
class Database;
class AccountRepository;
} // namespace thuky::storage

namespace thuky::services {

class Authorizer;
class AuditService;
class DatabaseKey;
struct RecordMismatch;

/// After this many failed log-ins in a row, an account is locked for kLockMinutes.
constexpr int kMaxFailedLogins = 5;
constexpr int kLockMinutes = 15;

class AccountService
{
public:
    /// `key` seals each account's password hash, roles and active flag; it outlives the
    /// service (the Workspace owns it).
    AccountService(storage::Database &db, storage::AccountRepository &repo, AuditService &audit,
                   const Authorizer &authorizer, const DatabaseKey &key);

    /// False on a new database: the first administrator still has to be created.
    Result<bool> hasAccounts();

    /// Creates an account with a password that meets the policy. On a database without
    /// accounts the first account may be created by anyone, but must be an administrator;
    /// after that only administrators may add accounts.
    Result<domain::User> addUser(const domain::Actor &actor, domain::User user, const QString &password);
    /// Names, unit, roles, active flag. An administrator cannot remove the last active
    /// administrator (nor deactivate themself).
    Result<domain::User> updateUser(const domain::Actor &actor, domain::User user);
    /// Accounts are never deleted (they may have signed something): they are deactivated.
    Result<void> deactivate(const domain::Actor &actor, domain::Id userId);
    Result<QList<domain::User>> users(const domain::Actor &actor);
    Result<domain::User> userByName(const domain::Actor &actor, const QString &userName);

    /// Checks the password. Wrong name or password give the same message, the same log line
    /// and the same work; an inactive or locked account is refused (PermissionDenied), and
    /// so is one whose seal does not match (detail "seal": changed outside Thuky; run check)
    /// or whose database key is missing here. Success clears the failure count.
    Result<domain::Actor> login(const QString &userName, const QString &password);

    /// A user changes their own password (knowing the current one).
    Result<void> changePassword(const domain::Actor &actor, const QString &current, const QString &next);
    /// An administrator sets a new password for someone, and unlocks the account.
    Result<void> resetPassword(const domain::Actor &actor, domain::Id userId, const QString &next);

    /// Seals every account (schema 4 upgrade: the accounts that exist are the baseline).
    Result<void> sealAll();
    /// The accounts whose seal does not match (entity User); needs the key.
    Result<QList<RecordMismatch>> verifySeals();

    /// The clock for lock-outs; tests fix it.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    /// The password check login() uses (verifyPassword); tests count its calls.
    using PasswordVerifier = std::function<bool(const QByteArray &hash, const QString &password)>;
    void setPasswordVerifier(PasswordVerifier verify) { m_verify = std::move(verify); }
    /// What login() checks an unknown name's password against: an Argon2id hash with the
    /// limits of hashPassword(), so both answers take the same time.
    static QByteArray dummyHash();

private:
    Result<void> requireAdminOrBootstrap(const domain::Actor &actor, const domain::User &user);
    Result<void> keepAnAdministrator(const domain::User &changed);
    Result<void> resetPasswordUnchecked(const domain::Actor &actor, domain::Id userId, const QString &next);
    /// Writes the seal of one account from what it holds now.
    Result<void> seal(domain::Id userId);
    Result<bool> sealMatches(domain::Id userId);

    storage::Database &m_db;
    storage::AccountRepository &m_repo;
    AuditService &m_audit;
    const Authorizer &m_auth;
    const DatabaseKey &m_key;
    std::function<QDateTime()> m_now;
    PasswordVerifier m_verify;
};

/// Argon2id (libsodium, interactive limits) of a password, in libsodium's string format.
Result<QByteArray> hashPassword(const QString &password);
bool verifyPassword(const QByteArray &hash, const QString &password);

} // namespace thuky::services
