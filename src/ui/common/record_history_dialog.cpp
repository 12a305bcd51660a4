#include "common/record_history_dialog.h"

#include "ui_record_history_dialog.h"

#include "common/audit_text.h"
#include "common/message_boxes.h"
#include "common/audit_log_model.h"
#include "common/audit_log_widget.h"
#include "common/icons.h"

#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace thuky::ui {

RecordHistoryDialog::RecordHistoryDialog(services::AuditService &audit, const domain::Actor &actor,
                                         storage::Entity entity, domain::Id id, const QString &what,
                                         QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecordHistoryDialog>()),
      m_model(new AuditLogModel(audit, actor, this))
{
    m_ui->setupUi(this);
    const QString record = auditRecordLabel(storage::entityKey(entity), id, m_model->images());
    setWindowTitle(tr("Lịch sử thay đổi — %1").arg(record));
    setWindowIcon(icons::history());
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Đó&ng"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &AuditLogModel::errorOccurred, this,
            [this](const Error &error) { showError(this, windowTitle(), error); });

    // The same entries as AuditService::history(), read a page at a time like the audit
    // page, so a record with a long past opens as fast as one without.
    storage::AuditFilter filter;
    filter.entity = storage::entityKey(entity);
    filter.entityId = id;
    m_ui->log->setModel(m_model);
    m_ui->log->view()->hideColumn(AuditLogModel::RecordColumn); // always this record
    m_model->setFilter(filter);
    m_ui->titleLabel->setText(
        tr("%1 — %2 mục trong nhật ký, mới nhất ở trên.")
            .arg(what.isEmpty() ? record : what, QLocale().toString(m_model->totalCount())));
    m_ui->log->selectFirst();
}

RecordHistoryDialog::~RecordHistoryDialog() = default;

AuditLogWidget *RecordHistoryDialog::log() const
{
    return m_ui->log;
}

} // namespace thuky::ui
