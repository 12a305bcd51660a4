#include "thuky/services/account_service.h"

#include "thuky/core/logging.h"
#include "thuky/domain/text.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/key_store.h"
#include "thuky/storage/account_repository.h"
#include "thuky/storage/database.h"
#include "thuky/storage/transaction.h"

#include <sodium.h>
#include <spdlog/spdlog.h>

namespace thuky::services {

using domain::Actor;
using domain::Id;
using domain::Role;
using domain::User;
using storage::Entity;

namespace {

Error wrongCredentials()
{
    return makeError(ErrorCode::PermissionDenied, QStringLiteral("Tên đăng nhập hoặc mật khẩu không đúng."),
                     QStringLiteral("Wrong user name or password."), QStringLiteral("password"));
}

Error userNotFound()
{
    return makeError(ErrorCode::NotFound, QStringLiteral("Không tìm thấy tài khoản."),
                     QStringLiteral("The account was not found."), QStringLiteral("userName"));
}

bool isActiveAdmin(const User &u) { return u.active && u.roles.contains(Role::Administrator); }

QByteArray sealMessage(const storage::Credentials &c)
{
    QStringList roles;
    for (Role r : c.roles)
        roles << domain::roleKey(r);
    return "thuky-user-v1|" + QByteArray::number(qint64(c.id)) + '|' + c.userName.toUtf8() + '|' + c.passwordHash +
           '|' + (c.active ? "1" : "0") + '|' + roles.join(QLatin1Char(',')).toLatin1();
}

Error brokenSeal()
{
    return makeError(ErrorCode::PermissionDenied,
                     QStringLiteral("Tài khoản này đã bị thay đổi ngoài Thuky (mật khẩu, vai trò hoặc trạng thái không "
                                    "khớp dấu niêm phong) nên bị từ chối. Hãy báo quản trị chạy thuky-cli check."),
                     QStringLiteral("This account was changed outside Thuky (its password, roles or active flag do "
                                    "not match its seal), so it is refused. Ask an administrator to run thuky-cli "
                                    "check."),
                     QStringLiteral("seal"));
}

// An Argon2id hash of a random password with the limits hashPassword() uses, so a log-in
// under an unknown name costs exactly what a wrong password costs.
constexpr const char *kDummyHash =
    "$argon2id$v=19$m=65536,t=2,p=1$Av5dqT1mVD4oRGCtn6mT1g$FSu+cBvcIJJ65kTLX/c2PacYdoAQupcKozojgF/vnOE";

// The same line for an unknown name and a wrong password: the log must not tell them apart.
void logFailedLogin(const QString &userName)
{
    logger("services")->info("failed login for {}", userName.toStdString());
}

} // namespace

Result<QByteArray> hashPassword(const QString &password)
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Storage, QStringLiteral("Không khởi tạo được thư viện mật mã."),
                         QStringLiteral("The cryptography library failed to start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return makeError(ErrorCode::Storage, QStringLiteral("Không đủ bộ nhớ để băm mật khẩu."),
                         QStringLiteral("Not enough memory to hash the password."));
    return QByteArray(out);
}

bool verifyPassword(const QByteArray &hash, const QString &password)
{
    if (sodium_init() < 0 || hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

AccountService::AccountService(storage::Database &db, storage::AccountRepository &repo, AuditService &audit,
                               const Authorizer &authorizer, const DatabaseKey &key)
    : m_db(db), m_repo(repo), m_audit(audit), m_auth(authorizer), m_key(key),
      m_now([] { return QDateTime::currentDateTimeUtc(); }),
      m_verify(verifyPassword)
{
}

QByteArray AccountService::dummyHash() { return QByteArray(kDummyHash); }

Result<bool> AccountService::hasAccounts()
{
    auto n = m_repo.countUsers();
    if (!n)
        return n.error();
    return *n > 0;
}

Result<void> AccountService::requireAdminOrBootstrap(const Actor &actor, const User &user)
{
    auto any = hasAccounts();
    if (!any)
        return any.error();
    if (*any)
        return m_auth.require(actor, Action::ManageUsers);
    if (!user.roles.contains(Role::Administrator))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Tài khoản đầu tiên phải có vai trò quản trị (administrator)."),
                         QStringLiteral("The first account must have the administrator role."), QStringLiteral("roles"));
    return {};
}

Result<void> AccountService::keepAnAdministrator(const User &changed)
{
    if (isActiveAdmin(changed))
        return {};
    auto all = m_repo.users();
    if (!all)
        return all.error();
    for (const User &u : *all)
        if (u.id != changed.id && isActiveAdmin(u))
            return {};
    return makeError(ErrorCode::Conflict, QStringLiteral("Phải còn ít nhất một quản trị viên đang hoạt động."),
                     QStringLiteral("At least one active administrator must remain."), QStringLiteral("roles"));
}

namespace {

// What a person typed or a file held, as every service stores text (domain::cleanText).
void cleanUserText(User &user)
{
    user.userName = domain::cleanText(user.userName);
    user.fullName = domain::cleanText(user.fullName);
    user.position = domain::cleanText(user.position);
}

} // namespace

Result<User> AccountService::addUser(const Actor &actor, User user, const QString &password)
{
    THUKY_TRY(requireAdminOrBootstrap(actor, user));
    cleanUserText(user);
    THUKY_TRY(domain::checkUserName(user.userName));
    if (user.roles.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Hãy chọn ít nhất một vai trò."),
                         QStringLiteral("Choose at least one role."), QStringLiteral("roles"));
    THUKY_TRY(domain::checkPasswordPolicy(user.userName, password));
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    user.active = true;
    auto id = m_repo.insertUser(user, *hash);
    if (!id)
        return id.error();
    user.id = *id;
    THUKY_TRY(seal(user.id));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("user.create"), Entity::User, user.id, std::nullopt));
    THUKY_TRY(tx->commit());
    logger("services")->info("account {} created by {}", user.userName.toStdString(), actor.userName.toStdString());
    return user;
}

Result<User> AccountService::updateUser(const Actor &actor, User user)
{
    THUKY_TRY(m_auth.require(actor, Action::ManageUsers));
    cleanUserText(user);
    auto existing = m_repo.user(user.id);
    if (!existing)
        return existing.error();
    if (!*existing)
        return userNotFound();
    THUKY_TRY(domain::checkUserName(user.userName));
    if (user.roles.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Hãy chọn ít nhất một vai trò."),
                         QStringLiteral("Choose at least one role."), QStringLiteral("roles"));
    if (user.id == actor.userId && !user.active)
        return makeError(ErrorCode::Conflict, QStringLiteral("Không thể tự khóa tài khoản của chính mình."),
                         QStringLiteral("You cannot deactivate your own account."), QStringLiteral("active"));
    THUKY_TRY(keepAnAdministrator(user));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::User, user.id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.updateUser(user));
    THUKY_TRY(seal(user.id));
    THUKY_TRY(m_audit.record(actor, user.active ? QStringLiteral("user.update") : QStringLiteral("user.deactivate"),
                             Entity::User, user.id, *before));
    THUKY_TRY(tx->commit());
    return user;
}

Result<void> AccountService::deactivate(const Actor &actor, Id userId)
{
    THUKY_TRY(m_auth.require(actor, Action::ManageUsers));
    auto user = m_repo.user(userId);
    if (!user)
        return user.error();
    if (!*user)
        return userNotFound();
    User changed = **user;
    changed.active = false;
    auto r = updateUser(actor, changed);
    if (!r)
        return r.error();
    return {};
}

Result<QList<User>> AccountService::users(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ManageUsers));
    return m_repo.users();
}

Result<User> AccountService::userByName(const Actor &actor, const QString &userName)
{
    THUKY_TRY(m_auth.require(actor, Action::ManageUsers));
    auto u = m_repo.userByName(userName);
    if (!u)
        return u.error();
    if (!*u)
        return userNotFound();
    return **u;
}

Result<Actor> AccountService::login(const QString &userName, const QString &password)
{
    auto found = m_repo.userByName(userName);
    if (!found)
        return found.error();
    if (!*found) {
        // Spend the same time as a real check, so timing does not tell which names exist.
        m_verify(dummyHash(), password);
        logFailedLogin(userName);
        return wrongCredentials();
    }
    User user = **found;
    const QDateTime now = m_now().toUTC();
    if (user.lockedUntil.isValid() && user.lockedUntil > now)
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; thử lại sau %1 phút.")
                             .arg(qMax<qint64>(1, (now.secsTo(user.lockedUntil) + 59) / 60)),
                         QStringLiteral("The account is locked after repeated wrong passwords; try again in %1 minutes.")
                             .arg(qMax<qint64>(1, (now.secsTo(user.lockedUntil) + 59) / 60)),
                         QStringLiteral("locked"));
    if (!user.active)
        return makeError(ErrorCode::PermissionDenied, QStringLiteral("Tài khoản đã ngừng hoạt động."),
                         QStringLiteral("The account has been deactivated."), QStringLiteral("inactive"));
    auto hash = m_repo.passwordHash(user.id);
    if (!hash)
        return hash.error();
    const bool good = m_verify(*hash, password);
    if (!m_key.available())
        return m_key.missingError();
    auto sealed = sealMatches(user.id);
    if (!sealed)
        return sealed.error();
    if (!*sealed) {
        logger("services")->warn("refused login for {}: the account's seal does not match", user.userName.toStdString());
        return brokenSeal();
    }

    // Log-in counters are not part of a user's audited image, so one image serves both sides.
    auto image = m_audit.image(Entity::User, user.id);
    if (!image)
        return image.error();
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (!good) {
        const int failed = user.failedLogins + 1;
        const bool lock = failed >= kMaxFailedLogins;
        THUKY_TRY(m_repo.setLoginState(user.id, lock ? 0 : failed, lock ? now.addSecs(kLockMinutes * 60) : QDateTime()));
        THUKY_TRY(m_audit.record(user.actor(), lock ? QStringLiteral("user.locked") : QStringLiteral("user.login_failed"),
                                 Entity::User, user.id, *image));
        THUKY_TRY(tx->commit());
        logFailedLogin(userName);
        return wrongCredentials();
    }
    THUKY_TRY(m_repo.setLoginState(user.id, 0, QDateTime()));
    THUKY_TRY(m_audit.record(user.actor(), QStringLiteral("user.login"), Entity::User, user.id, *image));
    THUKY_TRY(tx->commit());
    logger("services")->info("{} logged in", user.userName.toStdString());
    return user.actor();
}

Result<void> AccountService::seal(Id userId)
{
    if (!m_key.available())
        return m_key.missingError();
    auto c = m_repo.credentials(userId);
    if (!c)
        return c.error();
    if (!*c)
        return userNotFound();
    return m_repo.setSeal(userId, m_key.mac(sealMessage(**c)));
}

Result<bool> AccountService::sealMatches(Id userId)
{
    auto c = m_repo.credentials(userId);
    if (!c)
        return c.error();
    return *c && m_key.matches(sealMessage(**c), (*c)->seal);
}

Result<void> AccountService::sealAll()
{
    auto all = m_repo.credentials();
    if (!all)
        return all.error();
    for (const storage::Credentials &c : *all)
        THUKY_TRY(seal(c.id));
    return {};
}

Result<QList<RecordMismatch>> AccountService::verifySeals()
{
    if (!m_key.available())
        return m_key.missingError();
    auto all = m_repo.credentials();
    if (!all)
        return all.error();
    QList<RecordMismatch> broken;
    for (const storage::Credentials &c : *all) {
        if (m_key.matches(sealMessage(c), c.seal))
            continue;
        broken.append(RecordMismatch{
            Entity::User, c.id,
            Message{QStringLiteral("Tài khoản số %1 (%2): mật khẩu, vai trò hoặc trạng thái đã bị sửa ngoài Thuky "
                                   "(dấu niêm phong không khớp); tài khoản này không đăng nhập được.")
                        .arg(c.id)
                        .arg(c.userName),
                    QStringLiteral("Account #%1 (%2): its password, roles or active flag were changed outside "
                                   "Thuky (the seal does not match); it cannot log in.")
                        .arg(c.id)
                        .arg(c.userName)}});
    }
    return broken;
}

Result<void> AccountService::changePassword(const Actor &actor, const QString &current, const QString &next)
{
    auto hash = m_repo.passwordHash(actor.userId);
    if (!hash)
        return hash.error();
    if (!verifyPassword(*hash, current))
        return wrongCredentials();
    return resetPasswordUnchecked(actor, actor.userId, next);
}

Result<void> AccountService::resetPassword(const Actor &actor, Id userId, const QString &next)
{
    THUKY_TRY(m_auth.require(actor, Action::ManageUsers));
    return resetPasswordUnchecked(actor, userId, next);
}

Result<void> AccountService::resetPasswordUnchecked(const Actor &actor, Id userId, const QString &next)
{
    auto user = m_repo.user(userId);
    if (!user)
        return user.error();
    if (!*user)
        return userNotFound();
    THUKY_TRY(domain::checkPasswordPolicy((*user)->userName, next));
    auto hash = hashPassword(next);
    if (!hash)
        return hash.error();
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::User, userId);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.setPasswordHash(userId, *hash));
    THUKY_TRY(seal(userId));
    THUKY_TRY(m_repo.setLoginState(userId, 0, QDateTime()));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("user.password"), Entity::User, userId, *before));
    return tx->commit();
}

} // namespace thuky::services
