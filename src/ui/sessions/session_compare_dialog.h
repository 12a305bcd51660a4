#pragma once
// SessionCompareDialog: what changed between two versions of a session's agenda: items
// added, removed, moved (the old and the new slot side by side) and changed (each field
// before and after), with the "what changed" annex to export.

#include "thuky/services/session_service.h"

#include <QDialog>

#include <functional>
#include <memory>

class QTreeWidget;

namespace Ui {
class SessionCompareDialog;
}

namespace thuky::ui {

class SessionCompareDialog : public QDialog
{
    Q_OBJECT

public:
    /// Group rows of the tree, in this order.
    enum Group
    {
        Added,
        Removed,
        Moved,
        Changed
    };

    /// `exportAnnex`: writes the annex of (from, to); not set: no export button.
    SessionCompareDialog(services::SessionService &service, domain::Actor actor,
                         QList<services::AgendaVersionInfo> versions,
                         std::function<void(domain::Id from, domain::Id to)> exportAnnex,
                         QWidget *parent = nullptr);
    ~SessionCompareDialog() override;

    /// Compares `from` with `to` (version ids of the session).
    void compare(domain::Id from, domain::Id to);
    const domain::AgendaDiff &diff() const { return m_diff; }
    QTreeWidget *tree() const;
    Ui::SessionCompareDialog &form() const { return *m_ui; }

    /// "Thứ Hai, ngày 21/10/2024, buổi sáng, thứ 2".
    static QString slotText(const domain::AgendaSlot &slot);

private:
    void recompare();

    std::unique_ptr<Ui::SessionCompareDialog> m_ui;
    services::SessionService &m_service;
    domain::Actor m_actor;
    QList<services::AgendaVersionInfo> m_versions;
    std::function<void(domain::Id, domain::Id)> m_exportAnnex;
    domain::AgendaDiff m_diff;
};

} // namespace thuky::ui
