#include "account_support.h"

namespace thuky::cli {

QString roleName(domain::Role role, Lang lang)
{
    return lang == Lang::En ? domain::roleLabelEn(role) : domain::roleLabel(role);
}

QString actionName(services::Action action, Lang lang)
{
    return lang == Lang::En ? services::actionLabelEn(action) : services::actionLabel(action);
}

std::optional<QList<domain::Role>> parseRoles(const QString &text, QString &unknown)
{
    QList<domain::Role> roles;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = domain::roleFromKey(part.trimmed());
        if (!role) {
            unknown = part.trimmed();
            return std::nullopt;
        }
        if (!roles.contains(*role))
            roles << *role;
    }
    if (roles.isEmpty()) {
        unknown = text;
        return std::nullopt;
    }
    return roles;
}

QString roleKeyList()
{
    return textsOf(domain::kAllRoles, domain::roleKey).join(QLatin1String(", "));
}

} // namespace thuky::cli
