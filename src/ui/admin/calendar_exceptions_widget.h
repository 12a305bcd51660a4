#pragma once
// The working-day calendar in administration: each year's announced days off and working
// days (ngày nghỉ, ngày làm bù theo thông báo), beside the days off they give.

#include "thuky/domain/account.h"
#include "thuky/domain/working_days.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class CalendarExceptionModel;

class CalendarExceptionsWidget : public QWidget
{
    Q_OBJECT

public:
    CalendarExceptionsWidget(services::Workspace &workspace, domain::Actor actor, QWidget *parent = nullptr);

    void setYear(int year);
    int year() const;
    void reload();
    CalendarExceptionModel *model() const { return m_model; }
    /// The days off of the year as listed beside the table ("02/09 Thứ Ba — Quốc khánh (2/9)").
    QStringList daysOffShown() const;

    /// Asks for a date and a reason, then adds the exception. `working`: a day worked.
    void askToAdd(bool working);
    /// Adds through the service; shows the refusal and returns false when refused.
    bool add(const domain::CalendarException &exception);
    /// Removes the selected exception after a confirmation.
    void removeSelected();
    bool select(const QDate &date);

Q_SIGNALS:
    void changed(const QString &message);

private:
    void updateButtons();

    services::Workspace &m_workspace;
    domain::Actor m_actor;
    CalendarExceptionModel *m_model;
    QSpinBox *m_yearSpin;
    QTableView *m_view;
    QListWidget *m_daysOff;
    QPushButton *m_addOff;
    QPushButton *m_addWorking;
    QPushButton *m_remove;
    bool m_mayEdit = false;
};

} // namespace thuky::ui
