// notices list|show|new|submit|return|comment|approve|issue|void|register|diff: conclusion
// notices from scripts. Every workflow rule is NoticeService's; a refused step writes
// nothing and exits 1.

#include "commands.h"
#include "programme_support.h"

#include "thuky/core/files.h"
#include "thuky/documents/rich_document.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/notice_document.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace thuky::cli {

namespace {

using domain::Id;
using domain::Notice;
using services::Workspace;

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(iso(date)) : QJsonValue(QJsonValue::Null);
}

/// dd/MM/yyyy in tables, ISO in JSON and CSV.
QJsonValue dateValue(const Context &ctx, const QDate &date)
{
    if (ctx.format() == Format::Table && date.isValid())
        return domain::shortDate(date);
    return dateJson(date);
}

QJsonValue statusValue(const Context &ctx, domain::NoticeStatus s)
{
    return ctx.format() == Format::Table ? domain::noticeStatusLabel(s, ctx.lang())
                                         : domain::noticeStatusKey(s);
}

/// ID: a notice's id (a positive number); the usage message otherwise.
std::optional<QString> readId(const Context &ctx, const QString &text, Id &id)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    if (ok && id > 0)
        return std::nullopt;
    return ctx
        .tr("ID là mã số của thông báo (xem notices list): \"%1\".",
            "ID is the notice's id (see notices list): \"%1\".")
        .arg(text);
}

/// Reads the ID argument, opens the database and runs `f(workspace, id)`.
template <typename F> int withNotice(Context &ctx, const Invocation &inv, F f)
{
    Id id = 0;
    if (auto problem = readId(ctx, inv.positionals.at(0), id))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    return f(**ws, id);
}

/// Runs `show` on the details of the notice the ID argument names.
template <typename Show> int withDetails(Context &ctx, const Invocation &inv, Show show)
{
    return withNotice(ctx, inv, [&](Workspace &ws, Id id) {
        auto details = ws.notices().details(ctx.actor(), id);
        if (!details)
            return ctx.fail(details.error());
        return show(ws, *details);
    });
}

/// The --issuer option's issuer (by code), or 0 when absent.
Result<Id> issuerOption(const Context &ctx, Workspace &ws, const Invocation &inv)
{
    if (!inv.args.has(QStringLiteral("issuer")))
        return Id{0};
    auto issuer = ws.notices().issuerByCode(ctx.actor(), inv.args.value(QStringLiteral("issuer")));
    if (!issuer)
        return issuer.error();
    return issuer->id;
}

/// Reads --year (required by the command table), opens the database and runs
/// `f(workspace, year, issuer id)` with the --issuer option's issuer (0 when absent).
template <typename F> int withYearAndIssuer(Context &ctx, const Invocation &inv, F f)
{
    std::optional<int> year;
    if (auto problem = readYearOption(ctx, inv, year))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto issuer = issuerOption(ctx, **ws, inv);
    if (!issuer)
        return ctx.fail(issuer.error());
    return f(**ws, *year, *issuer);
}

QJsonObject timingJson(const Context &ctx, const services::NoticeTiming &t, QJsonObject o)
{
    const bool table = ctx.format() == Format::Table;
    o.insert(QStringLiteral("workingDaysToIssue"), t.workingDaysToIssue
                                                       ? QJsonValue(*t.workingDaysToIssue)
                                                       : QJsonValue(QJsonValue::Null));
    // A table shows the word where it applies; JSON and CSV keep booleans.
    o.insert(QStringLiteral("overdue"),
             table ? QJsonValue(t.overdue ? ctx.tr("quá hạn", "overdue") : QString())
                   : QJsonValue(t.overdue));
    o.insert(QStringLiteral("late"),
             table ? QJsonValue(t.late ? ctx.tr("muộn", "late") : QString()) : QJsonValue(t.late));
    return o;
}

QJsonObject rowJson(const Context &ctx, const Notice &n, const QString &issuerCode,
                    const services::NoticeTiming &timing)
{
    return timingJson(ctx, timing,
                      {{QStringLiteral("id"), qint64(n.id)},
                       {QStringLiteral("kind"), domain::noticeKindKey(n.kind)},
                       {QStringLiteral("status"), statusValue(ctx, n.status)},
                       {QStringLiteral("issuer"), issuerCode},
                       {QStringLiteral("number"), n.numberText()},
                       {QStringLiteral("year"), n.year},
                       {QStringLiteral("subject"),
                        ctx.format() == Format::Table ? elide(n.subject, 60) : n.subject},
                       {QStringLiteral("meetingDate"), dateValue(ctx, n.meetingDate)},
                       {QStringLiteral("dueDate"), dateValue(ctx, n.dueDate)},
                       {QStringLiteral("issueDate"), dateValue(ctx, n.issueDate)},
                       {QStringLiteral("drafter"), n.drafterName}});
}

/// The UTF-8 text of `path`, or an Io error naming it.
Result<QString> readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Không đọc được tệp \"%1\".").arg(path),
                         QStringLiteral("Cannot read the file \"%1\".").arg(path), path);
    return QString::fromUtf8(file.readAll());
}

// ---------------------------------------------------------------- list, show, register

int runList(Context &ctx, const Invocation &inv)
{
    storage::NoticeFilter filter;
    std::optional<int> year;
    if (auto problem = readYearOption(ctx, inv, year))
        return ctx.usageError(*problem);
    filter.year = year;
    if (inv.args.has(QStringLiteral("status"))) {
        filter.status = domain::noticeStatusFromText(inv.args.value(QStringLiteral("status")));
        if (!filter.status)
            return ctx.usageError(
                ctx.tr("--status phải là draft, submitted, returned, approved hoặc issued.",
                       "--status must be draft, submitted, returned, approved or issued."));
    }
    if (auto problem = readIntOption(ctx, inv, "limit", 1, 100000, filter.limit))
        return ctx.usageError(*problem);
    filter.text = inv.args.value(QStringLiteral("text"));
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto issuer = issuerOption(ctx, **ws, inv);
    if (!issuer)
        return ctx.fail(issuer.error());
    filter.issuerId = *issuer;
    auto page = (*ws)->notices().list(ctx.actor(), filter);
    if (!page)
        return ctx.fail(page.error());
    QJsonArray items;
    for (const services::NoticeListRow &r : page->rows)
        items.append(rowJson(ctx, r.row.notice, r.row.issuerCode, r.timing));
    QJsonObject extra{{QStringLiteral("count"), items.size()},
                      {QStringLiteral("total"), page->total}};
    if (year)
        extra.insert(QStringLiteral("year"), *year);
    printList(
        ctx, QStringLiteral("notices"), items,
        {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("number"),
         QStringLiteral("issueDate"), QStringLiteral("subject"), QStringLiteral("meetingDate"),
         QStringLiteral("dueDate"), QStringLiteral("workingDaysToIssue"),
         QStringLiteral("overdue")},
        {ctx.tr("Mã", "Id"), ctx.tr("Trạng thái", "Status"), ctx.tr("Số", "Number"),
         ctx.tr("Ngày ban hành", "Issued"), ctx.tr("Trích yếu", "Subject"),
         ctx.tr("Ngày họp", "Meeting"), ctx.tr("Hạn ban hành", "Due"),
         ctx.tr("Số ngày làm việc", "Working days"), ctx.tr("Quá hạn", "Overdue")},
        ctx.tr("%1 trên %2 thông báo.", "%1 of %2 notices.").arg(items.size()).arg(page->total),
        extra);
    return 0;
}

QJsonArray linesJson(const QStringList &lines)
{
    return QJsonArray::fromStringList(lines);
}

QJsonObject detailsJson(const Context &ctx, const services::NoticeDetails &d)
{
    const Notice &n = d.notice;
    QJsonObject o = rowJson(ctx, n, d.issuer.code, d.timing);
    o.insert(QStringLiteral("subject"), n.subject);
    o.insert(QStringLiteral("symbol"), d.issuer.symbol);
    o.insert(QStringLiteral("urgency"), domain::urgencyKey(n.urgency));
    o.insert(QStringLiteral("drafterInitials"), n.drafterInitials);
    o.insert(QStringLiteral("copies"), n.copies);
    o.insert(QStringLiteral("recipients"), linesJson(n.recipients));
    QJsonArray contents;
    for (Id c : n.contentIds)
        contents.append(qint64(c));
    o.insert(QStringLiteral("contents"), contents);
    o.insert(QStringLiteral("body"),
             QJsonDocument::fromJson(n.body.toJson()).object().value(QLatin1String("blocks")));
    o.insert(QStringLiteral("text"), n.body.plainText());
    o.insert(QStringLiteral("pdfSha256"),
             n.pdfSha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.pdfSha256));
    o.insert(QStringLiteral("corrects"),
             n.correctsId ? QJsonValue(qint64(n.correctsId)) : QJsonValue(QJsonValue::Null));
    QJsonArray corrections;
    for (Id c : d.corrections)
        corrections.append(qint64(c));
    o.insert(QStringLiteral("corrections"), corrections);
    QJsonArray revisions;
    for (const domain::NoticeRevision &r : d.revisions)
        revisions.append(QJsonObject{{QStringLiteral("id"), qint64(r.id)},
                                     {QStringLiteral("number"), r.number},
                                     {QStringLiteral("issued"), r.issued},
                                     {QStringLiteral("user"), r.userName},
                                     {QStringLiteral("at"), r.at.toString(Qt::ISODate)}});
    o.insert(QStringLiteral("revisions"), revisions);
    QJsonArray comments;
    for (const domain::NoticeComment &c : d.comments)
        comments.append(QJsonObject{{QStringLiteral("revision"), qint64(c.revisionId)},
                                    {QStringLiteral("user"), c.userName},
                                    {QStringLiteral("at"), c.at.toString(Qt::ISODate)},
                                    {QStringLiteral("text"), c.text}});
    o.insert(QStringLiteral("comments"), comments);
    QJsonArray followUps;
    for (const services::FollowUpStatus &f : d.followUps)
        followUps.append(
            QJsonObject{{QStringLiteral("conclusion"), f.link.conclusion},
                        {QStringLiteral("taskId"), qint64(f.link.taskId)},
                        {QStringLiteral("task"), f.taskNumber},
                        {QStringLiteral("content"), f.content},
                        {QStringLiteral("leadUnit"), f.leadUnit},
                        {QStringLiteral("deadline"), dateJson(f.deadline)},
                        {QStringLiteral("status"), domain::taskStatusKey(f.status)},
                        {QStringLiteral("progress"), f.progress},
                        {QStringLiteral("timeliness"), domain::timelinessKey(f.timeliness)}});
    o.insert(QStringLiteral("followUps"), followUps);
    return o;
}

Record noticeRecord(const Context &ctx, const QJsonObject &o)
{
    const QList<std::pair<const char *, QString>> fields{
        {"id", ctx.tr("Mã", "Id")},
        {"status", ctx.tr("Trạng thái", "Status")},
        {"issuer", ctx.tr("Cơ quan ban hành", "Issuer")},
        {"number", ctx.tr("Số, ký hiệu", "Number")},
        {"issueDate", ctx.tr("Ngày ban hành", "Issued on")},
        {"subject", ctx.tr("Trích yếu", "Subject")},
        {"meetingDate", ctx.tr("Ngày họp", "Meeting day")},
        {"dueDate", ctx.tr("Hạn ban hành", "Due")},
        {"workingDaysToIssue", ctx.tr("Số ngày làm việc đến ban hành", "Working days to issue")},
        {"overdue", ctx.tr("Quá hạn", "Overdue")},
        {"drafter", ctx.tr("Người soạn thảo", "Drafter")},
        {"recipients", ctx.tr("Nơi nhận", "Recipients")},
    };
    Record record;
    for (const auto &[key, label] : fields) {
        const QString k = QString::fromLatin1(key);
        record.append(Field{k, label, o.value(k)});
    }
    return record;
}

int showDetails(Context &ctx, const services::NoticeDetails &details)
{
    const QJsonObject o = detailsJson(ctx, details);
    if (ctx.format() == Format::Json) {
        ctx.out(jsonText(o));
        return 0;
    }
    if (ctx.format() == Format::Csv) {
        ctx.out(renderCsv(recordToSheet(noticeRecord(ctx, o))));
        return 0;
    }
    QString text = renderRecordTable(noticeRecord(ctx, o));
    text += QLatin1Char('\n') + details.notice.body.plainText() + QLatin1Char('\n');
    for (const domain::NoticeComment &c : details.comments)
        text += QStringLiteral("\n[%1] %2: %3").arg(c.at.toString(Qt::ISODate), c.userName, c.text);
    ctx.out(text + QLatin1Char('\n'));
    return 0;
}

int runShow(Context &ctx, const Invocation &inv)
{
    return withDetails(ctx, inv, [&](Workspace &, const services::NoticeDetails &d) {
        return showDetails(ctx, d);
    });
}

int listRegister(Context &ctx, services::Workspace &ws, int year, Id issuerId)
{
    auto issuers = ws.notices().issuers(ctx.actor());
    if (!issuers)
        return ctx.fail(issuers.error());
    QHash<Id, QString> codes;
    for (const domain::IssuerProfile &i : *issuers)
        codes.insert(i.id, i.code);
    auto entries = ws.notices().registerOf(ctx.actor(), year, issuerId);
    if (!entries)
        return ctx.fail(entries.error());
    QJsonArray items;
    for (const domain::RegisterEntry &e : *entries) {
        const bool table = ctx.format() == Format::Table;
        items.append(QJsonObject{
            {QStringLiteral("issuer"), codes.value(e.issuerId)},
            {QStringLiteral("number"), e.numberText()},
            {QStringLiteral("year"), e.year},
            {QStringLiteral("date"), dateJson(e.issueDate)},
            {QStringLiteral("notice"),
             e.noticeId ? QJsonValue(qint64(e.noticeId)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("subject"), table ? elide(e.subject, 60) : e.subject},
            {QStringLiteral("state"),
             e.voided() ? (table ? ctx.tr("Đã hủy", "Void") : QStringLiteral("void"))
                        : (table ? ctx.tr("Có hiệu lực", "In force") : QStringLiteral("in_force"))},
            {QStringLiteral("voidReason"), e.voidReason}});
    }
    printList(ctx, QStringLiteral("register"), items,
              {QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("notice"),
               QStringLiteral("state"), QStringLiteral("subject"), QStringLiteral("voidReason")},
              {ctx.tr("Số, ký hiệu", "Number"), ctx.tr("Ngày", "Date"),
               ctx.tr("Thông báo", "Notice"), ctx.tr("Tình trạng", "State"),
               ctx.tr("Trích yếu", "Subject"), ctx.tr("Lý do hủy", "Why void")},
              ctx.tr("%1 số trong sổ năm %2.", "%1 numbers in the %2 register.")
                  .arg(items.size())
                  .arg(year),
              {{QStringLiteral("year"), year}, {QStringLiteral("count"), items.size()}});
    return 0;
}

int runRegister(Context &ctx, const Invocation &inv)
{
    return withYearAndIssuer(ctx, inv, [&](Workspace &ws, int year, Id issuerId) {
        return listRegister(ctx, ws, year, issuerId);
    });
}

int diffRevisions(Context &ctx, Workspace &ws, const services::NoticeDetails &details)
{
    const Id id = details.notice.id;
    const auto &revisions = details.revisions;
    if (revisions.size() < 2)
        return ctx.fail(makeError(
            ErrorCode::Conflict,
            QStringLiteral("Thông báo %1 chưa có hai bản trình để so sánh.").arg(id),
            QStringLiteral("Notice %1 has fewer than two revisions to compare.").arg(id)));
    const auto &from = revisions.at(revisions.size() - 2);
    const auto &to = revisions.last();
    auto spans = ws.notices().compare(ctx.actor(), from.id, to.id);
    if (!spans)
        return ctx.fail(spans.error());
    if (ctx.format() == Format::Table) {
        // [-deleted-] and {+inserted+}, as wdiff writes them.
        QString text;
        for (const domain::DiffSpan &s : *spans)
            text += s.op == domain::DiffOp::Delete
                        ? QStringLiteral("[-") + s.text + QStringLiteral("-]")
                    : s.op == domain::DiffOp::Insert
                        ? QStringLiteral("{+") + s.text + QStringLiteral("+}")
                        : s.text;
        ctx.out(text + QLatin1Char('\n'));
        return 0;
    }
    QJsonArray items;
    for (const domain::DiffSpan &s : *spans)
        items.append(QJsonObject{{QStringLiteral("op"), domain::diffOpKey(s.op)},
                                 {QStringLiteral("text"), s.text}});
    printList(ctx, QStringLiteral("spans"), items, {QStringLiteral("op"), QStringLiteral("text")},
              {}, {}, {{QStringLiteral("from"), from.number}, {QStringLiteral("to"), to.number}});
    return 0;
}

int runDiff(Context &ctx, const Invocation &inv)
{
    return withDetails(ctx, inv, [&](Workspace &ws, const services::NoticeDetails &d) {
        return diffRevisions(ctx, ws, d);
    });
}

// ---------------------------------------------------------------- writes

/// Prints the notice after a step: the message, then its id, status and number.
int reportNotice(Context &ctx, const QString &message, const Notice &n)
{
    ctx.report(message,
               {Field{QStringLiteral("id"), ctx.tr("Mã", "Id"), qint64(n.id)},
                Field{QStringLiteral("status"), ctx.tr("Trạng thái", "Status"),
                      statusValue(ctx, n.status)},
                Field{QStringLiteral("number"), ctx.tr("Số, ký hiệu", "Number"), n.numberText()},
                Field{QStringLiteral("issueDate"), ctx.tr("Ngày ban hành", "Issued on"),
                      dateValue(ctx, n.issueDate)}});
    return 0;
}

int runNew(Context &ctx, const Invocation &inv)
{
    const bool fromContent = inv.args.has(QStringLiteral("from-content"));
    if (fromContent == inv.args.has(QStringLiteral("subject")))
        return ctx.usageError(
            ctx.tr("notices new cần --from-content NỘI_DUNG hoặc --subject \"…\" (không cả hai).",
                   "notices new needs --from-content CONTENT or --subject \"…\" (not both)."));
    Id contentId = 0;
    if (fromContent) {
        bool ok = false;
        contentId = inv.args.value(QStringLiteral("from-content")).toLongLong(&ok);
        if (!ok || contentId <= 0)
            return ctx.usageError(ctx.tr(
                "--from-content là mã số nội dung phiên họp (xem meetings show --format json).",
                "--from-content is a meeting content's id (see meetings show --format json)."));
    }
    Notice n;
    if (inv.args.has(QStringLiteral("kind"))) {
        const auto kind = domain::noticeKindFromText(inv.args.value(QStringLiteral("kind")));
        if (!kind)
            return ctx.usageError(ctx.tr("--kind phải là ubtvqh, leaders hoặc other.",
                                         "--kind must be ubtvqh, leaders or other."));
        n.kind = *kind;
    }
    n.subject = inv.args.value(QStringLiteral("subject"));
    if (auto problem = readDateOption(ctx, inv, "meeting-date", n.meetingDate))
        return ctx.usageError(*problem);
    if (fromContent && n.meetingDate.isValid())
        return ctx.usageError(ctx.tr("--meeting-date chỉ dùng với --subject: nội dung phiên họp đã "
                                     "có ngày họp.",
                                     "--meeting-date goes with --subject only: a meeting content "
                                     "has its own day."));
    if (inv.args.has(QStringLiteral("body"))) {
        auto text = readTextFile(inv.args.value(QStringLiteral("body")));
        if (!text)
            return ctx.fail(text.error());
        n.body = domain::NoticeBody::fromMarkedText(*text);
    }
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto issuer = issuerOption(ctx, **ws, inv);
    if (!issuer)
        return ctx.fail(issuer.error());
    services::NoticeService &svc = (*ws)->notices();
    auto created = fromContent ? svc.createFromContent(ctx.actor(), contentId, *issuer) : [&] {
        n.issuerId = *issuer;
        return svc.create(ctx.actor(), n);
    }();
    if (!created)
        return ctx.fail(created.error());
    if (fromContent && !n.body.isEmpty()) {
        created->body.blocks.append(n.body.blocks);
        created = svc.updateDraft(ctx.actor(), *created);
        if (!created)
            return ctx.fail(created.error());
    }
    if (ctx.format() == Format::Table)
        ctx.out(QString::number(created->id) + QLatin1Char('\n'));
    else
        ctx.out(renderRecord({Field{QStringLiteral("id"), {}, qint64(created->id)},
                              Field{QStringLiteral("subject"), {}, created->subject}},
                             ctx.format()));
    return 0;
}

/// The notice of the ID argument, then `step` on it.
template <typename Step>
int runStep(Context &ctx, const Invocation &inv, const QString &message, Step step)
{
    return withNotice(ctx, inv, [&](Workspace &ws, Id id) {
        auto done = step(ws.notices(), id);
        if (!done)
            return ctx.fail(done.error());
        auto n = ws.notices().notice(ctx.actor(), id);
        if (!n)
            return ctx.fail(n.error());
        return reportNotice(ctx, message, *n);
    });
}

int runSubmit(Context &ctx, const Invocation &inv)
{
    return runStep(
        ctx, inv, ctx.tr("Đã trình thông báo.", "Submitted the notice."),
        [&](services::NoticeService &svc, Id id) { return svc.submit(ctx.actor(), id); });
}

int runApprove(Context &ctx, const Invocation &inv)
{
    return runStep(
        ctx, inv, ctx.tr("Đã duyệt thông báo.", "Approved the notice."),
        [&](services::NoticeService &svc, Id id) { return svc.approve(ctx.actor(), id); });
}

int runReturn(Context &ctx, const Invocation &inv)
{
    const QString comment = inv.args.value(QStringLiteral("comment"));
    return runStep(ctx, inv, ctx.tr("Đã trả lại thông báo.", "Returned the notice."),
                   [&](services::NoticeService &svc, Id id) {
                       return svc.returnNotice(ctx.actor(), id, comment);
                   });
}

int runComment(Context &ctx, const Invocation &inv)
{
    const QString comment = inv.args.value(QStringLiteral("comment"));
    int revisionNumber = 0;
    if (auto problem = readIntOption(ctx, inv, "revision", 1, 100000, revisionNumber))
        return ctx.usageError(*problem);
    return runStep(
        ctx, inv, ctx.tr("Đã ghi ý kiến.", "Recorded the comment."),
        [&](services::NoticeService &svc, Id id) -> Result<domain::NoticeComment> {
            // --revision N: the revision the reviewer read (its number in
            // notices show); the service refuses any but the latest.
            Id revisionId = 0;
            if (revisionNumber) {
                auto details = svc.details(ctx.actor(), id);
                if (!details)
                    return details.error();
                for (const domain::NoticeRevision &r : details->revisions) {
                    if (r.number == revisionNumber)
                        revisionId = r.id;
                }
                if (!revisionId)
                    return makeError(
                        ErrorCode::NotFound,
                        QStringLiteral("Thông báo %1 không có bản trình lần %2.")
                            .arg(id)
                            .arg(revisionNumber),
                        QStringLiteral("Notice %1 has no revision %2.").arg(id).arg(revisionNumber),
                        QStringLiteral("revision"));
            }
            return svc.comment(ctx.actor(), id, comment, revisionId);
        });
}

int runIssue(Context &ctx, const Invocation &inv)
{
    QDate date;
    if (auto problem = readDateOption(ctx, inv, "date", date))
        return ctx.usageError(*problem);
    return runStep(ctx, inv, ctx.tr("Đã ban hành thông báo.", "Issued the notice."),
                   [&](services::NoticeService &svc, Id id) {
                       // The PDF frozen at issue, with its SHA-256 (main() starts the GUI library
                       // for it).
                       return svc.issue(ctx.actor(), id, date, services::pdfNoticeRenderer());
                   });
}

int runExport(Context &ctx, const Invocation &inv)
{
    const QString out = inv.args.value(QStringLiteral("out"));
    const auto format = documents::documentFormatOf(out);
    if (!format)
        return ctx.usageError(ctx.tr("--out phải là tệp .docx, .odt hoặc .pdf: \"%1\".",
                                     "--out must be a .docx, .odt or .pdf file: \"%1\".")
                                  .arg(out));
    return withDetails(ctx, inv, [&](Workspace &ws, const services::NoticeDetails &d) {
        Result<void> written;
        QByteArray stored;
        if (*format == documents::DocumentFormat::Pdf && d.notice.isIssued()) {
            // An issued notice is the PDF frozen at its issue, byte for byte.
            auto pdf = ws.notices().pdf(ctx.actor(), d.notice.id);
            if (!pdf)
                return ctx.fail(pdf.error());
            stored = *pdf;
        }
        if (!stored.isEmpty())
            written = writeFileAtomically(out, stored);
        else
            written = documents::writeDocumentFile(services::noticeDocument(d.notice, d.issuer),
                                                   *format, out);
        if (!written)
            return ctx.fail(written.error());
        ctx.report(ctx.tr("Đã xuất thông báo.", "Exported the notice."),
                   {{QStringLiteral("file"), ctx.tr("Tệp", "File"), out},
                    {QStringLiteral("id"), ctx.tr("Mã", "Id"), qint64(d.notice.id)},
                    {QStringLiteral("frozen"), ctx.tr("Bản đã ban hành", "As issued"),
                     !stored.isEmpty()}});
        return 0;
    });
}

int runVoid(Context &ctx, const Invocation &inv)
{
    int number = 0;
    bool ok = false;
    number = inv.positionals.at(0).section(QLatin1Char('/'), 0, 0).toInt(&ok);
    if (!ok || number < 1)
        return ctx.usageError(ctx.tr("NUMBER là số trong sổ, ví dụ 5 hoặc 05.",
                                     "NUMBER is a register number such as 5 or 05."));
    return withYearAndIssuer(ctx, inv, [&](Workspace &ws, int year, Id issuerId) {
        auto entry = ws.notices().voidNumber(ctx.actor(), year, number,
                                             inv.args.value(QStringLiteral("reason")), issuerId);
        if (!entry)
            return ctx.fail(entry.error());
        ctx.report(
            ctx.tr("Đã hủy số.", "Voided the number."),
            {Field{QStringLiteral("number"), ctx.tr("Số, ký hiệu", "Number"), entry->numberText()},
             Field{QStringLiteral("year"), ctx.tr("Năm", "Year"), entry->year},
             Field{QStringLiteral("notice"), ctx.tr("Thông báo", "Notice"),
                   entry->noticeId ? QJsonValue(qint64(entry->noticeId))
                                   : QJsonValue(QJsonValue::Null)},
             Field{QStringLiteral("voidReason"), ctx.tr("Lý do", "Reason"), entry->voidReason}});
        return 0;
    });
}

// ---------------------------------------------------------------- issuers and templates

QJsonObject issuerJson(const Context &ctx, const domain::IssuerProfile &i)
{
    const bool table = ctx.format() == Format::Table;
    const QString authority = domain::signatureAuthorityKey(i.authority);
    return {
        {QStringLiteral("code"), i.code},
        {QStringLiteral("parentBody"), i.parentBody},
        {QStringLiteral("issuingBody"), i.issuingBody},
        {QStringLiteral("symbol"), i.symbol},
        {QStringLiteral("place"), i.place},
        {QStringLiteral("authority"), authority.isEmpty() ? QStringLiteral("direct") : authority},
        {QStringLiteral("authorityLine"), i.authorityLine()},
        {QStringLiteral("authorityBody"), i.authorityBody},
        {QStringLiteral("signerPosition"), i.signerPosition},
        {QStringLiteral("signerName"), i.signerName},
        {QStringLiteral("recipients"), table
                                           ? QJsonValue(i.recipients.join(QStringLiteral("; ")))
                                           : QJsonValue(QJsonArray::fromStringList(i.recipients))},
        {QStringLiteral("archiveLine"), i.archiveLine},
        {QStringLiteral("active"),
         table ? QJsonValue(i.active ? ctx.tr("có", "yes") : ctx.tr("không", "no"))
               : QJsonValue(i.active)}};
}

int runIssuers(Context &ctx, const Invocation &)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto issuers = (*ws)->notices().issuers(ctx.actor());
    if (!issuers)
        return ctx.fail(issuers.error());
    QJsonArray items;
    for (const domain::IssuerProfile &i : *issuers)
        items.append(issuerJson(ctx, i));
    printList(ctx, QStringLiteral("issuers"), items,
              {QStringLiteral("code"), QStringLiteral("issuingBody"), QStringLiteral("symbol"),
               QStringLiteral("authorityLine"), QStringLiteral("signerPosition"),
               QStringLiteral("signerName"), QStringLiteral("active")},
              {ctx.tr("Mã", "Code"), ctx.tr("Cơ quan ban hành", "Issuing body"),
               ctx.tr("Ký hiệu", "Symbol"), ctx.tr("Thẩm quyền ký", "Signs for"),
               ctx.tr("Chức vụ người ký", "Signer's position"), ctx.tr("Người ký", "Signer"),
               ctx.tr("Đang dùng", "Active")},
              ctx.tr("%1 cơ quan ban hành.", "%1 issuers.").arg(items.size()),
              {{QStringLiteral("count"), items.size()}});
    return 0;
}

/// The issuer-edit options onto `issuer`; the usage message for a bad value.
std::optional<QString> readIssuerOptions(const Context &ctx, const Invocation &inv,
                                         domain::IssuerProfile &issuer)
{
    const QList<std::pair<const char *, QString *>> texts{
        {"parent-body", &issuer.parentBody},
        {"issuing-body", &issuer.issuingBody},
        {"symbol", &issuer.symbol},
        {"place", &issuer.place},
        {"authority-body", &issuer.authorityBody},
        {"signer-position", &issuer.signerPosition},
        {"signer-name", &issuer.signerName},
        {"archive", &issuer.archiveLine}};
    for (const auto &[name, field] : texts) {
        if (inv.args.has(QString::fromLatin1(name)))
            *field = inv.args.value(QString::fromLatin1(name));
    }
    if (inv.args.has(QStringLiteral("authority"))) {
        const QString key = inv.args.value(QStringLiteral("authority")).trimmed();
        const auto authority = key.compare(u"direct", Qt::CaseInsensitive) == 0
                                   ? std::optional(domain::SignatureAuthority::Direct)
                                   : domain::signatureAuthorityFromKey(key);
        if (!authority || (key.isEmpty()))
            return ctx.tr("--authority phải là direct, tm, kt, tl, tuq hoặc q.",
                          "--authority must be direct, tm, kt, tl, tuq or q.");
        issuer.authority = *authority;
    }
    if (inv.args.has(QStringLiteral("recipients"))) {
        // "A; B; C": one recipient each, as the notice prints them ("- A;").
        issuer.recipients.clear();
        for (const QString &line : inv.args.value(QStringLiteral("recipients"))
                                       .split(QRegularExpression(QStringLiteral("[;\n]"))))
            if (!line.trimmed().isEmpty())
                issuer.recipients.append(line.trimmed());
    }
    if (inv.args.has(QStringLiteral("active"))) {
        const QString value = inv.args.value(QStringLiteral("active")).trimmed().toLower();
        if (value == u"yes" || value == u"có" || value == u"1")
            issuer.active = true;
        else if (value == u"no" || value == u"không" || value == u"0")
            issuer.active = false;
        else
            return ctx.tr("--active phải là yes hoặc no.", "--active must be yes or no.");
    }
    return std::nullopt;
}

int runIssuerEdit(Context &ctx, const Invocation &inv)
{
    const QString code = inv.positionals.at(0).trimmed();
    const bool adding = inv.args.has(QStringLiteral("new"));
    domain::IssuerProfile issuer;
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    services::NoticeService &svc = (*ws)->notices();
    if (!adding) {
        auto existing = svc.issuerByCode(ctx.actor(), code);
        if (!existing)
            return ctx.fail(existing.error());
        issuer = *existing;
    } else {
        issuer.code = code;
    }
    if (auto problem = readIssuerOptions(ctx, inv, issuer))
        return ctx.usageError(*problem);
    auto saved = svc.saveIssuer(ctx.actor(), issuer);
    if (!saved)
        return ctx.fail(saved.error());
    const QJsonObject o = issuerJson(ctx, *saved);
    Record record;
    const QList<std::pair<const char *, QString>> fields{
        {"code", ctx.tr("Mã", "Code")},
        {"parentBody", ctx.tr("Cơ quan chủ quản", "Parent body")},
        {"issuingBody", ctx.tr("Cơ quan ban hành", "Issuing body")},
        {"symbol", ctx.tr("Ký hiệu", "Symbol")},
        {"place", ctx.tr("Địa danh", "Place")},
        {"authority", ctx.tr("Thẩm quyền ký", "Authority")},
        {"authorityLine", ctx.tr("Dòng thẩm quyền", "Authority line")},
        {"signerPosition", ctx.tr("Chức vụ người ký", "Signer's position")},
        {"signerName", ctx.tr("Người ký", "Signer")},
        {"recipients", ctx.tr("Nơi nhận", "Recipients")},
        {"archiveLine", ctx.tr("Lưu", "Archive line")},
        {"active", ctx.tr("Đang dùng", "Active")}};
    for (const auto &[key, label] : fields) {
        const QString k = QString::fromLatin1(key);
        record.append(Field{k, label, o.value(k)});
    }
    ctx.report(adding ? ctx.tr("Đã thêm cơ quan ban hành.", "Added the issuer.")
                      : ctx.tr("Đã sửa cơ quan ban hành.", "Updated the issuer."),
               record);
    return 0;
}

QJsonObject templateJson(const Context &ctx, const domain::NoticeTemplate &t)
{
    const bool table = ctx.format() == Format::Table;
    return {{QStringLiteral("kind"),
             table ? domain::noticeKindLabel(t.kind, ctx.lang()) : domain::noticeKindKey(t.kind)},
            {QStringLiteral("subject"), table ? elide(t.subject, 50) : t.subject},
            {QStringLiteral("opening"), table ? elide(t.opening, 60) : t.opening},
            {QStringLiteral("dueDays"), t.dueDays}};
}

int runTemplates(Context &ctx, const Invocation &)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    QJsonArray items;
    for (const domain::NoticeKind kind :
         {domain::NoticeKind::Ubtvqh, domain::NoticeKind::Leaders, domain::NoticeKind::Other}) {
        auto t = (*ws)->notices().noticeTemplate(ctx.actor(), kind);
        if (!t)
            return ctx.fail(t.error());
        items.append(templateJson(ctx, *t));
    }
    printList(ctx, QStringLiteral("templates"), items,
              {QStringLiteral("kind"), QStringLiteral("dueDays"), QStringLiteral("subject"),
               QStringLiteral("opening")},
              {ctx.tr("Loại", "Kind"), ctx.tr("Số ngày làm việc", "Working days"),
               ctx.tr("Trích yếu", "Subject"), ctx.tr("Đoạn mở đầu", "Opening")},
              ctx.tr("%1 mẫu thông báo.", "%1 templates.").arg(items.size()),
              {{QStringLiteral("count"), items.size()}});
    return 0;
}

int runTemplateEdit(Context &ctx, const Invocation &inv)
{
    const auto kind = domain::noticeKindFromText(inv.positionals.at(0));
    if (!kind)
        return ctx.usageError(ctx.tr("KIND phải là ubtvqh, leaders hoặc other.",
                                     "KIND must be ubtvqh, leaders or other."));
    int dueDays = -1;
    if (auto problem = readIntOption(ctx, inv, "due-days", 0, 60, dueDays))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    services::NoticeService &svc = (*ws)->notices();
    auto t = svc.noticeTemplate(ctx.actor(), *kind);
    if (!t)
        return ctx.fail(t.error());
    if (inv.args.has(QStringLiteral("subject")))
        t->subject = inv.args.value(QStringLiteral("subject"));
    if (inv.args.has(QStringLiteral("opening"))) {
        auto text = readTextFile(inv.args.value(QStringLiteral("opening")));
        if (!text)
            return ctx.fail(text.error());
        t->opening = text->trimmed();
    }
    if (dueDays >= 0)
        t->dueDays = dueDays;
    auto saved = svc.saveTemplate(ctx.actor(), *t);
    if (!saved)
        return ctx.fail(saved.error());
    const QJsonObject o = templateJson(ctx, *saved);
    ctx.report(
        ctx.tr("Đã sửa mẫu thông báo.", "Updated the template."),
        {Field{QStringLiteral("kind"), ctx.tr("Loại", "Kind"), o.value(u"kind")},
         Field{QStringLiteral("subject"), ctx.tr("Trích yếu", "Subject"), saved->subject},
         Field{QStringLiteral("opening"), ctx.tr("Đoạn mở đầu", "Opening"), saved->opening},
         Field{QStringLiteral("dueDays"),
               ctx.tr("Số ngày làm việc để ban hành", "Working days to issue"), saved->dueDays}});
    return 0;
}

} // namespace

QList<Command> noticeCommands()
{
    return {
        {names({"notices", "list"}),
         names({"year", "status", "issuer", "text", "limit"}),
         {},
         {},
         runList,
         "liệt kê thông báo kết luận, mới nhất trước (--limit dòng đầu, mặc định 200)",
         "list conclusion notices, newest first (the first --limit, default 200)"},
        {names({"notices", "show"}),
         {},
         {},
         names({"ID"}),
         runShow,
         "xem một thông báo: nội dung, các bản trình, ý kiến, nhiệm vụ theo dõi",
         "show a notice: body, revisions, comments, follow-up tasks"},
        {names({"notices", "diff"}),
         {},
         {},
         names({"ID"}),
         runDiff,
         "so sánh từng từ hai bản trình gần nhất ([-xóa-] {+thêm+})",
         "compare the last two revisions word by word ([-deleted-] {+inserted+})"},
        {names({"notices", "register"}),
         names({"year", "issuer"}),
         names({"year"}),
         {},
         runRegister,
         "sổ đăng ký số thông báo của một năm",
         "the register of notice numbers of a year"},
        {names({"notices", "new"}),
         names({"from-content", "kind", "subject", "body", "issuer", "meeting-date"}),
         {},
         {},
         runNew,
         "soạn thông báo từ một nội dung phiên họp (--from-content) hoặc theo --subject; in mã số "
         "mới",
         "draft a notice from a meeting content (--from-content) or with --subject; prints the new "
         "id",
         Access::Login},
        {names({"notices", "submit"}),
         {},
         {},
         names({"ID"}),
         runSubmit,
         "trình duyệt thông báo (lưu một bản trình)",
         "submit a notice (freezes a revision)",
         Access::Login},
        {names({"notices", "return"}), names({"comment"}), names({"comment"}), names({"ID"}),
         runReturn, "trả lại thông báo kèm ý kiến", "return a notice with a comment",
         Access::Login},
        {names({"notices", "comment"}), names({"comment", "revision"}), names({"comment"}),
         names({"ID"}), runComment,
         "cho ý kiến về bản trình mới nhất (--revision: bản đang đọc, phải là bản mới nhất)",
         "comment on the latest revision (--revision: the one read, which must be the latest)",
         Access::Login},
        {names({"notices", "approve"}),
         {},
         {},
         names({"ID"}),
         runApprove,
         "duyệt thông báo (người soạn thảo không tự duyệt)",
         "approve a notice (never one's own draft)",
         Access::Login},
        {names({"notices", "export"}), names({"out"}), names({"out"}), names({"ID"}), runExport,
         "xuất thông báo ra .docx, .odt hoặc .pdf theo thể thức Nghị định 30 (thông báo đã ban "
         "hành: đúng tệp PDF lưu khi ban hành)",
         "export a notice to .docx, .odt or .pdf in the Decree 30 layout (an issued notice: the "
         "PDF stored at its issue, byte for byte)"},
        {names({"notices", "issue"}),
         names({"date"}),
         {},
         names({"ID"}),
         runIssue,
         "cấp số và ban hành thông báo đã duyệt (mặc định: hôm nay)",
         "number and issue an approved notice (default: today)",
         Access::Login},
        {names({"notices", "issuers"}),
         {},
         {},
         {},
         runIssuers,
         "các cơ quan ban hành thông báo: ký hiệu, thẩm quyền ký, người ký, nơi nhận",
         "the notice issuers: symbol, signing authority, signer, recipients"},
        {names({"notices", "issuer-edit"}),
         names({"new", "parent-body", "issuing-body", "symbol", "place", "authority",
                "authority-body", "signer-position", "signer-name", "recipients", "archive",
                "active"}),
         {},
         names({"CODE"}),
         runIssuerEdit,
         "sửa (hoặc thêm, với --new) một cơ quan ban hành (quản trị)",
         "edit (or add, with --new) an issuer (administrators)",
         Access::Login},
        {names({"notices", "templates"}),
         {},
         {},
         {},
         runTemplates,
         "mẫu thông báo theo loại: trích yếu, đoạn mở đầu, số ngày làm việc để ban hành",
         "the templates per kind: subject, opening, working days to issue"},
        {names({"notices", "template-edit"}),
         names({"subject", "opening", "due-days"}),
         {},
         names({"KIND"}),
         runTemplateEdit,
         "sửa mẫu thông báo của một loại (quản trị)",
         "edit the template of a kind (administrators)",
         Access::Login},
        {names({"notices", "void"}), names({"year", "reason", "issuer"}), names({"year", "reason"}),
         names({"NUMBER"}), runVoid, "hủy một số đã cấp hoặc số kế tiếp, nêu lý do",
         "void a given number or the next one, with a reason", Access::Login},
    };
}

} // namespace thuky::cli
