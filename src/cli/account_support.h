#pragma once
// Shared by the account commands, demo and check: role and action names, role parsing.

#include "context.h"

#include "thuky/domain/account.h"
#include "thuky/services/authorizer.h"

#include <optional>

namespace thuky::cli {

/// The role's label in the chosen language ("Chuyên viên" / "Drafter").
QString roleName(domain::Role role, Lang lang);
/// The action's label in the chosen language ("xem nhật ký kiểm toán" / "view the audit trail").
QString actionName(services::Action action, Lang lang);
/// "drafter,reviewer" or "Chuyên viên, Lãnh đạo Vụ (rà soát)": keys or labels, with or
/// without diacritics, separated by commas. std::nullopt names the first unknown one.
std::optional<QList<domain::Role>> parseRoles(const QString &text, QString &unknown);
/// Every role key, for messages: "viewer, drafter, reviewer, approver, administrator".
QString roleKeyList();

} // namespace thuky::cli
