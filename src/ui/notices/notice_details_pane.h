#pragma once
// NoticeDetailsPane: what the notices page shows of the selected notice: its status, number,
// issuer, linked meeting contents, timing and corrections; its revisions and comments
// (NoticeRevisionsPanel); the follow-up tasks of its conclusions with their progress and
// timeliness.

#include "thuky/domain/reference.h"
#include "thuky/services/notice_service.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class NoticeRevisionsPanel;

class NoticeDetailsPane : public QWidget
{
    Q_OBJECT

public:
    NoticeDetailsPane(services::Workspace &workspace, domain::Actor actor,
                      QWidget *parent = nullptr);

    /// Shows a notice (0: none).
    void setNotice(domain::Id id);
    domain::Id noticeId() const { return m_id; }
    /// What was read for the notice shown (empty notice when none).
    const services::NoticeDetails &details() const { return m_details; }

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *followUpTable() const { return m_followUps; }
    QPushButton *addFollowUpButton() const { return m_addFollowUp; }
    NoticeRevisionsPanel *revisionsPanel() const { return m_revisions; }
    /// The text of the information tab (for tests and the clipboard).
    QString infoText() const;

Q_SIGNALS:
    /// A follow-up task was double-clicked.
    void taskActivated(thuky::domain::Id taskId);
    /// A notice named in the details (the corrected one, a correction) was clicked.
    void noticeActivated(thuky::domain::Id noticeId);
    /// "Giao nhiệm vụ theo dõi…".
    void addFollowUpRequested();
    /// A comment was added in the revisions panel.
    void commented(thuky::domain::Id noticeId);

private:
    void showInfo();
    void showFollowUps();

    services::Workspace &m_workspace;
    domain::Actor m_actor;
    domain::Id m_id = 0;
    services::NoticeDetails m_details;
    QLabel *m_heading;
    QTabWidget *m_tabs;
    QLabel *m_info;
    NoticeRevisionsPanel *m_revisions;
    QTableWidget *m_followUps;
    QPushButton *m_addFollowUp;
};

} // namespace thuky::ui
