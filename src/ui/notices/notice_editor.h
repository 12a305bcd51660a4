#pragma once
// NoticeEditor: the drafting window of one conclusion notice. The header fields (issuer,
// subject, recipients, urgency, drafter's initials and copies), the body as paragraphs and
// numbered conclusions that nest, bold and italic, with undo/redo; a live preview that looks
// like the printed page and printing with a preview; autosave every few seconds and the
// recovery of an unsaved draft after a crash; the revisions and comments beside it. The
// workflow buttons are the caller's (NoticesPage gives the ones the user's roles allow).
// A notice that is not a draft or returned opens read-only.

#include "thuky/domain/reference.h"

#include <memory>

#include <QMainWindow>

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class NoticeEditor : public QMainWindow
{
    Q_OBJECT

public:
    NoticeEditor(services::Workspace &workspace, domain::Actor actor, domain::Id noticeId,
                 QWidget *parent = nullptr);
    ~NoticeEditor() override;

    domain::Id noticeId() const;
    /// Puts the workflow actions (submit, return, approve, issue…) in the editor's toolbar,
    /// after its own. The editor saves pending changes before any of them is triggered.
    void setWorkflowActions(const QList<QAction *> &actions);
    /// Reads the notice again (after a workflow step changed its status).
    void reload();
    /// Writes pending changes through NoticeService::updateDraft; false (with a message
    /// shown) when the service refuses them.
    bool save();

Q_SIGNALS:
    /// The notice was saved or its state changed: lists showing it read it again.
    void noticeChanged(thuky::domain::Id noticeId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace thuky::ui
