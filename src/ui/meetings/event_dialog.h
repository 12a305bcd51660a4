#pragma once
// EventDialog: the form of another event of the calendar (hội nghị, làm việc, đoàn công tác):
// title, kind, when it starts and ends, venue, notes.

#include "thuky/domain/meeting.h"
#include "thuky/domain/working_days.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace thuky::ui {

class DateField;

class EventDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EventDialog(const domain::WorkingDays &days, QWidget *parent = nullptr);

    void setEvent(const domain::MeetingEvent &event);
    domain::MeetingEvent event() const;

    QLineEdit *titleEdit() const { return m_title; }

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
    QLabel *m_error;
};

} // namespace thuky::ui
