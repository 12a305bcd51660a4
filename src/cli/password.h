#pragma once
// Passwords for thuky-cli: from an environment variable, else typed on the terminal with
// echo off. Never from a pipe, never logged, never echoed.

#include "thuky/core/result.h"

#include <QString>

namespace thuky::cli {

/// The password of the account logging in.
inline constexpr const char *kPasswordVariable = "THUKY_PASSWORD";
/// A new password (users add, users passwd).
inline constexpr const char *kNewPasswordVariable = "THUKY_NEW_PASSWORD";

/// The login password of `userName`: THUKY_PASSWORD, else asked once on the terminal.
/// Without either, InvalidInput (exit 1) naming THUKY_PASSWORD: no hang waiting on a pipe.
Result<QString> readLoginPassword(Lang lang, const QString &userName);

/// A new password for `userName`: THUKY_NEW_PASSWORD, else asked twice on the terminal
/// (the two must match). Without either, InvalidInput naming THUKY_NEW_PASSWORD.
Result<QString> readNewPassword(Lang lang, const QString &userName);

} // namespace thuky::cli
