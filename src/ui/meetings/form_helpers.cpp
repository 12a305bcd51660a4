#include "meetings/form_helpers.h"

#include "common/date_field.h"
#include "common/days_off.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace thuky::ui {

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
            combo->addItem(person.position.isEmpty()
                               ? person.fullName
                               : QStringLiteral("%1 (%2)").arg(person.fullName, person.position),
                           qint64(person.id));
    }
    selectData(combo, qint64(current));
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
