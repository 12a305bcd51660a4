#include "audit_check_dialog.h"

#include "ui_audit_check_dialog.h"

#include "widgets/icons.h"

#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>

namespace thuky::ui {

AuditCheckDialog::AuditCheckDialog(const services::AuditCheck &check, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AuditCheckDialog>()),
      m_mismatches(check.mismatches)
{
    m_ui->setupUi(this);
    setWindowIcon(icons::integrity());
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Đóng"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QLocale locale;
    const QIcon icon =
        check.ok() ? icons::integrity() : style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_ui->iconLabel->setPixmap(icon.pixmap(48, 48));

    QStringList lines;
    if (check.firstBrokenEntry == 0) {
        lines.append(tr("<b>Chuỗi nhật ký toàn vẹn:</b> %1 mục, không mục nào bị sửa hoặc xóa.")
                         .arg(locale.toString(check.entries)));
    } else {
        lines.append(tr("<b style=\"color:#c62828\">Chuỗi nhật ký bị phá vỡ</b> từ mục số %1.")
                         .arg(check.firstBrokenEntry));
        lines.append(check.chainProblem.text().toHtmlEscaped());
        lines.append(tr("Các mục từ đây trở về sau không còn được bảo đảm."));
    }
    if (check.mismatches.isEmpty()) {
        lines.append(tr("<b>Dữ liệu khớp với nhật ký:</b> không bản ghi nào bị thay đổi ngoài "
                        "Thuky."));
    } else {
        lines.append(tr("<b style=\"color:#c62828\">%n bản ghi</b> khác với lần ghi cuối trong "
                        "nhật ký: chúng đã bị thay đổi ngoài Thuky (ví dụ sửa thẳng tệp cơ sở "
                        "dữ liệu).",
                        nullptr, int(check.mismatches.size())));
    }
    m_ui->summaryLabel->setText(lines.join(QStringLiteral("<br>")));

    for (const services::RecordMismatch &m : std::as_const(check.mismatches))
        m_ui->mismatchList->addItem(m.message.text());
    m_ui->mismatchLabel->setVisible(!check.mismatches.isEmpty());
    m_ui->mismatchList->setVisible(!check.mismatches.isEmpty());
    connect(m_ui->mismatchList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_ui->mismatchList->row(item);
        if (row >= 0 && row < m_mismatches.size())
            Q_EMIT historyRequested(m_mismatches[row].entity, m_mismatches[row].id);
    });
    if (check.mismatches.isEmpty())
        resize(width(), minimumSizeHint().height());
}

AuditCheckDialog::~AuditCheckDialog() = default;

QString AuditCheckDialog::summary() const
{
    return QTextDocumentFragment::fromHtml(m_ui->summaryLabel->text()).toPlainText();
}

QStringList AuditCheckDialog::mismatches() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->mismatchList->count(); ++i)
        lines.append(m_ui->mismatchList->item(i)->text());
    return lines;
}

} // namespace thuky::ui
