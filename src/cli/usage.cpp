// The command list and the usage text built from it.

#include "commands.h"

namespace thuky::cli {

namespace {

QString optionSynopsis(const QString &name, bool required)
{
    for (const OptionSpec &spec : knownOptions()) {
        if (spec.name != name)
            continue;
        QString text = QStringLiteral("--") + spec.name;
        if (spec.takesValue)
            text += QLatin1Char(' ') + spec.valueName;
        return required ? text : QLatin1Char('[') + text + QLatin1Char(']');
    }
    return {};
}

QString commandSynopsis(const Command &cmd)
{
    QStringList parts = cmd.path;
    parts << cmd.argNames;
    for (const QString &optional : cmd.optionalArgNames)
        parts << QLatin1Char('[') + optional + QLatin1Char(']');
    for (const QString &option : cmd.options)
        parts << optionSynopsis(option, cmd.required.contains(option));
    return parts.join(QLatin1Char(' '));
}

} // namespace

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result << QString::fromLatin1(name);
    return result;
}

const QList<Command> &allCommands()
{
    static const QList<Command> commands = databaseCommands() + programmeCommands() +
                                           catalogueCommands() + calendarCommands() +
                                           meetingCommands() + meetingExchangeCommands() + noticeCommands() +
                                           agendaCommands() +
                                           userCommands() + auditCommands();
    return commands;
}

QString usageText(Lang lang)
{
    QString text = tr2(lang, "Cách dùng: ", "Usage: ") +
                   QStringLiteral("thuky-cli [--db FILE] [--user NAME] [--lang vi|en] "
                                  "[--format table|json|csv] [--today YYYY-MM-DD] [-v] ") +
                   tr2(lang, "LỆNH …\n\nCác lệnh:\n", "COMMAND …\n\nCommands:\n");
    for (const Command &cmd : allCommands()) {
        text += QStringLiteral("  ") + commandSynopsis(cmd) + QLatin1Char('\n');
        text += QStringLiteral("      ") + tr2(lang, cmd.summaryVi, cmd.summaryEn) + QLatin1Char('\n');
    }
    text += tr2(lang,
                "\nKhi cơ sở dữ liệu đã có tài khoản, lệnh ghi cần --user TÊN; mật khẩu lấy từ "
                "THUKY_PASSWORD hoặc được hỏi trên terminal.\n"
                "Mã thoát: 0 xong, 1 dữ liệu bị từ chối, 2 sai cách dùng, 3 lỗi lưu trữ.\n"
                "Tài liệu: docs/cli.md\n",
                "\nOnce the database has accounts, writing commands need --user NAME; the password "
                "comes from THUKY_PASSWORD or is asked for on the terminal.\n"
                "Exit codes: 0 done, 1 rejected input, 2 usage error, 3 storage error.\n"
                "Documentation: docs/cli.md\n");
    return text;
}

} // namespace thuky::cli
