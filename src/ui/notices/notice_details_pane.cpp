#include "notices/notice_details_pane.h"

#include "common/display_text.h"
#include "common/translations.h"
#include "notices/notice_revisions_panel.h"
#include "notices/notice_texts.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/workspace.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace thuky::ui {

namespace {

enum FollowUpColumn
{
    ConclusionColumn,
    TaskNumberColumn,
    ContentColumn,
    LeadUnitColumn,
    DeadlineColumn,
    ProgressColumn,
    TimelinessColumn,
    FollowUpColumns
};

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:8px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

QString link(domain::Id id, const QString &text)
{
    return QStringLiteral("<a href='notice:%1'>%2</a>").arg(id).arg(text.toHtmlEscaped());
}

} // namespace

NoticeDetailsPane::NoticeDetailsPane(services::Workspace &workspace, domain::Actor actor,
                                     QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_heading(new QLabel(this)), m_tabs(new QTabWidget(this)), m_info(new QLabel),
      m_revisions(new NoticeRevisionsPanel(workspace, m_actor)), m_followUps(new QTableWidget),
      m_addFollowUp(new QPushButton(tr("Giao nhiệm &vụ theo dõi…")))
{
    setObjectName(QStringLiteral("noticeDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("noticeHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    m_info->setObjectName(QStringLiteral("noticeInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_info->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_info->setMargin(6);
    connect(m_info, &QLabel::linkActivated, this, [this](const QString &href) {
        if (href.startsWith(QLatin1String("notice:")))
            Q_EMIT noticeActivated(href.mid(7).toLongLong());
    });
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_info);
    scroll->setWidgetResizable(true);
    // The facts at the left, the revisions and follow-ups at the right: the pane sits under
    // a wide list.
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(scroll);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    split->setSizes({420, 580});
    scroll->setMinimumWidth(260);
    layout->addWidget(split, 1);

    m_tabs->addTab(m_revisions, tr("Phiên bản, ý kiến"));
    connect(m_revisions, &NoticeRevisionsPanel::commented, this, &NoticeDetailsPane::commented);

    auto *followPage = new QWidget;
    auto *followLayout = new QVBoxLayout(followPage);
    m_followUps->setObjectName(QStringLiteral("followUpTable"));
    m_followUps->setColumnCount(FollowUpColumns);
    m_followUps->setHorizontalHeaderLabels({tr("Kết luận"), tr("STT"), tr("Nội dung"),
                                            tr("Chủ trì"), tr("Thời hạn"), tr("Tiến độ"),
                                            tr("Tình trạng")});
    m_followUps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_followUps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_followUps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_followUps->verticalHeader()->hide();
    m_followUps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_followUps->horizontalHeader()->setSectionResizeMode(ContentColumn, QHeaderView::Stretch);
    m_followUps->setWordWrap(true);
    m_followUps->setToolTip(tr("Nhấp đúp để xem nhiệm vụ trong chương trình công tác"));
    connect(m_followUps, &QTableWidget::cellActivated, this, [this](int r, int) {
        if (QTableWidgetItem *item = m_followUps->item(r, 0))
            Q_EMIT taskActivated(item->data(Qt::UserRole).toLongLong());
    });
    followLayout->addWidget(m_followUps, 1);
    m_addFollowUp->setObjectName(QStringLiteral("addFollowUpButton"));
    followLayout->addWidget(m_addFollowUp, 0, Qt::AlignLeft);
    connect(m_addFollowUp, &QPushButton::clicked, this, &NoticeDetailsPane::addFollowUpRequested);
    m_tabs->addTab(followPage, tr("Theo dõi thực hiện"));

    setNotice(0);
}

void NoticeDetailsPane::setNotice(domain::Id id)
{
    m_id = id;
    m_details = {};
    if (id) {
        auto d = m_workspace.notices().details(m_actor, id);
        if (d)
            m_details = *d;
        else
            m_id = 0;
    }
    m_revisions->setNotice(m_id);
    showInfo();
    showFollowUps();
    m_tabs->setEnabled(m_id != 0);
    m_info->setEnabled(m_id != 0);
}

QString NoticeDetailsPane::infoText() const
{
    QTextDocument doc;
    doc.setHtml(m_info->text());
    return m_heading->text() + u'\n' + doc.toPlainText();
}

void NoticeDetailsPane::showInfo()
{
    if (!m_id) {
        m_heading->setText(tr("Chọn một thông báo trong danh sách để xem chi tiết."));
        m_info->clear();
        return;
    }
    const domain::Notice &n = m_details.notice;
    const services::NoticeTiming &t = m_details.timing;
    m_heading->setText(n.subject);
    QString html = QStringLiteral("<table>");
    html += row(tr("Số, ký hiệu:"),
                n.isIssued() ? n.numberText().toHtmlEscaped() : tr("(chưa cấp số)"));
    QString status = noticeStatusText(n.status).toHtmlEscaped();
    if (t.overdue)
        status += QStringLiteral(" – <span style='color:#b00020'><b>%1</b></span>")
                      .arg(tr("quá hạn ban hành"));
    else if (t.late)
        status += QStringLiteral(" – <span style='color:#a05200'>%1</span>")
                      .arg(tr("ban hành sau hạn"));
    html += row(tr("Trạng thái:"), status);
    html += row(tr("Loại:"), noticeKindText(n.kind).toHtmlEscaped());
    html += row(tr("Cơ quan ban hành:"),
                QString(m_details.issuer.issuingBody + QStringLiteral(" (") +
                        m_details.issuer.symbol + u')')
                    .toHtmlEscaped());
    if (n.urgency != domain::Urgency::Normal)
        html += row(tr("Độ khẩn:"), urgencyText(n.urgency).toHtmlEscaped());
    html += row(tr("Người soạn:"), n.drafterName.toHtmlEscaped());
    html += row(tr("Ngày họp:"), n.meetingDate.isValid() ? domain::longDate(n.meetingDate)
                                                         : tr("(không có)"));
    html += row(tr("Hạn ban hành:"),
                n.dueDate.isValid() ? domain::longDate(n.dueDate) : tr("(không có)"));
    if (n.isIssued())
        html += row(tr("Ngày ban hành:"), domain::longDate(n.issueDate));
    if (t.workingDaysToIssue)
        html += row(tr("Thời gian:"),
                    tr("%n ngày làm việc từ ngày họp đến ngày ban hành", nullptr,
                       *t.workingDaysToIssue));
    if (!n.contentIds.isEmpty()) {
        QStringList contents;
        for (const domain::Id cid : n.contentIds) {
            auto c = m_workspace.meetings().content(m_actor, cid);
            if (!c) {
                contents.append(tr("(nội dung %1 không đọc được)").arg(cid));
                continue;
            }
            QString where;
            if (c->content.meetingId) {
                if (auto m = m_workspace.meetings().meeting(m_actor, c->content.meetingId))
                    where = QStringLiteral(" — ") + m->title(uiLanguage());
            }
            contents.append(QString(c->content.title + where).toHtmlEscaped());
        }
        html += row(tr("Nội dung phiên họp:"), contents.join(QStringLiteral("<br>")));
    }
    if (n.correctsId) {
        QString corrected = tr("Thông báo %1").arg(n.correctsId);
        if (auto c = m_workspace.notices().notice(m_actor, n.correctsId))
            corrected = noticeTitle(*c);
        html += row(tr("Đính chính:"), link(n.correctsId, corrected));
    }
    if (!m_details.corrections.isEmpty()) {
        QStringList links;
        for (const domain::Id cid : m_details.corrections) {
            QString text = tr("Thông báo %1").arg(cid);
            if (auto c = m_workspace.notices().notice(m_actor, cid))
                text = noticeTitle(*c);
            links.append(link(cid, text));
        }
        html += row(tr("Được đính chính bởi:"), links.join(QStringLiteral("<br>")));
    }
    html += row(tr("Phiên bản, ý kiến:"),
                tr("%1 phiên bản, %2 ý kiến")
                    .arg(m_details.revisions.size())
                    .arg(m_details.comments.size()));
    html += QStringLiteral("</table>");
    m_info->setText(html);
}

void NoticeDetailsPane::showFollowUps()
{
    m_followUps->setRowCount(0);
    const QList<services::FollowUpStatus> &list = m_details.followUps;
    m_followUps->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const services::FollowUpStatus &f = list[i];
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, qint64(f.link.taskId));
            item->setToolTip(column == ContentColumn ? f.content : QString());
            m_followUps->setItem(i, column, item);
            return item;
        };
        set(ConclusionColumn, f.link.conclusion);
        set(TaskNumberColumn, f.taskNumber);
        set(ContentColumn, elided(f.content, 160));
        set(LeadUnitColumn, f.leadUnit);
        set(DeadlineColumn, domain::shortDate(f.deadline));
        set(ProgressColumn, QStringLiteral("%1% – %2").arg(f.progress).arg(taskStatusText(f.status)));
        QTableWidgetItem *late = set(TimelinessColumn, timelinessText(f.timeliness));
        if (domain::isLate(f.timeliness))
            late->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_followUps->resizeRowsToContents();
    const bool issued = m_id && m_details.notice.isIssued();
    m_addFollowUp->setEnabled(issued);
    m_addFollowUp->setToolTip(issued ? tr("Giao một nhiệm vụ theo một kết luận của thông báo")
                                     : tr("Chỉ thông báo đã ban hành mới giao nhiệm vụ theo dõi."));
    m_tabs->setTabText(1, list.isEmpty() ? tr("Theo dõi thực hiện")
                                         : tr("Theo dõi thực hiện (%1)").arg(list.size()));
}

} // namespace thuky::ui
