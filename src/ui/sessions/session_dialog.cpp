#include "sessions/session_dialog.h"

#include "ui_session_dialog.h"

#include "common/date_field.h"
#include "common/translations.h"
#include "meetings/form_helpers.h"

#include "thuky/domain/vietnamese.h"

#include <QHeaderView>
#include <QPushButton>

namespace thuky::ui {

SessionDialog::SessionDialog(const QList<domain::Term> &terms, const domain::WorkingDays &days,
                             QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SessionDialog>()), m_days(days)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Lưu"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const Lang lang = uiLanguage();
    for (const domain::Term &term : terms)
        m_ui->termCombo->addItem(tr("Khóa %1 (%2–%3)")
                                     .arg(domain::toRoman(term.number))
                                     .arg(term.firstYear)
                                     .arg(term.lastYear),
                                 term.number);
    fillChoices(m_ui->kindCombo, domain::kAllSessionKinds,
                [lang](auto v) { return domain::sessionKindLabel(v, lang); });
    fillChoices(m_ui->statusCombo, domain::kAllSessionStatuses,
                [lang](auto v) { return domain::sessionStatusLabel(v, lang); });

    QTableWidget *table = m_ui->phasesTable;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Từ ngày"), tr("Đến ngày")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 14);
    connect(m_ui->addPhaseButton, &QPushButton::clicked, this, [this] {
        const int rows = m_ui->phasesTable->rowCount();
        QDate first = QDate::currentDate();
        if (rows > 0) {
            if (auto *last = qobject_cast<DateField *>(m_ui->phasesTable->cellWidget(rows - 1, 1)))
                first = last->date().addDays(7);
        }
        addPhase(first, first.addDays(10));
    });
    connect(m_ui->removePhaseButton, &QPushButton::clicked, this, [this] {
        if (m_ui->phasesTable->rowCount() > 1)
            m_ui->phasesTable->removeRow(m_ui->phasesTable->rowCount() - 1);
    });
}

SessionDialog::~SessionDialog() = default;

void SessionDialog::addPhase(const QDate &first, const QDate &last)
{
    QTableWidget *table = m_ui->phasesTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setVerticalHeaderItem(row, new QTableWidgetItem(tr("Đợt %1").arg(row + 1)));
    DateField *from = makeDateField(m_days, table);
    DateField *to = makeDateField(m_days, table);
    from->setDate(first);
    to->setDate(last);
    table->setCellWidget(row, 0, from);
    table->setCellWidget(row, 1, to);
}

void SessionDialog::setSession(const domain::Session &session)
{
    m_session = session;
    setWindowTitle(session.id == 0 ? tr("Thêm kỳ họp") : tr("Sửa kỳ họp"));
    selectData(m_ui->termCombo, session.term);
    m_ui->termCombo->setEnabled(session.id == 0);
    selectData(m_ui->kindCombo, int(session.kind));
    m_ui->ordinalSpin->setValue(session.ordinal);
    selectData(m_ui->statusCombo, int(session.status));
    m_ui->venueEdit->setText(session.venue);
    m_ui->notesEdit->setPlainText(session.notes);
    m_ui->phasesTable->setRowCount(0);
    for (const domain::SessionPhase &phase : session.phases)
        addPhase(phase.first, phase.last);
    if (session.phases.isEmpty()) {
        const QDate first = QDate::currentDate();
        addPhase(first, first.addDays(14));
    }
}

domain::Session SessionDialog::session() const
{
    domain::Session s = m_session;
    s.term = m_ui->termCombo->currentData().toInt();
    s.kind = domain::SessionKind(m_ui->kindCombo->currentData().toInt());
    s.ordinal = m_ui->ordinalSpin->value();
    s.status = domain::SessionStatus(m_ui->statusCombo->currentData().toInt());
    s.venue = m_ui->venueEdit->text().trimmed();
    s.notes = m_ui->notesEdit->toPlainText().trimmed();
    QList<domain::SessionPhase> phases;
    for (int row = 0; row < m_ui->phasesTable->rowCount(); ++row) {
        auto *from = qobject_cast<DateField *>(m_ui->phasesTable->cellWidget(row, 0));
        auto *to = qobject_cast<DateField *>(m_ui->phasesTable->cellWidget(row, 1));
        domain::SessionPhase phase;
        phase.number = row + 1;
        if (row < m_session.phases.size())
            phase.id = m_session.phases[row].id;
        phase.first = from ? from->date() : QDate();
        phase.last = to ? to->date() : QDate();
        phases.append(phase);
    }
    s.phases = phases;
    return s;
}

void SessionDialog::accept()
{
    domain::Session candidate = session();
    if (candidate.ordinal == 0)
        candidate.ordinal = 1; // numbered by the service
    if (showInvalid(m_ui->errorLabel, domain::validateSession(candidate)))
        return;
    QDialog::accept();
}

} // namespace thuky::ui
