#include "catalogues/person_dialog.h"

#include "ui_person_dialog.h"

#include "catalogues/unit_combo.h"

#include <QPushButton>

namespace thuky::ui {

PersonDialog::PersonDialog(const QList<domain::Agency> &units, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PersonDialog>()), m_units(units)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Lưu"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));

    m_errors.addField(QStringLiteral("fullName"), m_ui->nameEdit, m_ui->nameError);
    m_errors.addField(QStringLiteral("unit"), m_ui->unitCombo, m_ui->unitError);
    m_errors.addField(QStringLiteral("email"), m_ui->emailEdit, m_ui->emailError);
    m_errors.addField(QStringLiteral("phone"), m_ui->phoneEdit, m_ui->phoneError);
    m_errors.setGeneralLabel(m_ui->generalError);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    setPerson(domain::Person{});
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::setPerson(const domain::Person &person)
{
    m_original = person;
    m_errors.clear();
    setWindowTitle(person.id ? tr("Sửa cán bộ") : tr("Thêm cán bộ"));
    m_ui->nameEdit->setText(person.fullName);
    m_ui->positionEdit->setText(person.position);
    fillUnitCombo(m_ui->unitCombo, m_units, tr("(chưa có đơn vị)"), person.unitId);
    m_ui->emailEdit->setText(person.email);
    m_ui->phoneEdit->setText(person.phone);
    m_ui->activeCheck->setChecked(person.active);
}

domain::Person PersonDialog::person() const
{
    domain::Person p = m_original;
    p.fullName = m_ui->nameEdit->text().trimmed();
    p.position = m_ui->positionEdit->text().trimmed();
    p.unitId = m_ui->unitCombo->currentData().toLongLong();
    p.email = m_ui->emailEdit->text().trimmed();
    p.phone = m_ui->phoneEdit->text().trimmed();
    p.active = m_ui->activeCheck->isChecked();
    return p;
}

void PersonDialog::accept()
{
    m_errors.clear();
    if (m_commit && m_errors.failed(m_commit(person())))
        return;
    QDialog::accept();
}

} // namespace thuky::ui
