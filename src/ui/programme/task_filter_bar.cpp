#include "programme/task_filter_bar.h"

#include "common/display_text.h"
#include "common/flow_layout.h"
#include "common/icons.h"
#include "ui_task_filter_bar.h"

#include "thuky/domain/vietnamese.h"

#include <algorithm>

namespace thuky::ui {

using domain::Timeliness;

namespace {
// The states a user filters on; "no deadline" is not one of them.
constexpr std::array kFilterTimeliness{Timeliness::OnTrack, Timeliness::DueSoon,
                                       Timeliness::Overdue, Timeliness::DoneOnTime,
                                       Timeliness::DoneLate};
} // namespace

TaskFilterBar::TaskFilterBar(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TaskFilterBar>())
{
    m_ui->setupUi(this);
    // On a narrow screen the conditions wrap onto a second line instead of widening the window.
    FlowLayout::takeOver(this);
    m_ui->searchEdit->addAction(icons::filter(), QLineEdit::LeadingPosition);
    m_ui->unitCombo->addItem(tr("Mọi đơn vị"), qint64(0));

    m_ui->statusButton->setCaption(tr("Trạng thái"));
    for (const domain::TaskStatus s : domain::kAllTaskStatuses)
        m_ui->statusButton->addChoice(taskStatusText(s), int(s));
    m_ui->timelinessButton->setCaption(tr("Tình trạng"));
    for (const Timeliness t : kFilterTimeliness)
        m_ui->timelinessButton->addChoice(timelinessText(t), int(t), icons::timelinessMarker(t));
    setYear(QDate::currentDate().year());

    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(kTextDelayMs);
    connect(&m_textTimer, &QTimer::timeout, this, &TaskFilterBar::emitChanged);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_textTimer.start(); });
    // Enter in the search box need not wait for the pause.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_textTimer.stop();
        emitChanged();
    });
    connect(m_ui->unitCombo, &QComboBox::currentIndexChanged, this, &TaskFilterBar::emitChanged);
    connect(m_ui->statusButton, &ChoiceButton::choicesChanged, this, &TaskFilterBar::emitChanged);
    connect(m_ui->timelinessButton, &ChoiceButton::choicesChanged, this,
            &TaskFilterBar::emitChanged);
    connect(m_ui->overdueOnlyCheck, &QCheckBox::toggled, this, &TaskFilterBar::emitChanged);
    // Ticked, it decides the timeliness on its own.
    connect(m_ui->overdueOnlyCheck, &QCheckBox::toggled, m_ui->timelinessButton,
            &QWidget::setDisabled);
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromEdit, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toEdit, &QWidget::setEnabled);
    connect(m_ui->fromCheck, &QCheckBox::toggled, this, &TaskFilterBar::emitChanged);
    connect(m_ui->toCheck, &QCheckBox::toggled, this, &TaskFilterBar::emitChanged);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_ui->fromCheck->isChecked())
            emitChanged();
    });
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_ui->toCheck->isChecked())
            emitChanged();
    });
    connect(m_ui->resetButton, &QToolButton::clicked, this, &TaskFilterBar::reset);
}

TaskFilterBar::~TaskFilterBar() = default;

void TaskFilterBar::setAgencies(const QList<domain::Agency> &agencies)
{
    QList<domain::Agency> sorted = agencies;
    std::sort(sorted.begin(), sorted.end(), [](const domain::Agency &a, const domain::Agency &b) {
        return domain::compareVi(a.name, b.name) < 0;
    });
    const qint64 chosen = m_ui->unitCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->unitCombo);
    m_ui->unitCombo->clear();
    m_ui->unitCombo->addItem(tr("Mọi đơn vị"), qint64(0));
    for (const domain::Agency &a : std::as_const(sorted))
        m_ui->unitCombo->addItem(a.name, qint64(a.id));
    const int index = m_ui->unitCombo->findData(chosen);
    m_ui->unitCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void TaskFilterBar::setYear(int year)
{
    const QSignalBlocker fromBlocker(m_ui->fromEdit);
    const QSignalBlocker toBlocker(m_ui->toEdit);
    if (!m_ui->fromCheck->isChecked())
        m_ui->fromEdit->setDate(QDate(year, 1, 1));
    if (!m_ui->toCheck->isChecked())
        m_ui->toEdit->setDate(QDate(year, 12, 31));
}

storage::TaskFilter TaskFilterBar::filter() const
{
    storage::TaskFilter f;
    f.text = m_ui->searchEdit->text().trimmed();
    f.unitId = m_ui->unitCombo->currentData().toLongLong();
    for (const int s : m_ui->statusButton->checkedValues())
        f.statuses.append(domain::TaskStatus(s));
    for (const int t : m_ui->timelinessButton->checkedValues())
        f.timeliness.append(Timeliness(t));
    // "Quá hạn" means not done and past the deadline, as in the summary and the list.
    if (m_ui->overdueOnlyCheck->isChecked())
        f.timeliness = {Timeliness::Overdue};
    if (m_ui->fromCheck->isChecked())
        f.deadlineFrom = m_ui->fromEdit->date();
    if (m_ui->toCheck->isChecked())
        f.deadlineTo = m_ui->toEdit->date();
    return f;
}

void TaskFilterBar::reset()
{
    m_resetting = true;
    m_ui->searchEdit->clear();
    m_textTimer.stop();
    m_ui->unitCombo->setCurrentIndex(0);
    m_ui->statusButton->clearChoices();
    m_ui->timelinessButton->clearChoices();
    m_ui->overdueOnlyCheck->setChecked(false);
    m_ui->fromCheck->setChecked(false);
    m_ui->toCheck->setChecked(false);
    m_resetting = false;
    emitChanged();
}

void TaskFilterBar::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void TaskFilterBar::emitChanged()
{
    if (!m_resetting)
        Q_EMIT filterChanged();
}

} // namespace thuky::ui
