#pragma once
// Vietnamese formatting and ordering shared by documents, lists and exports.

#include <QDate>
#include <QString>

namespace thuky::domain {

/// "ngày 05 tháng 01 năm 2025": day below 10 and months 1 and 2 take a leading zero
/// (Decree 30/2020), other months do not: "ngày 29 tháng 6 năm 2025".
QString longDate(const QDate &date);
/// "05/01/2025".
QString shortDate(const QDate &date);
/// "Thứ Hai" … "Thứ Bảy", "Chủ nhật"; "Monday" … in English.
QString weekdayName(const QDate &date);
QString weekdayNameEn(const QDate &date);
/// Parses "05/01/2025", "5/1/2025" or ISO "2025-01-05"; invalid QDate otherwise.
QDate parseDate(const QString &text);

/// Vietnamese collation (ICU "vi"): a ă â b c d đ e ê …, tones after the letter.
/// Returns <0, 0, >0. Thread-safe.
int compareVi(const QString &a, const QString &b);

/// 1..3999 <-> "I".."MMMCMXCIX". toRoman returns an empty string outside the range;
/// fromRoman returns 0 for text that is not a canonical Roman numeral.
QString toRoman(int value);
int fromRoman(const QString &text);

} // namespace thuky::domain
