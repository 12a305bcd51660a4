#pragma once
// DateField: the date editor of every form. A QDateEdit that says so when a typed date
// does not exist. QDateEdit alone drops the impossible digit and moves on: typing 31 into
// a February date leaves day 3 and puts the 1 into the month, with no word about it.
// DateField refuses that digit, keeps the date as it was and tells why beside the field;
// a day that a month or year change shortened (31/01 → 28/02) is named the same way.

#include <QDateEdit>

namespace thuky::ui {

class DateField : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    /// The last explanation given ("Không có ngày 31/02/2025: tháng 2 năm 2025 có 28
    /// ngày."), empty once a date is entered without trouble.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    /// A typed date did not exist; `message` says which and what was kept.
    void impossibleDateTyped(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void explain(const QString &message);
    void clearProblem();

    int m_pendingDay = -1; ///< a one-digit day that the editor closed early (3 in February)
    QDate m_beforePendingDay;
    QString m_problem;
};

} // namespace thuky::ui
