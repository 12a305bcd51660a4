// The interface's font: a monospace default is replaced by a proportional family that
// covers Vietnamese (a bare Debian system has no sans-serif font of its own), and a good
// default is left alone.

#include "gui_fixtures.h"

#include "common/interface_font.h"

#include <QFontDatabase>
#include <QFontInfo>

using namespace thuky;

TEST_CASE("A monospace UI font is replaced by a proportional one with Vietnamese", "[font]")
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(mono).fixedPitch()) {
        WARN("no monospace font installed");
        return;
    }
    const auto replacement = ui::uiFontReplacement(mono);
    REQUIRE(replacement);
    CHECK_FALSE(QFontDatabase::isFixedPitch(*replacement));
    CHECK(QFontDatabase::writingSystems(*replacement).contains(QFontDatabase::Vietnamese));

    QFont replaced = mono;
    replaced.setFamilies({*replacement});
    CHECK_FALSE(QFontInfo(replaced).fixedPitch());
    // Applied once, it is good as it is.
    CHECK_FALSE(ui::uiFontReplacement(replaced));
}

TEST_CASE("A proportional UI font with Vietnamese is kept", "[font]")
{
    QFont sans(QStringLiteral("DejaVu Sans"));
    if (QFontInfo(sans).family() != QLatin1String("DejaVu Sans")) {
        WARN("DejaVu Sans is not installed (scripts/deps.sh installs it)");
        return;
    }
    CHECK_FALSE(ui::uiFontReplacement(sans));
}
