// agenda list|show|check|diff|export, and the writes a script needs: agenda session-add,
// version-new, adopt, item-add, item-edit, item-move, item-delete. The National Assembly
// sessions' agendas from scripts.

#include "commands.h"
#include "programme_support.h"

#include "thuky/documents/ics.h"
#include "thuky/documents/rich_document.h"
#include "thuky/domain/session_agenda.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/session_documents.h"
#include "thuky/services/session_service.h"
#include "thuky/services/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace thuky::cli {

namespace {

using domain::AgendaItem;
using domain::Id;
using domain::Session;
using services::AgendaVersionInfo;
using services::Workspace;

const QString kProductId = QStringLiteral("-//VPQH//Thuky//VI");

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool table(const Context &ctx)
{
    return ctx.format() == Format::Table;
}

/// dd/MM/yyyy in tables, ISO in JSON and CSV.
QJsonValue dateValue(const Context &ctx, const QDate &date)
{
    if (!date.isValid())
        return QJsonValue::Null;
    return table(ctx) ? domain::shortDate(date) : iso(date);
}

QJsonValue timeValue(const QTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(QStringLiteral("HH:mm"))) : QJsonValue::Null;
}

template <typename E, typename Key, typename Label>
QJsonValue enumValue(const Context &ctx, E value, Key key, Label label)
{
    return table(ctx) ? label(value, ctx.lang()) : key(value);
}

/// A positive whole number argument, or std::nullopt.
std::optional<Id> idArg(const QString &text)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<Id>(id) : std::nullopt;
}

/// Opens the database; the exit code (error printed) when that fails.
std::optional<int> open(Context &ctx, std::unique_ptr<Workspace> &ws)
{
    auto opened = ctx.openWorkspace(false);
    if (!opened)
        return ctx.fail(opened.error());
    ws = std::move(opened).value();
    return std::nullopt;
}

/// SESSION (its id, as `agenda list` shows it) and --version V (its number; absent: the
/// newest). Usage errors come back as text.
struct Target
{
    Id sessionId = 0;
    int version = 0; ///< 0: the newest
};

std::optional<QString> readTarget(const Context &ctx, const Invocation &inv, Target &target)
{
    const auto id = idArg(inv.positionals.at(0));
    if (!id)
        return ctx.tr("SESSION là mã số của kỳ họp (xem agenda list).",
                      "SESSION is the session's id (see agenda list).");
    target.sessionId = *id;
    if (auto problem = readIntOption(ctx, inv, "version", 1, 9999, target.version))
        return problem;
    return std::nullopt;
}

/// The version a command is about.
Result<AgendaVersionInfo> versionOf(const Context &ctx, Workspace &ws, const Target &target)
{
    return target.version ? ws.sessions().versionByNumber(ctx.actor(), target.sessionId, target.version)
                          : ws.sessions().latestVersion(ctx.actor(), target.sessionId);
}

QJsonObject versionJson(const Context &ctx, const AgendaVersionInfo &v)
{
    return {{QStringLiteral("id"), qint64(v.version.id)},
            {QStringLiteral("number"), v.version.number},
            {QStringLiteral("label"), ctx.lang() == Lang::En ? v.labelEn : v.label},
            {QStringLiteral("state"), enumValue(ctx, v.version.state, domain::agendaVersionStateKey,
                                                domain::agendaVersionStateLabel)},
            {QStringLiteral("createdOn"), dateValue(ctx, v.version.createdOn)},
            {QStringLiteral("adoptedOn"), dateValue(ctx, v.version.adoptedOn)},
            {QStringLiteral("readOnly"), v.version.readOnly},
            {QStringLiteral("items"), v.itemCount},
            {QStringLiteral("note"), v.version.note}};
}

QJsonArray phasesJson(const Context &ctx, const Session &s)
{
    QJsonArray phases;
    for (const domain::SessionPhase &p : s.phases)
        phases.append(table(ctx) ? QJsonValue(domain::shortDate(p.first) + QStringLiteral("–") +
                                              domain::shortDate(p.last))
                                 : QJsonValue(QJsonObject{{QStringLiteral("number"), p.number},
                                                          {QStringLiteral("first"), iso(p.first)},
                                                          {QStringLiteral("last"), iso(p.last)}}));
    return phases;
}

QJsonObject sessionJson(const Context &ctx, const services::SessionSummary &s)
{
    QJsonArray versions;
    for (const AgendaVersionInfo &v : s.versions)
        versions.append(table(ctx) ? QJsonValue(QStringLiteral("%1. %2")
                                                    .arg(v.version.number)
                                                    .arg(ctx.lang() == Lang::En ? v.labelEn : v.label))
                                   : QJsonValue(versionJson(ctx, v)));
    const Session &x = s.session;
    return {{QStringLiteral("id"), qint64(x.id)},
            {QStringLiteral("term"), x.term},
            {QStringLiteral("kind"), enumValue(ctx, x.kind, domain::sessionKindKey, domain::sessionKindLabel)},
            {QStringLiteral("ordinal"), x.ordinal},
            {QStringLiteral("title"), x.fullTitle(ctx.lang())},
            {QStringLiteral("status"),
             enumValue(ctx, x.status, domain::sessionStatusKey, domain::sessionStatusLabel)},
            {QStringLiteral("firstDay"), dateValue(ctx, x.firstDay())},
            {QStringLiteral("lastDay"), dateValue(ctx, x.lastDay())},
            {QStringLiteral("phases"), phasesJson(ctx, x)},
            {QStringLiteral("venue"), x.venue},
            {QStringLiteral("versions"), versions}};
}

QJsonObject itemJson(const Context &ctx, const services::NamedAgendaItem &n)
{
    const AgendaItem &it = n.item;
    return {{QStringLiteral("id"), qint64(it.id)},
            {QStringLiteral("key"), it.key},
            {QStringLiteral("date"), iso(it.date)},
            {QStringLiteral("halfDay"), enumValue(ctx, it.halfDay, domain::halfDayKey, domain::halfDayLabel)},
            {QStringLiteral("position"), it.position},
            {QStringLiteral("start"), timeValue(it.startTime)},
            {QStringLiteral("end"), timeValue(it.endTime)},
            {QStringLiteral("activity"),
             enumValue(ctx, it.activity, domain::activityTypeKey, domain::activityTypeLabel)},
            {QStringLiteral("category"),
             enumValue(ctx, it.category, domain::contentCategoryKey, domain::contentCategoryLabel)},
            {QStringLiteral("title"), it.title},
            {QStringLiteral("matterId"), it.matterId ? QJsonValue(qint64(it.matterId)) : QJsonValue::Null},
            {QStringLiteral("matter"), n.matter},
            {QStringLiteral("presentingAgency"), n.presentingAgency},
            {QStringLiteral("reviewingAgency"), n.reviewingAgency},
            {QStringLiteral("presenter"), n.presenter},
            {QStringLiteral("chair"), n.chair},
            {QStringLiteral("venueKind"),
             enumValue(ctx, it.venueKind, domain::venueKindKey, domain::venueKindLabel)},
            {QStringLiteral("venue"), it.venue},
            {QStringLiteral("liveBroadcast"), it.liveBroadcast},
            {QStringLiteral("plannedMinutes"), it.plannedMinutes},
            {QStringLiteral("notes"), it.notes}};
}

QJsonObject slotJson(const domain::AgendaSlot &s)
{
    return {{QStringLiteral("date"), iso(s.date)},
            {QStringLiteral("halfDay"), domain::halfDayKey(s.halfDay)},
            {QStringLiteral("position"), s.position}};
}

QString slotText(const Context &ctx, const domain::AgendaSlot &s)
{
    return QStringLiteral("%1 %2 #%3")
        .arg(domain::shortDate(s.date), domain::halfDayLabel(s.halfDay, ctx.lang()))
        .arg(s.position);
}

enum class OutKind { Ics, Docx, Pdf, Other };

OutKind outKind(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"ics")
        return OutKind::Ics;
    if (suffix == u"docx")
        return OutKind::Docx;
    if (suffix == u"pdf")
        return OutKind::Pdf;
    return OutKind::Other;
}

Result<void> writeDocument(const documents::RichDocument &doc, OutKind kind, const QString &path)
{
    return kind == OutKind::Pdf ? documents::writePdfFile(doc, path) : documents::writeDocxFile(doc, path);
}

// ---------------------------------------------------------------- list, show, check

int runList(Context &ctx, const Invocation &inv)
{
    int term = 0;
    if (auto problem = readIntOption(ctx, inv, "term", 1, 99, term))
        return ctx.usageError(*problem);
    std::unique_ptr<Workspace> ws;
    if (auto code = open(ctx, ws))
        return *code;
    auto list = ws->sessions().sessions(ctx.actor(), term);
    if (!list)
        return ctx.fail(list.error());
    QJsonArray items;
    for (const services::SessionSummary &s : *list)
        items.append(sessionJson(ctx, s));
    QJsonObject extra{{QStringLiteral("count"), items.size()}};
    if (term)
        extra.insert(QStringLiteral("term"), term);
    printList(ctx, QStringLiteral("sessions"), items,
              {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("status"),
               QStringLiteral("firstDay"), QStringLiteral("lastDay"), QStringLiteral("versions")},
              {ctx.tr("Mã", "Id"), ctx.tr("Kỳ họp", "Session"), ctx.tr("Tình trạng", "Status"),
               ctx.tr("Từ ngày", "From"), ctx.tr("Đến ngày", "To"), ctx.tr("Phiên bản", "Versions")},
              ctx.tr("%1 kỳ họp.", "%1 sessions.").arg(items.size()), extra);
    return 0;
}

int runShow(Context &ctx, const Invocation &inv)
{
    Target target;
    if (auto problem = readTarget(ctx, inv, target))
        return ctx.usageError(*problem);
    std::unique_ptr<Workspace> ws;
    if (auto code = open(ctx, ws))
        return *code;
    auto version = versionOf(ctx, *ws, target);
    if (!version)
        return ctx.fail(version.error());
    auto view = ws->sessions().days(ctx.actor(), target.sessionId, version->version.id);
    if (!view)
        return ctx.fail(view.error());
    QJsonArray items;
    for (const services::AgendaDay &day : view->days)
        for (const services::AgendaHalfDay &half : day.halfDays)
            for (const services::NamedAgendaItem &n : half.items)
                items.append(itemJson(ctx, n));
    const QStringList keys{QStringLiteral("id"),        QStringLiteral("date"),
                           QStringLiteral("halfDay"),   QStringLiteral("position"),
                           QStringLiteral("activity"),  QStringLiteral("title"),
                           QStringLiteral("presentingAgency"), QStringLiteral("presenter")};
    switch (ctx.format()) {
    case Format::Json: {
        auto summary = ws->sessions().session(ctx.actor(), target.sessionId);
        if (!summary)
            return ctx.fail(summary.error());
        QJsonObject root = sessionJson(ctx, *summary);
        root.insert(QStringLiteral("version"), versionJson(ctx, *version));
        root.insert(QStringLiteral("items"), items);
        ctx.out(jsonText(root));
        break;
    }
    case Format::Csv:
        ctx.out(renderCsv(objectsToSheet(items, keys)));
        break;
    case Format::Table: {
        Sheet sheet = objectsToSheet(items, keys);
        sheet.headers = {ctx.tr("Mã", "Id"),         ctx.tr("Ngày", "Date"),
                         ctx.tr("Buổi", "Half-day"), ctx.tr("TT", "#"),
                         ctx.tr("Hình thức", "Activity"), ctx.tr("Nội dung", "Title"),
                         ctx.tr("Cơ quan trình", "Presenting"), ctx.tr("Người trình bày", "Presenter")};
        for (QStringList &row : sheet.rows) {
            row[1] = domain::shortDate(QDate::fromString(row[1], Qt::ISODate));
            row[5] = elide(row[5], 70);
            row[6] = elide(row[6], 30);
        }
        ctx.out(QStringLiteral("%1 — %2\n")
                    .arg(view->session.fullTitle(ctx.lang()),
                         ctx.lang() == Lang::En ? version->labelEn : version->label) +
                renderTable(sheet) + QLatin1Char('\n') +
                ctx.tr("%1 nội dung.", "%1 items.").arg(items.size()) + QLatin1Char('\n'));
        break;
    }
    }
    return 0;
}

int runCheck(Context &ctx, const Invocation &inv)
{
    Target target;
    if (auto problem = readTarget(ctx, inv, target))
        return ctx.usageError(*problem);
    std::unique_ptr<Workspace> ws;
    if (auto code = open(ctx, ws))
        return *code;
    auto version = versionOf(ctx, *ws, target);
    if (!version)
        return ctx.fail(version.error());
    auto findings = ws->sessions().check(ctx.actor(), target.sessionId, version->version.id);
    if (!findings)
        return ctx.fail(findings.error());
    QJsonArray items;
    for (const domain::AgendaFinding &f : *findings) {
        QJsonArray ids;
        for (Id id : f.itemIds)
            ids.append(qint64(id));
        items.append(QJsonObject{
            {QStringLiteral("rule"), table(ctx) ? domain::findingRuleLabel(f.rule, ctx.lang())
                                                : domain::findingRuleKey(f.rule)},
            {QStringLiteral("severity"), domain::findingSeverityKey(f.severity)},
            {QStringLiteral("itemIds"), ids},
            {QStringLiteral("date"), iso(f.date)},
            {QStringLiteral("halfDay"), f.halfDay ? QJsonValue(domain::halfDayKey(*f.halfDay))
                                                  : QJsonValue::Null},
            {QStringLiteral("message"), f.message.text(ctx.lang())}});
    }
    printList(ctx, QStringLiteral("findings"), items,
              {QStringLiteral("severity"), QStringLiteral("rule"), QStringLiteral("itemIds"),
               QStringLiteral("message")},
              {ctx.tr("Mức", "Severity"), ctx.tr("Quy tắc", "Rule"), ctx.tr("Nội dung", "Items"),
               ctx.tr("Vấn đề", "Problem")},
              ctx.tr("%1 vấn đề.", "%1 findings.").arg(items.size()),
              {{QStringLiteral("sessionId"), qint64(target.sessionId)},
               {QStringLiteral("version"), version->version.number},
               {QStringLiteral("count"), items.size()}});
    return 0;
}

// ---------------------------------------------------------------- diff, export

int runDiff(Context &ctx, const Invocation &inv)
{
    Target target;
    if (auto problem = readTarget(ctx, inv, target))
        return ctx.usageError(*problem);
    bool ok1 = false, ok2 = false;
    const int v1 = inv.positionals.at(1).toInt(&ok1);
    const int v2 = inv.positionals.at(2).toInt(&ok2);
    if (!ok1 || !ok2 || v1 < 1 || v2 < 1)
        return ctx.usageError(ctx.tr("V1 và V2 là số thứ tự của hai phiên bản (xem agenda list).",
                                     "V1 and V2 are the numbers of two versions (see agenda list)."));
    const QString out = inv.args.value(QStringLiteral("out"));
    const OutKind kind = outKind(out);
    if (inv.args.has(QStringLiteral("out")) && kind != OutKind::Docx && kind != OutKind::Pdf)
        return ctx.usageError(ctx.tr("--out phải là tệp .docx hoặc .pdf: \"%1\".",
                                     "--out must be a .docx or .pdf file: \"%1\".")
                                  .arg(out));
    std::unique_ptr<Workspace> ws;
    if (auto code = open(ctx, ws))
        return *code;
    auto from = ws->sessions().versionByNumber(ctx.actor(), target.sessionId, v1);
    if (!from)
        return ctx.fail(from.error());
    auto to = ws->sessions().versionByNumber(ctx.actor(), target.sessionId, v2);
    if (!to)
        return ctx.fail(to.error());
    if (!out.isEmpty()) {
        services::SessionDocuments docs(ws->sessions());
        auto doc = docs.changesAnnex(ctx.actor(), from->version.id, to->version.id);
        if (!doc)
            return ctx.fail(doc.error());
        if (auto written = writeDocument(*doc, kind, out); !written)
            return ctx.fail(written.error());
        ctx.report(ctx.tr("Đã xuất phụ lục những điểm thay đổi.", "Exported the changes annex."),
                   {{QStringLiteral("file"), ctx.tr("Tệp", "File"), out}});
        return 0;
    }
    auto diff = ws->sessions().diff(ctx.actor(), from->version.id, to->version.id);
    if (!diff)
        return ctx.fail(diff.error());
    const auto titled = [](const AgendaItem &it) {
        return QJsonObject{{QStringLiteral("id"), qint64(it.id)},
                           {QStringLiteral("key"), it.key},
                           {QStringLiteral("title"), it.title},
                           {QStringLiteral("slot"), slotJson(domain::slotOf(it))}};
    };
    QJsonArray added, removed, moved, changed;
    for (const AgendaItem &it : diff->added)
        added.append(titled(it));
    for (const AgendaItem &it : diff->removed)
        removed.append(titled(it));
    for (const auto &m : diff->moved)
        moved.append(QJsonObject{{QStringLiteral("key"), m.after.key},
                                 {QStringLiteral("id"), qint64(m.after.id)},
                                 {QStringLiteral("title"), m.after.title},
                                 {QStringLiteral("from"), slotJson(m.from)},
                                 {QStringLiteral("to"), slotJson(m.to)}});
    for (const auto &c : diff->changed) {
        QJsonArray fields;
        for (const domain::AgendaFieldChange &f : c.fields)
            fields.append(QJsonObject{{QStringLiteral("field"), f.field},
                                      {QStringLiteral("before"), f.before},
                                      {QStringLiteral("after"), f.after}});
        changed.append(QJsonObject{{QStringLiteral("key"), c.after.key},
                                   {QStringLiteral("id"), qint64(c.after.id)},
                                   {QStringLiteral("title"), c.after.title},
                                   {QStringLiteral("fields"), fields}});
    }
    if (ctx.format() == Format::Json) {
        ctx.out(jsonText(QJsonObject{{QStringLiteral("sessionId"), qint64(target.sessionId)},
                                     {QStringLiteral("from"), versionJson(ctx, *from)},
                                     {QStringLiteral("to"), versionJson(ctx, *to)},
                                     {QStringLiteral("added"), added},
                                     {QStringLiteral("removed"), removed},
                                     {QStringLiteral("moved"), moved},
                                     {QStringLiteral("changed"), changed}}));
        return 0;
    }
    // Table and CSV: one line per difference.
    QJsonArray lines;
    const auto line = [&](const char *viWhat, const char *enWhat, const QString &key,
                          const QString &title, const QString &detail) {
        lines.append(QJsonObject{{QStringLiteral("change"), ctx.tr(viWhat, enWhat)},
                                 {QStringLiteral("key"), key},
                                 {QStringLiteral("title"), title},
                                 {QStringLiteral("detail"), detail}});
    };
    for (const AgendaItem &it : diff->added)
        line("thêm", "added", it.key, it.title, slotText(ctx, domain::slotOf(it)));
    for (const AgendaItem &it : diff->removed)
        line("bỏ", "removed", it.key, it.title, slotText(ctx, domain::slotOf(it)));
    for (const auto &m : diff->moved)
        line("dời", "moved", m.after.key, m.after.title,
             slotText(ctx, m.from) + QStringLiteral(" → ") + slotText(ctx, m.to));
    for (const auto &c : diff->changed) {
        QStringList parts;
        for (const domain::AgendaFieldChange &f : c.fields)
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(domain::agendaItemFieldLabel(f.field, ctx.lang()), f.before, f.after);
        line("sửa", "changed", c.after.key, c.after.title, parts.join(QStringLiteral("; ")));
    }
    if (ctx.format() == Format::Csv) {
        ctx.out(renderCsv(objectsToSheet(lines, {QStringLiteral("change"), QStringLiteral("key"),
                                                  QStringLiteral("title"), QStringLiteral("detail")})));
        return 0;
    }
    Sheet sheet = objectsToSheet(lines, {QStringLiteral("change"), QStringLiteral("title"),
                                         QStringLiteral("detail")});
    sheet.headers = {ctx.tr("Thay đổi", "Change"), ctx.tr("Nội dung", "Title"),
                     ctx.tr("Chi tiết", "Detail")};
    for (QStringList &row : sheet.rows)
        row[1] = elide(row[1], 60);
    ctx.out(renderTable(sheet) + QLatin1Char('\n') +
            ctx.tr("Thêm %1, bỏ %2, dời %3, sửa %4.", "Added %1, removed %2, moved %3, changed %4.")
                .arg(added.size())
                .arg(removed.size())
                .arg(moved.size())
                .arg(changed.size()) +
            QLatin1Char('\n'));
    return 0;
}

int runExport(Context &ctx, const Invocation &inv)
{
    Target target;
    if (auto problem = readTarget(ctx, inv, target))
        return ctx.usageError(*problem);
    const QString out = inv.args.value(QStringLiteral("out"));
    const OutKind kind = outKind(out);
    if (kind == OutKind::Other)
        return ctx.usageError(ctx.tr("--out phải là tệp .docx, .pdf hoặc .ics: \"%1\".",
                                     "--out must be a .docx, .pdf or .ics file: \"%1\".")
                                  .arg(out));
    QDate day;
    if (auto problem = readDateOption(ctx, inv, "day", day))
        return ctx.usageError(*problem);
    if (day.isValid() && kind == OutKind::Ics)
        return ctx.usageError(ctx.tr("--day chỉ dùng với .docx hoặc .pdf.",
                                     "--day goes with .docx or .pdf only."));
    std::unique_ptr<Workspace> ws;
    if (auto code = open(ctx, ws))
        return *code;
    auto version = versionOf(ctx, *ws, target);
    if (!version)
        return ctx.fail(version.error());
    services::SessionDocuments docs(ws->sessions());
    if (kind == OutKind::Ics) {
        auto events = docs.icsEvents(ctx.actor(), target.sessionId, version->version.id);
        if (!events)
            return ctx.fail(events.error());
        if (auto written = documents::writeIcsFile(*events, kProductId, out); !written)
            return ctx.fail(written.error());
        ctx.report(ctx.tr("Đã xuất lịch.", "Exported the calendar."),
                   {{QStringLiteral("file"), ctx.tr("Tệp", "File"), out},
                    {QStringLiteral("version"), ctx.tr("Phiên bản", "Version"), version->version.number},
                    {QStringLiteral("events"), ctx.tr("Số sự kiện", "Events"), int(events->size())}});
        return 0;
    }
    auto doc = day.isValid()
                   ? docs.daySchedule(ctx.actor(), target.sessionId, version->version.id, day)
                   : docs.agenda(ctx.actor(), target.sessionId, version->version.id);
    if (!doc)
        return ctx.fail(doc.error());
    if (auto written = writeDocument(*doc, kind, out); !written)
        return ctx.fail(written.error());
    ctx.report(day.isValid() ? ctx.tr("Đã xuất lịch làm việc ngày.", "Exported the day's schedule.")
                             : ctx.tr("Đã xuất chương trình kỳ họp.", "Exported the session agenda."),
               {{QStringLiteral("file"), ctx.tr("Tệp", "File"), out},
                {QStringLiteral("version"), ctx.tr("Phiên bản", "Version"), version->version.number}});
    return 0;
}

// ---------------------------------------------------------------- writes

/// "2024-10-21:2024-11-14,2024-11-20:2024-11-30".
std::optional<QList<domain::SessionPhase>> phasesOf(const QString &text)
{
    QList<domain::SessionPhase> phases;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.split(QLatin1Char(':'));
        if (ends.size() > 2)
            return std::nullopt;
        const QDate first = domain::parseDate(ends.first().trimmed());
        const QDate last = domain::parseDate(ends.last().trimmed());
        if (!first.isValid() || !last.isValid())
            return std::nullopt;
        phases.append({0, int(phases.size()) + 1, first, last});
    }
    if (phases.isEmpty())
        return std::nullopt;
    return phases;
}

int runSessionAdd(Context &ctx, const Invocation &inv)
{
    Session s;
    auto phases = phasesOf(inv.args.value(QStringLiteral("phases")));
    if (!phases)
        return ctx.usageError(ctx.tr("--phases là các đợt ĐẦU:CUỐI cách nhau bởi dấu phẩy, ví dụ "
                                     "2024-10-21:2024-11-14,2024-11-20:2024-11-30.",
                                     "--phases is FIRST:LAST phases separated by commas, such as "
                                     "2024-10-21:2024-11-14,2024-11-20:2024-11-30."));
    s.phases = *phases;
    if (auto problem = readIntOption(ctx, inv, "term", 1, 99, s.term))
        return ctx.usageError(*problem);
    if (auto problem = readIntOption(ctx, inv, "number", 1, 99, s.ordinal))
        return ctx.usageError(*problem);
    if (inv.args.has(QStringLiteral("kind"))) {
        auto kind = domain::sessionKindFromText(inv.args.value(QStringLiteral("kind")));
        if (!kind)
            return ctx.usageError(ctx.tr("--kind phải là regular hoặc extraordinary.",
                                         "--kind must be regular or extraordinary."));
        s.kind = *kind;
    }
    if (inv.args.has(QStringLiteral("status"))) {
        auto status = domain::sessionStatusFromText(inv.args.value(QStringLiteral("status")));
        if (!status)
            return ctx.usageError(ctx.tr("--status phải là preparing, sitting hoặc closed.",
                                         "--status must be preparing, sitting or closed."));
        s.status = *status;
    }
    if (inv.args.has(QStringLiteral("venue")))
        s.venue = inv.args.value(QStringLiteral("venue"));
    s.notes = inv.args.value(QStringLiteral("notes"));
    std::unique_ptr<Workspace> ws;
    if (auto code = open(ctx, ws))
        return *code;
    auto saved = ws->sessions().createSession(ctx.actor(), s);
    if (!saved)
        return ctx.fail(saved.error());
    auto summary = ws->sessions().session(ctx.actor(), saved->id);
    if (!summary)
        return ctx.fail(summary.error());
    const QJsonObject json = sessionJson(ctx, *summary);
    ctx.report(ctx.tr("Đã thêm kỳ họp.", "Added the session."),
               {{QStringLiteral("id"), ctx.tr("Mã", "Id"), json.value(QLatin1String("id"))},
                {QStringLiteral("title"), ctx.tr("Kỳ họp", "Session"), json.value(QLatin1String("title"))},
                {QStringLiteral("phases"), ctx.tr("Các đợt", "Phases"), json.value(QLatin1String("phases"))}});
    return 0;
}

Record versionRecord(const Context &ctx, const AgendaVersionInfo &v)
{
    const QJsonObject json = versionJson(ctx, v);
    return {{QStringLiteral("id"), ctx.tr("Mã", "Id"), json.value(QLatin1String("id"))},
            {QStringLiteral("number"), ctx.tr("Phiên bản", "Version"), json.value(QLatin1String("number"))},
            {QStringLiteral("label"), ctx.tr("Tên", "Label"), json.value(QLatin1String("label"))},
            {QStringLiteral("state"), ctx.tr("Trạng thái", "State"), json.value(QLatin1String("state"))},
            {QStringLiteral("adoptedOn"), ctx.tr("Ngày thông qua", "Adopted on"),
             json.value(QLatin1String("adoptedOn"))},
            {QStringLiteral("items"), ctx.tr("Số nội dung", "Items"), json.value(QLatin1String("items"))}};
}

int runVersionNew(Context &ctx, const Invocation &inv)
{
    Target target;
    if (auto problem = readTarget(ctx, inv, target))
        return ctx.usageError(*problem);
    std::unique_ptr<Workspace> ws;
    if (auto code = open(ctx, ws))
        return *code;
    auto made = ws->sessions().newVersion(ctx.actor(), target.sessionId,
                                          inv.args.value(QStringLiteral("notes")));
    if (!made)
        return ctx.fail(made.error());
    auto info = ws->sessions().version(ctx.actor(), made->id);
    if (!info)
        return ctx.fail(info.error());
    ctx.report(ctx.tr("Đã tạo phiên bản mới (bản sao của phiên bản trước).",
                      "Made a new version (a copy of the previous one)."),
               versionRecord(ctx, *info));
    return 0;
}

int runAdopt(Context &ctx, const Invocation &inv)
{
    Target target;
    if (auto problem = readTarget(ctx, inv, target))
        return ctx.usageError(*problem);
    bool ok = false;
    target.version = inv.positionals.at(1).toInt(&ok);
    if (!ok || target.version < 1)
        return ctx.usageError(ctx.tr("V là số thứ tự của phiên bản (xem agenda list).",
                                     "V is the version's number (see agenda list)."));
    QDate on;
    if (auto problem = readDateOption(ctx, inv, "on", on))
        return ctx.usageError(*problem);
    std::unique_ptr<Workspace> ws;
    if (auto code = open(ctx, ws))
        return *code;
    auto version = versionOf(ctx, *ws, target);
    if (!version)
        return ctx.fail(version.error());
    auto adopted = ws->sessions().adopt(ctx.actor(), version->version.id, on);
    if (!adopted)
        return ctx.fail(adopted.error());
    auto info = ws->sessions().version(ctx.actor(), adopted->id);
    if (!info)
        return ctx.fail(info.error());
    ctx.report(ctx.tr("Đã ghi nhận chương trình được thông qua.", "Recorded the agenda's adoption."),
               versionRecord(ctx, *info));
    return 0;
}

Result<Id> personOption(const Context &ctx, Workspace &ws, const Invocation &inv, const char *name)
{
    const QString option = QString::fromLatin1(name);
    const QString value = inv.args.value(option).trimmed();
    if (value.isEmpty())
        return Id{0};
    auto person = ws.reference().findPerson(ctx.actor(), value);
    if (!person)
        return person.error();
    if (!*person)
        return makeError(ErrorCode::NotFound, QStringLiteral("Không có cán bộ nào tên \"%1\".").arg(value),
                         QStringLiteral("No person is named \"%1\".").arg(value), option);
    return (*person)->id;
}

Result<Id> unitOption(const Context &ctx, Workspace &ws, const Invocation &inv, const char *name)
{
    const QString value = inv.args.value(QString::fromLatin1(name)).trimmed();
    if (value.isEmpty())
        return Id{0};
    return resolveUnit(ctx, ws, value);
}

/// The item options (those given) read into `it`; the usage message for a bad value.
std::optional<QString> readItemOptions(const Context &ctx, const Invocation &inv, AgendaItem &it)
{
    const auto has = [&](const char *name) { return inv.args.has(QString::fromLatin1(name)); };
    const auto value = [&](const char *name) { return inv.args.value(QString::fromLatin1(name)); };
    if (has("title"))
        it.title = value("title");
    if (auto problem = readDateOption(ctx, inv, "day", it.date))
        return problem;
    if (has("half")) {
        auto half = domain::halfDayFromText(value("half"));
        if (!half)
            return ctx.tr("--half phải là morning, afternoon hoặc evening.",
                          "--half must be morning, afternoon or evening.");
        it.halfDay = *half;
    }
    if (has("activity")) {
        auto activity = domain::activityTypeFromText(value("activity"));
        if (!activity)
            return ctx.tr("--activity không rõ: \"%1\" (%2).", "Unknown --activity \"%1\" (%2).")
                .arg(value("activity"),
                     textsOf(domain::kAllActivityTypes, domain::activityTypeKey).join(QStringLiteral(", ")));
        it.activity = *activity;
    }
    if (has("category")) {
        auto category = domain::contentCategoryFromText(value("category"));
        if (!category)
            return ctx.tr("--category phải là law_making, supervision, national, personnel hoặc other.",
                          "--category must be law_making, supervision, national, personnel or other.");
        it.category = *category;
    }
    if (has("venue-kind")) {
        auto venue = domain::venueKindFromText(value("venue-kind"));
        if (!venue)
            return ctx.tr("--venue-kind phải là hall, groups hoặc other.",
                          "--venue-kind must be hall, groups or other.");
        it.venueKind = *venue;
    }
    if (has("venue"))
        it.venue = value("venue");
    if (has("notes"))
        it.notes = value("notes");
    for (const auto &[name, time] : {std::pair{"start", &it.startTime}, std::pair{"end", &it.endTime}}) {
        if (!has(name))
            continue;
        if (value(name).isEmpty()) {
            *time = QTime();
            continue;
        }
        *time = QTime::fromString(value(name), QStringLiteral("H:mm"));
        if (!time->isValid())
            return ctx.tr("--%1 phải là giờ dạng HH:MM.", "--%1 must be a time as HH:MM.")
                .arg(QString::fromLatin1(name));
    }
    if (has("live"))
        it.liveBroadcast = true;
    if (auto problem = readIntOption(ctx, inv, "minutes", 0, 720, it.plannedMinutes))
        return problem;
    if (auto problem = readIntOption(ctx, inv, "order", 1, 999, it.position))
        return problem;
    int matter = 0;
    if (auto problem = readIntOption(ctx, inv, "matter", 0, 2'000'000'000, matter))
        return problem;
    if (has("matter"))
        it.matterId = matter;
    return std::nullopt;
}

/// Reads --presenting, --reviewing, --presenter, --chair (those given) into `it`.
Result<void> readItemReferences(const Context &ctx, Workspace &ws, const Invocation &inv, AgendaItem &it)
{
    const std::pair<const char *, Id *> units[] = {{"presenting", &it.presentingAgencyId},
                                                   {"reviewing", &it.reviewingAgencyId}};
    for (const auto &[name, id] : units) {
        if (!inv.args.has(QString::fromLatin1(name)))
            continue;
        auto found = unitOption(ctx, ws, inv, name);
        if (!found)
            return found.error();
        *id = *found;
    }
    const std::pair<const char *, Id *> people[] = {{"presenter", &it.presenterId}, {"chair", &it.chairId}};
    for (const auto &[name, id] : people) {
        if (!inv.args.has(QString::fromLatin1(name)))
            continue;
        auto found = personOption(ctx, ws, inv, name);
        if (!found)
            return found.error();
        *id = *found;
    }
    return {};
}

int reportItem(Context &ctx, Workspace &ws, Id id, const QString &message)
{
    auto named = ws.sessions().item(ctx.actor(), id);
    if (!named)
        return ctx.fail(named.error());
    const QJsonObject json = itemJson(ctx, *named);
    ctx.report(message,
               {{QStringLiteral("id"), ctx.tr("Mã", "Id"), json.value(QLatin1String("id"))},
                {QStringLiteral("key"), ctx.tr("Khóa", "Key"), json.value(QLatin1String("key"))},
                {QStringLiteral("date"), ctx.tr("Ngày", "Date"), dateValue(ctx, named->item.date)},
                {QStringLiteral("halfDay"), ctx.tr("Buổi", "Half-day"), json.value(QLatin1String("halfDay"))},
                {QStringLiteral("position"), ctx.tr("Thứ tự", "Position"), json.value(QLatin1String("position"))},
                {QStringLiteral("title"), ctx.tr("Nội dung", "Title"), json.value(QLatin1String("title"))},
                {QStringLiteral("activity"), ctx.tr("Hình thức", "Activity"), json.value(QLatin1String("activity"))},
                {QStringLiteral("presentingAgency"), ctx.tr("Cơ quan trình", "Presenting"),
                 json.value(QLatin1String("presentingAgency"))},
                {QStringLiteral("presenter"), ctx.tr("Người trình bày", "Presenter"),
                 json.value(QLatin1String("presenter"))}});
    return 0;
}

int runItemAdd(Context &ctx, const Invocation &inv)
{
    Target target;
    if (auto problem = readTarget(ctx, inv, target))
        return ctx.usageError(*problem);
    AgendaItem it;
    it.position = 0;
    if (auto problem = readItemOptions(ctx, inv, it))
        return ctx.usageError(*problem);
    std::unique_ptr<Workspace> ws;
    if (auto code = open(ctx, ws))
        return *code;
    auto version = versionOf(ctx, *ws, target);
    if (!version)
        return ctx.fail(version.error());
    it.versionId = version->version.id;
    if (auto refs = readItemReferences(ctx, *ws, inv, it); !refs)
        return ctx.fail(refs.error());
    auto saved = ws->sessions().addItem(ctx.actor(), it);
    if (!saved)
        return ctx.fail(saved.error());
    return reportItem(ctx, *ws, saved->id, ctx.tr("Đã thêm nội dung.", "Added the item."));
}

std::optional<Id> itemArg(const Context &ctx, const Invocation &inv, int &code)
{
    const auto id = idArg(inv.positionals.at(0));
    if (!id)
        code = ctx.usageError(ctx.tr("ITEM là mã số của nội dung (xem agenda show --format json).",
                                     "ITEM is the item's id (see agenda show --format json)."));
    return id;
}

int runItemEdit(Context &ctx, const Invocation &inv)
{
    int code = 0;
    const auto id = itemArg(ctx, inv, code);
    if (!id)
        return code;
    std::unique_ptr<Workspace> ws;
    if (auto failed = open(ctx, ws))
        return *failed;
    auto existing = ws->sessions().item(ctx.actor(), *id);
    if (!existing)
        return ctx.fail(existing.error());
    AgendaItem it = existing->item;
    if (auto problem = readItemOptions(ctx, inv, it))
        return ctx.usageError(*problem);
    if (!inv.args.has(QStringLiteral("order")) &&
        (it.date != existing->item.date || it.halfDay != existing->item.halfDay))
        it.position = 0; // another half-day: last there
    if (auto refs = readItemReferences(ctx, *ws, inv, it); !refs)
        return ctx.fail(refs.error());
    auto saved = ws->sessions().updateItem(ctx.actor(), it);
    if (!saved)
        return ctx.fail(saved.error());
    return reportItem(ctx, *ws, *id, ctx.tr("Đã sửa nội dung.", "Updated the item."));
}

int runItemMove(Context &ctx, const Invocation &inv)
{
    int code = 0;
    const auto id = itemArg(ctx, inv, code);
    if (!id)
        return code;
    domain::AgendaSlot to;
    to.position = 0;
    if (auto problem = readDateOption(ctx, inv, "day", to.date))
        return ctx.usageError(*problem);
    if (auto problem = readIntOption(ctx, inv, "order", 1, 999, to.position))
        return ctx.usageError(*problem);
    std::optional<domain::HalfDay> half;
    if (inv.args.has(QStringLiteral("half"))) {
        half = domain::halfDayFromText(inv.args.value(QStringLiteral("half")));
        if (!half)
            return ctx.usageError(ctx.tr("--half phải là morning, afternoon hoặc evening.",
                                         "--half must be morning, afternoon or evening."));
    }
    std::unique_ptr<Workspace> ws;
    if (auto failed = open(ctx, ws))
        return *failed;
    auto existing = ws->sessions().item(ctx.actor(), *id);
    if (!existing)
        return ctx.fail(existing.error());
    if (!to.date.isValid())
        to.date = existing->item.date;
    to.halfDay = half.value_or(existing->item.halfDay);
    if (to.position == 0)
        to.position = 999; // last
    auto moved = ws->sessions().moveItem(ctx.actor(), *id, to);
    if (!moved)
        return ctx.fail(moved.error());
    ctx.report(ctx.tr("Đã chuyển nội dung.", "Moved the item."),
               {{QStringLiteral("id"), ctx.tr("Mã", "Id"), qint64(*id)},
                {QStringLiteral("from"), ctx.tr("Từ", "From"),
                 table(ctx) ? QJsonValue(slotText(ctx, moved->from)) : QJsonValue(slotJson(moved->from))},
                {QStringLiteral("to"), ctx.tr("Đến", "To"),
                 table(ctx) ? QJsonValue(slotText(ctx, moved->to)) : QJsonValue(slotJson(moved->to))}});
    return 0;
}

int runItemDelete(Context &ctx, const Invocation &inv)
{
    int code = 0;
    const auto id = itemArg(ctx, inv, code);
    if (!id)
        return code;
    std::unique_ptr<Workspace> ws;
    if (auto failed = open(ctx, ws))
        return *failed;
    auto removed = ws->sessions().deleteItem(ctx.actor(), *id);
    if (!removed)
        return ctx.fail(removed.error());
    ctx.report(ctx.tr("Đã xóa nội dung.", "Deleted the item."),
               {{QStringLiteral("id"), ctx.tr("Mã", "Id"), qint64(removed->id)},
                {QStringLiteral("title"), ctx.tr("Nội dung", "Title"), removed->title}});
    return 0;
}

} // namespace

QList<Command> agendaCommands()
{
    const QStringList itemOptions =
        names({"title", "day", "half", "order", "start", "end", "activity", "category", "matter",
               "presenting", "reviewing", "presenter", "chair", "venue-kind", "venue", "live",
               "minutes", "notes"});
    return {
        {names({"agenda", "list"}), names({"term"}), {}, {}, runList,
         "liệt kê kỳ họp Quốc hội và các phiên bản chương trình",
         "list National Assembly sessions and their agenda versions"},
        {names({"agenda", "show"}), names({"version"}), {}, names({"SESSION"}), runShow,
         "xem chương trình kỳ họp (phiên bản mới nhất, hoặc --version): các nội dung theo ngày, buổi",
         "show a session's agenda (the newest version, or --version): items by day and half-day"},
        {names({"agenda", "check"}), names({"version"}), {}, names({"SESSION"}), runCheck,
         "kiểm tra chương trình: ngày nghỉ, quá thời lượng buổi, trùng người, sai trình tự, thiếu "
         "cơ quan trình, ngoài đợt họp",
         "check an agenda: days off, half-days overrun, people in two places, steps out of order, "
         "no presenting agency, outside the phases"},
        {names({"agenda", "diff"}), names({"out"}), {}, names({"SESSION", "V1", "V2"}), runDiff,
         "so sánh hai phiên bản: thêm, bỏ, dời, sửa; --out FILE.docx|pdf xuất phụ lục những điểm "
         "thay đổi",
         "compare two versions: added, removed, moved, changed; --out FILE.docx|pdf writes the "
         "changes annex"},
        {names({"agenda", "export"}), names({"version", "out", "day"}), names({"out"}),
         names({"SESSION"}), runExport,
         "xuất chương trình kỳ họp (.docx, .pdf), lịch làm việc một ngày (--day) hoặc lịch (.ics)",
         "export the session agenda (.docx, .pdf), one day's schedule (--day) or the calendar (.ics)"},
        {names({"agenda", "session-add"}), names({"phases", "term", "number", "kind", "status", "venue", "notes"}),
         names({"phases"}), {}, runSessionAdd,
         "thêm kỳ họp với các đợt --phases ĐẦU:CUỐI[,ĐẦU:CUỐI] (số thứ tự tiếp theo nếu không có "
         "--number)",
         "add a session with its --phases FIRST:LAST[,FIRST:LAST] (the next number unless --number)",
         Access::Login},
        {names({"agenda", "version-new"}), names({"notes"}), {}, names({"SESSION"}), runVersionNew,
         "tạo phiên bản mới của chương trình, sao từ phiên bản mới nhất (phiên bản cũ chỉ còn xem)",
         "make a new agenda version as a copy of the newest (older versions become read-only)",
         Access::Login},
        {names({"agenda", "adopt"}), names({"on"}), {}, names({"SESSION", "V"}), runAdopt,
         "ghi nhận Quốc hội thông qua phiên bản V (mặc định: hôm nay)",
         "record the Assembly's adoption of version V (default: today)", Access::Login},
        {names({"agenda", "item-add"}), QStringList{QStringLiteral("version")} + itemOptions,
         names({"title", "day", "half"}), names({"SESSION"}), runItemAdd,
         "thêm nội dung vào phiên bản mới nhất (hoặc --version) của chương trình",
         "add an item to the newest (or --version) agenda version", Access::Login},
        {names({"agenda", "item-edit"}), itemOptions, {}, names({"ITEM"}), runItemEdit,
         "sửa nội dung (chỉ các tùy chọn được nêu)", "edit an item (only the options given)",
         Access::Login},
        {names({"agenda", "item-move"}), names({"day", "half", "order"}), {}, names({"ITEM"}),
         runItemMove, "chuyển nội dung sang ngày, buổi, thứ tự khác (mặc định: cuối buổi)",
         "move an item to another day, half-day or position (default: last)", Access::Login},
        {names({"agenda", "item-delete"}), {}, {}, names({"ITEM"}), runItemDelete,
         "xóa nội dung khỏi phiên bản đang soạn", "delete an item from an editable version",
         Access::Login},
    };
}

} // namespace thuky::cli
