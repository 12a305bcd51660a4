#include "catalogues/agency_dialog.h"

#include "ui_agency_dialog.h"

#include "catalogues/unit_combo.h"

#include <QPushButton>

namespace thuky::ui {

AgencyDialog::AgencyDialog(const QList<domain::Agency> &units, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AgencyDialog>()), m_units(units)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Lưu"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    for (int i = 0; i <= int(domain::AgencyKind::Other); ++i)
        m_ui->kindCombo->addItem(domain::agencyKindLabel(domain::AgencyKind(i)), i);

    m_errors.addField(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameError);
    m_errors.addField(QStringLiteral("shortName"), m_ui->shortNameEdit, m_ui->shortNameError);
    m_errors.addField(QStringLiteral("parent"), m_ui->parentCombo, m_ui->parentError);
    m_errors.setGeneralLabel(m_ui->generalError);
    m_errors.setFallback(ErrorCode::Duplicate, QStringLiteral("name"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AgencyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AgencyDialog::reject);
    setAgency(domain::Agency{});
}

AgencyDialog::~AgencyDialog() = default;

void AgencyDialog::setAgency(const domain::Agency &agency, const QList<domain::Id> &excluded)
{
    m_original = agency;
    m_errors.clear();
    setWindowTitle(agency.id ? tr("Sửa cơ quan, đơn vị") : tr("Thêm cơ quan, đơn vị"));
    m_ui->nameEdit->setText(agency.name);
    m_ui->shortNameEdit->setText(agency.shortName);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(agency.kind)));
    fillUnitCombo(m_ui->parentCombo, m_units, tr("(không trực thuộc đơn vị nào)"), agency.parentId,
                  excluded);
    m_ui->activeCheck->setChecked(agency.active);
}

domain::Agency AgencyDialog::agency() const
{
    domain::Agency a = m_original;
    a.name = m_ui->nameEdit->text().trimmed();
    a.shortName = m_ui->shortNameEdit->text().trimmed();
    a.kind = domain::AgencyKind(m_ui->kindCombo->currentData().toInt());
    a.parentId = m_ui->parentCombo->currentData().toLongLong();
    a.active = m_ui->activeCheck->isChecked();
    return a;
}

void AgencyDialog::accept()
{
    m_errors.clear();
    if (m_commit && m_errors.failed(m_commit(agency())))
        return;
    QDialog::accept();
}

} // namespace thuky::ui
