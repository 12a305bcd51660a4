#pragma once
// ProgrammeDialog: a new yearly work programme (chương trình công tác năm).

#include "common/field_errors.h"

#include "thuky/domain/programme.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ProgrammeDialog;
}

namespace thuky::ui {

class ProgrammeDialog : public QDialog
{
    Q_OBJECT

public:
    /// Saves the programme; an error keeps the dialog open and is shown at its field.
    using Commit = std::function<Result<void>(const domain::Programme &)>;

    ProgrammeDialog(const QList<domain::Agency> &owners, QWidget *parent = nullptr);
    ~ProgrammeDialog() override;

    void setProgramme(const domain::Programme &programme);
    domain::Programme programme() const;
    void setCommit(Commit commit) { m_commit = std::move(commit); }
    QString fieldError(const QString &key) const { return m_errors.message(key); }

    void accept() override;

private:
    void suggestTitle();

    std::unique_ptr<Ui::ProgrammeDialog> m_ui;
    domain::Programme m_original;
    Commit m_commit;
    FieldErrors m_errors;
    bool m_titleTyped = false;
};

} // namespace thuky::ui
