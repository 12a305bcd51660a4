#include "admin/audit_check_dialog.h"

#include "ui_audit_check_dialog.h"

#include "common/audit_detail_widget.h"
#include "common/audit_text.h"
#include "common/display_text.h"
#include "common/icons.h"

#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>

namespace thuky::ui {

AuditCheckDialog::AuditCheckDialog(const services::AuditCheck &check, services::AuditService &audit,
                                   domain::Actor actor, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AuditCheckDialog>()), m_audit(audit),
      m_actor(std::move(actor)), m_mismatches(check.mismatches), m_images(recordImagesOf(audit))
{
    m_ui->setupUi(this);
    setWindowIcon(icons::integrity());
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Đó&ng"));
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
        lines.append(messageText(check.chainProblem).toHtmlEscaped());
        lines.append(tr("Các mục từ đây trở về sau không còn được bảo đảm."));
    }
    // Key and anchor findings come from core in both languages; the GUI shows Vietnamese.
    for (const Message *m : {&check.keyProblem, &check.anchorProblem})
        if (!m->vi.isEmpty())
            lines.append(QStringLiteral("<b style=\"color:#c62828\">%1</b>").arg(m->text().toHtmlEscaped()));
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

    // Each record by its name, as the trail last knew it or as it is now, and what happened.
    m_ui->detail->setImages(&m_images);
    for (const services::RecordMismatch &m : std::as_const(check.mismatches)) {
        const storage::AuditEntry difference = differenceOf(m);
        const QString what = auditRecordLabel(difference, m_images);
        if (difference.before.isEmpty())
            m_ui->mismatchList->addItem(tr("%1 — được thêm ngoài Thuky").arg(what));
        else if (difference.after.isEmpty())
            m_ui->mismatchList->addItem(tr("%1 — bị xóa ngoài Thuky").arg(what));
        else
            m_ui->mismatchList->addItem(tr("%1 — bị sửa ngoài Thuky").arg(what));
    }
    m_ui->mismatchLabel->setVisible(!check.mismatches.isEmpty());
    m_ui->splitter->setVisible(!check.mismatches.isEmpty());
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    connect(m_ui->mismatchList, &QListWidget::currentRowChanged, this,
            &AuditCheckDialog::showDifference);
    m_ui->mismatchList->setCurrentRow(0);
    connect(m_ui->mismatchList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_ui->mismatchList->row(item);
        if (row >= 0 && row < m_mismatches.size())
            Q_EMIT historyRequested(m_mismatches[row].entity, m_mismatches[row].id);
    });
    if (check.mismatches.isEmpty()) {
        // Nothing to list: just the summary and the button.
        layout()->activate();
        resize(width(), heightForWidth(width()));
    }
}

AuditCheckDialog::~AuditCheckDialog() = default;

void AuditCheckDialog::addFindings(const QList<Message> &findings)
{
    if (findings.isEmpty())
        return;
    QString text = m_ui->summaryLabel->text();
    for (const Message &m : findings)
        text += QStringLiteral("<br><b style=\"color:#c62828\">%1</b>")
                    .arg(messageText(m).toHtmlEscaped());
    m_ui->summaryLabel->setText(text);
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
}

void AuditCheckDialog::showDifference(int row)
{
    if (row < 0 || row >= m_mismatches.size()) {
        m_ui->detail->setEntry(nullptr);
        return;
    }
    m_difference = differenceOf(m_mismatches[row]);
    m_ui->detail->setEntry(&m_difference);
    m_ui->detail->setChangedOnly(!m_difference.before.isEmpty() && !m_difference.after.isEmpty());
}

storage::AuditEntry AuditCheckDialog::differenceOf(const services::RecordMismatch &m) const
{
    storage::AuditEntry difference;
    difference.action = QStringLiteral("outside_change");
    difference.entity = storage::entityKey(m.entity);
    difference.entityId = m.id;
    // Before: what the trail last recorded; after: what the database holds now.
    if (auto history = m_audit.history(m_actor, m.entity, m.id); history && !history->isEmpty())
        difference.before = history->first().after;
    if (auto now = m_audit.image(m.entity, m.id); now && now->has_value())
        difference.after = **now;
    return difference;
}

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
