#pragma once
// ImportDialog: which file to import tasks from, and into which year's programme.

#include "dialogs/field_errors.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportDialog;
}

namespace thuky::ui {

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QString &startFolder, int year, QWidget *parent = nullptr);
    ~ImportDialog() override;

    QString filePath() const;
    int year() const;
    void setFilePath(const QString &path);

    void accept() override;

private:
    void browse();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    QString m_startFolder;
    FieldErrors m_errors;
};

} // namespace thuky::ui
