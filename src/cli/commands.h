#pragma once
// The command table of thuky-cli: each command's words, options, arguments and handler.

#include "context.h"

#include <QList>
#include <QStringList>

namespace thuky::cli {

using Handler = int (*)(Context &ctx, const Invocation &inv);

struct Command
{
    QStringList path;     ///< {"programme", "list"}
    QStringList options;  ///< options of this command besides the global ones
    QStringList required; ///< those of `options` that must be given
    QStringList argNames; ///< positional arguments, all required: {"OUT"}
    Handler run = nullptr;
    const char *summaryVi = "";
    const char *summaryEn = "";
    Access access = Access::Read; ///< on a database with accounts: is --user required?
    QStringList optionalArgNames = {}; ///< positional arguments after argNames that may be left out
};

/// init, demo, check, backup, restore (commands_database.cpp).
QList<Command> databaseCommands();
/// programme list|import|export|carry-over (commands_programme.cpp).
QList<Command> programmeCommands();
/// users add|list|passwd|deactivate, roles (commands_users.cpp).
QList<Command> userCommands();
/// audit list (commands_audit.cpp).
QList<Command> auditCommands();
/// units list|add|merge, people list|add|merge (commands_catalogues.cpp).
QList<Command> catalogueCommands();
/// calendar workdays|holidays|exceptions (commands_calendar.cpp).
QList<Command> calendarCommands();
/// meetings list|show|readiness|conflicts|suggest|add|edit|delete, meetings contents add,
/// meetings documents receive (commands_meetings.cpp).
QList<Command> meetingCommands();
/// meetings export|import: iCalendar, programmes and reminder lists (commands_meeting_exchange.cpp).
QList<Command> meetingExchangeCommands();
/// notices list|show|diff|register|new|submit|return|comment|approve|issue|void
/// (commands_notices.cpp).
QList<Command> noticeCommands();
/// agenda list|show|check|diff|export, agenda session-add|version-new|adopt|item-add|
/// item-edit|item-move|item-delete (commands_agenda.cpp).
QList<Command> agendaCommands();
/// {"programme", "list"} from Latin-1 literals, for the command tables.
QStringList names(std::initializer_list<const char *> list);
/// Every command, in the order the usage text lists them.
const QList<Command> &allCommands();

/// The usage text in the chosen language.
QString usageText(Lang lang);

/// Runs thuky-cli with these arguments (without the program name); returns the exit code.
int runCli(const QStringList &args);

} // namespace thuky::cli
