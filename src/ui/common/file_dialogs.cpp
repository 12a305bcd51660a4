#include "common/file_dialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QMimeDatabase>

namespace thuky::ui {

namespace {

// Qt's file dialog asks its icon provider for each file's icon and type, and the default
// provider sniffs the contents of files whose name says nothing (thuky.sqlite-shm, -wal):
// it opens and closes them. Closing any descriptor of a file drops every POSIX lock the
// process holds on it, SQLite's included, so a second process (thuky-cli) would then take
// itself for the last connection and delete the write-ahead log the GUI still writes to.
// This provider decides from the name alone and never opens a file.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(QAbstractFileIconProvider::Folder);
        const QMimeType mime = m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        const QIcon themed = QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
        return themed.isNull() ? QFileIconProvider::icon(QAbstractFileIconProvider::File) : themed;
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("FileDialogs", "Thư mục");
        const QMimeType mime = m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        return mime.isDefault() ? QCoreApplication::translate("FileDialogs", "Tệp") : mime.comment();
    }

private:
    QMimeDatabase m_mime;
};

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
    NameOnlyIconProvider icons; // outlives the dialog and its file model
    QFileDialog dialog(parent, title, folder, filters);
    dialog.setIconProvider(&icons);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setLabelText(QFileDialog::Accept, QCoreApplication::translate("FileDialogs", "Mở"));
    return run(dialog, nullptr);
}

QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                       const QString &filters, QString *selectedFilter)
{
    NameOnlyIconProvider icons; // outlives the dialog and its file model
    QFileDialog dialog(parent, title, suggestedPath, filters);
    dialog.setIconProvider(&icons);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setLabelText(QFileDialog::Accept, QCoreApplication::translate("FileDialogs", "Lưu"));
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    return run(dialog, selectedFilter);
}

} // namespace thuky::ui
