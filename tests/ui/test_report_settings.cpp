// The office's report cut-off day in the report dialog: it opens at the office's day, an
// administrator saves another as the office's through the page's undo history (undo puts
// the old one back), and others see the button disabled saying why.

#include "gui_fixtures.h"

#include "programme/report_dialog.h"

#include "thuky/services/report_service.h"

#include <QAction>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>

using namespace thuky;

namespace {

/// Runs `drive` on the report dialog once it is open (exec() blocks the caller).
void whenReportDialogOpens(const std::function<void(ui::ReportDialog &)> &drive)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, drive] {
        auto *dialog = qobject_cast<ui::ReportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        drive(*dialog);
        dialog->reject();
    });
    timer->start(20);
}

QPushButton *saveButton(ui::ReportDialog &dialog)
{
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("saveCutoffButton"));
    REQUIRE(button);
    return button;
}

} // namespace

TEST_CASE("The report dialog saves the office's cut-off day, undoably", "[ui][reports]")
{
    test::WindowFixture fx;
    ui::ProgrammePage page(*fx.ws, test::actor(), fx.settings);
    services::ReportService &reports = fx.ws->reports();
    REQUIRE(test::ok(reports.cutoffDay(test::actor())) == 14);

    bool saved = false;
    whenReportDialogOpens([&](ui::ReportDialog &dialog) {
        auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("cutoffSpin"));
        REQUIRE(spin);
        CHECK(spin->value() == 14);
        QPushButton *button = saveButton(dialog);
        CHECK(button->isVisible());
        CHECK_FALSE(button->isEnabled()); // the office's day already
        dialog.setCutoffDay(0);
        CHECK(dialog.period().to == QDate(2025, 5, 31)); // this report's own day: May's last
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        saved = true;
        CHECK(dialog.officeCutoff() == 0);
        CHECK_FALSE(button->isEnabled());
    });
    page.reportAction()->trigger();
    REQUIRE(saved);
    CHECK(test::ok(reports.cutoffDay(test::actor())) == 0);
    REQUIRE(page.undoStack()->canUndo());
    CHECK(page.undoStack()->undoText().contains(QStringLiteral("ngày chốt")));

    page.undoStack()->undo();
    CHECK(test::ok(reports.cutoffDay(test::actor())) == 14);
    page.undoStack()->redo();
    CHECK(test::ok(reports.cutoffDay(test::actor())) == 0);

    // The next report starts at the office's day; a day chosen for one report is not saved.
    bool reopened = false;
    whenReportDialogOpens([&](ui::ReportDialog &dialog) {
        CHECK(dialog.period().cutoffDay == 0);
        dialog.setCutoffDay(20);
        reopened = true;
    });
    page.reportAction()->trigger();
    REQUIRE(reopened);
    CHECK(test::ok(reports.cutoffDay(test::actor())) == 0);
}

TEST_CASE("Only administrators may save the office's cut-off day", "[ui][reports]")
{
    test::WindowFixture fx;
    domain::Actor drafter{7, QStringLiteral("chuyenvien"), QStringLiteral("Chuyên viên"),
                          {domain::Role::Drafter}};
    ui::ProgrammePage page(*fx.ws, drafter, fx.settings);
    bool seen = false;
    whenReportDialogOpens([&](ui::ReportDialog &dialog) {
        QPushButton *button = saveButton(dialog);
        dialog.setCutoffDay(5);
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip().contains(QStringLiteral("Quản trị")));
        CHECK_FALSE(dialog.saveCutoff());
        seen = true;
    });
    page.reportAction()->trigger();
    REQUIRE(seen);
    CHECK(test::ok(fx.ws->reports().cutoffDay(drafter)) == 14);
    CHECK_FALSE(page.undoStack()->canUndo());
}
