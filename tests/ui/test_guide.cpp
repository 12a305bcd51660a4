// Help → User guide: the guide of docs/guide opens inside Thuky, its links and pictures all
// lead somewhere, and every picture of the screenshot plan is in the guide's folder.

#include "gui_fixtures.h"

#include "shell/guide_window.h"
#include "shell/main_window.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>

using namespace thuky;

namespace {

QString guideDir()
{
    return QStringLiteral(THUKY_SOURCE_DIR "/docs/guide");
}

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("Help → User guide opens the guide in a window of its own", "[ui][guide]")
{
    const QString index = ui::GuideWindow::guideIndexFile();
    REQUIRE(QFileInfo(index).canonicalFilePath() ==
            QFileInfo(guideDir() + QStringLiteral("/index.md")).canonicalFilePath());

    test::WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral(":memory:"), test::actor(), fx.settings);
    QAction *guide = window.findChild<QAction *>(QStringLiteral("actionGuide"));
    REQUIRE(guide);
    // It is in the Help menu, beside the shortcuts.
    bool inHelp = false;
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(guide))
            inHelp = top->text().remove(u'&') == QStringLiteral("Trợ giúp");
    }
    CHECK(inHelp);

    guide->trigger();
    auto *opened = window.findChild<ui::GuideWindow *>();
    REQUIRE(opened);
    CHECK(opened->isVisible());
    CHECK_FALSE(opened->isModal());
    const QString text = opened->browser()->toPlainText();
    CHECK(text.startsWith(QStringLiteral("Hướng dẫn sử dụng Thuky")));
    CHECK(text.contains(QStringLiteral("English summary")));
    opened->close();
}

TEST_CASE("Every link and picture of the guide leads to a file", "[ui][guide]")
{
    const QDir dir(guideDir());
    const QStringList pages = dir.entryList({QStringLiteral("*.md")}, QDir::Files);
    REQUIRE(pages.contains(QStringLiteral("index.md")));
    // ](target) of links and images; web addresses and anchors aside.
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)#\\s]+)(#[^)]*)?\\)"));
    int checked = 0;
    for (const QString &page : pages) {
        const QString text = readText(dir.filePath(page));
        for (auto match = link.globalMatch(text); match.hasNext();) {
            const QString target = match.next().captured(1);
            if (target.contains(QStringLiteral("://")))
                continue;
            INFO(page.toStdString() << " → " << target.toStdString());
            CHECK(QFileInfo::exists(dir.filePath(target)));
            ++checked;
        }
        // Every chapter but the index leads back to it.
        if (page != QLatin1String("index.md"))
            CHECK(text.contains(QStringLiteral("](index.md)")));
        // …and the index leads to every chapter.
        CHECK(readText(dir.filePath(QStringLiteral("index.md"))).contains(u'(' + page + u')') ==
              (page != QLatin1String("index.md")));
    }
    CHECK(checked > 20);
}

TEST_CASE("Every picture of the screenshot plan is in the guide", "[ui][guide]")
{
    const QString plan = readText(QStringLiteral(THUKY_SOURCE_DIR "/tests/screenshots/plan.txt"));
    int pictures = 0;
    for (const QString &line : plan.split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QString name = line.split(QRegularExpression(QStringLiteral("\\s+"))).first();
        INFO(name.toStdString());
        CHECK(QFileInfo::exists(guideDir() + QStringLiteral("/images/") + name +
                                QStringLiteral(".png")));
        ++pictures;
    }
    CHECK(pictures >= 8);
}
