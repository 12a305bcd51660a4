#include "sessions/session_matter_dialog.h"

#include "ui_session_matter_dialog.h"

#include "common/translations.h"
#include "meetings/form_helpers.h"
#include "sessions/session_item_dialog.h"

#include <QPushButton>

namespace thuky::ui {

SessionMatterDialog::SessionMatterDialog(const QList<domain::Agency> &agencies, int term,
                                         QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SessionMatterDialog>()), m_term(term)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Lưu"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const Lang lang = uiLanguage();
    fillChoices(m_ui->kindCombo, domain::kAllMatterKinds,
                [lang](auto v) { return domain::matterKindLabel(v, lang); });
    fillChoices(m_ui->procedureCombo, domain::kAllMatterProcedures,
                [lang](auto v) { return domain::matterProcedureLabel(v, lang); });
    const QString none = tr("— Chưa xác định —");
    fillAgencies(m_ui->presentingCombo, agencies, 0, none);
    fillAgencies(m_ui->reviewingCombo, agencies, 0, none);
    makeSearchable(m_ui->presentingCombo);
    makeSearchable(m_ui->reviewingCombo);
}

SessionMatterDialog::~SessionMatterDialog() = default;

domain::Matter SessionMatterDialog::matter() const
{
    domain::Matter m;
    m.term = m_term;
    m.title = m_ui->titleEdit->text().simplified();
    m.kind = domain::MatterKind(m_ui->kindCombo->currentData().toInt());
    m.procedure = domain::MatterProcedure(m_ui->procedureCombo->currentData().toInt());
    m.presentingAgencyId = m_ui->presentingCombo->currentData().toLongLong();
    m.reviewingAgencyId = m_ui->reviewingCombo->currentData().toLongLong();
    return m;
}

void SessionMatterDialog::accept()
{
    if (showInvalid(m_ui->errorLabel, domain::validateMatter(matter()))) {
        m_ui->titleEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace thuky::ui
