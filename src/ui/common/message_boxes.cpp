#include "common/message_boxes.h"

#include "common/display_text.h"

#include "thuky/core/logging.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include <spdlog/spdlog.h>

namespace thuky::ui {

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
             const QString &details)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *no =
        box.addButton(QCoreApplication::translate("MessageBoxes", "&Hủy"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    if (!details.isEmpty())
        box.setInformativeText(details);
    box.exec();
    return box.clickedButton() == yes;
}

void showError(QWidget *parent, const QString &title, const Error &error)
{
    // The detail is for whoever reads the log, not for the user.
    logger("ui")->warn("{}: {} ({})", title.toStdString(), error.text(Lang::En).toStdString(),
                       error.detail.toStdString());
    QMessageBox box(QMessageBox::Warning, title, errorText(error), QMessageBox::NoButton, parent);
    box.addButton(QCoreApplication::translate("MessageBoxes", "Đó&ng"), QMessageBox::AcceptRole);
    box.exec();
}

void inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::NoButton, parent);
    box.addButton(QCoreApplication::translate("MessageBoxes", "Đó&ng"), QMessageBox::AcceptRole);
    box.exec();
}

} // namespace thuky::ui
