#include "meetings/readiness_panel.h"

#include "meetings/readiness_model.h"

#include "thuky/domain/vietnamese.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace thuky::ui {

ReadinessPanel::ReadinessPanel(QWidget *parent)
    : QWidget(parent), m_meetings(new QComboBox(this)), m_summary(new QLabel(this)),
      m_model(new ReadinessModel(this)), m_view(new QTreeView(this)),
      m_export(new QPushButton(tr("Xuất danh sách nhắc việc (DOCX/PDF)"), this))
{
    m_summary->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ReadinessModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->hideSection(ReadinessModel::DueColumn); // the names carry it
    m_view->header()->resizeSection(ReadinessModel::StateColumn, 112);
    m_view->setIndentation(14);
    m_export->setEnabled(false); // until a meeting is shown
    m_export->setToolTip(tr("Mỗi cơ quan một trang: các tài liệu còn thiếu của phiên họp đang "
                            "chọn, hạn gửi và tình trạng, để gửi đi (DOCX hoặc PDF)"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const domain::Id id = currentMeetingId())
            Q_EMIT remindersRequested(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_meetings);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_export);

    connect(m_meetings, &QComboBox::currentIndexChanged, this, &ReadinessPanel::showMeeting);
    connect(m_view, &QTreeView::activated, this, [this] {
        if (const domain::Id id = currentMeetingId())
            Q_EMIT meetingActivated(id);
    });
}

domain::Id ReadinessPanel::currentMeetingId() const
{
    return m_meetings->currentData().toLongLong();
}

void ReadinessPanel::setReadiness(const QList<services::MeetingReadiness> &meetings)
{
    const domain::Id keep = currentMeetingId();
    m_readiness = meetings;
    {
        const QSignalBlocker blocker(m_meetings);
        m_meetings->clear();
        for (const services::MeetingReadiness &r : std::as_const(m_readiness))
            m_meetings->addItem(
                tr("%1 — %2").arg(r.meeting.title(), domain::shortDate(r.meeting.firstDay())),
                qint64(r.meeting.id));
        const int index = m_meetings->findData(qint64(keep));
        m_meetings->setCurrentIndex(index >= 0 ? index : 0);
    }
    showMeeting();
}

void ReadinessPanel::showMeeting()
{
    const int index = m_meetings->currentIndex();
    if (index < 0 || index >= m_readiness.size()) {
        m_export->setEnabled(false);
        m_model->setReadiness({});
        m_summary->setText(tr("Không có phiên họp nào sắp tới."));
        return;
    }
    const services::MeetingReadiness &r = m_readiness[index];
    m_export->setEnabled(r.outstanding > 0);
    m_model->setReadiness(r);
    m_view->expandAll();
    m_summary->setText(r.outstanding == 0
                           ? tr("Đã nhận đủ %1 tài liệu. Hạn gửi tài liệu: %2.")
                                 .arg(r.documents)
                                 .arg(domain::shortDate(r.milestones.documentsDue))
                           : tr("Còn thiếu <b>%1</b>/%2 tài liệu. Hạn gửi tài liệu: %3.")
                                 .arg(r.outstanding)
                                 .arg(r.documents)
                                 .arg(domain::shortDate(r.milestones.documentsDue)));
}

} // namespace thuky::ui
