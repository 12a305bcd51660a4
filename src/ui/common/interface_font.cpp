#include "common/interface_font.h"

#include "thuky/core/logging.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>

#include <spdlog/spdlog.h>

namespace thuky::ui {

namespace {

bool suitable(const QString &family)
{
    return !QFontDatabase::isFixedPitch(family) &&
           QFontDatabase::writingSystems(family).contains(QFontDatabase::Vietnamese);
}

} // namespace

std::optional<QString> uiFontReplacement(const QFont &font)
{
    const QFontInfo resolved(font);
    if (!resolved.fixedPitch() && suitable(resolved.family()))
        return std::nullopt;
    static const char *const preferred[] = {"Noto Sans",       "DejaVu Sans", "Liberation Sans",
                                            "Cantarell",       "Roboto",      "Open Sans",
                                            "Source Sans Pro", "Ubuntu",      "Arial"};
    const QStringList families = QFontDatabase::families(QFontDatabase::Vietnamese);
    for (const char *name : preferred) {
        const QString family = QString::fromLatin1(name);
        if (families.contains(family) && suitable(family))
            return family;
    }
    for (const QString &family : families) {
        // Serif and symbol families last of all: skipped here, kept when nothing else is.
        if (suitable(family) && !family.contains(QLatin1String("Serif")))
            return family;
    }
    return std::nullopt;
}

void ensureProportionalUiFont()
{
    QFont font = QApplication::font();
    const QString before = QFontInfo(font).family();
    if (const auto replacement = uiFontReplacement(font)) {
        font.setFamilies({*replacement});
        QApplication::setFont(font);
        logger("ui")->warn("The default UI font {} is monospace or lacks Vietnamese; using {}",
                           before.toStdString(), replacement->toStdString());
    } else {
        logger("ui")->info("UI font: {}", before.toStdString());
    }
}

} // namespace thuky::ui
