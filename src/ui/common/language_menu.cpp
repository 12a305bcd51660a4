#include "common/language_menu.h"

#include "common/message_boxes.h"
#include "common/settings.h"
#include "common/translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace thuky::ui {

namespace {
struct LanguageMenuText
{
    Q_DECLARE_TR_FUNCTIONS(LanguageMenu)
};
} // namespace

QMenu *createLanguageMenu(Settings &settings, QWidget *parent)
{
    // Both names, so that a user who cannot read the current language still finds it.
    auto *menu = new QMenu(LanguageMenuText::tr("&Ngôn ngữ / Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    for (const Lang language : {Lang::Vi, Lang::En}) {
        // Each language is named in itself, whatever the current one.
        auto *action = menu->addAction(languageName(language));
        action->setObjectName(QStringLiteral("language_") + languageCode(language));
        action->setCheckable(true);
        action->setChecked(settings.language() == language);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [&settings, language, parent] {
            if (settings.language() == language)
                return;
            settings.setLanguage(language);
            settings.sync();
            inform(
                parent, LanguageMenuText::tr("Ngôn ngữ"),
                language == uiLanguage()
                    ? LanguageMenuText::tr("Thuky sẽ tiếp tục dùng %1.").arg(languageName(language))
                    : LanguageMenuText::tr("Thuky sẽ dùng %1 từ lần mở sau. Các cửa sổ đang mở giữ "
                                           "ngôn ngữ hiện tại.")
                          .arg(languageName(language)));
        });
    }
    return menu;
}

} // namespace thuky::ui
