#include "notices/notice_register_dialog.h"

#include "common/message_boxes.h"
#include "common/settings.h"
#include "common/table_files.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thuky::ui {

namespace {
enum Column
{
    NumberColumn,
    SubjectColumn,
    IssueDateColumn,
    StateColumn,
    ColumnCount
};
} // namespace

NoticeRegisterDialog::NoticeRegisterDialog(services::Workspace &workspace, domain::Actor actor,
                                           Settings &settings, int year, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_actor(std::move(actor)), m_settings(settings),
      m_year(new QSpinBox(this)), m_issuer(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_export(new QPushButton(tr("&Xuất XLSX/CSV…"), this))
{
    setObjectName(QStringLiteral("noticeRegisterDialog"));
    setWindowTitle(tr("Sổ đăng ký văn bản đi – thông báo kết luận"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Năm:"), this);
    yearLabel->setBuddy(m_year);
    m_year->setRange(1946, 2200);
    m_year->setValue(year);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    auto *issuerLabel = new QLabel(tr("&Cơ quan ban hành:"), this);
    issuerLabel->setBuddy(m_issuer);
    bar->addWidget(issuerLabel);
    m_issuer->addItem(tr("Tất cả"), 0);
    if (auto issuers = m_workspace.notices().issuers(m_actor)) {
        for (const domain::IssuerProfile &i : *issuers)
            m_issuer->addItem(i.symbol, qint64(i.id));
    }
    bar->addWidget(m_issuer);
    bar->addStretch(1);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Số, ký hiệu"), tr("Trích yếu"), tr("Ngày ban hành"), tr("Tình trạng")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Nhấp đúp để mở thông báo"));
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Đóng"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_year, &QSpinBox::valueChanged, this, &NoticeRegisterDialog::reload);
    connect(m_issuer, &QComboBox::currentIndexChanged, this, &NoticeRegisterDialog::reload);
    connect(m_export, &QPushButton::clicked, this, &NoticeRegisterDialog::askExport);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < m_entries.size() && m_entries[row].noticeId)
            Q_EMIT noticeActivated(m_entries[row].noticeId);
    });
    resize(900, 560);
    reload();
}

void NoticeRegisterDialog::setYear(int year)
{
    m_year->setValue(year);
    reload();
}

int NoticeRegisterDialog::year() const
{
    return m_year->value();
}

void NoticeRegisterDialog::reload()
{
    auto entries = m_workspace.notices().registerOf(m_actor, m_year->value(),
                                                    m_issuer->currentData().toLongLong());
    m_entries = entries ? *entries : QList<domain::RegisterEntry>{};
    m_table->setRowCount(int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        const domain::RegisterEntry &e = m_entries[i];
        const QString state =
            e.voided() ? tr("Đã hủy: %1 (%2)").arg(e.voidReason, e.voidedBy) : tr("Còn hiệu lực");
        const QStringList cells{e.numberText(),
                                e.noticeId ? e.subject : tr("(số hủy, không có thông báo)"),
                                domain::shortDate(e.issueDate), state};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (e.voided()) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
                QFont f = item->font();
                f.setStrikeOut(c == NumberColumn);
                item->setFont(f);
            }
            if (c == SubjectColumn || c == StateColumn)
                item->setToolTip(cells[c]);
            m_table->setItem(i, c, item);
        }
    }
    m_export->setEnabled(!m_entries.isEmpty());
    if (!entries)
        showError(this, tr("Không đọc được sổ đăng ký"), entries.error());
}

bool NoticeRegisterDialog::exportTo(const QString &path)
{
    documents::Table table;
    table.headers = {tr("Số"), tr("Ký hiệu"), tr("Trích yếu"), tr("Ngày ban hành"),
                     tr("Tình trạng"), tr("Lý do hủy"), tr("Người hủy")};
    for (const domain::RegisterEntry &e : m_entries) {
        table.rows.append({domain::noticeNumberText(e.number), e.symbol, e.subject,
                           domain::shortDate(e.issueDate),
                           e.voided() ? tr("Đã hủy") : tr("Còn hiệu lực"), e.voidReason,
                           e.voidedBy});
    }
    auto written = writeTableFile(table, path, tr("Sổ đăng ký"),
                                  tr("Sổ đăng ký thông báo kết luận năm %1").arg(year()));
    if (!written) {
        showError(this, tr("Không xuất được sổ đăng ký"), written.error());
        return false;
    }
    return true;
}

void NoticeRegisterDialog::askExport()
{
    const QString path = chooseTableToSave(this, m_settings, tr("Xuất sổ đăng ký"),
                                           QStringLiteral("so-dang-ky-thong-bao-%1").arg(year()));
    if (!path.isEmpty() && exportTo(path))
        inform(this, tr("Đã xuất"), tr("Đã xuất sổ đăng ký ra %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace thuky::ui
