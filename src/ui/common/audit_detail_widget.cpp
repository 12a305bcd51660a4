#include "common/audit_detail_widget.h"

#include "ui_audit_detail_widget.h"

#include "common/audit_text.h"
#include "common/audit_change_model.h"

#include <QHeaderView>
#include <QTextDocumentFragment>

namespace thuky::ui {

AuditDetailWidget::AuditDetailWidget(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AuditDetailWidget>()),
      m_model(new AuditChangeModel(this))
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->changeView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(AuditChangeModel::FieldColumn,
                                                   QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(AuditChangeModel::BeforeColumn,
                                                   QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(AuditChangeModel::AfterColumn,
                                                   QHeaderView::Stretch);
    view->horizontalHeader()->setHighlightSections(false);
    // Long texts (a task's content) wrap inside their row instead of running off.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->changedOnlyCheck->setToolTip(
        tr("Ẩn các trường giữ nguyên; với mục thêm mới hoặc xóa, mọi trường đều hiện"));
    connect(m_ui->changedOnlyCheck, &QCheckBox::toggled, m_model,
            &AuditChangeModel::setChangedOnly);
    setEntry(nullptr);
}

AuditDetailWidget::~AuditDetailWidget() = default;

QString AuditDetailWidget::recordOf(const storage::AuditEntry &entry) const
{
    return auditRecordLabel(entry, m_images ? *m_images : RecordImages());
}

void AuditDetailWidget::setEntry(const storage::AuditEntry *entry)
{
    m_model->setEntry(entry);
    m_ui->changedOnlyCheck->setEnabled(entry != nullptr);
    if (!entry) {
        m_ui->titleLabel->setText(tr("Chọn một dòng nhật ký để xem các trường trước và sau khi "
                                     "thay đổi."));
        return;
    }
    if (entry->id == 0) {
        // Not an entry of the trail: a record compared with its latest audit image.
        m_ui->titleLabel->setText(
            tr("<b>%1</b> — Trước: lần ghi cuối trong nhật ký · Sau: dữ liệu hiện có")
                .arg(recordOf(*entry).toHtmlEscaped()));
        return;
    }
    const QString when = entry->at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    m_ui->titleLabel->setText(
        tr("<b>%1</b> — %2<br>Người thực hiện: <b>%3</b> · Lúc %4 · Mục nhật ký số %5")
            .arg(auditActionLabel(entry->action).toHtmlEscaped(),
                 recordOf(*entry).toHtmlEscaped(),
                 entry->userName.toHtmlEscaped(), when)
            .arg(entry->id));
}

void AuditDetailWidget::setImages(const RecordImages *images)
{
    m_images = images;
    m_model->setImages(images);
}

void AuditDetailWidget::setChangedOnly(bool only)
{
    m_ui->changedOnlyCheck->setChecked(only);
}

QString AuditDetailWidget::title() const
{
    return QTextDocumentFragment::fromHtml(m_ui->titleLabel->text()).toPlainText();
}

} // namespace thuky::ui
