// programme list: the tasks of one programme, filtered, as a table, JSON or CSV.

#include "programme_list.h"

#include "programme_support.h"

#include "thuky/search/folding.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace thuky::cli {

namespace {

using domain::Timeliness;

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue idJson(domain::Id id)
{
    return id ? QJsonValue(static_cast<qint64>(id)) : QJsonValue();
}

QJsonValue textJson(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString statusLabel(domain::TaskStatus s, Lang lang)
{
    return lang == Lang::En ? domain::taskStatusLabelEn(s) : domain::taskStatusLabel(s);
}

QString timelinessLabel(Timeliness t, Lang lang)
{
    return lang == Lang::En ? domain::timelinessLabelEn(t) : domain::timelinessLabel(t);
}

QJsonObject countsJson(const auto &keys, const auto &counts, auto keyOf)
{
    QJsonObject object;
    for (size_t i = 0; i < keys.size(); ++i)
        object.insert(keyOf(keys[i]), counts[i]);
    return object;
}

struct ListRequest
{
    storage::TaskFilter filter;
    std::optional<int> year;
    domain::Id ownerId = 0;
};

bool hasNarrowingFilter(const storage::TaskFilter &f)
{
    return f.unitId != 0 || !f.statuses.isEmpty() || !f.timeliness.isEmpty() || !f.text.isEmpty();
}

/// Reads the filter options; a bad --year or --status is a usage error (message returned).
std::optional<QString> readFilterOptions(const Context &ctx, const Invocation &inv,
                                         ListRequest &req)
{
    if (auto problem = readYearOption(ctx, inv, req.year))
        return problem;
    if (inv.args.has(QStringLiteral("status"))) {
        const auto status = domain::parseTaskStatus(inv.args.value(QStringLiteral("status")));
        if (!status)
            return ctx.tr("Trạng thái không hợp lệ: ", "Unknown status: ") +
                   inv.args.value(QStringLiteral("status"));
        req.filter.statuses << *status;
    }
    // One word, one meaning, as in the GUI: --late is Quá hạn (not done, past the deadline);
    // --done-late is Hoàn thành trễ hạn. Both together list both.
    if (inv.args.has(QStringLiteral("late")))
        req.filter.timeliness << domain::Timeliness::Overdue;
    if (inv.args.has(QStringLiteral("done-late")))
        req.filter.timeliness << domain::Timeliness::DoneLate;
    req.filter.text = search::fold(inv.args.value(QStringLiteral("text")));
    return std::nullopt;
}

Result<void> resolveUnits(const Context &ctx, services::Workspace &ws, const Invocation &inv,
                          ListRequest &req)
{
    if (inv.args.has(QStringLiteral("unit"))) {
        auto unit = resolveUnit(ctx, ws, inv.args.value(QStringLiteral("unit")));
        if (!unit)
            return unit.error();
        req.filter.unitId = *unit;
    }
    auto owner = ownerOption(ctx, ws, inv);
    if (!owner)
        return owner.error();
    req.ownerId = *owner;
    return {};
}

/// Every task that passes the filter, fetched page by page.
Result<QJsonArray> taskArray(const Context &ctx, services::ProgrammeService &service,
                             const storage::TaskFilter &filter)
{
    constexpr int kPage = 1000;
    QJsonArray tasks;
    for (int offset = 0;; offset += kPage) {
        auto rows = service.tasks(ctx.actor(), filter, offset, kPage);
        if (!rows)
            return rows.error();
        for (const storage::TaskRow &row : *rows)
            tasks.append(taskJson(row, ctx.lang()));
        if (rows->size() < kPage)
            return tasks;
    }
}

QStringList tableHeaders(Lang lang)
{
    return {tr2(lang, "STT", "No."),          tr2(lang, "Nội dung", "Content"),
            tr2(lang, "Chủ trì", "Lead"),      tr2(lang, "Thời hạn", "Due"),
            tr2(lang, "Trạng thái", "Status"), QStringLiteral("%"),
            tr2(lang, "Tình trạng", "Timeliness")};
}

QStringList tableRow(const QJsonObject &t)
{
    constexpr int kContentWidth = 70;
    const int depth = t.value(QLatin1String("depth")).toInt();
    const bool section = t.value(QLatin1String("isSection")).toBool();
    const QString indent(2 * depth, QLatin1Char(' ')); // the STT shows the tree
    if (section)
        return {t.value(QLatin1String("number")).toString(),
                elide(t.value(QLatin1String("content")).toString(), kContentWidth)};
    return {indent + t.value(QLatin1String("number")).toString(),
            elide(t.value(QLatin1String("content")).toString(), kContentWidth),
            t.value(QLatin1String("leadUnitShort")).toString(),
            t.value(QLatin1String("period")).toString(),
            t.value(QLatin1String("statusLabel")).toString(),
            QString::number(t.value(QLatin1String("progress")).toInt()),
            t.value(QLatin1String("timelinessLabel")).toString()};
}

QString summaryLine(const QJsonObject &s, Lang lang)
{
    // Quá hạn: not done and past its deadline; hoàn thành trễ hạn: done after it. One word
    // each, as in the GUI.
    const QJsonObject timeliness = s.value(QLatin1String("byTimeliness")).toObject();
    return tr2(lang,
               "Tổng: %1 nhiệm vụ, %2 quá hạn, %3 hoàn thành trễ hạn, tiến độ trung bình %4%.\n",
               "Total: %1 tasks, %2 overdue, %3 done late, mean progress %4%.\n")
        .arg(s.value(QLatin1String("total")).toInt())
        .arg(timeliness.value(domain::timelinessKey(domain::Timeliness::Overdue)).toInt())
        .arg(timeliness.value(domain::timelinessKey(domain::Timeliness::DoneLate)).toInt())
        .arg(qRound(s.value(QLatin1String("meanProgress")).toDouble()));
}

QString renderListTable(const QJsonObject &doc, Lang lang)
{
    Sheet sheet;
    sheet.headers = tableHeaders(lang);
    sheet.rightAligned = {false, false, false, false, false, true, false};
    for (const QJsonValue &t : doc.value(QLatin1String("tasks")).toArray())
        sheet.rows << tableRow(t.toObject());
    const QJsonObject programme = doc.value(QLatin1String("programme")).toObject();
    return programme.value(QLatin1String("title")).toString() + QStringLiteral("\n\n") +
           renderTable(sheet) + QLatin1Char('\n') +
           summaryLine(doc.value(QLatin1String("summary")).toObject(), lang);
}

} // namespace

QStringList taskJsonKeys()
{
    static const QStringList keys{
        QStringLiteral("id"),         QStringLiteral("parentId"),     QStringLiteral("depth"),
        QStringLiteral("number"),     QStringLiteral("isSection"),    QStringLiteral("content"),
        QStringLiteral("leadUnit"),   QStringLiteral("leadUnitShort"), QStringLiteral("partners"),
        QStringLiteral("responsible"), QStringLiteral("period"),      QStringLiteral("periodKey"),
        QStringLiteral("deadline"),   QStringLiteral("product"),      QStringLiteral("source"),
        QStringLiteral("notes"),      QStringLiteral("planned"),      QStringLiteral("status"),
        QStringLiteral("statusLabel"), QStringLiteral("progress"),    QStringLiteral("timeliness"),
        QStringLiteral("timelinessLabel"), QStringLiteral("completedOn"),
        QStringLiteral("carriedFromId")};
    return keys;
}

QJsonObject taskJson(const storage::TaskRow &row, Lang lang)
{
    const domain::Task &t = row.task;
    const bool section = t.isSection();
    return QJsonObject{
        {QStringLiteral("id"), static_cast<qint64>(t.id)},
        {QStringLiteral("parentId"), idJson(t.parentId)},
        {QStringLiteral("depth"), row.depth},
        {QStringLiteral("number"), t.number},
        {QStringLiteral("isSection"), section},
        {QStringLiteral("content"), t.content},
        {QStringLiteral("leadUnit"), textJson(row.leadUnitName)},
        {QStringLiteral("leadUnitShort"), textJson(row.leadUnitShort)},
        {QStringLiteral("partners"), QJsonArray::fromStringList(row.partnerNames)},
        {QStringLiteral("responsible"), textJson(row.responsibleName)},
        {QStringLiteral("period"), section ? QJsonValue() : textJson(t.period.label())},
        {QStringLiteral("periodKey"), section ? QJsonValue() : textJson(t.period.key())},
        {QStringLiteral("deadline"), section ? QJsonValue() : dateJson(t.deadline())},
        {QStringLiteral("product"), textJson(t.product)},
        {QStringLiteral("source"), textJson(t.sourceRef)},
        {QStringLiteral("notes"), textJson(t.notes)},
        {QStringLiteral("planned"), t.planned},
        {QStringLiteral("status"), domain::taskStatusKey(t.status)},
        {QStringLiteral("statusLabel"), statusLabel(t.status, lang)},
        {QStringLiteral("progress"), t.progress},
        {QStringLiteral("timeliness"), domain::timelinessKey(row.timeliness)},
        {QStringLiteral("timelinessLabel"), timelinessLabel(row.timeliness, lang)},
        {QStringLiteral("completedOn"), dateJson(t.completedOn)},
        {QStringLiteral("carriedFromId"), idJson(t.carriedFromId)},
    };
}

QJsonObject summaryJson(const storage::TaskSummary &s)
{
    return QJsonObject{
        {QStringLiteral("total"), s.total},
        {QStringLiteral("byStatus"),
         countsJson(domain::kAllTaskStatuses, s.byStatus, domain::taskStatusKey)},
        {QStringLiteral("byTimeliness"),
         countsJson(domain::kAllTimeliness, s.byTimeliness, domain::timelinessKey)},
        {QStringLiteral("late"), s.late}, // overdue + doneLate, kept for scripts
        {QStringLiteral("overdue"), s.byTimeliness[size_t(domain::Timeliness::Overdue)]},
        {QStringLiteral("doneLate"), s.byTimeliness[size_t(domain::Timeliness::DoneLate)]},
        {QStringLiteral("meanProgress"), s.meanProgress},
    };
}

QJsonObject programmeJson(const domain::Programme &p, const domain::Agency &owner)
{
    return QJsonObject{
        {QStringLiteral("id"), static_cast<qint64>(p.id)},
        {QStringLiteral("year"), p.year},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("owner"), owner.name},
        {QStringLiteral("ownerShort"), textJson(owner.shortName)},
        {QStringLiteral("status"), domain::programmeStatusKey(p.status)},
        {QStringLiteral("statusLabel"), domain::programmeStatusLabel(p.status)},
        {QStringLiteral("adoptedOn"), dateJson(p.adoptedOn)},
    };
}

Result<QJsonObject> listDocument(const Context &ctx, services::Workspace &ws,
                                 const domain::Programme &programme, storage::TaskFilter filter)
{
    auto &service = ws.programmes();
    filter.programmeId = programme.id;
    filter.includeSections = !hasNarrowingFilter(filter);
    auto owner = ws.reference().agency(ctx.actor(), programme.ownerUnitId);
    if (!owner)
        return owner.error();
    auto tasks = taskArray(ctx, service, filter);
    if (!tasks)
        return tasks.error();
    auto summary = service.summary(ctx.actor(), filter);
    if (!summary)
        return summary.error();
    return QJsonObject{{QStringLiteral("programme"), programmeJson(programme, *owner)},
                       {QStringLiteral("tasks"), *tasks},
                       {QStringLiteral("summary"), summaryJson(*summary)}};
}

int runProgrammeList(Context &ctx, const Invocation &inv)
{
    ListRequest req;
    if (auto problem = readFilterOptions(ctx, inv, req))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    if (auto units = resolveUnits(ctx, **ws, inv, req); !units)
        return ctx.fail(units.error());
    auto programme = resolveProgramme(ctx, **ws, req.year, req.ownerId);
    if (!programme)
        return ctx.fail(programme.error());
    auto doc = listDocument(ctx, **ws, *programme, req.filter);
    if (!doc)
        return ctx.fail(doc.error());
    switch (ctx.format()) {
    case Format::Json:
        ctx.out(jsonText(*doc));
        break;
    case Format::Csv:
        ctx.out(renderCsv(objectsToSheet(doc->value(QLatin1String("tasks")).toArray(),
                                         taskJsonKeys())));
        break;
    case Format::Table:
        ctx.out(renderListTable(*doc, ctx.lang()));
        break;
    }
    return 0;
}

} // namespace thuky::cli
