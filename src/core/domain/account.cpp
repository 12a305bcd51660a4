#include "thuky/domain/account.h"

#include "thuky/search/folding.h"

#include <QRegularExpression>

namespace thuky::domain {

namespace {
struct RoleInfo
{
    Role role;
    const char *key;
    const char *vi;
    const char *en;
};
constexpr RoleInfo kRoles[] = {
    {Role::Viewer, "viewer", "Người xem", "Viewer"},
    {Role::Drafter, "drafter", "Chuyên viên", "Drafter"},
    {Role::Reviewer, "reviewer", "Lãnh đạo Vụ (rà soát)", "Reviewer"},
    {Role::Approver, "approver", "Lãnh đạo (phê duyệt)", "Approver"},
    {Role::Administrator, "administrator", "Quản trị", "Administrator"},
};
const RoleInfo &roleInfo(Role r)
{
    for (const auto &i : kRoles)
        if (i.role == r)
            return i;
    return kRoles[0];
}
} // namespace

QString roleKey(Role role) { return QString::fromLatin1(roleInfo(role).key); }
QString roleLabel(Role role) { return QString::fromUtf8(roleInfo(role).vi); }
QString roleLabelEn(Role role) { return QString::fromUtf8(roleInfo(role).en); }

std::optional<Role> roleFromKey(const QString &key)
{
    const QString folded = search::fold(key);
    for (const auto &i : kRoles) {
        if (folded == QLatin1String(i.key) || folded == search::fold(QString::fromUtf8(i.vi)) ||
            folded == search::fold(QString::fromUtf8(i.en)))
            return i.role;
    }
    return std::nullopt;
}

Result<void> checkUserName(const QString &userName)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{2,31}$"));
    if (!re.match(userName).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Tên đăng nhập gồm 3–32 ký tự a–z, 0–9, dấu chấm, gạch dưới hoặc gạch ngang, "
                                        "bắt đầu bằng chữ cái, không dấu."),
                         QStringLiteral("A user name has 3-32 characters a-z, 0-9, '.', '_' or '-', starting with a "
                                        "letter, without diacritics."),
                         QStringLiteral("userName"));
    return {};
}

Result<void> checkPasswordPolicy(const QString &userName, const QString &password)
{
    bool letter = false;
    bool digit = false;
    for (const QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    const bool containsName = !userName.isEmpty() && password.contains(userName, Qt::CaseInsensitive);
    if (password.size() < 10 || !letter || !digit || containsName)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Mật khẩu phải có ít nhất 10 ký tự, gồm cả chữ và số, và không chứa tên đăng nhập."),
                         QStringLiteral("A password needs at least 10 characters, letters and digits, and must not "
                                        "contain the user name."),
                         QStringLiteral("password"));
    return {};
}

} // namespace thuky::domain
