#include "common/date_field.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

namespace thuky::ui {

namespace {

int typedDigit(const QKeyEvent *event)
{
    const QString text = event->text();
    return text.size() == 1 && text.front().isDigit() ? text.front().digitValue() : -1;
}

QString monthYear(const QDate &date)
{
    return DateField::tr("tháng %1 năm %2").arg(date.month()).arg(date.year());
}

} // namespace

DateField::DateField(QWidget *parent) : QDateEdit(parent)
{
    connect(this, &QDateEdit::dateChanged, this, [this] {
        if (m_pendingDay < 0)
            clearProblem();
    });
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const int digit = typedDigit(event);
    // The day's second digit arrives in the month section when the editor has closed the
    // day early because the two digits make no day of this month (3 then 1 in February).
    if (digit >= 0 && m_pendingDay >= 0 && currentSection() == MonthSection) {
        const int day = m_pendingDay * 10 + digit;
        m_pendingDay = -1;
        if (day <= 31 && day > date().daysInMonth()) {
            const QDate kept = m_beforePendingDay.isValid() ? m_beforePendingDay : date();
            setDate(kept);
            setSelectedSection(DaySection);
            explain(tr("Không có ngày %1/%2/%3: %4 có %5 ngày. Ngày vẫn là %6.")
                        .arg(day, 2, 10, QLatin1Char('0'))
                        .arg(date().month(), 2, 10, QLatin1Char('0'))
                        .arg(date().year())
                        .arg(monthYear(date()))
                        .arg(date().daysInMonth())
                        .arg(kept.toString(displayFormat())));
            event->accept();
            return;
        }
    }
    m_pendingDay = -1;

    const Section sectionBefore = currentSection();
    const QDate dateBefore = date();
    QDateEdit::keyPressEvent(event);
    if (digit < 0)
        return;

    if (sectionBefore == DaySection && currentSection() != DaySection && digit > 0 && digit <= 3 &&
        date().day() == digit) {
        m_pendingDay = digit;
        m_beforePendingDay = dateBefore;
    } else if ((sectionBefore == MonthSection || sectionBefore == YearSection) &&
               date().day() < dateBefore.day() && date().day() == date().daysInMonth()) {
        // A month or year change cut the day short (31/01 → 28/02, 29/02/2024 → 28/02/2025).
        QString month = monthYear(date());
        month.front() = month.front().toUpper();
        explain(tr("%1 không có ngày %2; ngày đã thành %3.")
                    .arg(month)
                    .arg(dateBefore.day())
                    .arg(date().toString(displayFormat())));
    }
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    m_pendingDay = -1;
    QDateEdit::focusOutEvent(event);
}

void DateField::explain(const QString &message)
{
    m_problem = message;
    setProperty("invalid", true);
    setToolTip(message);
    QToolTip::showText(mapToGlobal(QPoint(0, height())), message, this);
    Q_EMIT impossibleDateTyped(message);
}

void DateField::clearProblem()
{
    if (m_problem.isEmpty())
        return;
    m_problem.clear();
    setProperty("invalid", false);
    setToolTip(QString());
}

} // namespace thuky::ui
