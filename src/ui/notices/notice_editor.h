#pragma once
// NoticeEditor: the drafting window of one conclusion notice. The header fields (issuer,
// subject, recipients, urgency, drafter's initials and copies), the body as paragraphs and
// numbered conclusions that nest, bold and italic, with undo/redo; a live preview that looks
// like the printed page and printing with a preview; autosave every few seconds and the
// recovery of an unsaved draft after a crash; the revisions and comments beside it. The
// workflow buttons are the caller's (NoticesPage gives the ones the user's roles allow).
// A notice that is not a draft or returned opens read-only.
//
// Workflow actions and pending changes: setWorkflowActions() does not put the caller's
// actions themselves on the toolbar but a guard for each (same text, icon, tooltip, enabled
// and visible state, kept in step): triggering the guard first saves pending changes
// (saveIfModified()) and triggers the caller's action only when that succeeded, so a step
// never runs on a notice whose last edits were refused. A caller that triggers its actions
// from elsewhere too (its own toolbar) calls saveIfModified() first.
//
// Unsaved edits are written every few seconds to a recovery file (NoticeRecovery), never to
// the database; saving or discarding removes it. Opening a notice that has one offers to
// restore it.

#include "thuky/domain/reference.h"

#include <QMainWindow>

#include <functional>
#include <memory>

namespace thuky::domain {
struct Notice;
}

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class NoticeBodyEdit;
class NoticePreview;
class NoticeRevisionsPanel;
struct NoticeRecoveryEntry;

/// What a close with unsaved changes does.
enum class NoticeCloseChoice
{
    Save,
    Discard,
    Cancel
};

/// How the editor waits and asks; tests shorten the waits and answer the questions without
/// a modal dialog.
struct NoticeEditorOptions
{
    QString recoveryFolder;     ///< empty: NoticeRecovery::defaultFolder()
    int autosaveDelayMs = 5000; ///< after the last change
    int previewDelayMs = 400;   ///< after the last change
    /// Whether to restore an unsaved draft found when the notice opens; unset: asks with a
    /// message box ("Khôi phục bản nháp chưa lưu (lúc HH:mm ngày dd/MM/yyyy)?").
    std::function<bool(const NoticeRecoveryEntry &)> restoreRecovery;
    /// What closing with unsaved changes does; unset: asks Save / Discard / Cancel.
    std::function<NoticeCloseChoice()> askClose;
};

class NoticeEditor : public QMainWindow
{
    Q_OBJECT

public:
    NoticeEditor(services::Workspace &workspace, domain::Actor actor, domain::Id noticeId,
                 QWidget *parent = nullptr, NoticeEditorOptions options = {});
    ~NoticeEditor() override;

    domain::Id noticeId() const;
    /// Puts the workflow actions (submit, return, approve, issue…) in the editor's toolbar,
    /// after its own. The editor saves pending changes before any of them is triggered (see
    /// the top of this file); replaces the actions given before.
    void setWorkflowActions(const QList<QAction *> &actions);
    /// Reads the notice again (after a workflow step changed its status); unsaved edits are
    /// dropped, with their recovery file.
    void reload();
    /// Writes pending changes through NoticeService::updateDraft; false (with the error
    /// shown at its field) when the service refuses them.
    bool save();
    /// save() when there are unsaved changes; true when there were none. What a caller runs
    /// before a workflow step it triggers itself.
    bool saveIfModified();

    bool isModified() const;
    /// Read-only: not a draft or returned notice, or the user may not draft notices.
    bool isReadOnly() const;
    /// Why the notice is read-only (the banner's text); empty when editable.
    QString readOnlyReason() const;
    /// The notice with the fields and body as edited.
    domain::Notice editedNotice() const;

    NoticeBodyEdit *bodyEdit() const;
    NoticePreview *preview() const;
    NoticeRevisionsPanel *revisionsPanel() const;
    /// Writes the recovery file now if there are unsaved changes (the autosave timer's job).
    void autosaveNow();
    QString recoveryPath() const;
    /// Looks for a recovery file of the notice and offers it (done once when the window
    /// opens); true when one was restored.
    bool offerRecovery();

Q_SIGNALS:
    /// The notice was saved or its state changed: lists showing it read it again.
    void noticeChanged(thuky::domain::Id noticeId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;

    void buildUi();
    void load();
    void showNotice(const domain::Notice &notice);
    void applyReadOnly();
    void markChanged();
    void updateTitle();
    void updatePreview();
};

} // namespace thuky::ui
