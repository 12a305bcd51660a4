#pragma once
// The command line of thuky-cli split into words and options. Options may come before or
// after the command words ("thuky-cli --db x.sqlite programme list --year 2025 --lang en").

#include <QHash>
#include <QString>
#include <QStringList>

namespace thuky::cli {

/// One option thuky-cli knows; the same name means the same thing in every command.
struct OptionSpec
{
    QString name;     ///< long name without dashes: "db"
    QChar shortName;  ///< "-v"; null when there is none
    bool takesValue = false;
    QString valueName; ///< for the usage text: "FILE"
};

/// Every option of every command (global ones first).
const QList<OptionSpec> &knownOptions();
/// Options every command accepts.
const QStringList &globalOptionNames();

struct ParsedArgs
{
    QStringList words;              ///< command words and positional arguments, in order
    QHash<QString, QString> values; ///< option name -> value ("" for a flag); last one wins
    QStringList unknownOptions;     ///< as typed
    QStringList missingValues;      ///< options given without their value

    bool has(const QString &name) const { return values.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
    bool ok() const { return unknownOptions.isEmpty() && missingValues.isEmpty(); }
};

/// Splits `args` (without the program name). Accepts "--name value", "--name=value", "-v";
/// everything after "--" is a word. Never fails: problems are collected in the result.
ParsedArgs parseArguments(const QStringList &args);

} // namespace thuky::cli
