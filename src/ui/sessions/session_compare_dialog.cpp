#include "sessions/session_compare_dialog.h"

#include "ui_session_compare_dialog.h"

#include "common/busy_cursor.h"
#include "common/message_boxes.h"
#include "common/translations.h"
#include "meetings/form_helpers.h"

#include <QFont>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>

namespace thuky::ui {

using domain::Id;

namespace {

QString versionText(const services::AgendaVersionInfo &info)
{
    const QString label = uiLanguage() == Lang::En ? info.labelEn : info.label;
    return QStringLiteral("%1 (%2)").arg(label).arg(info.version.number);
}

} // namespace

SessionCompareDialog::SessionCompareDialog(services::SessionService &service, domain::Actor actor,
                                           QList<services::AgendaVersionInfo> versions,
                                           std::function<void(Id, Id)> exportAnnex, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SessionCompareDialog>()), m_service(service),
      m_actor(std::move(actor)), m_versions(std::move(versions)), m_exportAnnex(std::move(exportAnnex))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Đó&ng"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const services::AgendaVersionInfo &info : m_versions) {
        m_ui->fromCombo->addItem(versionText(info), qint64(info.version.id));
        m_ui->toCombo->addItem(versionText(info), qint64(info.version.id));
    }
    QTreeWidget *tree = m_ui->diffTree;
    tree->setColumnCount(4);
    tree->setHeaderLabels({tr("Nội dung"), tr("Thay đổi"), tr("Trước"), tr("Sau")});
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    tree->header()->resizeSection(1, 180);
    tree->header()->resizeSection(2, 250);
    tree->header()->resizeSection(3, 250);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);

    if (m_exportAnnex) {
        connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
            m_exportAnnex(m_ui->fromCombo->currentData().toLongLong(),
                          m_ui->toCombo->currentData().toLongLong());
        });
    } else {
        m_ui->exportButton->hide();
    }
    // By default: the version before the newest against the newest.
    if (m_versions.size() >= 2) {
        m_ui->fromCombo->setCurrentIndex(int(m_versions.size()) - 2);
        m_ui->toCombo->setCurrentIndex(int(m_versions.size()) - 1);
    }
    connect(m_ui->fromCombo, &QComboBox::currentIndexChanged, this, &SessionCompareDialog::recompare);
    connect(m_ui->toCombo, &QComboBox::currentIndexChanged, this, &SessionCompareDialog::recompare);
    recompare();
}

SessionCompareDialog::~SessionCompareDialog() = default;

QTreeWidget *SessionCompareDialog::tree() const
{
    return m_ui->diffTree;
}

QString SessionCompareDialog::slotText(const domain::AgendaSlot &slot)
{
    const Lang lang = uiLanguage();
    return tr("%1, %2, thứ %3")
        .arg(domain::agendaDayLabel(slot.date, lang), domain::halfDayLabel(slot.halfDay, lang).toLower())
        .arg(slot.position);
}

void SessionCompareDialog::compare(Id from, Id to)
{
    {
        const QSignalBlocker a(m_ui->fromCombo);
        const QSignalBlocker b(m_ui->toCombo);
        selectData(m_ui->fromCombo, qint64(from));
        selectData(m_ui->toCombo, qint64(to));
    }
    recompare();
}

void SessionCompareDialog::recompare()
{
    QTreeWidget *tree = m_ui->diffTree;
    tree->clear();
    m_diff = {};
    const Id from = m_ui->fromCombo->currentData().toLongLong();
    const Id to = m_ui->toCombo->currentData().toLongLong();
    m_ui->exportButton->setEnabled(from != 0 && to != 0 && from != to);
    if (from == 0 || to == 0 || from == to) {
        m_ui->summaryLabel->setText(tr("Chọn hai phiên bản khác nhau để so sánh."));
        return;
    }
    Result<domain::AgendaDiff> diff = [&] {
        const BusyCursor busy;
        return m_service.diff(m_actor, from, to);
    }();
    if (!diff) {
        m_ui->summaryLabel->setText(diff.error().message.text(uiLanguage()));
        return;
    }
    m_diff = *diff;
    const Lang lang = uiLanguage();
    QFont bold = tree->font();
    bold.setBold(true);
    auto group = [&](const QString &title, int count, const QColor &color) {
        auto *row = new QTreeWidgetItem(tree, {QStringLiteral("%1 (%2)").arg(title).arg(count)});
        row->setFont(0, bold);
        row->setForeground(0, color);
        row->setFirstColumnSpanned(true);
        row->setExpanded(true);
        return row;
    };
    QTreeWidgetItem *added = group(tr("Nội dung thêm mới"), int(m_diff.added.size()), QColor(0x2e, 0x7d, 0x32));
    for (const domain::AgendaItem &item : m_diff.added)
        new QTreeWidgetItem(added, {item.title, tr("thêm"), QString(), slotText(slotOf(item))});
    QTreeWidgetItem *removed = group(tr("Nội dung bỏ"), int(m_diff.removed.size()), QColor(0xc6, 0x28, 0x28));
    for (const domain::AgendaItem &item : m_diff.removed)
        new QTreeWidgetItem(removed, {item.title, tr("bỏ"), slotText(slotOf(item)), QString()});
    QTreeWidgetItem *moved = group(tr("Nội dung chuyển thời gian"), int(m_diff.moved.size()), QColor(0x15, 0x65, 0xc0));
    for (const domain::AgendaDiff::Moved &m : m_diff.moved)
        new QTreeWidgetItem(moved, {m.after.title, tr("chuyển"), slotText(m.from), slotText(m.to)});
    QTreeWidgetItem *changed = group(tr("Nội dung sửa đổi"), int(m_diff.changed.size()), QColor(0x8d, 0x3b, 0x00));
    for (const domain::AgendaDiff::Changed &c : m_diff.changed) {
        for (const domain::AgendaFieldChange &field : c.fields) {
            auto *row = new QTreeWidgetItem(changed, {c.after.title, domain::agendaItemFieldLabel(field.field, lang),
                                                      field.before, field.after});
            for (int column = 0; column < 4; ++column)
                row->setToolTip(column, row->text(column));
        }
    }
    for (QTreeWidgetItem *g : {added, removed, moved}) {
        for (int i = 0; i < g->childCount(); ++i) {
            for (int column = 0; column < 4; ++column)
                g->child(i)->setToolTip(column, g->child(i)->text(column));
        }
    }
    m_ui->summaryLabel->setText(
        m_diff.isEmpty() ? tr("Hai phiên bản giống nhau.")
                         : tr("Thêm %1, bỏ %2, chuyển %3, sửa %4 nội dung.")
                               .arg(m_diff.added.size())
                               .arg(m_diff.removed.size())
                               .arg(m_diff.moved.size())
                               .arg(m_diff.changed.size()));
}

} // namespace thuky::ui
