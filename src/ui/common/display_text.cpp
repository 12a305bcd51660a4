#include "common/display_text.h"

#include "common/translations.h"

#include "thuky/domain/vietnamese.h"

#include <QLocale>

namespace thuky::ui {

namespace {
bool english()
{
    return uiLanguage() == Lang::En;
}
} // namespace

QString elided(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + u'…';
}

QString messageText(const Message &message)
{
    return message.text(uiLanguage());
}

QString errorText(const Error &error)
{
    return error.text(uiLanguage());
}

QString taskStatusText(domain::TaskStatus status)
{
    return english() ? domain::taskStatusLabelEn(status) : domain::taskStatusLabel(status);
}

QString timelinessText(domain::Timeliness timeliness)
{
    return english() ? domain::timelinessLabelEn(timeliness) : domain::timelinessLabel(timeliness);
}

QString programmeStatusText(domain::ProgrammeStatus status)
{
    return english() ? domain::programmeStatusLabelEn(status)
                     : domain::programmeStatusLabel(status);
}

QString agencyKindText(domain::AgencyKind kind)
{
    return english() ? domain::agencyKindLabelEn(kind) : domain::agencyKindLabel(kind);
}

QString roleText(domain::Role role)
{
    return english() ? domain::roleLabelEn(role) : domain::roleLabel(role);
}

QString actionText(services::Action action)
{
    return english() ? services::actionLabelEn(action) : services::actionLabel(action);
}

QString periodText(const domain::Period &period)
{
    if (!english() || !period.isValid())
        return period.label();
    switch (period.kind) {
    case domain::Period::Kind::Date:
        return period.label(); // dd/MM/yyyy in both languages
    case domain::Period::Kind::Month:
        return QStringLiteral("%1 %2")
            .arg(QLocale(QLocale::English).standaloneMonthName(period.value))
            .arg(period.year);
    case domain::Period::Kind::Quarter:
        return QStringLiteral("Q%1 %2").arg(period.value).arg(period.year);
    case domain::Period::Kind::Year:
        return QStringLiteral("Year %1").arg(period.year);
    }
    return period.label();
}

QString weekdayText(const QDate &date)
{
    return english() ? domain::weekdayNameEn(date) : domain::weekdayName(date);
}

} // namespace thuky::ui
