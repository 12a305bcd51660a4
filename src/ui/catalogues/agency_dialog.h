#pragma once
// AgencyDialog: adds or edits an agency or unit (cơ quan, đơn vị): name, short name, kind,
// the unit it sits under, and whether it is still used.

#include "common/field_errors.h"

#include "thuky/domain/reference.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class AgencyDialog;
}

namespace thuky::ui {

class AgencyDialog : public QDialog
{
    Q_OBJECT

public:
    /// Saves the agency; an error keeps the dialog open and is shown at its field.
    using Commit = std::function<Result<void>(const domain::Agency &)>;

    /// `units`: the catalogue, for the parent ("trực thuộc") choice.
    explicit AgencyDialog(const QList<domain::Agency> &units, QWidget *parent = nullptr);
    ~AgencyDialog() override;

    /// `excluded`: the agency and the units under it, which cannot be its parent.
    void setAgency(const domain::Agency &agency, const QList<domain::Id> &excluded = {});
    domain::Agency agency() const;
    void setCommit(Commit commit) { m_commit = std::move(commit); }
    QString fieldError(const QString &key) const { return m_errors.message(key); }

    void accept() override;

private:
    std::unique_ptr<Ui::AgencyDialog> m_ui;
    QList<domain::Agency> m_units;
    domain::Agency m_original;
    Commit m_commit;
    FieldErrors m_errors;
};

} // namespace thuky::ui
