// calendar workdays|holidays|exceptions: the working-day calendar every deadline uses.

#include "commands.h"
#include "programme_support.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace thuky::cli {

namespace {

using domain::DayOff;
using storage::StoredCalendarException;

// Ten years of days is more than any deadline needs and still a readable list.
constexpr qint64 kMaxRangeDays = 3660;

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString weekday(const Context &ctx, const QDate &date)
{
    return ctx.lang() == Lang::En ? domain::weekdayNameEn(date) : domain::weekdayName(date);
}

/// A date given as YYYY-MM-DD or DD/MM/YYYY; the message of a usage error otherwise.
std::optional<QString> readDate(const Context &ctx, const QString &text, const QString &what,
                                QDate &date)
{
    date = domain::parseDate(text);
    if (date.isValid())
        return std::nullopt;
    return ctx
        .tr("%1 phải là một ngày dạng YYYY-MM-DD hoặc DD/MM/YYYY: \"%2\".",
            "%1 must be a date as YYYY-MM-DD or DD/MM/YYYY: \"%2\".")
        .arg(what, text);
}

std::optional<QString> readYear(const Context &ctx, const Invocation &inv, std::optional<int> &year)
{
    if (!inv.args.has(QStringLiteral("year")))
        return std::nullopt;
    bool ok = false;
    const int value = inv.args.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || value < 1900 || value > 2199)
        return ctx.tr("--year phải là một năm từ 1900 đến 2199.",
                      "--year must be a year from 1900 to 2199.");
    year = value;
    return std::nullopt;
}

int runWorkdays(Context &ctx, const Invocation &inv)
{
    QDate from, to;
    if (auto problem =
            readDate(ctx, inv.args.value(QStringLiteral("from")), QStringLiteral("--from"), from))
        return ctx.usageError(*problem);
    if (auto problem =
            readDate(ctx, inv.args.value(QStringLiteral("to")), QStringLiteral("--to"), to))
        return ctx.usageError(*problem);
    if (to < from)
        return ctx.usageError(
            ctx.tr("--to không được trước --from.", "--to cannot be before --from."));
    if (from.daysTo(to) >= kMaxRangeDays)
        return ctx.usageError(
            ctx.tr("Khoảng ngày dài quá 10 năm.", "The range is longer than ten years."));
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto calendar = (*ws)->calendar().workingDays(ctx.actor());
    if (!calendar)
        return ctx.fail(calendar.error());
    QJsonArray days;
    for (const QDate &day : calendar->workingDaysIn(from, to))
        days.append(QJsonObject{{QStringLiteral("date"), isoDate(day)},
                                {QStringLiteral("weekday"), weekday(ctx, day)}});
    printList(ctx, QStringLiteral("days"), days,
              {QStringLiteral("date"), QStringLiteral("weekday")},
              {ctx.tr("Ngày", "Date"), ctx.tr("Thứ", "Day")},
              ctx.tr("%1 ngày làm việc từ %2 đến %3.", "%1 working days from %2 to %3.")
                  .arg(days.size())
                  .arg(domain::shortDate(from), domain::shortDate(to)),
              {{QStringLiteral("from"), isoDate(from)},
               {QStringLiteral("to"), isoDate(to)},
               {QStringLiteral("count"), days.size()}});
    return 0;
}

int runHolidays(Context &ctx, const Invocation &inv)
{
    std::optional<int> year;
    if (auto problem = readYear(ctx, inv, year))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    const int y = year.value_or((*ws)->db().today().year());
    auto calendar = (*ws)->calendar().workingDays(ctx.actor());
    if (!calendar)
        return ctx.fail(calendar.error());
    QJsonArray days;
    for (const DayOff &day : calendar->daysOff(y))
        days.append(
            QJsonObject{{QStringLiteral("date"), isoDate(day.date)},
                        {QStringLiteral("weekday"), weekday(ctx, day.date)},
                        {QStringLiteral("name"), ctx.lang() == Lang::En ? day.nameEn : day.name},
                        {QStringLiteral("kind"), domain::dayOffKindKey(day.kind)}});
    printList(ctx, QStringLiteral("days"), days,
              {QStringLiteral("date"), QStringLiteral("weekday"), QStringLiteral("name"),
               QStringLiteral("kind")},
              {ctx.tr("Ngày", "Date"), ctx.tr("Thứ", "Day"), ctx.tr("Ngày nghỉ", "Day off"),
               ctx.tr("Loại", "Kind")},
              ctx.tr("Ngày lễ, Tết, nghỉ bù và ngày nghỉ theo thông báo của năm %1 (loại: holiday "
                     "= lễ, Tết; "
                     "made_up = nghỉ bù; announced = theo thông báo).",
                     "Holidays, days off in lieu and announced days off of %1 (kind: holiday, "
                     "made_up, announced).")
                  .arg(y),
              {{QStringLiteral("year"), y}});
    return 0;
}

QJsonObject exceptionJson(const Context &ctx, const domain::CalendarException &e)
{
    return {{QStringLiteral("date"), isoDate(e.date)},
            {QStringLiteral("weekday"), weekday(ctx, e.date)},
            {QStringLiteral("working"), e.working},
            {QStringLiteral("reason"), e.reason}};
}

int runExceptionsList(Context &ctx, const Invocation &inv)
{
    std::optional<int> year;
    if (auto problem = readYear(ctx, inv, year))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto exceptions = (*ws)->calendar().exceptions(ctx.actor(), year);
    if (!exceptions)
        return ctx.fail(exceptions.error());
    QJsonArray items;
    for (const StoredCalendarException &s : *exceptions) {
        QJsonObject item = exceptionJson(ctx, s.exception);
        if (ctx.format() == Format::Table)
            item.insert(QStringLiteral("working"), s.exception.working
                                                       ? ctx.tr("làm việc", "working")
                                                       : ctx.tr("nghỉ", "day off"));
        items.append(item);
    }
    printList(ctx, QStringLiteral("exceptions"), items,
              {QStringLiteral("date"), QStringLiteral("weekday"), QStringLiteral("working"),
               QStringLiteral("reason")},
              {ctx.tr("Ngày", "Date"), ctx.tr("Thứ", "Day"), ctx.tr("Là ngày", "Status"),
               ctx.tr("Lý do", "Reason")},
              ctx.tr("%1 ngày nghỉ, ngày làm bù theo thông báo.", "%1 announced exceptions.")
                  .arg(items.size()));
    return 0;
}

int runExceptionsAdd(Context &ctx, const Invocation &inv)
{
    QDate date;
    if (auto problem = readDate(ctx, inv.positionals.at(0), QStringLiteral("DATE"), date))
        return ctx.usageError(*problem);
    const bool off = inv.args.has(QStringLiteral("off"));
    const bool working = inv.args.has(QStringLiteral("working"));
    if (off == working)
        return ctx.usageError(
            ctx.tr("Cần đúng một trong --off (ngày nghỉ) và --working (ngày làm bù).",
                   "Give exactly one of --off (a day off) and --working (a day worked)."));
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto added = (*ws)->calendar().addException(
        ctx.actor(),
        domain::CalendarException{date, working, inv.args.value(QStringLiteral("reason"))});
    if (!added)
        return ctx.fail(added.error());
    const QJsonObject json = exceptionJson(ctx, added->exception);
    ctx.report(
        working ? ctx.tr("Đã thêm ngày làm bù.", "Added a working day.")
                : ctx.tr("Đã thêm ngày nghỉ.", "Added a day off."),
        {Field{QStringLiteral("date"), ctx.tr("Ngày", "Date"), json.value(QLatin1String("date"))},
         Field{QStringLiteral("weekday"), ctx.tr("Thứ", "Day"),
               json.value(QLatin1String("weekday"))},
         Field{QStringLiteral("working"), ctx.tr("Làm việc", "Working"), working},
         Field{QStringLiteral("reason"), ctx.tr("Lý do", "Reason"), added->exception.reason}});
    return 0;
}

int runExceptionsRemove(Context &ctx, const Invocation &inv)
{
    QDate date;
    if (auto problem = readDate(ctx, inv.positionals.at(0), QStringLiteral("DATE"), date))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto removed = (*ws)->calendar().removeException(ctx.actor(), date);
    if (!removed)
        return ctx.fail(removed.error());
    ctx.report(ctx.tr("Đã xóa ngày nghỉ, ngày làm bù; ngày này theo lại quy định chung.",
                      "Removed the exception; the day follows the rules again."),
               {Field{QStringLiteral("date"), ctx.tr("Ngày", "Date"), isoDate(date)},
                // The exception was the opposite of the rules, which hold again.
                Field{QStringLiteral("working"), ctx.tr("Là ngày làm việc", "Working"),
                      !removed->working}});
    return 0;
}

} // namespace

QList<Command> calendarCommands()
{
    return {
        {names({"calendar", "workdays"}),
         names({"from", "to"}),
         names({"from", "to"}),
         {},
         runWorkdays,
         "liệt kê các ngày làm việc trong khoảng ngày (đã trừ ngày nghỉ lễ, Tết, nghỉ bù)",
         "list the working days in a range (holidays and days off in lieu excluded)"},
        {names({"calendar", "holidays"}),
         names({"year"}),
         {},
         {},
         runHolidays,
         "liệt kê ngày lễ, Tết, nghỉ bù và ngày nghỉ theo thông báo của một năm (mặc định: năm "
         "nay)",
         "list a year's holidays, days off in lieu and announced days off (default: this year)"},
        {names({"calendar", "exceptions", "list"}),
         names({"year"}),
         {},
         {},
         runExceptionsList,
         "liệt kê ngày nghỉ, ngày làm bù theo thông báo hằng năm",
         "list the days off and working days announced each year"},
        {names({"calendar", "exceptions", "add"}),
         names({"off", "working", "reason"}),
         {},
         names({"DATE"}),
         runExceptionsAdd,
         "thêm một ngày nghỉ (--off) hoặc ngày làm bù (--working) theo thông báo (quản trị)",
         "add an announced day off (--off) or working day (--working) (administrators)",
         Access::Login},
        {names({"calendar", "exceptions", "remove"}),
         {},
         {},
         names({"DATE"}),
         runExceptionsRemove,
         "xóa một ngày nghỉ, ngày làm bù theo thông báo (quản trị)",
         "remove an announced day off or working day (administrators)",
         Access::Login},
    };
}

} // namespace thuky::cli
