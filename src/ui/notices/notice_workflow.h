#pragma once
// NoticeWorkflow: the steps of a conclusion notice as actions (Mở/Soạn, Trình duyệt, Trả lại,
// Góp ý, Duyệt, Ban hành, Hủy số, Đính chính, Xuất DOCX/PDF), shared by the notices page and
// the notice's editor. Each action is enabled only when the user's roles allow it (the one
// permission table) and the notice's status allows it; the approver may not be the drafter.
// Issuing and voiding cannot be undone, so both ask first; refusals of the service are shown
// in Vietnamese and nothing changes.

#include "common/permissions.h"
#include "thuky/core/result.h"
#include "thuky/domain/notice.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class Settings;

class NoticeWorkflow : public QObject
{
    Q_OBJECT

public:
    /// `dialogParent`: where questions and messages open (the page).
    NoticeWorkflow(services::Workspace &workspace, domain::Actor actor, Settings &settings,
                   QWidget *dialogParent, QObject *parent = nullptr);
    ~NoticeWorkflow() override;

    /// The notice the actions act on (0: none); reads it and updates the actions.
    void setNotice(domain::Id id);
    domain::Id noticeId() const { return m_notice.id; }
    const domain::Notice &notice() const { return m_notice; }
    /// Reads the notice again and updates the actions.
    void refresh();
    /// Where questions and messages open from now on (the editor while it is active).
    void setDialogParent(QWidget *parent);

    QAction *openAction() const { return m_open; }
    QAction *submitAction() const { return m_submit; }
    QAction *returnAction() const { return m_return; }
    QAction *commentAction() const { return m_comment; }
    QAction *approveAction() const { return m_approve; }
    QAction *issueAction() const { return m_issue; }
    QAction *voidAction() const { return m_void; }
    QAction *correctAction() const { return m_correct; }
    QAction *exportDocxAction() const { return m_exportDocx; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    /// The steps (Edit menu, toolbar, the editor's toolbar), without Mở/Soạn.
    QList<QAction *> stepActions() const;
    /// The exports (File menu).
    QList<QAction *> exportActions() const;

    // The steps without asking (the actions ask, then call these). false: refused, the
    // message shown.
    bool submit();
    bool returnWithComment(const QString &comment);
    bool addComment(const QString &text);
    bool approve();
    bool issueOn(const QDate &date);
    bool voidWithReason(const QString &reason);
    /// The new correcting draft's id; 0 when refused.
    domain::Id correct();
    /// DOCX or PDF by the file's extension; an issued notice's PDF is the one frozen at issue.
    bool exportTo(const QString &path);

    /// The number issuing on `date` would take ("06/TB-UBTVQH15"); empty when unknown.
    QString nextNumberText(const QDate &date) const;

Q_SIGNALS:
    /// A step changed the notice: lists and the editor read it again.
    void noticeChanged(thuky::domain::Id id);
    /// Mở/Soạn: the page opens the editor on it.
    void openRequested(thuky::domain::Id id);
    /// A correction was drafted: the page shows and opens it.
    void noticeCreated(thuky::domain::Id id);
    /// What a step did ("Đã duyệt thông báo."), after noticeChanged(); "Đã xuất …".
    void message(const QString &text);

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const QString &tip);
    void update();
    bool done(const Error *error, const QString &title, const QString &success);
    void askReturn();
    void askComment();
    void askApprove();
    void askIssue();
    void askVoid();
    void askCorrect();
    void askExport(bool pdf);

    services::Workspace &m_workspace;
    Permissions m_permissions;
    Settings &m_settings;
    QPointer<QWidget> m_dialogParent;
    domain::Notice m_notice;

    QAction *m_open;
    QAction *m_submit;
    QAction *m_return;
    QAction *m_comment;
    QAction *m_approve;
    QAction *m_issue;
    QAction *m_void;
    QAction *m_correct;
    QAction *m_exportDocx;
    QAction *m_exportPdf;
};

} // namespace thuky::ui
