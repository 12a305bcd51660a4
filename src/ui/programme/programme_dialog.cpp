#include "programme/programme_dialog.h"

#include "common/display_text.h"

#include "ui_programme_dialog.h"

#include "thuky/domain/vietnamese.h"

#include <QPushButton>

#include <algorithm>

namespace thuky::ui {

ProgrammeDialog::ProgrammeDialog(const QList<domain::Agency> &owners, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProgrammeDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Tạo chương trình"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));

    QList<domain::Agency> sorted = owners;
    std::sort(sorted.begin(), sorted.end(), [](const domain::Agency &a, const domain::Agency &b) {
        return domain::compareVi(a.name, b.name) < 0;
    });
    for (const domain::Agency &a : std::as_const(sorted))
        m_ui->ownerCombo->addItem(a.name, qint64(a.id));
    for (const auto s : {domain::ProgrammeStatus::Draft, domain::ProgrammeStatus::Adopted,
                         domain::ProgrammeStatus::Closed})
        m_ui->statusCombo->addItem(programmeStatusText(s), int(s));

    m_errors.addField(QStringLiteral("year"), m_ui->yearSpin, m_ui->yearError);
    m_errors.addField(QStringLiteral("owner"), m_ui->ownerCombo, m_ui->ownerError);
    m_errors.addField(QStringLiteral("title"), m_ui->titleEdit, m_ui->titleError);
    m_errors.setGeneralLabel(m_ui->generalError);
    // The one clash possible: this body already has a programme that year.
    m_errors.setFallback(ErrorCode::Duplicate, QStringLiteral("year"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProgrammeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProgrammeDialog::reject);
    connect(m_ui->adoptedCheck, &QCheckBox::toggled, m_ui->adoptedEdit, &QWidget::setEnabled);
    connect(m_ui->adoptedCheck, &QCheckBox::toggled, this, [this](bool adopted) {
        // Adopting is what the date records; keep the two in step when the user ticks it.
        if (adopted &&
            m_ui->statusCombo->currentData().toInt() == int(domain::ProgrammeStatus::Draft))
            m_ui->statusCombo->setCurrentIndex(
                m_ui->statusCombo->findData(int(domain::ProgrammeStatus::Adopted)));
    });
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this] { m_titleTyped = true; });
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &ProgrammeDialog::suggestTitle);
    connect(m_ui->ownerCombo, &QComboBox::currentIndexChanged, this,
            &ProgrammeDialog::suggestTitle);

    domain::Programme fresh;
    fresh.year = QDate::currentDate().year();
    setProgramme(fresh);
}

ProgrammeDialog::~ProgrammeDialog() = default;

void ProgrammeDialog::setProgramme(const domain::Programme &p)
{
    m_original = p;
    m_errors.clear();
    m_titleTyped = !p.title.isEmpty();
    m_ui->yearSpin->setValue(p.year);
    const int owner = m_ui->ownerCombo->findData(qint64(p.ownerUnitId));
    if (owner >= 0)
        m_ui->ownerCombo->setCurrentIndex(owner);
    m_ui->titleEdit->setText(p.title);
    m_ui->adoptedCheck->setChecked(p.adoptedOn.isValid());
    m_ui->adoptedEdit->setDate(p.adoptedOn.isValid() ? p.adoptedOn : QDate(p.year - 1, 12, 31));
    m_ui->statusCombo->setCurrentIndex(std::max(m_ui->statusCombo->findData(int(p.status)), 0));
    suggestTitle();
}

domain::Programme ProgrammeDialog::programme() const
{
    domain::Programme p = m_original;
    p.year = m_ui->yearSpin->value();
    p.ownerUnitId = m_ui->ownerCombo->currentData().toLongLong();
    p.title = m_ui->titleEdit->text().trimmed();
    p.adoptedOn = m_ui->adoptedCheck->isChecked() ? m_ui->adoptedEdit->date() : QDate();
    p.status = domain::ProgrammeStatus(m_ui->statusCombo->currentData().toInt());
    return p;
}

void ProgrammeDialog::accept()
{
    m_errors.clear();
    if (m_commit && m_errors.failed(m_commit(programme())))
        return;
    QDialog::accept();
}

void ProgrammeDialog::suggestTitle()
{
    if (m_titleTyped)
        return;
    const QString owner = m_ui->ownerCombo->currentText();
    m_ui->titleEdit->setText(
        owner.isEmpty()
            ? tr("Chương trình công tác năm %1").arg(m_ui->yearSpin->value())
            : tr("Chương trình công tác năm %1 của %2").arg(m_ui->yearSpin->value()).arg(owner));
}

} // namespace thuky::ui
