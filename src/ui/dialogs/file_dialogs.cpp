#include "file_dialogs.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace thuky::ui {

namespace {

QString run(QFileDialog &dialog, QString *selectedFilter)
{
    dialog.setLabelText(QFileDialog::LookIn,
                        QCoreApplication::translate("FileDialogs", "Thư mục:"));
    dialog.setLabelText(QFileDialog::FileName,
                        QCoreApplication::translate("FileDialogs", "Tên tệp:"));
    dialog.setLabelText(QFileDialog::FileType,
                        QCoreApplication::translate("FileDialogs", "Loại tệp:"));
    dialog.setLabelText(QFileDialog::Reject, QCoreApplication::translate("FileDialogs", "Hủy"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().first();
}

} // namespace

QString chooseOpenFile(QWidget *parent, const QString &title, const QString &folder,
                       const QString &filters)
{
    QFileDialog dialog(parent, title, folder, filters);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setLabelText(QFileDialog::Accept, QCoreApplication::translate("FileDialogs", "Mở"));
    return run(dialog, nullptr);
}

QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                       const QString &filters, QString *selectedFilter)
{
    QFileDialog dialog(parent, title, suggestedPath, filters);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setLabelText(QFileDialog::Accept, QCoreApplication::translate("FileDialogs", "Lưu"));
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    return run(dialog, selectedFilter);
}

} // namespace thuky::ui
