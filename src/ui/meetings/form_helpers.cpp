#include "meetings/form_helpers.h"

#include "common/date_field.h"
#include "common/days_off.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace thuky::ui {

namespace {

QString personText(const domain::Person &person)
{
    return person.position.isEmpty()
               ? person.fullName
               : QStringLiteral("%1 (%2)").arg(person.fullName, person.position);
}

} // namespace

DateField *makeDateField(const domain::WorkingDays &days, QWidget *parent)
{
    auto *field = new DateField(parent);
    field->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    field->setCalendarPopup(true);
    shadeDaysOff(field->calendarWidget(), days);
    return field;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

void fillAgencies(QComboBox *combo, const QList<domain::Agency> &agencies, domain::Id current,
                  const QString &none)
{
    combo->clear();
    if (!none.isEmpty())
        combo->addItem(none, qint64(0));
    for (const domain::Agency &agency : agencies) {
        if (agency.active || agency.id == current)
            combo->addItem(agency.name, qint64(agency.id));
    }
    selectData(combo, qint64(current));
}

void fillPeople(QComboBox *combo, const QList<domain::Person> &people, domain::Id current,
                const QString &none)
{
    combo->clear();
    combo->addItem(none, qint64(0));
    for (const domain::Person &person : people) {
        if (person.active || person.id == current)
            combo->addItem(personText(person), qint64(person.id));
    }
    selectData(combo, qint64(current));
}

void fillInviteeChoices(QComboBox *combo, const QList<domain::Agency> &agencies,
                        const QList<domain::Person> &people)
{
    combo->setEditable(true); // a few letters find the name
    combo->setInsertPolicy(QComboBox::NoInsert);
    // Agencies by their id, people by the negative of theirs.
    for (const domain::Agency &agency : agencies) {
        if (agency.active)
            combo->addItem(agency.name, qint64(agency.id));
    }
    for (const domain::Person &person : people) {
        if (person.active)
            combo->addItem(personText(person), -qint64(person.id));
    }
}

domain::Invitee chosenInvitee(const QComboBox *combo)
{
    const qint64 chosen = combo->currentIndex() >= 0 ? combo->currentData().toLongLong() : 0;
    domain::Invitee invitee;
    invitee.agencyId = chosen > 0 ? chosen : 0;
    invitee.personId = chosen < 0 ? -chosen : 0;
    return invitee;
}

QString inviteeName(const domain::Invitee &invitee, const QList<domain::Agency> &agencies,
                    const QList<domain::Person> &people)
{
    for (const domain::Agency &agency : agencies) {
        if (invitee.agencyId != 0 && agency.id == invitee.agencyId)
            return agency.name;
    }
    for (const domain::Person &person : people) {
        if (invitee.personId != 0 && person.id == invitee.personId)
            return personText(person);
    }
    return {};
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828"));
    label->hide();
    return label;
}

bool showInvalid(QLabel *label, const Result<void> &checked)
{
    if (checked)
        return false;
    label->setText(checked.error().message.vi);
    label->show();
    return true;
}

QDialogButtonBox *saveCancelButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(QCoreApplication::translate("MeetingForms", "&Lưu"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setText(QCoreApplication::translate("MeetingForms", "&Hủy"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace thuky::ui
