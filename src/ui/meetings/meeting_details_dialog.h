#pragma once
// MeetingDetailsDialog: a meeting's page: its fields and milestones, its contents in order
// (add, edit, remove, move up or down), each content's documents with their due date and
// state (mark received), and its invitees. Every change is an undoable command on the
// calendar page's stack; the dialog follows undo and redo.

#include "common/permissions.h"
#include "meetings/meeting_commands.h"

#include "thuky/domain/working_days.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QUndoStack;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class ContentListModel;
class DocumentListModel;

class MeetingDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingDetailsDialog(services::Workspace &workspace, const Permissions &permissions,
                         MeetingCommandContext &context, QUndoStack *undoStack,
                         domain::Id meetingId, QWidget *parent = nullptr);
    ~MeetingDetailsDialog() override;

    /// Reads the meeting again (after a change made here, elsewhere, or undone).
    void reload();
    const services::MeetingDetails &details() const { return m_details; }

    ContentListModel *contentModel() const { return m_contents; }
    DocumentListModel *documentModel() const { return m_documents; }
    QTableView *contentView() const { return m_contentView; }
    QTableView *documentView() const { return m_documentView; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *addContentButton() const { return m_addContent; }
    QPushButton *receiveButton() const { return m_receive; }
    QListWidget *inviteeList() const { return m_invitees; }

    void editMeeting();
    void addContent();
    void editContent();
    void removeContent();
    void moveContent(int step);
    void addDocument();
    /// Marks the selected document received on a day asked for (today by default).
    void receiveDocument();
    /// Marks the selected document received on `on` without asking (invalid: not received).
    void markReceived(const QDate &on);
    /// Invites an agency or a person (asked for) to the selected content.
    void addInvitee();
    void removeInvitee();
    /// "Soạn thông báo kết luận": the content chosen for a new notice when the dialog closed
    /// that way (the calendar page passes it on to the notices page); 0 otherwise.
    domain::Id draftNoticeContentId() const { return m_draftNoticeContent; }
    QPushButton *draftNoticeButton() const { return m_draftNotice; }

private:
    void showContent();
    void updateButtons();
    /// Pushes the command; false if it failed.
    bool push(std::unique_ptr<MeetingCommand> command);
    const services::ContentDetails *currentContent() const;
    const services::DocumentStatus *currentDocument() const;

    services::Workspace &m_workspace;
    const Permissions &m_permissions;
    MeetingCommandContext &m_context;
    QUndoStack *m_undoStack;
    domain::Id m_meetingId;
    services::MeetingDetails m_details;
    domain::WorkingDays m_workingDays;
    QList<domain::Agency> m_agencies;

    QLabel *m_title;
    QLabel *m_info;
    QPushButton *m_editButton;
    ContentListModel *m_contents;
    QTableView *m_contentView;
    QPushButton *m_addContent;
    QPushButton *m_editContent;
    QPushButton *m_removeContent;
    QPushButton *m_up;
    QPushButton *m_down;
    DocumentListModel *m_documents;
    QTableView *m_documentView;
    QPushButton *m_addDocument;
    QPushButton *m_receive;
    QPushButton *m_unreceive;
    QListWidget *m_invitees;
    QPushButton *m_addInvitee;
    QPushButton *m_removeInvitee;
    QPushButton *m_contentHistory;
    QPushButton *m_draftNotice;
    domain::Id m_draftNoticeContent = 0;
    QList<domain::Person> m_people;
};

} // namespace thuky::ui
