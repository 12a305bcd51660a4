#include "common/audit_log_widget.h"

#include "ui_audit_log_widget.h"

#include "common/audit_log_model.h"
#include "common/audit_detail_widget.h"

#include <QHeaderView>

namespace thuky::ui {

namespace {
// Widths that fit the Vietnamese headers and typical content at the default font.
constexpr std::array<int, AuditLogModel::ColumnCount> kColumnWidths{140, 100, 170, 110, 160};
} // namespace

AuditLogWidget::AuditLogWidget(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AuditLogWidget>())
{
    m_ui->setupUi(this);
    // The list gets the room its columns need; the detail takes the rest.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({820, 560});
    QTableView *view = m_ui->logView;
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
}

AuditLogWidget::~AuditLogWidget() = default;

void AuditLogWidget::setModel(AuditLogModel *model)
{
    m_model = model;
    m_ui->detail->setImages(&model->images());
    QTableView *view = m_ui->logView;
    view->setModel(model);
    for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
        view->horizontalHeader()->resizeSection(column, kColumnWidths[std::size_t(column)]);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditLogWidget::showCurrent);
    // A reset empties the selection without a selectionChanged signal.
    connect(model, &QAbstractItemModel::modelReset, this, &AuditLogWidget::showCurrent);
    showCurrent();
}

QTableView *AuditLogWidget::view() const
{
    return m_ui->logView;
}

AuditDetailWidget *AuditLogWidget::detail() const
{
    return m_ui->detail;
}

const storage::AuditEntry *AuditLogWidget::currentEntry() const
{
    if (!m_model)
        return nullptr;
    const QModelIndexList rows = m_ui->logView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
}

bool AuditLogWidget::selectEntry(domain::Id id)
{
    const int row = m_model ? m_model->findRow(id) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->logView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    m_ui->logView->scrollTo(index);
    return true;
}

void AuditLogWidget::selectFirst()
{
    if (const storage::AuditEntry *first = m_model ? m_model->entryAt(0) : nullptr)
        selectEntry(first->id);
}

void AuditLogWidget::showCurrent()
{
    m_ui->detail->setEntry(currentEntry());
    Q_EMIT currentEntryChanged();
}

} // namespace thuky::ui
