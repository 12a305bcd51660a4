#include "meetings/content_dialog.h"

#include "common/date_field.h"
#include "meetings/form_helpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace thuky::ui {

ContentDialog::ContentDialog(const QList<domain::Agency> &agencies, const domain::WorkingDays &days,
                             QWidget *parent)
    : QDialog(parent), m_title(new QPlainTextEdit(this)), m_category(new QComboBox(this)),
      m_presenting(new QComboBox(this)), m_reviewing(new QComboBox(this)),
      m_hasDay(new QCheckBox(tr("Ngày dự kiến:"), this)), m_day(makeDateField(days, this)),
      m_halfDay(new QComboBox(this)), m_handling(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_inPlan(new QCheckBox(tr("Có trong kế hoạch năm (bỏ chọn: nội dung bổ sung)"), this)),
      m_documentsBox(new QGroupBox(tr("Tài liệu cần gửi"), this)),
      m_submission(new QCheckBox(tr("Tờ trình (cơ quan trình gửi)"), this)),
      m_review(new QCheckBox(tr("Báo cáo thẩm tra (cơ quan thẩm tra gửi)"), this)),
      m_draft(new QCheckBox(tr("Dự thảo (cơ quan trình gửi)"), this)),
      m_error(makeErrorLabel(this)), m_agencies(agencies)
{
    m_title->setMaximumHeight(3 * fontMetrics().height() + 12);
    m_title->setTabChangesFocus(true);
    fillChoices(m_category, domain::kAllContentCategories,
                [](auto v) { return domain::contentCategoryLabel(v); });
    fillChoices(m_halfDay, domain::kAllHalfDays, [](auto v) { return domain::halfDayLabel(v); });
    m_halfDay->insertItem(0, tr("(cả ngày)"), -1);
    fillChoices(m_handling, domain::kAllContentHandlings,
                [](auto v) { return domain::contentHandlingLabel(v); });
    fillChoices(m_status, domain::kAllContentStatuses,
                [](auto v) { return domain::contentStatusLabel(v); });
    m_submission->setChecked(true);
    m_review->setChecked(true);
    m_draft->setChecked(true);
    auto *documentsLayout = new QVBoxLayout(m_documentsBox);
    documentsLayout->addWidget(m_submission);
    documentsLayout->addWidget(m_review);
    documentsLayout->addWidget(m_draft);
    // A review report needs a reviewing agency.
    connect(m_reviewing, &QComboBox::currentIndexChanged, this,
            [this] { m_review->setEnabled(m_reviewing->currentData().toLongLong() != 0); });

    auto *dayRow = new QHBoxLayout;
    dayRow->addWidget(m_day);
    dayRow->addWidget(m_halfDay);
    dayRow->addStretch();
    connect(m_hasDay, &QCheckBox::toggled, m_day, &QWidget::setEnabled);
    connect(m_hasDay, &QCheckBox::toggled, m_halfDay, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Nội dung:"), m_title);
    form->addRow(tr("Lĩnh &vực:"), m_category);
    form->addRow(tr("&Cơ quan trình:"), m_presenting);
    form->addRow(tr("Cơ &quan thẩm tra:"), m_reviewing);
    form->addRow(m_hasDay, dayRow);
    form->addRow(tr("Hình &thức:"), m_handling);
    form->addRow(tr("Trạn&g thái:"), m_status);
    form->addRow(QString(), m_inPlan);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_documentsBox);
    layout->addWidget(m_error);
    layout->addWidget(saveCancelButtons(this));
    setMinimumWidth(600);
}

void ContentDialog::setMeetingDay(const QDate &day)
{
    m_meetingDay = day;
}

void ContentDialog::setContent(const domain::MeetingContent &content)
{
    m_content = content;
    setWindowTitle(content.id == 0 ? tr("Thêm nội dung") : tr("Sửa nội dung"));
    m_title->setPlainText(content.title);
    selectData(m_category, int(content.category));
    fillAgencies(m_presenting, m_agencies, content.presentingAgencyId, tr("(chọn cơ quan trình)"));
    fillAgencies(m_reviewing, m_agencies, content.reviewingAgencyId, tr("(không có)"));
    m_hasDay->setChecked(content.plannedDay.isValid());
    m_day->setEnabled(content.plannedDay.isValid());
    m_halfDay->setEnabled(content.plannedDay.isValid());
    // Without a planned day the field waits on the meeting's first day, ready to be ticked.
    m_day->setDate(content.plannedDay.isValid() ? content.plannedDay : m_meetingDay);
    selectData(m_halfDay, content.halfDay ? int(*content.halfDay) : -1);
    selectData(m_handling, int(content.handling));
    selectData(m_status, int(content.status));
    m_inPlan->setChecked(content.inYearlyPlan);
    m_documentsBox->setVisible(content.id == 0);
    m_review->setEnabled(content.reviewingAgencyId != 0);
}

void ContentDialog::accept()
{
    if (showInvalid(m_error, domain::validateContent(content())))
        return;
    QDialog::accept();
}

domain::MeetingContent ContentDialog::content() const
{
    domain::MeetingContent c = m_content;
    c.title = m_title->toPlainText().simplified();
    c.category = domain::ContentCategory(m_category->currentData().toInt());
    c.presentingAgencyId = m_presenting->currentData().toLongLong();
    c.reviewingAgencyId = m_reviewing->currentData().toLongLong();
    c.plannedDay = m_hasDay->isChecked() ? m_day->date() : QDate();
    const int half = m_halfDay->currentData().toInt();
    c.halfDay =
        c.plannedDay.isValid() && half >= 0 ? std::optional(domain::HalfDay(half)) : std::nullopt;
    c.handling = domain::ContentHandling(m_handling->currentData().toInt());
    c.status = domain::ContentStatus(m_status->currentData().toInt());
    c.inYearlyPlan = m_inPlan->isChecked();
    return c;
}

QList<domain::RequiredDocument> ContentDialog::documents() const
{
    QList<domain::RequiredDocument> documents;
    if (m_content.id != 0)
        return documents;
    const domain::MeetingContent c = content();
    const auto require = [&](QCheckBox *box, domain::DocumentKind kind, domain::Id agency) {
        if (box->isChecked() && box->isEnabled() && agency != 0) {
            domain::RequiredDocument d;
            d.kind = kind;
            d.responsibleAgencyId = agency;
            documents.append(d);
        }
    };
    require(m_submission, domain::DocumentKind::Submission, c.presentingAgencyId);
    require(m_review, domain::DocumentKind::ReviewReport, c.reviewingAgencyId);
    require(m_draft, domain::DocumentKind::Draft, c.presentingAgencyId);
    return documents;
}

std::optional<QDate> askDate(QWidget *parent, const QString &title, const QString &label,
                             const QDate &initial, const domain::WorkingDays &days,
                             const QDate &maximum)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *field = makeDateField(days, &dialog);
    field->setDate(initial);
    if (maximum.isValid())
        field->setMaximumDate(maximum);
    auto *form = new QFormLayout;
    form->addRow(label, field);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(saveCancelButtons(&dialog));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return field->date();
}

} // namespace thuky::ui
