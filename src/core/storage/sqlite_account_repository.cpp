#include "thuky/storage/account_repository.h"
#include "thuky/storage/database.h"

#include "query_helpers.h"

namespace thuky::storage {

using domain::Id;
using domain::User;
using detail::optionalId;
using detail::readAll;
using detail::readOne;

namespace {

#define THUKY_USER_COLUMNS                                                                         \
    "SELECT u.id, u.user_name, u.full_name, u.position, u.unit_id, u.active, u.failed_logins,"    \
    " u.locked_until, (SELECT group_concat(role) FROM user_roles r WHERE r.user_id = u.id) FROM users u"

constexpr const char *kCount = "SELECT count(*) FROM users";
constexpr const char *kAll = THUKY_USER_COLUMNS " ORDER BY u.user_name COLLATE NOCASE";
constexpr const char *kById = THUKY_USER_COLUMNS " WHERE u.id = ?";
constexpr const char *kByName = THUKY_USER_COLUMNS " WHERE u.user_name = ? COLLATE NOCASE";
constexpr const char *kInsert =
    "INSERT INTO users(user_name, full_name, position, unit_id, active, password_hash) VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char *kUpdate =
    "UPDATE users SET user_name = ?, full_name = ?, position = ?, unit_id = ?, active = ?,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?";
constexpr const char *kDeleteRoles = "DELETE FROM user_roles WHERE user_id = ?";
constexpr const char *kInsertRole = "INSERT INTO user_roles(user_id, role) VALUES (?, ?)";
constexpr const char *kHash = "SELECT password_hash FROM users WHERE id = ?";
constexpr const char *kSetHash =
    "UPDATE users SET password_hash = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?";
constexpr const char *kSetLogin = "UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?";
#define THUKY_CREDENTIAL_COLUMNS                                                                   \
    "SELECT u.id, u.user_name, u.password_hash, u.active, (SELECT group_concat(role) FROM user_roles r"\
    " WHERE r.user_id = u.id), u.seal FROM users u"
constexpr const char *kAllCredentials = THUKY_CREDENTIAL_COLUMNS " ORDER BY u.id";
constexpr const char *kCredentials = THUKY_CREDENTIAL_COLUMNS " WHERE u.id = ?";
constexpr const char *kSetSeal = "UPDATE users SET seal = ? WHERE id = ?";

QList<domain::Role> rolesOf(const QString &keys)
{
    QList<domain::Role> roles;
    for (const QString &key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto role = domain::roleFromKey(key))
            roles.append(*role);
    // Stable order, whatever SQLite's group_concat gave.
    std::sort(roles.begin(), roles.end());
    return roles;
}

Credentials readCredentials(const Statement &s)
{
    Credentials c;
    c.id = s.int64(0);
    c.userName = s.text(1);
    c.passwordHash = s.text(2).toLatin1();
    c.active = s.integer(3) != 0;
    c.roles = rolesOf(s.text(4)); // user_roles' CHECK admits only known roles
    c.seal = s.text(5).toLatin1();
    return c;
}

User readUser(const Statement &s)
{
    User u;
    u.id = s.int64(0);
    u.userName = s.text(1);
    u.fullName = s.text(2);
    u.position = s.text(3);
    u.unitId = s.int64(4);
    u.active = s.integer(5) != 0;
    u.failedLogins = s.integer(6);
    u.lockedUntil = s.isNull(7) ? QDateTime() : QDateTime::fromString(s.text(7), Qt::ISODateWithMs);
    u.roles = rolesOf(s.text(8));
    return u;
}

Error duplicateUser(const Error &e)
{
    if (e.code != ErrorCode::Conflict || !e.detail.contains(QLatin1String("UNIQUE constraint failed: users")))
        return e;
    return makeError(ErrorCode::Duplicate, QStringLiteral("Tên đăng nhập đã có người dùng."),
                     QStringLiteral("That user name is already taken."), QStringLiteral("userName"));
}

class SqliteAccountRepository final : public AccountRepository
{
public:
    explicit SqliteAccountRepository(Database &db) : m_db(db) {}

    Result<int> countUsers() override
    {
        auto n = m_db.queryInt(kCount);
        if (!n)
            return n.error();
        return int(n->value_or(0));
    }
    Result<QList<User>> users() override { return readAll<User>(m_db, kAll, readUser); }
    Result<std::optional<User>> user(Id id) override { return readOne<User>(m_db, kById, readUser, id); }
    Result<std::optional<User>> userByName(const QString &name) override
    {
        return readOne<User>(m_db, kByName, readUser, name.trimmed());
    }

    Result<Id> insertUser(const User &u, const QByteArray &hash) override
    {
        if (auto r = m_db.exec(kInsert, detail::text(u.userName), detail::text(u.fullName), detail::text(u.position),
                               optionalId(u.unitId), u.active, QString::fromLatin1(hash));
            !r)
            return duplicateUser(r.error());
        const Id id = m_db.lastInsertId();
        THUKY_TRY(writeRoles(id, u.roles));
        return id;
    }

    Result<void> updateUser(const User &u) override
    {
        if (auto r = m_db.exec(kUpdate, detail::text(u.userName), detail::text(u.fullName), detail::text(u.position),
                               optionalId(u.unitId), u.active, u.id);
            !r)
            return duplicateUser(r.error());
        return writeRoles(u.id, u.roles);
    }

    Result<QByteArray> passwordHash(Id id) override
    {
        auto hash = readOne<QByteArray>(m_db, kHash, [](const Statement &s) { return s.text(0).toLatin1(); }, id);
        if (!hash)
            return hash.error();
        return hash->value_or(QByteArray());
    }

    Result<void> setPasswordHash(Id id, const QByteArray &hash) override
    {
        return m_db.exec(kSetHash, QString::fromLatin1(hash), id);
    }

    Result<void> setLoginState(Id id, int failed, const QDateTime &lockedUntil) override
    {
        return m_db.exec(kSetLogin, failed,
                         lockedUntil.isValid() ? lockedUntil.toUTC().toString(Qt::ISODateWithMs) : QString(), id);
    }

    Result<QList<Credentials>> credentials() override { return readAll<Credentials>(m_db, kAllCredentials, readCredentials); }
    Result<std::optional<Credentials>> credentials(Id id) override
    {
        return readOne<Credentials>(m_db, kCredentials, readCredentials, id);
    }
    Result<void> setSeal(Id id, const QByteArray &seal) override { return m_db.exec(kSetSeal, QString::fromLatin1(seal), id); }

private:
    Result<void> writeRoles(Id id, const QList<domain::Role> &roles)
    {
        THUKY_TRY(m_db.exec(kDeleteRoles, id));
        for (domain::Role role : roles)
            THUKY_TRY(m_db.exec(kInsertRole, id, domain::roleKey(role)));
        return {};
    }

    Database &m_db;
};

} // namespace

std::unique_ptr<AccountRepository> makeSqliteAccountRepository(Database &db)
{
    return std::make_unique<SqliteAccountRepository>(db);
}

} // namespace thuky::storage
