#include "notices/notice_revisions_panel.h"

// Interim: the panel is being written in its own branch; this keeps the notices page
// building until it lands.

namespace thuky::ui {

struct NoticeRevisionsPanel::Private
{
    domain::Id id = 0;
};

NoticeRevisionsPanel::NoticeRevisionsPanel(services::Workspace &, domain::Actor, QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>())
{
}

NoticeRevisionsPanel::~NoticeRevisionsPanel() = default;

void NoticeRevisionsPanel::setNotice(domain::Id noticeId)
{
    d->id = noticeId;
}

domain::Id NoticeRevisionsPanel::noticeId() const
{
    return d->id;
}

} // namespace thuky::ui
