// meetings export, meetings import: the meeting calendar to and from iCalendar (Outlook,
// Thunderbird), and a meeting's programme or its reminder lists as DOCX or PDF.

#include "commands.h"
#include "meeting_support.h"
#include "programme_support.h"

#include "thuky/documents/ics.h"
#include "thuky/documents/rich_document.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/meeting_exchange.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/workspace.h"

#include <QFileInfo>
#include <QJsonArray>

namespace thuky::cli {

namespace {

enum class OutKind
{
    Ics,
    Document, ///< .docx, .odt or .pdf: documents::documentFormatOf() says which
    Other
};

OutKind outKind(const QString &path)
{
    if (QFileInfo(path).suffix().toLower() == u"ics")
        return OutKind::Ics;
    return documents::documentFormatOf(path) ? OutKind::Document : OutKind::Other;
}

const QString kProductId = QStringLiteral("-//VPQH//Thuky//VI");

int runExport(Context &ctx, const Invocation &inv)
{
    const QString out = inv.args.value(QStringLiteral("out"));
    const OutKind kind = outKind(out);
    if (kind == OutKind::Other)
        return ctx.usageError(ctx.tr("--out phải là tệp .ics, .docx, .odt hoặc .pdf: \"%1\".",
                                     "--out must be an .ics, .docx, .odt or .pdf file: \"%1\".")
                                  .arg(out));
    const bool hasMeeting = !inv.positionals.isEmpty();
    const bool hasRange =
        inv.args.has(QStringLiteral("from")) || inv.args.has(QStringLiteral("to"));
    const bool reminders = inv.args.has(QStringLiteral("reminders"));
    if (hasMeeting == hasRange && (hasMeeting || kind != OutKind::Ics))
        return ctx.usageError(ctx.tr("Cho biết một phiên họp, hoặc --from và --to (chỉ với .ics).",
                                     "Give one meeting, or --from and --to (.ics only)."));
    if (kind != OutKind::Ics && !hasMeeting)
        return ctx.usageError(
            ctx.tr("Tệp .docx, .odt hoặc .pdf là chương trình của một phiên họp: cho "
                   "biết phiên họp.",
                   "A .docx, .odt or .pdf file is one meeting's programme: give the "
                   "meeting."));
    if ((reminders || inv.args.has(QStringLiteral("agency"))) && kind == OutKind::Ics)
        return ctx.usageError(ctx.tr("--reminders và --agency chỉ dùng với .docx, .odt hoặc .pdf.",
                                     "--reminders and --agency go with .docx, .odt or .pdf only."));
    QDate from, to;
    if (hasRange) {
        from = domain::parseDate(inv.args.value(QStringLiteral("from")));
        to = domain::parseDate(inv.args.value(QStringLiteral("to")));
        if (!from.isValid() || !to.isValid() || to < from)
            return ctx.usageError(ctx.tr("--from và --to phải là hai ngày (YYYY-MM-DD hoặc "
                                         "DD/MM/YYYY), --from trước --to.",
                                         "--from and --to must be two dates (YYYY-MM-DD or "
                                         "DD/MM/YYYY), --from before --to."));
    }

    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    services::MeetingExchange &exchange = (*ws)->meetingExchange();
    domain::Meeting meeting;
    if (hasMeeting) {
        auto found = resolveMeeting(ctx, **ws, inv.positionals.at(0));
        if (!found)
            return ctx.fail(found.error());
        meeting = *found;
    } else if (!hasRange) {
        // Neither: this year's calendar.
        const int year = (*ws)->meetings().today().year();
        from = QDate(year, 1, 1);
        to = QDate(year, 12, 31);
    }

    if (kind == OutKind::Ics) {
        auto events = hasMeeting ? exchange.icsEventsOfMeeting(ctx.actor(), meeting.id)
                                 : exchange.icsEvents(ctx.actor(), from, to);
        if (!events)
            return ctx.fail(events.error());
        if (auto written = documents::writeIcsFile(*events, kProductId, out); !written)
            return ctx.fail(written.error());
        ctx.report(
            ctx.tr("Đã xuất lịch.", "Exported the calendar."),
            {{QStringLiteral("file"), ctx.tr("Tệp", "File"), out},
             {QStringLiteral("events"), ctx.tr("Số sự kiện", "Events"), int(events->size())}});
        return 0;
    }

    domain::Id agency = 0;
    if (inv.args.has(QStringLiteral("agency"))) {
        auto found = resolveUnit(ctx, **ws, inv.args.value(QStringLiteral("agency")));
        if (!found)
            return ctx.fail(found.error());
        agency = *found;
    }
    auto document = reminders || agency != 0 ? exchange.reminders(ctx.actor(), meeting.id, agency)
                                             : exchange.programme(ctx.actor(), meeting.id);
    if (!document)
        return ctx.fail(document.error());
    auto written = documents::writeDocumentFile(*document, *documents::documentFormatOf(out), out);
    if (!written)
        return ctx.fail(written.error());
    ctx.report(reminders || agency != 0
                   ? ctx.tr("Đã xuất danh sách tài liệu cần gửi.", "Exported the reminder list.")
                   : ctx.tr("Đã xuất chương trình phiên họp.", "Exported the meeting's programme."),
               {{QStringLiteral("file"), ctx.tr("Tệp", "File"), out},
                {QStringLiteral("meeting"), ctx.tr("Phiên họp", "Meeting"),
                 QStringLiteral("%1/%2").arg(meeting.term).arg(meeting.number)}});
    return 0;
}

int runImport(Context &ctx, const Invocation &inv)
{
    const QString file = inv.positionals.at(0);
    if (outKind(file) != OutKind::Ics)
        return ctx.usageError(
            ctx.tr("Chỉ nhập được tệp .ics: \"%1\".", "Only .ics files can be imported: \"%1\".")
                .arg(file));
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto events = documents::readIcsFile(file);
    if (!events)
        return ctx.fail(events.error());
    auto outcome = (*ws)->meetingExchange().importIcs(ctx.actor(), *events);
    if (!outcome)
        return ctx.fail(outcome.error());
    QJsonArray added;
    for (const QString &title : outcome->added)
        added.append(title);
    ctx.report(
        ctx.tr("Đã nhập lịch.", "Imported the calendar."),
        {{QStringLiteral("file"), ctx.tr("Tệp", "File"), file},
         {QStringLiteral("meetingsAdded"), ctx.tr("Phiên họp thêm mới", "Meetings added"),
          outcome->meetingsAdded},
         {QStringLiteral("meetingsUpdated"), ctx.tr("Phiên họp cập nhật", "Meetings updated"),
          outcome->meetingsUpdated},
         {QStringLiteral("eventsAdded"), ctx.tr("Sự kiện thêm mới", "Events added"),
          outcome->eventsAdded},
         {QStringLiteral("eventsUpdated"), ctx.tr("Sự kiện cập nhật", "Events updated"),
          outcome->eventsUpdated},
         {QStringLiteral("unchanged"), ctx.tr("Không đổi", "Unchanged"), outcome->unchanged},
         {QStringLiteral("recurring"),
          ctx.tr("Chuỗi lặp (lấy lần đầu)", "Series (first occurrence)"), outcome->recurring},
         {QStringLiteral("added"), ctx.tr("Đã thêm", "Added"), added}});
    return 0;
}

} // namespace

QList<Command> meetingExchangeCommands()
{
    return {
        {names({"meetings", "export"}),
         names({"out", "from", "to", "reminders", "agency"}),
         names({"out"}),
         {},
         runExport,
         "xuất lịch (.ics) của một phiên họp hoặc một khoảng ngày (mặc định: năm nay); chương "
         "trình "
         "phiên họp (.docx, .odt, .pdf); với --reminders hoặc --agency: danh sách tài liệu còn "
         "thiếu "
         "theo "
         "cơ quan",
         "export the calendar (.ics) of a meeting or a date range (default: this year); a "
         "meeting's "
         "programme (.docx, .odt, .pdf); with --reminders or --agency: the documents still owed, "
         "by "
         "agency",
         Access::Read,
         names({"MEETING"})},
        {names({"meetings", "import"}),
         {},
         {},
         names({"FILE"}),
         runImport,
         "nhập lịch từ tệp .ics (Outlook, Thunderbird hoặc Thuky); nhập lại cùng tệp thì cập nhật, "
         "không thêm trùng",
         "import a calendar from an .ics file (Outlook, Thunderbird or Thuky); importing it again "
         "updates instead of adding twice",
         Access::Login},
    };
}

} // namespace thuky::cli
