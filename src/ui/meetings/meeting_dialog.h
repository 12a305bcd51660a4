#pragma once
// MeetingDialog: the form of a Standing Committee meeting (new or edited): term and number,
// kind, status, its phases (đợt) with their days, reserve days, venue, chair and notes.

#include "thuky/domain/meeting.h"
#include "thuky/domain/working_days.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

namespace thuky::ui {

class DateField;

/// What the form offers to choose from.
struct MeetingDialogChoices
{
    QList<domain::Term> terms;
    QList<domain::Person> people;
    domain::WorkingDays workingDays;
};

class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingDialog(MeetingDialogChoices choices, QWidget *parent = nullptr);

    /// Fills the form; a meeting without id is a new one ("Thêm phiên họp").
    void setMeeting(const domain::Meeting &meeting);
    domain::Meeting meeting() const;

    QSpinBox *numberBox() const { return m_number; }
    /// The first day of the first phase.
    DateField *firstDayField() const;
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    void addPhase(const domain::MeetingPhase &phase);
    void addReserveDay();

    MeetingDialogChoices m_choices;
    domain::Meeting m_meeting;
    QComboBox *m_term;
    QSpinBox *m_number;
    QComboBox *m_kind;
    QComboBox *m_status;
    QVBoxLayout *m_phaseRows;
    QList<std::pair<DateField *, DateField *>> m_phases;
    QListWidget *m_reserve;
    DateField *m_reserveField;
    QLineEdit *m_venue;
    QComboBox *m_chair;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
};

} // namespace thuky::ui
