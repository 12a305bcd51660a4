#include "common/app_options.h"

#include "common/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace thuky::ui {

namespace {

struct Parser
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)

public:
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"),
                          tr("Tệp cơ sở dữ liệu (mặc định: tệp của người dùng)."), tr("TỆP")};
    QCommandLineOption exitAfterPaint{
        QStringLiteral("exit-after-paint"),
        tr("Thoát ngay khi cửa sổ đầu tiên vẽ xong (đo thời gian khởi động): cửa sổ chính khi "
           "có --user, hộp đăng nhập nếu không.")};
    QCommandLineOption today{QStringLiteral("today"), tr("Coi ngày này là hôm nay (YYYY-MM-DD)."),
                             tr("NGÀY")};
    QCommandLineOption user{
        QStringLiteral("user"),
        tr("Đăng nhập bằng tài khoản này, không hỏi; mật khẩu lấy từ biến môi trường %1 "
           "(dùng cho ảnh chụp màn hình và đo thời gian khởi động).")
            .arg(QLatin1String(kPasswordVariable)),
        tr("TÊN")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        tr("Ngôn ngữ của giao diện lần chạy này: vi (tiếng Việt) hoặc en "
           "(tiếng Anh); mặc định theo lựa chọn trong menu Trợ giúp → Ngôn ngữ."),
        QStringLiteral("vi|en")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            tr("Hiện hướng dẫn này.")};

    Parser()
    {
        parser.setApplicationDescription(
            tr("Thuky — công cụ làm việc của Vụ Thư ký, Văn phòng Quốc hội."));
        parser.addOptions({db, user, lang, exitAfterPaint, today, help});
    }
};

} // namespace

std::optional<AppOptions> parseAppOptions(const QStringList &arguments, AppOptionsError *error)
{
    Parser p;
    auto fail = [error](const QString &message) {
        if (error)
            error->message = message;
        return std::nullopt;
    };
    if (!p.parser.parse(arguments))
        return fail(p.parser.errorText());
    if (!p.parser.positionalArguments().isEmpty())
        return fail(
            Parser::tr("Không hiểu tham số: %1").arg(p.parser.positionalArguments().join(u' ')));

    AppOptions options;
    options.helpRequested = p.parser.isSet(p.help);
    options.databasePath = p.parser.value(p.db);
    options.exitAfterPaint = p.parser.isSet(p.exitAfterPaint);
    options.userName = p.parser.value(p.user).trimmed();
    if (p.parser.isSet(p.user) && options.userName.isEmpty())
        return fail(Parser::tr("Thiếu tên đăng nhập sau --user."));
    if (p.parser.isSet(p.lang)) {
        options.language = languageFromCode(p.parser.value(p.lang));
        if (!options.language)
            return fail(Parser::tr("Ngôn ngữ không hợp lệ: %1 (cần vi hoặc en)")
                            .arg(p.parser.value(p.lang)));
    }
    if (p.parser.isSet(p.today)) {
        options.today = QDate::fromString(p.parser.value(p.today), Qt::ISODate);
        if (!options.today.isValid())
            return fail(Parser::tr("Ngày không hợp lệ: %1 (cần dạng YYYY-MM-DD)")
                            .arg(p.parser.value(p.today)));
    }
    return options;
}

QString appUsage()
{
    return Parser().parser.helpText();
}

} // namespace thuky::ui
