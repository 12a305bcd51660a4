#include "admin/calendar_exceptions_widget.h"

#include "admin/calendar_exception_model.h"
#include "common/days_off.h"
#include "common/display_text.h"
#include "common/message_boxes.h"
#include "common/permissions.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/workspace.h"

#include "common/date_field.h"
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace thuky::ui {

CalendarExceptionsWidget::CalendarExceptionsWidget(services::Workspace &workspace, domain::Actor actor,
                                                   QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_model(new CalendarExceptionModel(this))
{
    auto *header = new QLabel(
        tr("<b>Ngày làm việc</b> — thứ Bảy, Chủ nhật và ngày lễ, Tết theo Bộ luật Lao động (Tết và "
           "Giỗ Tổ theo âm lịch, ngày lễ trùng cuối tuần được nghỉ bù) được tính sẵn. Mỗi năm, khi "
           "Chính phủ thông báo lịch nghỉ (hoán đổi ngày làm việc, làm bù thứ Bảy), thêm các ngày đó "
           "ở đây: mọi hạn chót trong Thuky tính theo lịch này."),
        this);
    header->setWordWrap(true);
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("exceptionYearSpin"));
    m_yearSpin->setRange(1990, 2199);
    auto *yearLabel = new QLabel(tr("&Năm:"), this);
    yearLabel->setBuddy(m_yearSpin);
    m_addOff = new QPushButton(tr("Thêm ngày &nghỉ…"), this);
    m_addWorking = new QPushButton(tr("Thêm ngày làm &bù…"), this);
    m_remove = new QPushButton(tr("&Xóa"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(yearLabel);
    buttons->addWidget(m_yearSpin);
    buttons->addSpacing(12);
    buttons->addWidget(m_addOff);
    buttons->addWidget(m_addWorking);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("exceptionView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(CalendarExceptionModel::DateColumn, 100);
    m_view->horizontalHeader()->resizeSection(CalendarExceptionModel::WeekdayColumn, 90);
    m_view->horizontalHeader()->resizeSection(CalendarExceptionModel::KindColumn, 110);
    m_daysOff = new QListWidget(this);
    m_daysOff->setObjectName(QStringLiteral("daysOffList"));
    m_daysOff->setMinimumWidth(300);
    auto *daysOffLabel = new QLabel(tr("Các ngày nghỉ của năm (ngoài thứ Bảy, Chủ nhật):"), this);
    auto *right = new QVBoxLayout;
    right->addWidget(daysOffLabel);
    right->addWidget(m_daysOff);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_view, 3);
    lists->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(buttons);
    layout->addLayout(lists);

    const Permissions permissions(m_workspace.authorizer(), m_actor);
    m_mayEdit = permissions.allows(services::Action::EditReference);
    permissions.apply(m_addOff, services::Action::EditReference);
    permissions.apply(m_addWorking, services::Action::EditReference);

    connect(m_yearSpin, &QSpinBox::valueChanged, this, &CalendarExceptionsWidget::reload);
    connect(m_addOff, &QPushButton::clicked, this, [this] { askToAdd(false); });
    connect(m_addWorking, &QPushButton::clicked, this, [this] { askToAdd(true); });
    connect(m_remove, &QPushButton::clicked, this, &CalendarExceptionsWidget::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CalendarExceptionsWidget::updateButtons);
    m_yearSpin->setValue(m_workspace.db().today().year());
    reload();
}

void CalendarExceptionsWidget::setYear(int year)
{
    m_yearSpin->setValue(year);
}

int CalendarExceptionsWidget::year() const
{
    return m_yearSpin->value();
}

void CalendarExceptionsWidget::reload()
{
    auto &calendar = m_workspace.calendar();
    auto exceptions = calendar.exceptions(m_actor, year());
    auto days = calendar.workingDays(m_actor);
    if (!exceptions || !days) {
        showError(this, tr("Ngày làm việc"), exceptions ? days.error() : exceptions.error());
        return;
    }
    m_model->setExceptions(*exceptions);
    m_daysOff->clear();
    for (const domain::DayOff &day : days->daysOff(year())) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 %2 — %3")
                .arg(day.date.toString(QStringLiteral("dd/MM")), weekdayText(day.date), day.name),
            m_daysOff);
        item->setBackground(dayOffBrush());
        item->setToolTip(item->text()); // long announcements do not fit the list
    }
    updateButtons();
}

QStringList CalendarExceptionsWidget::daysOffShown() const
{
    QStringList out;
    for (int i = 0; i < m_daysOff->count(); ++i)
        out << m_daysOff->item(i)->text();
    return out;
}

void CalendarExceptionsWidget::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_remove->setEnabled(m_mayEdit && selected);
}

bool CalendarExceptionsWidget::select(const QDate &date)
{
    const int row = m_model->rowOf(date);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

void CalendarExceptionsWidget::askToAdd(bool working)
{
    QDialog dialog(this);
    dialog.setWindowTitle(working ? tr("Thêm ngày làm bù") : tr("Thêm ngày nghỉ"));
    auto *date = new DateField(&dialog);
    date->setObjectName(QStringLiteral("exceptionDateEdit"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date->setDate(QDate(year(), 1, 1));
    if (auto days = m_workspace.calendar().workingDays(m_actor))
        shadeDaysOff(date->calendarWidget(), *days);
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("exceptionReasonEdit"));
    reason->setPlaceholderText(tr("Ví dụ: theo Thông báo số …/TB-BNV về lịch nghỉ Tết"));
    reason->setMinimumWidth(380);
    auto *form = new QFormLayout;
    form->addRow(tr("&Ngày:"), date);
    form->addRow(tr("&Lý do, căn cứ:"), reason);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Lưu"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        if (add(domain::CalendarException{date->date(), working, reason->text()}))
            dialog.accept();
    });
    dialog.exec();
}

bool CalendarExceptionsWidget::add(const domain::CalendarException &exception)
{
    auto added = m_workspace.calendar().addException(m_actor, exception);
    if (!added) {
        showError(this, exception.working ? tr("Thêm ngày làm bù") : tr("Thêm ngày nghỉ"), added.error());
        return false;
    }
    setYear(exception.date.year());
    reload();
    select(exception.date);
    Q_EMIT changed(tr("Đã thêm %1 %2.")
                       .arg(exception.working ? tr("ngày làm bù") : tr("ngày nghỉ"),
                            domain::shortDate(exception.date)));
    return true;
}

void CalendarExceptionsWidget::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const auto *row = rows.isEmpty() ? nullptr : m_model->at(rows.first().row());
    if (!row)
        return;
    const QDate date = row->exception.date;
    if (!confirm(this, tr("Xóa ngày nghỉ, ngày làm bù"),
                 tr("Xóa %1 khỏi danh sách? Ngày đó sẽ tính theo quy định chung.").arg(domain::shortDate(date)),
                 tr("&Xóa"), row->exception.reason))
        return;
    if (auto removed = m_workspace.calendar().removeException(m_actor, date); !removed) {
        showError(this, tr("Xóa ngày nghỉ, ngày làm bù"), removed.error());
        return;
    }
    reload();
    Q_EMIT changed(tr("Đã xóa %1; ngày đó tính theo quy định chung.").arg(domain::shortDate(date)));
}

} // namespace thuky::ui
