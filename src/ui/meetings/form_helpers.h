#pragma once
// Small pieces the calendar's forms share: a date field with days off shaded, combo boxes of
// a domain enum's labels and of the catalogues' agencies and people.

#include "thuky/core/result.h"
#include "thuky/domain/meeting.h"
#include "thuky/domain/reference.h"
#include "thuky/domain/working_days.h"

#include <QComboBox>

class QDialog;
class QLabel;
class QDialogButtonBox;

namespace thuky::ui {

class DateField;

/// A DateField (dd/MM/yyyy, calendar popup) whose popup shades the days off.
DateField *makeDateField(const domain::WorkingDays &days, QWidget *parent);

/// Fills `combo` with `label(value)` for each value, the value as int data.
template <typename Values, typename Label>
void fillChoices(QComboBox *combo, const Values &values, Label label)
{
    for (const auto value : values)
        combo->addItem(label(value), int(value));
}
/// Selects the item whose data is `value`.
void selectData(QComboBox *combo, const QVariant &value);

/// Active agencies by name (and `current` even if inactive); `none`: a first item for "none".
void fillAgencies(QComboBox *combo, const QList<domain::Agency> &agencies, domain::Id current,
                  const QString &none = {});
void fillPeople(QComboBox *combo, const QList<domain::Person> &people, domain::Id current,
                const QString &none);

/// Active agencies, then active people, for choosing an invitee or a participant.
void fillInviteeChoices(QComboBox *combo, const QList<domain::Agency> &agencies,
                        const QList<domain::Person> &people);
/// The invitee chosen in a combo filled by fillInviteeChoices().
domain::Invitee chosenInvitee(const QComboBox *combo);
/// The name of an agency or person, as fillInviteeChoices() shows it.
QString inviteeName(const domain::Invitee &invitee, const QList<domain::Agency> &agencies,
                    const QList<domain::Person> &people);
/// The red line under a form that says what is wrong with it; hidden until then.
QLabel *makeErrorLabel(QWidget *parent);
/// Shows the error of `checked` in `label`; true when there was one.
bool showInvalid(QLabel *label, const Result<void> &checked);
/// Lưu and Hủy, wired to the dialog's accept() and reject().
QDialogButtonBox *saveCancelButtons(QDialog *dialog);

} // namespace thuky::ui
