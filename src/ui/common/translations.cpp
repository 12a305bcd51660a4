#include "common/translations.h"

#include "thuky/core/logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace thuky::ui {

namespace {

Lang g_language = Lang::Vi;
// The translator installed for the current language, removed when the language changes.
QPointer<QTranslator> g_translator;

} // namespace

bool setUiLanguage(QCoreApplication &app, Lang language)
{
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
    }
    g_language = language;
    QLocale::setDefault(language == Lang::En ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                             : QLocale(QLocale::Vietnamese, QLocale::Vietnam));

    // Vietnamese: Thuky's texts are already Vietnamese, Qt's need Thuky's translation.
    // English: Thuky's texts need the translation, Qt's are already English.
    const QString file = language == Lang::En ? QStringLiteral(":/translations/thuky_en.qm")
                                              : QStringLiteral(":/translations/qt_vi.qm");
    auto *translator = new QTranslator(&app);
    if (!translator->load(file) || !QCoreApplication::installTranslator(translator)) {
        logger("ui")->warn("the translation {} could not be loaded", file.toStdString());
        delete translator;
        return false;
    }
    g_translator = translator;
    return true;
}

Lang uiLanguage()
{
    return g_language;
}

bool installQtTranslation(QCoreApplication &app)
{
    return setUiLanguage(app, Lang::Vi);
}

QString languageCode(Lang language)
{
    return language == Lang::En ? QStringLiteral("en") : QStringLiteral("vi");
}

std::optional<Lang> languageFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("vi"))
        return Lang::Vi;
    if (c == QLatin1String("en"))
        return Lang::En;
    return std::nullopt;
}

QString languageName(Lang language)
{
    return language == Lang::En ? QStringLiteral("English") : QStringLiteral("Tiếng Việt");
}

} // namespace thuky::ui
