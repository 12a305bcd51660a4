#include "programme/report_dialog.h"

#include "programme/ui_report_dialog.h"

#include "programme/report_cutoff_command.h"

#include "thuky/domain/vietnamese.h"

#include <QPushButton>

namespace thuky::ui {

using domain::ReportPeriod;
using domain::ReportPeriodKind;

ReportDialog::ReportDialog(int year, const QDate &today, int officeCutoff, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportDialog>()), m_year(year), m_today(today),
      m_officeCutoff(officeCutoff)
{
    m_ui->setupUi(this);
    m_ui->cutoffSpin->setValue(officeCutoff);
    m_ui->kindCombo->addItem(tr("Báo cáo tháng"), int(ReportPeriodKind::Month));
    m_ui->kindCombo->addItem(tr("Báo cáo quý"), int(ReportPeriodKind::Quarter));
    m_ui->kindCombo->addItem(tr("Báo cáo 6 tháng"), int(ReportPeriodKind::Half));
    m_ui->kindCombo->addItem(tr("Báo cáo 9 tháng"), int(ReportPeriodKind::NineMonths));
    m_ui->kindCombo->addItem(tr("Báo cáo năm"), int(ReportPeriodKind::Year));
    m_ui->formatCombo->addItem(tr("Văn bản Word (.docx)"), int(Format::Docx));
    m_ui->formatCombo->addItem(tr("PDF (.pdf)"), int(Format::Pdf));
    m_ui->formatCombo->addItem(tr("Bảng số liệu Excel (.xlsx)"), int(Format::Xlsx));
    m_ui->cutoffSpin->setToolTip(
        tr("Kỳ báo cáo kết thúc vào ngày này của tháng cuối kỳ và bắt đầu ngay sau kỳ trước"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Lập báo cáo…"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ReportDialog::fillNumbers);
    connect(m_ui->numberCombo, &QComboBox::currentIndexChanged, this, &ReportDialog::showRange);
    connect(m_ui->cutoffSpin, &QSpinBox::valueChanged, this, &ReportDialog::fillNumbers);
    connect(m_ui->cutoffSpin, &QSpinBox::valueChanged, this, &ReportDialog::updateSaveButton);
    connect(m_ui->saveCutoffButton, &QPushButton::clicked, this, &ReportDialog::saveCutoff);
    updateSaveButton();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillNumbers();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::fillNumbers()
{
    const auto kind = ReportPeriodKind(m_ui->kindCombo->currentData().toInt());
    const int cutoff = m_ui->cutoffSpin->value();
    const QSignalBlocker blocker(m_ui->numberCombo);
    m_ui->numberCombo->clear();
    const int count = domain::reportPeriodCount(kind);
    int chosen = 1; // the last period ended by today: the report due now
    for (int n = 1; n <= count; ++n) {
        auto p = ReportPeriod::make(kind, m_year, n, cutoff);
        if (!p)
            continue;
        m_ui->numberCombo->addItem(p->label(Lang::Vi), n);
        if (p->to < m_today)
            chosen = n;
    }
    m_ui->numberCombo->setCurrentIndex(m_ui->numberCombo->findData(chosen));
    m_ui->numberCombo->setEnabled(count > 1);
    showRange();
}

void ReportDialog::showRange()
{
    const ReportPeriod p = period();
    m_ui->rangeLabel->setText(
        tr("Từ ngày %1 đến ngày %2").arg(domain::shortDate(p.from), domain::shortDate(p.to)));
}

ReportPeriod ReportDialog::period() const
{
    const auto kind = ReportPeriodKind(m_ui->kindCombo->currentData().toInt());
    auto p = ReportPeriod::make(kind, m_year, std::max(1, m_ui->numberCombo->currentData().toInt()),
                                m_ui->cutoffSpin->value());
    return p ? *p : ReportPeriod{};
}

ReportDialog::Format ReportDialog::format() const
{
    return Format(m_ui->formatCombo->currentData().toInt());
}

QString ReportDialog::suffix() const
{
    switch (format()) {
    case Format::Docx:
        return QStringLiteral("docx");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    }
    return QStringLiteral("docx");
}

void ReportDialog::setKind(ReportPeriodKind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
}

void ReportDialog::setNumber(int n)
{
    m_ui->numberCombo->setCurrentIndex(m_ui->numberCombo->findData(n));
}

void ReportDialog::setFormat(Format format)
{
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(format)));
}

void ReportDialog::setCutoffDay(int day)
{
    m_ui->cutoffSpin->setValue(day);
}

void ReportDialog::setCutoffSaver(SaveCutoff save, const QString &refusal)
{
    m_saveCutoff = std::move(save);
    m_refusal = refusal;
    updateSaveButton();
}

bool ReportDialog::saveCutoff()
{
    const int day = m_ui->cutoffSpin->value();
    if (!m_saveCutoff || !m_refusal.isEmpty() || day == m_officeCutoff || !m_saveCutoff(day))
        return false;
    m_officeCutoff = day;
    updateSaveButton();
    return true;
}

void ReportDialog::updateSaveButton()
{
    QPushButton *button = m_ui->saveCutoffButton;
    button->setVisible(bool(m_saveCutoff));
    button->setEnabled(m_refusal.isEmpty() && m_ui->cutoffSpin->value() != m_officeCutoff);
    const QString office = cutoffDayText(m_officeCutoff);
    button->setToolTip(m_refusal.isEmpty()
                           ? tr("Dùng ngày chốt này cho mọi báo cáo định kỳ của Vụ, trên mọi máy "
                                "và ở dòng lệnh (hiện là %1)")
                                 .arg(office)
                           : m_refusal);
}

} // namespace thuky::ui
