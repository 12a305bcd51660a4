#pragma once
// ImportDialog: which file to import tasks from, and into which year's programme.

#include "common/field_errors.h"

#include "thuky/domain/reference.h"

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
    /// `owners`: the bodies whose programme the tasks may go into (name, id), in order;
    /// `ownerId` the one chosen at first.
    ImportDialog(const QString &startFolder, int year, const QList<std::pair<QString, domain::Id>> &owners,
                 domain::Id ownerId, QWidget *parent = nullptr);
    ~ImportDialog() override;

    QString filePath() const;
    int year() const;
    /// The body whose programme of year() receives the tasks.
    domain::Id ownerId() const;
    void setFilePath(const QString &path);

    void accept() override;

private:
    void browse();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    QString m_startFolder;
    FieldErrors m_errors;
};

} // namespace thuky::ui
