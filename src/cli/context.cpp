#include "context.h"

#include "commands.h"
#include "password.h"

#include "thuky/core/logging.h"
#include "thuky/services/account_service.h"
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

Error loginNeeded()
{
    return makeError(ErrorCode::PermissionDenied,
                     QStringLiteral("Lệnh này cần đăng nhập: --user TÊN (mật khẩu lấy từ %1 hoặc "
                                    "được hỏi trên terminal).")
                         .arg(QLatin1String(kPasswordVariable)),
                     QStringLiteral("This command needs a login: --user NAME (the password comes "
                                    "from %1 or is asked for on the terminal).")
                         .arg(QLatin1String(kPasswordVariable)),
                     QStringLiteral("login"));
}

Error noAccountsYet()
{
    return makeError(
        ErrorCode::InvalidInput,
        QStringLiteral("Cơ sở dữ liệu chưa có tài khoản nào nên không thể đăng nhập; bỏ --user. "
                       "Tài khoản đầu tiên: users add TÊN --role administrator."),
        QStringLiteral("The database has no accounts yet, so nobody can log in; leave out --user. "
                       "The first account: users add NAME --role administrator."),
        QStringLiteral("user"));
}

} // namespace

QString tr2(Lang lang, const char *vi, const char *en)
{
    return QString::fromUtf8(lang == Lang::En ? en : vi);
}

Context::Context(GlobalOptions options)
    : m_options(std::move(options)), m_actor(domain::Actor::anonymous())
{
}

QString Context::databasePath() const
{
    return m_options.dbPath.isEmpty() ? services::Workspace::defaultDatabasePath()
                                      : m_options.dbPath;
}

Result<std::unique_ptr<services::Workspace>> Context::openWorkspace(bool create)
{
    auto ws = services::Workspace::open(databasePath(), create);
    if (!ws)
        return ws;
    if (m_options.today.isValid())
        (*ws)->setToday(m_options.today);
    THUKY_TRY(authenticate(**ws));
    return ws;
}

Result<void> Context::authenticate(services::Workspace &ws)
{
    if (m_authenticated)
        return {};
    auto hasAccounts = ws.accounts().hasAccounts();
    if (!hasAccounts)
        return hasAccounts.error();
    const QString &name = m_options.userName;
    if (!*hasAccounts) {
        if (!name.isEmpty())
            return noAccountsYet();
        m_actor = domain::Actor::system();
    } else if (name.isEmpty()) {
        if (m_access == Access::Login)
            return loginNeeded();
        m_actor = domain::Actor::anonymous();
    } else {
        auto password = readLoginPassword(lang(), name);
        if (!password)
            return password.error();
        auto actor = ws.accounts().login(name, *password);
        if (!actor)
            return actor.error();
        m_actor = *actor;
        m_loginPassword = *password;
    }
    m_authenticated = true;
    logger("cli")->info("acting as {}", m_actor.userName.toStdString());
    return {};
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
