#pragma once
// EventDialog: the form of another event of the calendar (hội nghị, làm việc, đoàn công tác):
// title, kind, when it starts and ends, venue, notes.

#include "thuky/domain/meeting.h"
#include "thuky/domain/working_days.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimeEdit;

namespace thuky::ui {

class DateField;

class EventDialog : public QDialog
{
    Q_OBJECT

public:
    /// `agencies` and `people`: whom the event can take (participants).
    EventDialog(const domain::WorkingDays &days, QList<domain::Agency> agencies,
                QList<domain::Person> people, QWidget *parent = nullptr);

    void setEvent(const domain::MeetingEvent &event);
    domain::MeetingEvent event() const;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *participantBox() const { return m_participant; }
    QListWidget *participantList() const { return m_participants; }
    /// Adds the one chosen in participantBox().
    void addParticipant();

    void accept() override;

private:
    domain::MeetingEvent m_event;
    QLineEdit *m_title;
    QComboBox *m_kind;
    DateField *m_startDay;
    QTimeEdit *m_startTime;
    DateField *m_endDay;
    QTimeEdit *m_endTime;
    QLineEdit *m_venue;
    QPlainTextEdit *m_notes;
    QComboBox *m_participant;
    QListWidget *m_participants;
    QLabel *m_error;
    QList<domain::Agency> m_agencies;
    QList<domain::Person> m_people;
};

} // namespace thuky::ui
