#include "context.h"

#include "commands.h"

#include "thuky/core/logging.h"
#include "thuky/services/workspace.h"

#include <spdlog/spdlog.h>

#include <cstdio>

namespace thuky::cli {

namespace {

void writeUtf8(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

QString tr2(Lang lang, const char *vi, const char *en)
{
    return QString::fromUtf8(lang == Lang::En ? en : vi);
}

Context::Context(GlobalOptions options)
    : m_options(std::move(options)), m_actor(domain::Actor::system())
{
}

QString Context::databasePath() const
{
    return m_options.dbPath.isEmpty() ? services::Workspace::defaultDatabasePath()
                                      : m_options.dbPath;
}

Result<std::unique_ptr<services::Workspace>> Context::openWorkspace(bool create) const
{
    auto ws = services::Workspace::open(databasePath(), create);
    if (ws && m_options.today.isValid())
        (*ws)->setToday(m_options.today);
    return ws;
}

void Context::out(const QString &text) const
{
    writeUtf8(stdout, text);
}

void Context::err(const QString &line) const
{
    writeUtf8(stderr, line + QLatin1Char('\n'));
}

void Context::report(const QString &message, const Record &record) const
{
    if (format() == Format::Table)
        out(message + QLatin1Char('\n'));
    out(renderRecord(record, format()));
}

int Context::fail(const Error &error) const
{
    err(error.text(lang()));
    if (!error.detail.isEmpty())
        logger("cli")->info("{}", error.detail.toStdString());
    return exitCodeFor(error.code);
}

int Context::usageError(const QString &message) const
{
    err(message);
    writeUtf8(stderr, QLatin1Char('\n') + usageText(lang()));
    return kExitUsage;
}

} // namespace thuky::cli
