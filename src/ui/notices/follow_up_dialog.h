#pragma once
// FollowUpDialog: a follow-up task for one numbered conclusion of an issued notice: the
// conclusion (its text fills the task's content), the lead unit, the deadline and the
// product. It adds the task to the work programme through NoticeService::addFollowUpTask.

#include "thuky/domain/notice.h"
#include "thuky/domain/programme.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FollowUpDialog;
}

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(services::Workspace &workspace, domain::Actor actor,
                   const domain::Notice &notice, QWidget *parent = nullptr);
    ~FollowUpDialog() override;

    /// "1", "2.1"…: the conclusions offered, in order.
    QStringList conclusions() const;
    QString conclusion() const;
    /// Chooses a conclusion (its text replaces the content unless the content was edited).
    void setConclusion(const QString &label);
    void setLeadUnit(domain::Id agencyId);
    void setDeadline(const QDate &date);
    void setProduct(const QString &product);
    QString content() const;

    /// Adds the task; its id, or 0 with the problem shown in the dialog.
    domain::Id create();
    domain::Id createdTaskId() const { return m_created; }

    void accept() override;

private:
    void conclusionChosen();

    std::unique_ptr<Ui::FollowUpDialog> m_ui;
    services::Workspace &m_workspace;
    domain::Actor m_actor;
    domain::Notice m_notice;
    QString m_filled; ///< the content as the last conclusion filled it
    domain::Id m_created = 0;
};

} // namespace thuky::ui
