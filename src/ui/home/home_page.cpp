#include "home/home_page.h"

#include "home/ui_home_page.h"

#include "common/icons.h"
#include "common/message_boxes.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/workspace.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTreeWidget>

namespace thuky::ui {

using services::HomeSection;

namespace {

constexpr int kEntryRole = Qt::UserRole + 1; ///< index into entries(); -1 for a heading
/// A section's line "… và %n mục khác": its role value is kMoreOf - the section's number.
constexpr int kMoreOf = -2;
/// The lines a section shows until the user asks for the rest: a long list of late notices
/// would push the sections below it off the screen.
constexpr int kSectionLines = 8;

QString sectionTitle(HomeSection section)
{
    switch (section) {
    case HomeSection::Meetings:
        return HomePage::tr("Phiên họp trong 14 ngày tới");
    case HomeSection::Documents:
        return HomePage::tr("Tài liệu sắp đến hạn, quá hạn cho các phiên họp tới");
    case HomeSection::NoticesToAct:
        return HomePage::tr("Thông báo chờ tôi xử lý");
    case HomeSection::NoticesOverdue:
        return HomePage::tr("Thông báo quá hạn ban hành");
    case HomeSection::Tasks:
        return HomePage::tr("Nhiệm vụ đến hạn trong tuần hoặc quá hạn");
    }
    return {};
}

} // namespace

HomePage::HomePage(services::Workspace &workspace, domain::Actor actor, QWidget *parent)
    : ModulePage(parent), m_ui(std::make_unique<Ui::HomePage>()), m_workspace(workspace),
      m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    m_ui->entryTree->setHeaderLabels({tr("Nội dung"), tr("Ngày"), tr("Chi tiết")});
    m_ui->entryTree->header()->setStretchLastSection(true);
    connect(m_ui->entryTree, &QTreeWidget::itemActivated, this, &HomePage::openItem);
    reload();
}

HomePage::~HomePage() = default;

QString HomePage::title() const
{
    return tr("Hôm nay");
}

QIcon HomePage::icon() const
{
    return icons::calendar();
}

QString HomePage::statusText() const
{
    return m_status;
}

QTreeWidget *HomePage::entryTree() const
{
    return m_ui->entryTree;
}

void HomePage::reload()
{
    auto entries = m_workspace.home().entries(m_actor);
    if (!entries) {
        showError(this, title(), entries.error());
        return;
    }
    m_entries = *entries;
    const QDate today = m_workspace.programmes().today();
    m_ui->greetingLabel->setText(tr("<b>%1</b> — %2, %3")
                                     .arg(m_actor.fullName.toHtmlEscaped(), domain::weekdayName(today),
                                          domain::longDate(today)));
    QTreeWidget *tree = m_ui->entryTree;
    tree->clear();
    int late = 0;
    for (HomeSection section : services::kAllHomeSections) {
        auto *heading = new QTreeWidgetItem(tree);
        heading->setData(0, kEntryRole, -1);
        heading->setFirstColumnSpanned(true);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFlags(Qt::ItemIsEnabled);
        int count = 0;
        const bool whole = m_wholeSections.contains(int(section));
        for (int i = 0; i < m_entries.size(); ++i) {
            const services::HomeEntry &e = m_entries[i];
            if (e.section != section)
                continue;
            ++count;
            if (e.late)
                ++late;
            if (!whole && count > kSectionLines)
                continue;
            auto *item = new QTreeWidgetItem(tree, {QStringLiteral("    ") + e.title,
                                                    e.date.isValid() ? domain::shortDate(e.date) : QString(),
                                                    e.detail});
            item->setData(0, kEntryRole, i);
            item->setToolTip(0, e.title);
            if (e.late) {
                for (int c = 0; c < 3; ++c)
                    item->setForeground(c, QColor(0xB0, 0x1C, 0x1C));
            }
        }
        if (!whole && count > kSectionLines) {
            auto *more = new QTreeWidgetItem(
                tree, {QStringLiteral("    ") +
                       tr("… và %n mục khác (nhấp đúp để xem hết)", nullptr, count - kSectionLines)});
            more->setData(0, kEntryRole, kMoreOf - int(section));
            more->setFirstColumnSpanned(true);
            more->setForeground(0, palette().color(QPalette::Link));
        }
        heading->setText(0, QStringLiteral("%1 (%2)").arg(sectionTitle(section)).arg(count));
        if (count == 0) {
            auto *none = new QTreeWidgetItem(tree, {QStringLiteral("    ") + tr("Không có")});
            none->setData(0, kEntryRole, -1);
            none->setFlags(Qt::ItemIsEnabled);
            none->setForeground(0, palette().color(QPalette::PlaceholderText));
        }
    }
    tree->setColumnWidth(0, 640);
    tree->setColumnWidth(1, 100);
    m_status = tr("%1 việc, %2 đã quá hạn").arg(m_entries.size()).arg(late);
    Q_EMIT statusTextChanged(m_status);
}

void HomePage::openItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(0, kEntryRole).toInt();
    if (index <= kMoreOf) { // the rest of a section
        m_wholeSections.insert(kMoreOf - index);
        reload();
        return;
    }
    if (index < 0 || index >= m_entries.size())
        return;
    Q_EMIT openRecordRequested(m_entries[index].moduleKey, m_entries[index].id);
}

} // namespace thuky::ui
