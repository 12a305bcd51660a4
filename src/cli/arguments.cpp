#include "arguments.h"

namespace thuky::cli {

namespace {

OptionSpec flag(const char *name, char shortName = 0)
{
    return OptionSpec{QString::fromLatin1(name), QChar::fromLatin1(shortName), false, {}};
}

OptionSpec valued(const char *name, const char *valueName)
{
    return OptionSpec{QString::fromLatin1(name), QChar(), true, QString::fromLatin1(valueName)};
}

const OptionSpec *findLong(const QString &name)
{
    for (const OptionSpec &spec : knownOptions()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const OptionSpec *findShort(QChar name)
{
    for (const OptionSpec &spec : knownOptions()) {
        if (!spec.shortName.isNull() && spec.shortName == name)
            return &spec;
    }
    return nullptr;
}

/// "--year=2025" -> ("year", "2025", true); "-v" -> ("v", "", false).
struct OptionToken
{
    const OptionSpec *spec = nullptr;
    QString inlineValue;
    bool hasInlineValue = false;
};

OptionToken readOptionToken(const QString &arg)
{
    OptionToken token;
    if (arg.startsWith(QLatin1String("--"))) {
        QString name = arg.mid(2);
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            token.inlineValue = name.mid(eq + 1);
            token.hasInlineValue = true;
            name.truncate(eq);
        }
        token.spec = findLong(name);
    } else if (arg.size() == 2) {
        token.spec = findShort(arg.at(1));
    }
    return token;
}

bool looksLikeOption(const QString &arg)
{
    // A lone "-" is a word (conventionally stdin), as is a negative number.
    if (arg.size() < 2 || !arg.startsWith(QLatin1Char('-')))
        return false;
    return !arg.at(1).isDigit();
}

} // namespace

const QList<OptionSpec> &knownOptions()
{
    static const QList<OptionSpec> options{
        valued("db", "FILE"),     valued("lang", "vi|en"),  valued("format", "table|json|csv"),
        valued("today", "YYYY-MM-DD"), flag("verbose", 'v'), flag("help", 'h'),
        valued("scale", "office|decade|stress"), valued("seed", "N"),
        valued("year", "YYYY"),   valued("unit", "UNIT"),   valued("status", "STATUS"),
        flag("late"),             flag("done-late"),        valued("text", "TEXT"),   valued("owner", "UNIT"),
        valued("out", "FILE"),
        valued("user", "NAME"),   valued("role", "R[,R...]"), valued("full-name", "TEXT"),
        valued("position", "TEXT"), valued("entity", "E"),  valued("id", "N"),
        valued("by", "NAME"),     valued("from", "YYYY-MM-DD"), valued("to", "YYYY-MM-DD"),
        valued("limit", "N"),     flag("force"),            flag("off"),
        flag("working"),          valued("reason", "TEXT"), valued("short", "TEXT"),
        valued("parent", "UNIT"), valued("kind", "KIND"),   flag("add-missing"),   flag("shift-years"),
        valued("email", "ADDRESS"), valued("phone", "NUMBER"),
        valued("term", "N"),      valued("number", "N"),    valued("date", "YYYY-MM-DD"), valued("days", "N"),
        valued("venue", "TEXT"),  valued("chair", "NAME"),  valued("notes", "TEXT"),  valued("title", "TEXT"),
        valued("presenting", "UNIT"), valued("reviewing", "UNIT"), valued("category", "CATEGORY"),
        valued("day", "YYYY-MM-DD"), valued("half", "morning|afternoon|evening"),
        valued("documents", "KIND[,KIND...]"), flag("added"), flag("written"), valued("on", "YYYY-MM-DD"),
        valued("next", "N"),      flag("reminders"),      valued("agency", "UNIT"),
        valued("issuer", "CODE"), valued("subject", "TEXT"), valued("body", "FILE"), valued("comment", "TEXT"),
        valued("from-content", "CONTENT"),
        valued("version", "V"),   valued("phases", "FIRST:LAST[,...]"), valued("activity", "ACTIVITY"),
        valued("presenter", "NAME"), valued("matter", "ID"), valued("start", "HH:MM"), valued("end", "HH:MM"),
        valued("venue-kind", "hall|groups|other"), flag("live"), valued("minutes", "N"), valued("order", "N"),
    };
    return options;
}

const QStringList &globalOptionNames()
{
    static const QStringList names{QStringLiteral("db"),    QStringLiteral("lang"),
                                   QStringLiteral("format"), QStringLiteral("today"),
                                   QStringLiteral("verbose"), QStringLiteral("help"),
                                   QStringLiteral("user")};
    return names;
}

ParsedArgs parseArguments(const QStringList &args)
{
    ParsedArgs parsed;
    bool onlyWords = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (onlyWords || !looksLikeOption(arg)) {
            parsed.words << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyWords = true;
            continue;
        }
        const OptionToken token = readOptionToken(arg);
        if (!token.spec) {
            parsed.unknownOptions << arg;
            continue;
        }
        if (!token.spec->takesValue) {
            if (token.hasInlineValue)
                parsed.unknownOptions << arg; // a flag takes no value
            else
                parsed.values.insert(token.spec->name, QString());
            continue;
        }
        if (token.hasInlineValue) {
            parsed.values.insert(token.spec->name, token.inlineValue);
        } else if (i + 1 < args.size()) {
            parsed.values.insert(token.spec->name, args.at(++i));
        } else {
            parsed.missingValues << arg;
        }
    }
    return parsed;
}

} // namespace thuky::cli
