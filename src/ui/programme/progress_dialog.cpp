#include "programme/progress_dialog.h"

#include "ui_progress_dialog.h"

#include "common/display_text.h"
#include "common/message_boxes.h"
#include "programme/progress_log_table.h"

#include "thuky/domain/vietnamese.h"

#include <QPushButton>


namespace thuky::ui {


ProgressDialog::ProgressDialog(const domain::Task &task, const QList<domain::ProgressEntry> &log,
                               const QDate &today, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProgressDialog>()), m_taskId(task.id),
      m_task(task), m_today(today)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Ghi"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    setWindowTitle(tr("Ghi tiến độ nhiệm vụ %1").arg(task.number));
    m_ui->taskLabel->setText(task.number + QStringLiteral(". ") + task.content);
    QFont bold = m_ui->taskLabel->font();
    bold.setBold(true);
    m_ui->taskLabel->setFont(bold);

    m_ui->dateEdit->setMaximumDate(today);
    m_ui->dateEdit->setDate(today);
    m_ui->percentSpin->setValue(task.progress);
    m_ui->percentSlider->setValue(task.progress);
    m_ui->statusCombo->addItem(tr("— Theo tiến độ —"), -1);
    for (const domain::TaskStatus s : domain::kAllTaskStatuses)
        m_ui->statusCombo->addItem(taskStatusText(s), int(s));
    m_ui->statusCombo->setToolTip(
        tr("Để trống: 100% là hoàn thành, báo cáo đầu tiên chuyển sang đang thực hiện"));
    showProgressLog(m_ui->logTable, m_ui->logLabel, log);

    m_errors.addField(QStringLiteral("date"), m_ui->dateEdit, m_ui->dateError);
    m_errors.addField(QStringLiteral("percent"), m_ui->percentSpin, m_ui->percentError);
    m_errors.setGeneralLabel(m_ui->generalError);

    connect(m_ui->percentSlider, &QSlider::valueChanged, m_ui->percentSpin, &QSpinBox::setValue);
    connect(m_ui->percentSpin, &QSpinBox::valueChanged, m_ui->percentSlider, &QSlider::setValue);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProgressDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProgressDialog::reject);
    m_ui->percentSpin->setFocus();
}

ProgressDialog::~ProgressDialog() = default;

domain::ProgressEntry ProgressDialog::entry() const
{
    domain::ProgressEntry e;
    e.taskId = m_taskId;
    e.date = m_ui->dateEdit->date();
    e.percent = m_ui->percentSpin->value();
    e.note = m_ui->noteEdit->toPlainText().trimmed();
    return e;
}

std::optional<domain::TaskStatus> ProgressDialog::newStatus() const
{
    const int status = m_ui->statusCombo->currentData().toInt();
    return status < 0 ? std::nullopt : std::optional(domain::TaskStatus(status));
}

bool ProgressDialog::confirmReopen()
{
    const domain::ProgressEntry e = entry();
    const auto status = newStatus();
    if (m_task.status != domain::TaskStatus::Done || e.percent >= 100 ||
        status == domain::TaskStatus::Done)
        return true;
    const QDate deadline = m_task.deadline();
    QString details = tr("Trạng thái chuyển thành “%1” và ngày hoàn thành bị xóa.")
                          .arg(taskStatusText(status.value_or(domain::TaskStatus::InProgress)));
    if (deadline.isValid() && deadline < m_today)
        details += u' ' + tr("Hạn chót %1 đã qua nên nhiệm vụ sẽ thành quá hạn.")
                              .arg(domain::shortDate(deadline));
    const QString done = m_task.completedOn.isValid()
                             ? tr("Nhiệm vụ %1 đã hoàn thành ngày %2.")
                                   .arg(m_task.number, domain::shortDate(m_task.completedOn))
                             : tr("Nhiệm vụ %1 đã hoàn thành.").arg(m_task.number);
    return confirm(this, tr("Mở lại nhiệm vụ đã hoàn thành"),
                   done + u' ' + tr("Ghi %1% sẽ mở lại nhiệm vụ này.").arg(e.percent),
                   tr("&Mở lại"), details);
}

void ProgressDialog::accept()
{
    m_errors.clear();
    if (!confirmReopen())
        return;
    if (m_commit && m_errors.failed(m_commit(entry(), newStatus())))
        return;
    QDialog::accept();
}

} // namespace thuky::ui
