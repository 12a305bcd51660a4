#pragma once
// Local accounts and their roles. Password hashes never leave this interface and the
// account service.

#include "thuky/core/result.h"
#include "thuky/domain/account.h"

#include <memory>
#include <optional>

namespace thuky::storage {

class Database;

/// What an account's seal covers (schema 4), with the seal stored beside it.
struct Credentials
{
    domain::Id id = 0;
    QString userName;
    QByteArray passwordHash;
    bool active = false;
    QList<domain::Role> roles; ///< sorted
    QByteArray seal;           ///< hex MAC; empty when none was written
};

class AccountRepository
{
public:
    virtual ~AccountRepository() = default;

    virtual Result<int> countUsers() = 0;
    /// Sorted by user name.
    virtual Result<QList<domain::User>> users() = 0;
    virtual Result<std::optional<domain::User>> user(domain::Id id) = 0;
    /// Case-insensitive.
    virtual Result<std::optional<domain::User>> userByName(const QString &userName) = 0;
    virtual Result<domain::Id> insertUser(const domain::User &user, const QByteArray &passwordHash) = 0;
    /// Names, unit, roles and active flag (not the password or the login counters).
    virtual Result<void> updateUser(const domain::User &user) = 0;
    virtual Result<QByteArray> passwordHash(domain::Id id) = 0;
    virtual Result<void> setPasswordHash(domain::Id id, const QByteArray &hash) = 0;
    /// The login counters; not part of the audited image of a user.
    virtual Result<void> setLoginState(domain::Id id, int failedLogins, const QDateTime &lockedUntil) = 0;

    /// Every account's sealed fields, by id.
    virtual Result<QList<Credentials>> credentials() = 0;
    virtual Result<std::optional<Credentials>> credentials(domain::Id id) = 0;
    virtual Result<void> setSeal(domain::Id id, const QByteArray &seal) = 0;
};

std::unique_ptr<AccountRepository> makeSqliteAccountRepository(Database &db);

} // namespace thuky::storage
