#include "thuky/domain/vietnamese.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>

namespace thuky::domain {

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const int m = date.month();
    const QString month = m <= 2 ? QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0')) : QString::number(m);
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(month)
        .arg(date.year());
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString weekdayName(const QDate &date)
{
    static const char *const names[] = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
    return date.isValid() ? QString::fromUtf8(names[date.dayOfWeek() - 1]) : QString();
}

QString weekdayNameEn(const QDate &date)
{
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return date.isValid() ? QString::fromLatin1(names[date.dayOfWeek() - 1]) : QString();
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = dmy.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

namespace {
// QCollator is not safe to share between threads; one per thread is cheap enough.
QCollator &collator()
{
    thread_local QCollator c = [] {
        QCollator x{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
        x.setCaseSensitivity(Qt::CaseInsensitive);
        x.setNumericMode(true);
        return x;
    }();
    return c;
}
} // namespace

int compareVi(const QString &a, const QString &b) { return collator().compare(a, b); }

QString toRoman(int value)
{
    if (value <= 0 || value >= 4000)
        return {};
    static const std::pair<int, const char *> table[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                         {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                         {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"},
                                                         {1, "I"}};
    QString out;
    for (const auto &[n, s] : table) {
        while (value >= n) {
            out += QLatin1String(s);
            value -= n;
        }
    }
    return out;
}

int fromRoman(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t.isEmpty())
        return 0;
    int total = 0;
    int prev = 0;
    for (int i = int(t.size()) - 1; i >= 0; --i) {
        int v = 0;
        switch (t.at(i).unicode()) {
        case 'I': v = 1; break;
        case 'V': v = 5; break;
        case 'X': v = 10; break;
        case 'L': v = 50; break;
        case 'C': v = 100; break;
        case 'D': v = 500; break;
        case 'M': v = 1000; break;
        default: return 0;
        }
        total += v < prev ? -v : v;
        prev = std::max(prev, v);
    }
    // Only canonical spellings count ("IIII" or "IC" are not numbers here).
    return toRoman(total) == t ? total : 0;
}

} // namespace thuky::domain
