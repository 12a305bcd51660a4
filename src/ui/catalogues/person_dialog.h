#pragma once
// PersonDialog: adds or edits a person (cán bộ): name, position, unit, e-mail, phone, and
// whether they are still listed for new work.

#include "common/field_errors.h"

#include "thuky/domain/reference.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class PersonDialog;
}

namespace thuky::ui {

class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    /// Saves the person; an error keeps the dialog open and is shown at its field.
    using Commit = std::function<Result<void>(const domain::Person &)>;

    explicit PersonDialog(const QList<domain::Agency> &units, QWidget *parent = nullptr);
    ~PersonDialog() override;

    void setPerson(const domain::Person &person);
    domain::Person person() const;
    void setCommit(Commit commit) { m_commit = std::move(commit); }
    QString fieldError(const QString &key) const { return m_errors.message(key); }

    void accept() override;

private:
    std::unique_ptr<Ui::PersonDialog> m_ui;
    QList<domain::Agency> m_units;
    domain::Person m_original;
    Commit m_commit;
    FieldErrors m_errors;
};

} // namespace thuky::ui
