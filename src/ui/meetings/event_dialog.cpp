#include "meetings/event_dialog.h"

#include "common/date_field.h"
#include "meetings/form_helpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeEdit>

namespace thuky::ui {

EventDialog::EventDialog(const domain::WorkingDays &days, QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_startDay(makeDateField(days, this)), m_startTime(new QTimeEdit(this)),
      m_endDay(makeDateField(days, this)), m_endTime(new QTimeEdit(this)),
      m_venue(new QLineEdit(this)), m_notes(new QPlainTextEdit(this)), m_error(makeErrorLabel(this))
{
    fillChoices(m_kind, domain::kAllEventKinds, [](auto v) { return domain::eventKindLabel(v); });
    m_startTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_endTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_notes->setMaximumHeight(3 * fontMetrics().height() + 12);
    m_notes->setTabChangesFocus(true);
    // A later start pulls the end along.
    connect(m_startDay, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_endDay->date() < date)
            m_endDay->setDate(date);
    });

    const auto row = [this](QWidget *day, QWidget *time) {
        auto *layout = new QHBoxLayout;
        layout->addWidget(day);
        layout->addWidget(new QLabel(tr("lúc"), this));
        layout->addWidget(time);
        layout->addStretch();
        return layout;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Tên sự kiện:"), m_title);
    form->addRow(tr("L&oại:"), m_kind);
    // A row holding a layout gets no buddy of its own: the labels name their day fields.
    auto *startLabel = new QLabel(tr("&Bắt đầu:"), this);
    startLabel->setBuddy(m_startDay);
    auto *endLabel = new QLabel(tr("&Kết thúc:"), this);
    endLabel->setBuddy(m_endDay);
    form->addRow(startLabel, row(m_startDay, m_startTime));
    form->addRow(endLabel, row(m_endDay, m_endTime));
    form->addRow(tr("Địa điể&m:"), m_venue);
    form->addRow(tr("&Ghi chú:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(saveCancelButtons(this));
    setMinimumWidth(520);
}

void EventDialog::setEvent(const domain::MeetingEvent &event)
{
    m_event = event;
    setWindowTitle(event.id == 0 ? tr("Thêm sự kiện") : tr("Sửa sự kiện"));
    m_title->setText(event.title);
    selectData(m_kind, int(event.kind));
    m_startDay->setDate(event.startDay);
    m_startTime->setTime(event.startTime);
    m_endDay->setDate(event.endDay);
    m_endTime->setTime(event.endTime);
    m_venue->setText(event.venue);
    m_notes->setPlainText(event.notes);
}

domain::MeetingEvent EventDialog::event() const
{
    domain::MeetingEvent e = m_event;
    e.title = m_title->text().simplified();
    e.kind = domain::EventKind(m_kind->currentData().toInt());
    e.startDay = m_startDay->date();
    e.startTime = m_startTime->time();
    e.endDay = m_endDay->date();
    e.endTime = m_endTime->time();
    e.venue = m_venue->text().trimmed();
    e.notes = m_notes->toPlainText().trimmed();
    return e;
}

void EventDialog::accept()
{
    if (showInvalid(m_error, domain::validateEvent(event())))
        return;
    QDialog::accept();
}

} // namespace thuky::ui
