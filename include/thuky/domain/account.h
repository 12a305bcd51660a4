#pragma once
// Local accounts (tài khoản) of Thuky's users.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QDateTime>

namespace thuky::domain {

struct User
{
    Id id = 0;
    QString userName;  ///< login name, unique ignoring case
    QString fullName;
    QString position;
    Id unitId = 0;     ///< 0: none
    QList<Role> roles;
    bool active = true;
    int failedLogins = 0;
    QDateTime lockedUntil; ///< UTC; invalid: not locked

    Actor actor() const { return Actor{id, userName, fullName, roles}; }
};

/// The password rule: at least 10 characters, with a letter and a digit, not containing
/// the user name. Returns InvalidInput with detail "password" otherwise.
Result<void> checkPasswordPolicy(const QString &userName, const QString &password);

/// User names: 3-32 characters of a-z, 0-9, '.', '_' or '-', starting with a letter.
Result<void> checkUserName(const QString &userName);

} // namespace thuky::domain
