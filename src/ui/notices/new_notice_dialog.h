#pragma once
// NewNoticeDialog: how a new conclusion notice starts: from a meeting content (the meeting,
// then one of its contents; the template writes the subject and the opening), or blank by
// kind with a subject. Either way with an issuer (the Standing Committee by default). The
// page creates the notice through NoticeService and opens the editor on it.

#include "thuky/domain/notice.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewNoticeDialog;
}

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class NewNoticeDialog : public QDialog
{
    Q_OBJECT

public:
    NewNoticeDialog(services::Workspace &workspace, domain::Actor actor,
                    QWidget *parent = nullptr);
    ~NewNoticeDialog() override;

    bool fromContent() const;
    /// The chosen meeting content (0: none).
    domain::Id contentId() const;
    /// Selects the content (and its meeting) if it is listed.
    void selectContent(domain::Id contentId);
    domain::NoticeKind kind() const;
    QString subject() const;
    domain::Id issuerId() const;

    void setFromContent(bool fromContent);
    void setSubject(const QString &subject);
    void setKind(domain::NoticeKind kind);

    /// Creates the notice through the service; its id, or 0 with the problem shown in the
    /// dialog.
    domain::Id create();
    /// The id create() made (0 before).
    domain::Id createdId() const { return m_created; }

    void accept() override;

private:
    void loadMeetings();
    void loadContents();
    void updateState();

    std::unique_ptr<Ui::NewNoticeDialog> m_ui;
    services::Workspace &m_workspace;
    domain::Actor m_actor;
    domain::Id m_created = 0;
};

} // namespace thuky::ui
