#pragma once
// NoticeRevisionsPanel: a notice's frozen revisions (oldest first) and the comments on each;
// choosing two revisions shows what changed word by word (insertions and deletions marked
// like tracked changes); a reviewer adds a comment on the latest revision. Used beside the
// editor and in the notices page's details.

#include "thuky/domain/reference.h"

#include <memory>

#include <QWidget>

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class NoticeRevisionsPanel : public QWidget
{
    Q_OBJECT

public:
    NoticeRevisionsPanel(services::Workspace &workspace, domain::Actor actor,
                         QWidget *parent = nullptr);
    ~NoticeRevisionsPanel() override;

    /// Shows the revisions and comments of a notice; 0 clears the panel.
    void setNotice(domain::Id noticeId);
    domain::Id noticeId() const;

Q_SIGNALS:
    /// A comment was added.
    void commented(thuky::domain::Id noticeId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace thuky::ui
