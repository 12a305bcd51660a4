#include "meetings/meeting_dialog.h"

#include "common/date_field.h"
#include "meetings/form_helpers.h"

#include "thuky/domain/vietnamese.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace thuky::ui {

MeetingDialog::MeetingDialog(MeetingDialogChoices choices, QWidget *parent)
    : QDialog(parent), m_choices(std::move(choices)), m_term(new QComboBox(this)),
      m_number(new QSpinBox(this)), m_kind(new QComboBox(this)), m_status(new QComboBox(this)),
      m_phaseRows(new QVBoxLayout), m_reserve(new QListWidget(this)),
      m_reserveField(makeDateField(m_choices.workingDays, this)), m_venue(new QLineEdit(this)),
      m_chair(new QComboBox(this)), m_notes(new QPlainTextEdit(this)), m_error(makeErrorLabel(this))
{
    for (const domain::Term &term : std::as_const(m_choices.terms))
        m_term->addItem(tr("Khóa %1 (%2–%3)")
                            .arg(domain::toRoman(term.number))
                            .arg(term.firstYear)
                            .arg(term.lastYear),
                        term.number);
    m_number->setRange(1, 999);
    m_number->setToolTip(tr("Số thứ tự trong khóa, liên tục từ phiên họp thứ nhất"));
    fillChoices(m_kind, domain::kAllMeetingKinds,
                [](auto v) { return domain::meetingKindLabel(v); });
    fillChoices(m_status, domain::kAllMeetingStatuses,
                [](auto v) { return domain::meetingStatusLabel(v); });

    auto *phases = new QWidget(this);
    auto *phasesLayout = new QVBoxLayout(phases);
    phasesLayout->setContentsMargins(0, 0, 0, 0);
    phasesLayout->addLayout(m_phaseRows);
    auto *addPhaseButton = new QPushButton(tr("Thêm đợt"), phases);
    addPhaseButton->setToolTip(tr("Phiên họp chia nhiều đợt: thêm một đợt sau đợt cuối"));
    phasesLayout->addWidget(addPhaseButton, 0, Qt::AlignLeft);
    connect(addPhaseButton, &QPushButton::clicked, this, [this] {
        const QDate after =
            m_phases.isEmpty() ? QDate::currentDate() : m_phases.last().second->date();
        const QDate first = m_choices.workingDays.addWorkingDays(after, 3);
        addPhase({first, first});
    });

    auto *reserve = new QWidget(this);
    auto *reserveLayout = new QHBoxLayout(reserve);
    reserveLayout->setContentsMargins(0, 0, 0, 0);
    m_reserve->setMaximumHeight(3 * fontMetrics().height() + 10);
    reserveLayout->addWidget(m_reserve, 1);
    auto *reserveButtons = new QVBoxLayout;
    reserveButtons->addWidget(m_reserveField);
    auto *addReserve = new QPushButton(tr("Thêm ngày dự phòng"), reserve);
    auto *removeReserve = new QPushButton(tr("Bỏ ngày đã chọn"), reserve);
    reserveButtons->addWidget(addReserve);
    reserveButtons->addWidget(removeReserve);
    reserveLayout->addLayout(reserveButtons);
    connect(addReserve, &QPushButton::clicked, this, &MeetingDialog::addReserveDay);
    connect(removeReserve, &QPushButton::clicked, this,
            [this] { delete m_reserve->currentItem(); });

    m_notes->setMaximumHeight(3 * fontMetrics().height() + 12);

    auto *form = new QFormLayout;
    form->addRow(tr("&Khóa:"), m_term);
    form->addRow(tr("&Số phiên họp:"), m_number);
    form->addRow(tr("L&oại:"), m_kind);
    form->addRow(tr("&Trạng thái:"), m_status);
    form->addRow(tr("Các đợt họp:"), phases);
    form->addRow(tr("Ngày dự phòng:"), reserve);
    form->addRow(tr("Địa điể&m:"), m_venue);
    form->addRow(tr("&Chủ trì:"), m_chair);
    form->addRow(tr("&Ghi chú:"), m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(saveCancelButtons(this));
    setMinimumWidth(560);
}

DateField *MeetingDialog::firstDayField() const
{
    return m_phases.isEmpty() ? nullptr : m_phases.first().first;
}

void MeetingDialog::addPhase(const domain::MeetingPhase &phase)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *first = makeDateField(m_choices.workingDays, row);
    auto *last = makeDateField(m_choices.workingDays, row);
    first->setDate(phase.first);
    last->setDate(phase.last);
    auto *label = new QLabel(tr("Đợt %1: từ").arg(m_phases.size() + 1), row);
    layout->addWidget(label);
    layout->addWidget(first);
    layout->addWidget(new QLabel(tr("đến"), row));
    layout->addWidget(last);
    auto *remove = new QToolButton(row);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Bỏ đợt này"));
    layout->addWidget(remove);
    layout->addStretch();
    m_phaseRows->addWidget(row);
    m_phases.append(std::pair{first, last});
    // A later first day pulls the last day along, so a one-day phase stays one day.
    connect(first, &QDateEdit::dateChanged, last, [first, last](const QDate &date) {
        if (last->date() < date)
            last->setDate(date);
        Q_UNUSED(first);
    });
    connect(remove, &QToolButton::clicked, this, [this, row, first] {
        if (m_phases.size() <= 1)
            return; // a meeting has at least one phase
        for (int i = 0; i < m_phases.size(); ++i) {
            if (m_phases[i].first == first)
                m_phases.removeAt(i);
        }
        row->deleteLater();
    });
}

void MeetingDialog::addReserveDay()
{
    const QDate day = m_reserveField->date();
    for (int i = 0; i < m_reserve->count(); ++i) {
        if (m_reserve->item(i)->data(Qt::UserRole).toDate() == day)
            return;
    }
    auto *item = new QListWidgetItem(domain::shortDate(day), m_reserve);
    item->setData(Qt::UserRole, day);
}

void MeetingDialog::setMeeting(const domain::Meeting &meeting)
{
    m_meeting = meeting;
    setWindowTitle(meeting.id == 0 ? tr("Thêm phiên họp") : tr("Sửa %1").arg(meeting.title()));
    selectData(m_term, meeting.term);
    m_number->setValue(std::max(1, meeting.number));
    selectData(m_kind, int(meeting.kind));
    selectData(m_status, int(meeting.status));
    for (const auto &[first, last] : std::as_const(m_phases))
        first->parentWidget()->deleteLater();
    m_phases.clear();
    for (const domain::MeetingPhase &phase : meeting.phases)
        addPhase(phase);
    if (m_phases.isEmpty())
        addPhase({QDate::currentDate(), QDate::currentDate()});
    m_reserve->clear();
    for (const QDate &day : meeting.reserveDays) {
        auto *item = new QListWidgetItem(domain::shortDate(day), m_reserve);
        item->setData(Qt::UserRole, day);
    }
    m_reserveField->setDate(meeting.lastDay().isValid() ? meeting.lastDay().addDays(1)
                                                        : QDate::currentDate());
    m_venue->setText(meeting.venue);
    fillPeople(m_chair, m_choices.people, meeting.chairId, tr("(chưa chọn)"));
    m_notes->setPlainText(meeting.notes);
}

domain::Meeting MeetingDialog::meeting() const
{
    domain::Meeting m = m_meeting;
    m.term = m_term->currentData().toInt();
    m.number = m_number->value();
    m.kind = domain::MeetingKind(m_kind->currentData().toInt());
    m.status = domain::MeetingStatus(m_status->currentData().toInt());
    m.phases.clear();
    for (const auto &[first, last] : m_phases)
        m.phases.append({first->date(), last->date()});
    std::sort(m.phases.begin(), m.phases.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    m.reserveDays.clear();
    for (int i = 0; i < m_reserve->count(); ++i)
        m.reserveDays.append(m_reserve->item(i)->data(Qt::UserRole).toDate());
    std::sort(m.reserveDays.begin(), m.reserveDays.end());
    m.venue = m_venue->text().trimmed();
    m.chairId = m_chair->currentData().toLongLong();
    m.notes = m_notes->toPlainText().trimmed();
    return m;
}

void MeetingDialog::accept()
{
    if (showInvalid(m_error, domain::validateMeeting(meeting())))
        return;
    QDialog::accept();
}

} // namespace thuky::ui
