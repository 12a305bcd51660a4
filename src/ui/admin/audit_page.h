#pragma once
// AuditPage: the audit trail module (nhật ký): who changed what and when, filtered by user,
// kind of record and dates, with each change in detail and a check of the trail's integrity.

#include "common/permissions.h"
#include "common/module_page.h"

#include "thuky/storage/audit_repository.h"

#include <memory>

class QTimer;

namespace Ui {
class AuditPage;
}
namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class AuditLogModel;
class AuditLogWidget;

class AuditPage : public ModulePage
{
    Q_OBJECT

public:
    AuditPage(services::Workspace &workspace, domain::Actor actor, QWidget *parent = nullptr);
    ~AuditPage() override;

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    void reload() override;
    void focusFilter() override;
    QString statusText() const override { return m_statusText; }

    AuditLogModel *model() const { return m_model; }
    AuditLogWidget *log() const;
    /// The filter the controls describe now.
    storage::AuditFilter filter() const;
    /// Reads the controls into the model's filter (the text box calls it after a pause).
    void applyFilter();
    /// Checks the trail and shows the result.
    void verify();
    /// Opens the history of the record of the selected entry.
    void showRecordHistory(storage::Entity entity, domain::Id id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillUserNames();
    void clearFilter();
    void updateSummary();
    void showContextMenu(const QPoint &pos);
    void setStatusText(const QString &text);

    std::unique_ptr<Ui::AuditPage> m_ui;
    services::Workspace &m_workspace;
    Permissions m_permissions;
    AuditLogModel *m_model;
    QTimer *m_userTimer;
    QString m_statusText;
    bool m_shownOnce = false;
    bool m_filterApplied = false;
};

} // namespace thuky::ui
