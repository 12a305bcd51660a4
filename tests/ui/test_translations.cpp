// Qt's own texts in Vietnamese: the text fields' menu, the file dialogs, standard buttons.

#include "gui_fixtures.h"

#include "common/translations.h"

#include <QDialogButtonBox>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

using namespace thuky;

TEST_CASE("Qt's own texts read in Vietnamese", "[ui][translations]")
{
    // The test runner installs it as the application does; installing it again is harmless.
    REQUIRE(ui::installQtTranslation(*QCoreApplication::instance()));

    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList texts;
    for (QAction *action : menu->actions())
        texts << action->text().remove(u'&').section(u'\t', 0, 0);
    INFO(texts.join(QStringLiteral(", ")).toStdString());
    CHECK(texts.contains(QStringLiteral("Chọn tất cả")));
    CHECK(texts.contains(QStringLiteral("Sao chép")));
    CHECK(texts.contains(QStringLiteral("Dán")));

    QFileSystemModel files;
    CHECK(files.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Tên"));
    CHECK(files.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Kích thước"));

    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&') == QStringLiteral("Hủy"));
    CHECK(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText) ==
          QStringLiteral("Delete"));
}
