#include "common/translations.h"

#include "thuky/core/logging.h"

#include <QCoreApplication>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace thuky::ui {

bool installQtTranslation(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/translations/qt_vi.qm")) ||
        !app.installTranslator(translator)) {
        logger("ui")->warn("the Vietnamese translation of Qt's texts could not be loaded");
        delete translator;
        return false;
    }
    return true;
}

} // namespace thuky::ui
