// Dispatch: global options, the command table, usage errors.

#include "commands.h"

#include "thuky/core/logging.h"

#include <optional>

namespace thuky::cli {

namespace {

Lang langOf(const ParsedArgs &args)
{
    return args.value(QStringLiteral("lang")) == QLatin1String("en") ? Lang::En : Lang::Vi;
}

/// The global options, or the message of the first bad one.
std::optional<QString> readGlobalOptions(const ParsedArgs &args, GlobalOptions &options)
{
    options.lang = langOf(args);
    const Lang lang = options.lang;
    const QString langKey = args.value(QStringLiteral("lang"));
    if (args.has(QStringLiteral("lang")) && langKey != QLatin1String("vi") &&
        langKey != QLatin1String("en"))
        return tr2(lang, "--lang phải là vi hoặc en.", "--lang must be vi or en.");
    if (args.has(QStringLiteral("format"))) {
        const auto format = formatFromKey(args.value(QStringLiteral("format")));
        if (!format)
            return tr2(lang, "--format phải là table, json hoặc csv.",
                       "--format must be table, json or csv.");
        options.format = *format;
    }
    if (args.has(QStringLiteral("today"))) {
        options.today = QDate::fromString(args.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid())
            return tr2(lang, "--today phải là một ngày dạng YYYY-MM-DD.",
                       "--today must be a date as YYYY-MM-DD.");
    }
    if (args.has(QStringLiteral("db")) && args.value(QStringLiteral("db")).isEmpty())
        return tr2(lang, "--db cần một đường dẫn tệp.", "--db needs a file path.");
    options.dbPath = args.value(QStringLiteral("db"));
    if (args.has(QStringLiteral("user")) && args.value(QStringLiteral("user")).trimmed().isEmpty())
        return tr2(lang, "--user cần một tên đăng nhập.", "--user needs a user name.");
    options.userName = args.value(QStringLiteral("user")).trimmed();
    options.verbose = args.has(QStringLiteral("verbose"));
    return std::nullopt;
}

std::optional<QString> parseProblem(const ParsedArgs &args, Lang lang)
{
    if (!args.unknownOptions.isEmpty())
        return tr2(lang, "Tùy chọn không hợp lệ: ", "Unknown option: ") +
               args.unknownOptions.first();
    if (!args.missingValues.isEmpty())
        return tr2(lang, "Thiếu giá trị cho tùy chọn ", "Missing value for option ") +
               args.missingValues.first();
    return std::nullopt;
}

/// The command whose words start the command line (the longest match).
const Command *findCommand(const QStringList &words)
{
    const Command *best = nullptr;
    for (const Command &cmd : allCommands()) {
        if (words.mid(0, cmd.path.size()) == cmd.path &&
            (!best || cmd.path.size() > best->path.size()))
            best = &cmd;
    }
    return best;
}

std::optional<QString> checkCommandUse(const Command &cmd, const ParsedArgs &args,
                                       const QStringList &positionals, Lang lang)
{
    const QString name = cmd.path.join(QLatin1Char(' '));
    for (auto it = args.values.cbegin(); it != args.values.cend(); ++it) {
        if (!globalOptionNames().contains(it.key()) && !cmd.options.contains(it.key()))
            return tr2(lang, "Lệnh \"%1\" không có tùy chọn --%2.",
                       "Command \"%1\" has no option --%2.")
                .arg(name, it.key());
    }
    for (const QString &option : cmd.required) {
        if (!args.has(option))
            return tr2(lang, "Lệnh \"%1\" cần tùy chọn --%2.", "Command \"%1\" needs option --%2.")
                .arg(name, option);
    }
    if (positionals.size() < cmd.argNames.size())
        return tr2(lang, "Lệnh \"%1\" thiếu đối số %2.", "Command \"%1\" is missing argument %2.")
            .arg(name, cmd.argNames.at(positionals.size()));
    const qsizetype most = cmd.argNames.size() + cmd.optionalArgNames.size();
    if (positionals.size() > most)
        return tr2(lang, "Lệnh \"%1\" không nhận đối số \"%2\".",
                   "Command \"%1\" takes no argument \"%2\".")
            .arg(name, positionals.at(most));
    return std::nullopt;
}

bool wantsHelp(const ParsedArgs &args)
{
    return args.has(QStringLiteral("help")) || args.words.value(0) == QLatin1String("help");
}

} // namespace

int runCli(const QStringList &argv)
{
    const ParsedArgs args = parseArguments(argv);
    GlobalOptions options;
    const std::optional<QString> badOption = readGlobalOptions(args, options);
    Context ctx(options);
    initStderrLogging(options.verbose);

    if (auto problem = parseProblem(args, ctx.lang()))
        return ctx.usageError(*problem);
    if (badOption)
        return ctx.usageError(*badOption);
    if (wantsHelp(args)) {
        ctx.out(usageText(ctx.lang()));
        return 0;
    }
    if (args.words.isEmpty())
        return ctx.usageError(ctx.tr("Chưa nêu lệnh.", "No command given."));
    const Command *cmd = findCommand(args.words);
    if (!cmd)
        return ctx.usageError(ctx.tr("Lệnh không hợp lệ: ", "Unknown command: ") +
                              args.words.join(QLatin1Char(' ')));
    const Invocation inv{args, args.words.mid(cmd->path.size())};
    if (auto problem = checkCommandUse(*cmd, args, inv.positionals, ctx.lang()))
        return ctx.usageError(*problem);
    ctx.setAccess(cmd->access);
    return cmd->run(ctx, inv);
}

} // namespace thuky::cli
