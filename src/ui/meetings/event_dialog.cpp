#include "meetings/event_dialog.h"

#include "common/date_field.h"
#include "meetings/form_helpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>

namespace thuky::ui {

EventDialog::EventDialog(const domain::WorkingDays &days, QList<domain::Agency> agencies,
                         QList<domain::Person> people, QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_startDay(makeDateField(days, this)), m_startTime(new QTimeEdit(this)),
      m_endDay(makeDateField(days, this)), m_endTime(new QTimeEdit(this)),
      m_venue(new QLineEdit(this)), m_notes(new QPlainTextEdit(this)),
      m_participant(new QComboBox(this)), m_participants(new QListWidget(this)),
      m_error(makeErrorLabel(this)), m_agencies(std::move(agencies)), m_people(std::move(people))
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
    // Who takes part: the people and agencies a conflict check looks for.
    fillInviteeChoices(m_participant, m_agencies, m_people);
    m_participant->setCurrentIndex(-1);
    auto *add = new QPushButton(tr("Thêm"), this);
    auto *remove = new QPushButton(tr("Bỏ"), this);
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_participant, 1);
    chooser->addWidget(add);
    chooser->addWidget(remove);
    auto *participantLabel = new QLabel(tr("Thành &phần:"), this);
    participantLabel->setBuddy(m_participant);
    form->addRow(participantLabel, chooser);
    m_participants->setMaximumHeight(4 * fontMetrics().height() + 10);
    form->addRow(QString(), m_participants);
    connect(add, &QPushButton::clicked, this, &EventDialog::addParticipant);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_participants->currentItem(); });
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
    m_participants->clear();
    for (const domain::Invitee &participant : event.participants) {
        auto *item =
            new QListWidgetItem(inviteeName(participant, m_agencies, m_people), m_participants);
        item->setData(Qt::UserRole, qint64(participant.agencyId));
        item->setData(Qt::UserRole + 1, qint64(participant.personId));
    }
}

void EventDialog::addParticipant()
{
    if (m_participant->currentIndex() < 0)
        return;
    const domain::Invitee chosen = chosenInvitee(m_participant);
    for (int i = 0; i < m_participants->count(); ++i) {
        const QListWidgetItem *item = m_participants->item(i);
        if (item->data(Qt::UserRole).toLongLong() == chosen.agencyId &&
            item->data(Qt::UserRole + 1).toLongLong() == chosen.personId)
            return;
    }
    auto *item = new QListWidgetItem(m_participant->currentText(), m_participants);
    item->setData(Qt::UserRole, qint64(chosen.agencyId));
    item->setData(Qt::UserRole + 1, qint64(chosen.personId));
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
    e.participants.clear();
    for (int i = 0; i < m_participants->count(); ++i) {
        domain::Invitee participant;
        participant.agencyId = m_participants->item(i)->data(Qt::UserRole).toLongLong();
        participant.personId = m_participants->item(i)->data(Qt::UserRole + 1).toLongLong();
        e.participants.append(participant);
    }
    return e;
}

void EventDialog::accept()
{
    if (showInvalid(m_error, domain::validateEvent(event())))
        return;
    QDialog::accept();
}

} // namespace thuky::ui
