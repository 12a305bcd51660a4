#include "programme/task_details_dialog.h"

#include "common/display_text.h"
#include "programme/progress_log_table.h"

#include "thuky/domain/vietnamese.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thuky::ui {

namespace {
QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

TaskDetailsDialog::TaskDetailsDialog(const storage::TaskRow &row, const QString &sectionName,
                                     const QList<domain::ProgressEntry> &log, QWidget *parent)
    : QDialog(parent), m_log(new QTableWidget(this))
{
    const domain::Task &t = row.task;
    setWindowTitle(t.isSection() ? tr("Đề mục %1").arg(t.number)
                                 : tr("Nhiệm vụ %1").arg(t.number));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    const auto add = [&](const QString &label, const QString &value) {
        m_fields.append({label, value});
        auto *text = new QLabel(value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")), this);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setFocusPolicy(Qt::StrongFocus); // Tab walks through the fields, to copy from
        form->addRow(label + u':', text);
    };
    add(tr("STT"), t.number);
    if (!sectionName.isEmpty())
        add(tr("Thuộc"), sectionName);
    add(tr("Nội dung"), t.content);
    if (!t.isSection()) {
        const QLocale locale;
        add(tr("Đơn vị chủ trì"), orDash(row.leadUnitName));
        add(tr("Đơn vị phối hợp"), orDash(row.partnerNames.join(QStringLiteral("; "))));
        add(tr("Người phụ trách"), orDash(row.responsibleName));
        add(tr("Thời hạn"), orDash(periodText(t.period)));
        add(tr("Hạn chót"), orDash(domain::shortDate(t.deadline())));
        add(tr("Sản phẩm"), orDash(t.product));
        add(tr("Trạng thái"), taskStatusText(t.status));
        add(tr("Tiến độ"), QStringLiteral("%1%").arg(locale.toString(t.progress)));
        add(tr("Tình trạng"), timelinessText(row.timeliness));
        if (t.completedOn.isValid())
            add(tr("Ngày hoàn thành"), domain::shortDate(t.completedOn));
        add(tr("Nguồn"), orDash(t.sourceRef));
    }
    add(tr("Ghi chú"), orDash(t.notes));

    if (!t.isSection()) {
        auto *caption = new QLabel(this);
        layout->addWidget(caption);
        m_log->setObjectName(QStringLiteral("logTable"));
        m_log->setWordWrap(true);
        showProgressLog(m_log, caption, log);
        m_log->resizeRowsToContents();
        layout->addWidget(m_log, 1);
    } else {
        m_log->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Đó&ng"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);
}

QString TaskDetailsDialog::value(const QString &label) const
{
    for (const auto &[name, value] : m_fields) {
        if (name == label)
            return value;
    }
    return {};
}

} // namespace thuky::ui
