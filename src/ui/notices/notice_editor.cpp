#include "notices/notice_editor.h"

// Interim: the editor window is being written in its own branch; this keeps the notices
// page building until it lands.

namespace thuky::ui {

struct NoticeEditor::Private
{
    domain::Id id = 0;
};

NoticeEditor::NoticeEditor(services::Workspace &, domain::Actor, domain::Id noticeId,
                           QWidget *parent)
    : QMainWindow(parent), d(std::make_unique<Private>())
{
    d->id = noticeId;
}

NoticeEditor::~NoticeEditor() = default;

domain::Id NoticeEditor::noticeId() const
{
    return d->id;
}

void NoticeEditor::setWorkflowActions(const QList<QAction *> &) {}

void NoticeEditor::reload() {}

bool NoticeEditor::save()
{
    return true;
}

} // namespace thuky::ui
