// meetings list|show|readiness|conflicts|suggest|add|edit|delete, meetings contents add,
// meetings documents receive: the Standing Committee's meeting calendar from scripts.

#include "commands.h"
#include "meeting_support.h"
#include "programme_support.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace thuky::cli {

namespace {

using domain::Id;
using domain::Meeting;
using services::Workspace;

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// dd/MM/yyyy in tables, ISO in JSON and CSV.
QJsonValue dateValue(const Context &ctx, const QDate &date)
{
    if (!date.isValid())
        return QJsonValue::Null;
    return ctx.format() == Format::Table ? domain::shortDate(date) : iso(date);
}

Lang labelLang(const Context &ctx)
{
    return ctx.lang();
}

/// Opens the database and finds MEETING; std::nullopt when both worked, else the exit code
/// (the error already printed).
std::optional<int> openMeeting(Context &ctx, const QString &text, std::unique_ptr<Workspace> &ws,
                               Meeting &meeting)
{
    auto opened = ctx.openWorkspace(false);
    if (!opened)
        return ctx.fail(opened.error());
    ws = std::move(opened).value();
    auto found = resolveMeeting(ctx, *ws, text);
    if (!found)
        return ctx.fail(found.error());
    meeting = *found;
    return std::nullopt;
}

QJsonArray phasesJson(const Context &ctx, const Meeting &m)
{
    QJsonArray phases;
    for (const domain::MeetingPhase &p : m.phases)
        phases.append(ctx.format() == Format::Table
                          ? QJsonValue(domain::shortDate(p.first) + QStringLiteral("–") +
                                       domain::shortDate(p.last))
                          : QJsonValue(QJsonObject{{QStringLiteral("first"), iso(p.first)},
                                                   {QStringLiteral("last"), iso(p.last)}}));
    return phases;
}

QJsonArray datesJson(const Context &ctx, const QList<QDate> &dates)
{
    QJsonArray out;
    for (const QDate &d : dates)
        out.append(dateValue(ctx, d));
    return out;
}

QJsonObject meetingJson(const Context &ctx, const Meeting &m, int contents, const QString &chair)
{
    const Lang lang = labelLang(ctx);
    return {{QStringLiteral("id"), qint64(m.id)},
            {QStringLiteral("term"), m.term},
            {QStringLiteral("number"), m.number},
            {QStringLiteral("title"), m.title(lang)},
            {QStringLiteral("kind"), ctx.format() == Format::Table
                                         ? domain::meetingKindLabel(m.kind, lang)
                                         : domain::meetingKindKey(m.kind)},
            {QStringLiteral("status"), ctx.format() == Format::Table
                                           ? domain::meetingStatusLabel(m.status, lang)
                                           : domain::meetingStatusKey(m.status)},
            {QStringLiteral("firstDay"), dateValue(ctx, m.firstDay())},
            {QStringLiteral("lastDay"), dateValue(ctx, m.lastDay())},
            {QStringLiteral("phases"), phasesJson(ctx, m)},
            {QStringLiteral("reserveDays"), datesJson(ctx, m.reserveDays)},
            {QStringLiteral("venue"), m.venue},
            {QStringLiteral("chair"), chair},
            {QStringLiteral("contents"), contents},
            {QStringLiteral("notes"), m.notes}};
}

const QStringList &meetingKeys()
{
    static const QStringList keys{QStringLiteral("term"),     QStringLiteral("number"),
                                  QStringLiteral("kind"),     QStringLiteral("status"),
                                  QStringLiteral("firstDay"), QStringLiteral("lastDay"),
                                  QStringLiteral("contents"), QStringLiteral("venue")};
    return keys;
}

Record recordOf(const Context &ctx, const QJsonObject &object, const QStringList &keys,
                const QStringList &labels)
{
    Q_UNUSED(ctx);
    Record record;
    for (qsizetype i = 0; i < keys.size(); ++i)
        record.append(Field{keys.at(i), labels.at(i), object.value(keys.at(i))});
    return record;
}

Record meetingRecord(const Context &ctx, const QJsonObject &object)
{
    return recordOf(
        ctx, object,
        {QStringLiteral("id"), QStringLiteral("term"), QStringLiteral("number"),
         QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("firstDay"),
         QStringLiteral("lastDay"), QStringLiteral("phases"), QStringLiteral("reserveDays"),
         QStringLiteral("venue"), QStringLiteral("chair"), QStringLiteral("contents")},
        {ctx.tr("Mã", "Id"), ctx.tr("Khóa", "Term"), ctx.tr("Phiên họp thứ", "Number"),
         ctx.tr("Loại", "Kind"), ctx.tr("Tình trạng", "Status"), ctx.tr("Từ ngày", "From"),
         ctx.tr("Đến ngày", "To"), ctx.tr("Các đợt", "Phases"),
         ctx.tr("Ngày dự phòng", "Reserve days"), ctx.tr("Địa điểm", "Venue"),
         ctx.tr("Chủ trì", "Chair"), ctx.tr("Số nội dung", "Contents")});
}

// ---------------------------------------------------------------- list, show

int runList(Context &ctx, const Invocation &inv)
{
    QDate from, to;
    int term = 0;
    if (auto problem = readDateOption(ctx, inv, "from", from))
        return ctx.usageError(*problem);
    if (auto problem = readDateOption(ctx, inv, "to", to))
        return ctx.usageError(*problem);
    if (auto problem = readIntOption(ctx, inv, "term", 1, 99, term))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    services::MeetingService &svc = (*ws)->meetings();
    Result<QList<storage::MeetingRow>> rows = QList<storage::MeetingRow>{};
    if (term && !from.isValid() && !to.isValid()) {
        rows = svc.meetingsOfTerm(ctx.actor(), term);
    } else {
        // Without a range: the current year; one end alone: a year from it or up to it.
        const QDate today = svc.today();
        if (!from.isValid())
            from = to.isValid() ? to.addYears(-1).addDays(1) : QDate(today.year(), 1, 1);
        if (!to.isValid())
            to = inv.args.has(QStringLiteral("from")) ? from.addYears(1).addDays(-1)
                                                      : QDate(from.year(), 12, 31);
        if (to < from)
            return ctx.usageError(
                ctx.tr("--to không được trước --from.", "--to cannot be before --from."));
        auto range = svc.calendar(ctx.actor(), from, to, term);
        if (!range)
            return ctx.fail(range.error());
        rows = range->meetings;
    }
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray items;
    for (const storage::MeetingRow &row : *rows)
        items.append(meetingJson(ctx, row.meeting, row.contentCount, row.chairName));
    QJsonObject extra{{QStringLiteral("count"), items.size()}};
    if (from.isValid()) {
        extra.insert(QStringLiteral("from"), iso(from));
        extra.insert(QStringLiteral("to"), iso(to));
    }
    if (term)
        extra.insert(QStringLiteral("term"), term);
    printList(ctx, QStringLiteral("meetings"), items, meetingKeys(),
              {ctx.tr("Khóa", "Term"), ctx.tr("Phiên", "No."), ctx.tr("Loại", "Kind"),
               ctx.tr("Tình trạng", "Status"), ctx.tr("Từ ngày", "From"), ctx.tr("Đến ngày", "To"),
               ctx.tr("Nội dung", "Contents"), ctx.tr("Địa điểm", "Venue")},
              ctx.tr("%1 phiên họp.", "%1 meetings.").arg(items.size()), extra);
    return 0;
}

QJsonObject documentJson(const Context &ctx, const services::DocumentStatus &d)
{
    const Lang lang = labelLang(ctx);
    const bool table = ctx.format() == Format::Table;
    return {{QStringLiteral("id"), qint64(d.document.id)},
            {QStringLiteral("kind"), table ? domain::documentKindLabel(d.document.kind, lang)
                                           : domain::documentKindKey(d.document.kind)},
            {QStringLiteral("agency"), d.agencyName},
            {QStringLiteral("dueDate"), dateValue(ctx, d.document.dueDate)},
            {QStringLiteral("dueSet"), d.document.dueSet},
            {QStringLiteral("receivedOn"), dateValue(ctx, d.document.receivedOn)},
            {QStringLiteral("state"), table ? domain::documentStateLabel(d.state, lang)
                                            : domain::documentStateKey(d.state)}};
}

QJsonObject contentJson(const Context &ctx, const services::ContentDetails &d)
{
    const Lang lang = labelLang(ctx);
    const bool table = ctx.format() == Format::Table;
    const domain::MeetingContent &c = d.content;
    QJsonArray documents, invitees;
    for (const services::DocumentStatus &doc : d.documents)
        documents.append(table ? QJsonValue(domain::documentKindLabel(doc.document.kind, lang) +
                                            QStringLiteral(" (") +
                                            domain::documentStateLabel(doc.state, lang) +
                                            QLatin1Char(')'))
                               : QJsonValue(documentJson(ctx, doc)));
    for (const services::NamedInvitee &i : d.invitees)
        invitees.append(i.name);
    return {{QStringLiteral("id"), qint64(c.id)},
            {QStringLiteral("position"), c.position},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("category"), table ? domain::contentCategoryLabel(c.category, lang)
                                               : domain::contentCategoryKey(c.category)},
            {QStringLiteral("presentingAgency"), d.presentingAgency},
            {QStringLiteral("reviewingAgency"), d.reviewingAgency},
            {QStringLiteral("plannedDay"), dateValue(ctx, c.plannedDay)},
            {QStringLiteral("halfDay"),
             c.halfDay ? QJsonValue(table ? domain::halfDayLabel(*c.halfDay, lang)
                                          : domain::halfDayKey(*c.halfDay))
                       : QJsonValue::Null},
            {QStringLiteral("inYearlyPlan"), c.inYearlyPlan},
            {QStringLiteral("handling"), table ? domain::contentHandlingLabel(c.handling, lang)
                                               : domain::contentHandlingKey(c.handling)},
            {QStringLiteral("status"), table ? domain::contentStatusLabel(c.status, lang)
                                             : domain::contentStatusKey(c.status)},
            {QStringLiteral("documents"), documents},
            {QStringLiteral("invitees"), invitees}};
}

QJsonObject milestonesJson(const Context &ctx, const domain::MeetingMilestones &m)
{
    return {{QStringLiteral("programmeSettled"), dateValue(ctx, m.programmeSettled)},
            {QStringLiteral("convocation"), dateValue(ctx, m.convocation)},
            {QStringLiteral("documentsDue"), dateValue(ctx, m.documentsDue)}};
}

int runShow(Context &ctx, const Invocation &inv)
{
    std::unique_ptr<Workspace> ws;
    Meeting meeting;
    if (auto code = openMeeting(ctx, inv.positionals.at(0), ws, meeting))
        return *code;
    auto details = ws->meetings().details(ctx.actor(), meeting.id);
    if (!details)
        return ctx.fail(details.error());
    QJsonObject object =
        meetingJson(ctx, details->meeting, int(details->contents.size()), details->chairName);
    QJsonArray contents;
    for (const services::ContentDetails &c : details->contents)
        contents.append(contentJson(ctx, c));
    const QStringList contentKeys{QStringLiteral("position"),         QStringLiteral("title"),
                                  QStringLiteral("presentingAgency"), QStringLiteral("plannedDay"),
                                  QStringLiteral("halfDay"),          QStringLiteral("status"),
                                  QStringLiteral("documents")};
    switch (ctx.format()) {
    case Format::Json:
        object.insert(QStringLiteral("milestones"), milestonesJson(ctx, details->milestones));
        object.insert(QStringLiteral("contents"), contents);
        ctx.out(jsonText(object));
        break;
    case Format::Csv:
        ctx.out(renderCsv(objectsToSheet(contents, contentKeys)));
        break;
    case Format::Table: {
        const QJsonObject milestones = milestonesJson(ctx, details->milestones);
        Record record = meetingRecord(ctx, object);
        record.append(Field{QStringLiteral("programmeSettled"),
                            ctx.tr("Chốt chương trình", "Programme settled"),
                            milestones.value(QLatin1String("programmeSettled"))});
        record.append(Field{QStringLiteral("convocation"), ctx.tr("Triệu tập", "Convocation"),
                            milestones.value(QLatin1String("convocation"))});
        record.append(Field{QStringLiteral("documentsDue"),
                            ctx.tr("Hạn gửi tài liệu", "Documents due"),
                            milestones.value(QLatin1String("documentsDue"))});
        ctx.out(details->meeting.title(ctx.lang()) + QLatin1Char('\n') + renderRecordTable(record) +
                QLatin1Char('\n'));
        Sheet sheet = objectsToSheet(contents, contentKeys);
        sheet.headers = QStringList{ctx.tr("TT", "#"),
                                    ctx.tr("Nội dung", "Content"),
                                    ctx.tr("Cơ quan trình", "Presenting"),
                                    ctx.tr("Ngày", "Day"),
                                    ctx.tr("Buổi", "Half-day"),
                                    ctx.tr("Tình trạng", "Status"),
                                    ctx.tr("Tài liệu", "Documents")};
        ctx.out(renderTable(sheet));
        break;
    }
    }
    return 0;
}

// ---------------------------------------------------------------- readiness, conflicts, suggest

QJsonObject readinessJson(const Context &ctx, const services::MeetingReadiness &r)
{
    QJsonArray agencies;
    for (const services::AgencyReadiness &a : r.agencies) {
        QJsonArray documents;
        for (const services::ReadinessLine &line : a.lines) {
            QJsonObject doc = documentJson(ctx, line.document);
            doc.insert(QStringLiteral("contentId"), qint64(line.contentId));
            doc.insert(QStringLiteral("content"), line.contentTitle);
            documents.append(doc);
        }
        agencies.append(QJsonObject{{QStringLiteral("agencyId"), qint64(a.agencyId)},
                                    {QStringLiteral("agency"), a.agencyName},
                                    {QStringLiteral("missing"), a.missing},
                                    {QStringLiteral("dueSoon"), a.dueSoon},
                                    {QStringLiteral("overdue"), a.overdue},
                                    {QStringLiteral("receivedLate"), a.receivedLate},
                                    {QStringLiteral("received"), a.received},
                                    {QStringLiteral("documents"), documents}});
    }
    return {{QStringLiteral("id"), qint64(r.meeting.id)},
            {QStringLiteral("term"), r.meeting.term},
            {QStringLiteral("number"), r.meeting.number},
            {QStringLiteral("title"), r.meeting.title(ctx.lang())},
            {QStringLiteral("firstDay"), dateValue(ctx, r.meeting.firstDay())},
            {QStringLiteral("milestones"), milestonesJson(ctx, r.milestones)},
            {QStringLiteral("documents"), r.documents},
            {QStringLiteral("outstanding"), r.outstanding},
            {QStringLiteral("agencies"), agencies}};
}

int runReadiness(Context &ctx, const Invocation &inv)
{
    int next = 3;
    if (auto problem = readIntOption(ctx, inv, "next", 1, 50, next))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    services::MeetingService &svc = (*ws)->meetings();
    QList<services::MeetingReadiness> list;
    if (!inv.positionals.isEmpty()) {
        auto meeting = resolveMeeting(ctx, **ws, inv.positionals.at(0));
        if (!meeting)
            return ctx.fail(meeting.error());
        auto one = svc.readinessOf(ctx.actor(), meeting->id);
        if (!one)
            return ctx.fail(one.error());
        list.append(*one);
    } else {
        auto all = svc.readiness(ctx.actor(), next);
        if (!all)
            return ctx.fail(all.error());
        list = *all;
    }
    if (ctx.format() == Format::Json) {
        QJsonArray meetings;
        for (const services::MeetingReadiness &r : list)
            meetings.append(readinessJson(ctx, r));
        ctx.out(jsonText(QJsonObject{{QStringLiteral("today"), iso(svc.today())},
                                     {QStringLiteral("meetings"), meetings}}));
        return 0;
    }
    // Table and CSV: one line per document not received on time.
    QJsonArray lines;
    for (const services::MeetingReadiness &r : list) {
        for (const services::AgencyReadiness &a : r.agencies) {
            for (const services::ReadinessLine &line : a.lines) {
                QJsonObject doc = documentJson(ctx, line.document);
                doc.insert(QStringLiteral("meeting"),
                           QStringLiteral("%1/%2").arg(r.meeting.term).arg(r.meeting.number));
                doc.insert(QStringLiteral("content"), line.contentTitle);
                lines.append(doc);
            }
        }
    }
    int outstanding = 0;
    for (const services::MeetingReadiness &r : list)
        outstanding += r.outstanding;
    printList(
        ctx, QStringLiteral("documents"), lines,
        {QStringLiteral("meeting"), QStringLiteral("agency"), QStringLiteral("kind"),
         QStringLiteral("content"), QStringLiteral("dueDate"), QStringLiteral("receivedOn"),
         QStringLiteral("state")},
        {ctx.tr("Phiên họp", "Meeting"), ctx.tr("Cơ quan", "Agency"),
         ctx.tr("Tài liệu", "Document"), ctx.tr("Nội dung", "Content"), ctx.tr("Hạn gửi", "Due"),
         ctx.tr("Ngày nhận", "Received"), ctx.tr("Tình trạng", "State")},
        ctx.tr("%1 phiên họp; %2 tài liệu chưa nhận.", "%1 meetings; %2 documents outstanding.")
            .arg(list.size())
            .arg(outstanding));
    return 0;
}

int runConflicts(Context &ctx, const Invocation &inv)
{
    QDate from, to;
    if (auto problem = readDateOption(ctx, inv, "from", from))
        return ctx.usageError(*problem);
    if (auto problem = readDateOption(ctx, inv, "to", to))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    services::MeetingService &svc = (*ws)->meetings();
    if (!from.isValid())
        from = svc.today();
    if (!to.isValid())
        to = from.addMonths(3);
    auto conflicts = svc.conflicts(ctx.actor(), from, to);
    if (!conflicts)
        return ctx.fail(conflicts.error());
    QJsonArray items;
    for (const services::Conflict &c : *conflicts) {
        QJsonArray involved;
        for (const services::CalendarItem &i : c.items)
            involved.append(ctx.format() == Format::Table
                                ? QJsonValue(i.title)
                                : QJsonValue(QJsonObject{{QStringLiteral("type"),
                                                          services::calendarItemTypeKey(i.type)},
                                                         {QStringLiteral("id"), qint64(i.id)},
                                                         {QStringLiteral("title"), i.title}}));
        items.append(QJsonObject{{QStringLiteral("date"), iso(c.date)},
                                 {QStringLiteral("kind"), services::conflictKindKey(c.kind)},
                                 {QStringLiteral("subject"), c.subject},
                                 {QStringLiteral("items"), involved},
                                 {QStringLiteral("message"), c.message.text(ctx.lang())}});
    }
    printList(ctx, QStringLiteral("conflicts"), items,
              {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("message")},
              {ctx.tr("Ngày", "Date"), ctx.tr("Loại", "Kind"), ctx.tr("Xung đột", "Conflict")},
              ctx.tr("%1 xung đột từ %2 đến %3.", "%1 conflicts from %2 to %3.")
                  .arg(items.size())
                  .arg(domain::shortDate(from), domain::shortDate(to)),
              {{QStringLiteral("from"), iso(from)}, {QStringLiteral("to"), iso(to)}});
    return 0;
}

int runSuggest(Context &ctx, const Invocation &inv)
{
    std::optional<int> year;
    if (auto problem = readYearOption(ctx, inv, year))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    const int y = year.value_or((*ws)->meetings().today().year());
    QJsonArray items;
    for (int month = 1; month <= 12; ++month) {
        auto day = (*ws)->meetings().suggestedDate(ctx.actor(), y, month);
        if (!day)
            return ctx.fail(day.error());
        items.append(QJsonObject{{QStringLiteral("month"), month},
                                 {QStringLiteral("date"), iso(*day)},
                                 {QStringLiteral("weekday"), ctx.lang() == Lang::En
                                                                 ? domain::weekdayNameEn(*day)
                                                                 : domain::weekdayName(*day)}});
    }
    printList(ctx, QStringLiteral("days"), items,
              {QStringLiteral("month"), QStringLiteral("date"), QStringLiteral("weekday")},
              {ctx.tr("Tháng", "Month"), ctx.tr("Ngày", "Date"), ctx.tr("Thứ", "Day")},
              ctx.tr("Phiên họp thường kỳ năm %1: ngày 10 hoặc ngày làm việc kế tiếp.",
                     "Regular meetings of %1: the 10th or the next working day.")
                  .arg(y),
              {{QStringLiteral("year"), y}});
    return 0;
}

// ---------------------------------------------------------------- add, edit, delete

/// The chair named by --chair, or 0 when the option is absent.
Result<Id> chairOption(const Context &ctx, Workspace &ws, const Invocation &inv)
{
    if (!inv.args.has(QStringLiteral("chair")))
        return Id{0};
    const QString name = inv.args.value(QStringLiteral("chair"));
    auto person = ws.reference().findPerson(ctx.actor(), name);
    if (!person)
        return person.error();
    if (!*person)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Không có cán bộ nào tên \"%1\".").arg(name),
                         QStringLiteral("No person is named \"%1\".").arg(name));
    return (*person)->id;
}

/// Reads --kind, --status, --venue, --notes into the meeting; the usage message when a
/// value is not known.
std::optional<QString> readMeetingOptions(const Context &ctx, const Invocation &inv, Meeting &m)
{
    if (inv.args.has(QStringLiteral("kind"))) {
        auto kind = domain::meetingKindFromText(inv.args.value(QStringLiteral("kind")));
        if (!kind)
            return ctx.tr("--kind phải là regular, thematic hoặc other.",
                          "--kind must be regular, thematic or other.");
        m.kind = *kind;
    }
    if (inv.args.has(QStringLiteral("status"))) {
        auto status = domain::meetingStatusFromText(inv.args.value(QStringLiteral("status")));
        if (!status)
            return ctx.tr("--status phải là planned, convened, held, postponed hoặc cancelled.",
                          "--status must be planned, convened, held, postponed or cancelled.");
        m.status = *status;
    }
    if (inv.args.has(QStringLiteral("venue")))
        m.venue = inv.args.value(QStringLiteral("venue"));
    if (inv.args.has(QStringLiteral("notes")))
        m.notes = inv.args.value(QStringLiteral("notes"));
    return std::nullopt;
}

int reportMeeting(Context &ctx, Workspace &ws, const Meeting &m, const QString &message)
{
    auto chair = ws.reference().people(ctx.actor());
    QString chairName;
    if (chair) {
        for (const domain::Person &p : *chair)
            chairName = p.id == m.chairId ? p.fullName : chairName;
    }
    ctx.report(message, meetingRecord(ctx, meetingJson(ctx, m, 0, chairName)));
    return 0;
}

int runAdd(Context &ctx, const Invocation &inv)
{
    QDate date;
    int days = 2, term = 0, number = 0;
    if (auto problem = readDateOption(ctx, inv, "date", date))
        return ctx.usageError(*problem);
    if (auto problem = readIntOption(ctx, inv, "days", 1, 31, days))
        return ctx.usageError(*problem);
    if (auto problem = readIntOption(ctx, inv, "term", 1, 99, term))
        return ctx.usageError(*problem);
    if (auto problem = readIntOption(ctx, inv, "number", 1, 999, number))
        return ctx.usageError(*problem);
    Meeting m;
    m.term = term;
    m.number = number;
    if (auto problem = readMeetingOptions(ctx, inv, m))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto calendar = (*ws)->calendar().workingDays(ctx.actor());
    if (!calendar)
        return ctx.fail(calendar.error());
    // The phase covers `days` working days from the first.
    m.phases << domain::MeetingPhase{date, calendar->addWorkingDays(date, days - 1)};
    auto chair = chairOption(ctx, **ws, inv);
    if (!chair)
        return ctx.fail(chair.error());
    m.chairId = *chair;
    auto saved = (*ws)->meetings().createMeeting(ctx.actor(), m);
    if (!saved)
        return ctx.fail(saved.error());
    return reportMeeting(ctx, **ws, *saved, ctx.tr("Đã thêm phiên họp.", "Added the meeting."));
}

int runEdit(Context &ctx, const Invocation &inv)
{
    QDate date;
    if (auto problem = readDateOption(ctx, inv, "date", date))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    services::MeetingService &svc = (*ws)->meetings();
    auto meeting = resolveMeeting(ctx, **ws, inv.positionals.at(0));
    if (!meeting)
        return ctx.fail(meeting.error());
    // --date moves the meeting with its phases and contents, as dragging it does.
    if (date.isValid() && date != meeting->firstDay()) {
        auto moved = svc.rescheduleMeeting(ctx.actor(), meeting->id, date);
        if (!moved)
            return ctx.fail(moved.error());
        meeting = svc.meeting(ctx.actor(), meeting->id);
        if (!meeting)
            return ctx.fail(meeting.error());
    }
    Meeting m = *meeting;
    if (auto problem = readMeetingOptions(ctx, inv, m))
        return ctx.usageError(*problem);
    auto chair = chairOption(ctx, **ws, inv);
    if (!chair)
        return ctx.fail(chair.error());
    if (*chair)
        m.chairId = *chair;
    auto saved = svc.updateMeeting(ctx.actor(), m);
    if (!saved)
        return ctx.fail(saved.error());
    return reportMeeting(ctx, **ws, *saved, ctx.tr("Đã sửa phiên họp.", "Updated the meeting."));
}

int runDelete(Context &ctx, const Invocation &inv)
{
    std::unique_ptr<Workspace> ws;
    Meeting meeting;
    if (auto code = openMeeting(ctx, inv.positionals.at(0), ws, meeting))
        return *code;
    if (auto done = ws->meetings().deleteMeeting(ctx.actor(), meeting.id); !done)
        return ctx.fail(done.error());
    ctx.report(
        ctx.tr("Đã xóa phiên họp.", "Deleted the meeting."),
        {Field{QStringLiteral("term"), ctx.tr("Khóa", "Term"), meeting.term},
         Field{QStringLiteral("number"), ctx.tr("Phiên họp thứ", "Number"), meeting.number}});
    return 0;
}

// ---------------------------------------------------------------- contents, documents

int runContentAdd(Context &ctx, const Invocation &inv)
{
    domain::MeetingContent c;
    c.title = inv.args.value(QStringLiteral("title"));
    if (inv.args.has(QStringLiteral("category"))) {
        auto category = domain::contentCategoryFromText(inv.args.value(QStringLiteral("category")));
        if (!category)
            return ctx.usageError(ctx.tr(
                "--category phải là law_making, supervision, national, personnel hoặc other.",
                "--category must be law_making, supervision, national, personnel or other."));
        c.category = *category;
    }
    if (auto problem = readDateOption(ctx, inv, "day", c.plannedDay))
        return ctx.usageError(*problem);
    if (inv.args.has(QStringLiteral("half"))) {
        auto half = domain::halfDayFromText(inv.args.value(QStringLiteral("half")));
        if (!half)
            return ctx.usageError(ctx.tr("--half phải là morning, afternoon hoặc evening.",
                                         "--half must be morning, afternoon or evening."));
        c.halfDay = half;
    }
    QList<domain::DocumentKind> kinds;
    for (const QString &k :
         inv.args.value(QStringLiteral("documents")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto kind = domain::documentKindFromText(k.trimmed());
        if (!kind)
            return ctx.usageError(
                ctx.tr("Loại tài liệu không rõ: \"%1\" (submission, review_report, draft, "
                       "explanation_report, report, other).",
                       "Unknown kind of document: \"%1\" (submission, review_report, draft, "
                       "explanation_report, report, other).")
                    .arg(k));
        kinds << *kind;
    }
    c.inYearlyPlan = !inv.args.has(QStringLiteral("added"));
    if (inv.args.has(QStringLiteral("written")))
        c.handling = domain::ContentHandling::WrittenOpinion;
    std::unique_ptr<Workspace> ws;
    Meeting meeting;
    if (auto code = openMeeting(ctx, inv.positionals.at(0), ws, meeting))
        return *code;
    c.meetingId = meeting.id;
    if (c.inYearlyPlan) {
        c.plannedYear = meeting.firstDay().year();
        c.plannedMonth = meeting.firstDay().month();
    }
    auto presenting = resolveUnit(ctx, *ws, inv.args.value(QStringLiteral("presenting")));
    if (!presenting)
        return ctx.fail(presenting.error());
    c.presentingAgencyId = *presenting;
    if (inv.args.has(QStringLiteral("reviewing"))) {
        auto reviewing = resolveUnit(ctx, *ws, inv.args.value(QStringLiteral("reviewing")));
        if (!reviewing)
            return ctx.fail(reviewing.error());
        c.reviewingAgencyId = *reviewing;
    }
    QList<domain::RequiredDocument> documents;
    for (domain::DocumentKind kind : kinds) {
        domain::RequiredDocument d;
        d.kind = kind;
        // A review report is owed by the reviewing committee, the rest by the presenter.
        d.responsibleAgencyId = kind == domain::DocumentKind::ReviewReport && c.reviewingAgencyId
                                    ? c.reviewingAgencyId
                                    : c.presentingAgencyId;
        documents << d;
    }
    QList<domain::Invitee> invitees{{0, c.presentingAgencyId, 0}};
    if (c.reviewingAgencyId && c.reviewingAgencyId != c.presentingAgencyId)
        invitees << domain::Invitee{0, c.reviewingAgencyId, 0};
    auto saved = ws->meetings().addContent(ctx.actor(), c, documents, invitees);
    if (!saved)
        return ctx.fail(saved.error());
    const QJsonObject json = contentJson(ctx, *saved);
    ctx.report(
        ctx.tr("Đã thêm nội dung.", "Added the content."),
        recordOf(ctx, json,
                 {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("title"),
                  QStringLiteral("presentingAgency"), QStringLiteral("reviewingAgency"),
                  QStringLiteral("plannedDay"), QStringLiteral("documents")},
                 {ctx.tr("Mã", "Id"), ctx.tr("Thứ tự", "Position"), ctx.tr("Nội dung", "Content"),
                  ctx.tr("Cơ quan trình", "Presenting"), ctx.tr("Cơ quan thẩm tra", "Reviewing"),
                  ctx.tr("Ngày", "Day"), ctx.tr("Tài liệu", "Documents")}));
    return 0;
}

int runDocumentReceive(Context &ctx, const Invocation &inv)
{
    bool ok = false;
    const Id id = inv.positionals.at(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usageError(
            ctx.tr("DOCUMENT là mã số của tài liệu (xem meetings show --format json).",
                   "DOCUMENT is the document's id (see meetings show --format json)."));
    QDate on;
    if (auto problem = readDateOption(ctx, inv, "on", on))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    if (!on.isValid())
        on = (*ws)->meetings().today();
    auto status = (*ws)->meetings().receiveDocument(ctx.actor(), id, on);
    if (!status)
        return ctx.fail(status.error());
    const QJsonObject json = documentJson(ctx, *status);
    ctx.report(
        ctx.tr("Đã ghi nhận tài liệu.", "Recorded the document as received."),
        recordOf(ctx, json,
                 {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("agency"),
                  QStringLiteral("dueDate"), QStringLiteral("receivedOn"), QStringLiteral("state")},
                 {ctx.tr("Mã", "Id"), ctx.tr("Tài liệu", "Document"), ctx.tr("Cơ quan", "Agency"),
                  ctx.tr("Hạn gửi", "Due"), ctx.tr("Ngày nhận", "Received"),
                  ctx.tr("Tình trạng", "State")}));
    return 0;
}

} // namespace

/// MEETING: "40" (the current term's meeting 40) or "15/40" (term XV, meeting 40).
Result<domain::Meeting> resolveMeeting(const Context &ctx, services::Workspace &ws, const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    bool okTerm = true, okNumber = false;
    int term = 0;
    if (parts.size() == 2)
        term = parts.first().toInt(&okTerm);
    const int number = parts.size() <= 2 ? parts.last().toInt(&okNumber) : 0;
    if (!okTerm || !okNumber || number < 1 || parts.size() > 2)
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral(
                "Phiên họp phải ghi là SỐ (trong khóa hiện tại) hoặc KHÓA/SỐ, ví dụ 15/40: \"%1\".")
                .arg(text),
            QStringLiteral(
                "A meeting is given as NUMBER (in the current term) or TERM/NUMBER, such as "
                "15/40: \"%1\".")
                .arg(text));
    if (term == 0) {
        auto current = ws.meetings().currentTerm(ctx.actor());
        if (!current)
            return current.error();
        term = current->number;
    }
    return ws.meetings().meetingByNumber(ctx.actor(), term, number);
}

QList<Command> meetingCommands()
{
    return {
        {names({"meetings", "list"}),
         names({"from", "to", "term"}),
         {},
         {},
         runList,
         "liệt kê phiên họp UBTVQH trong khoảng ngày (mặc định: năm nay) hoặc của một khóa",
         "list Standing Committee meetings in a range (default: this year) or of a term"},
        {names({"meetings", "show"}),
         {},
         {},
         names({"MEETING"}),
         runShow,
         "xem một phiên họp (SỐ trong khóa hiện tại, hoặc KHÓA/SỐ): nội dung, tài liệu, thành phần "
         "mời",
         "show a meeting (NUMBER in the current term, or TERM/NUMBER): contents, documents, "
         "invitees"},
        {names({"meetings", "readiness"}),
         names({"next"}),
         {},
         {},
         runReadiness,
         "tài liệu còn thiếu, sắp đến hạn, quá hạn của một phiên họp hoặc --next phiên họp sắp "
         "tới, theo cơ quan",
         "documents missing, due soon or late for a meeting or the --next meetings, by agency",
         Access::Read,
         names({"MEETING"})},
        {names({"meetings", "conflicts"}),
         names({"from", "to"}),
         {},
         {},
         runConflicts,
         "trùng lịch người, phòng họp; họp vào ngày nghỉ hay ngày kỳ họp (mặc định: ba tháng tới)",
         "people or rooms booked twice, meetings on days off or plenary days (default: next three "
         "months)"},
        {names({"meetings", "suggest"}),
         names({"year"}),
         {},
         {},
         runSuggest,
         "ngày đề xuất cho các phiên họp thường kỳ của một năm (ngày 10 hoặc ngày làm việc kế "
         "tiếp)",
         "the suggested day of each regular meeting of a year (the 10th or the next working day)"},
        {names({"meetings", "add"}),
         names({"date", "days", "term", "number", "kind", "status", "venue", "chair", "notes"}),
         names({"date"}),
         {},
         runAdd,
         "thêm phiên họp từ ngày --date, kéo dài --days ngày làm việc (số thứ tự tiếp theo nếu "
         "không có --number)",
         "add a meeting from --date for --days working days (the next number unless --number)",
         Access::Login},
        {names({"meetings", "edit"}),
         names({"date", "kind", "status", "venue", "chair", "notes"}),
         {},
         names({"MEETING"}),
         runEdit,
         "sửa phiên họp; --date dời phiên họp (các đợt, nội dung đi theo)",
         "edit a meeting; --date moves it (phases and contents along)",
         Access::Login},
        {names({"meetings", "delete"}),
         {},
         {},
         names({"MEETING"}),
         runDelete,
         "xóa phiên họp chưa có nội dung và chưa họp",
         "delete a meeting without contents that was not held",
         Access::Login},
        {names({"meetings", "contents", "add"}),
         names({"title", "presenting", "reviewing", "category", "day", "half", "documents", "added",
                "written"}),
         names({"title", "presenting"}), names({"MEETING"}), runContentAdd,
         "thêm nội dung vào phiên họp, với các tài liệu cần có (--documents "
         "submission,review_report,…)",
         "add a content to a meeting, with the documents it needs (--documents "
         "submission,review_report,…)",
         Access::Login},
        {names({"meetings", "documents", "receive"}),
         names({"on"}),
         {},
         names({"DOCUMENT"}),
         runDocumentReceive,
         "ghi nhận đã nhận tài liệu (mặc định: hôm nay)",
         "record a document as received (default: today)",
         Access::Login},
    };
}

} // namespace thuky::cli
