#pragma once
// MergeDialog: picks the duplicate of an entry and which of the two to keep (gộp mục trùng).

#include "thuky/domain/reference.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MergeDialog;
}

namespace thuky::ui {

class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    /// `current`: the entry selected (name, id); `others`: the rest of its catalogue, in the
    /// order to list them. An entry named the same, accents and case aside, is offered first.
    MergeDialog(const std::pair<QString, domain::Id> &current,
                const QList<std::pair<QString, domain::Id>> &others, QWidget *parent = nullptr);
    ~MergeDialog() override;

    void setDuplicate(domain::Id id);
    void setKeepCurrent(bool keepCurrent);
    domain::Id keepId() const;
    domain::Id dropId() const;

private:
    void showNames();

    std::unique_ptr<Ui::MergeDialog> m_ui;
    std::pair<QString, domain::Id> m_current;
};

} // namespace thuky::ui
