// search QUERY: the search index over every module, as the GUI's Ctrl+K asks it.

#include "commands.h"
#include "programme_support.h"

#include "thuky/services/search_service.h"
#include "thuky/services/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace thuky::cli {

namespace {

using services::SearchKind;

QJsonArray marksJson(const QList<search::Mark> &marks)
{
    QJsonArray out;
    for (const auto &m : marks)
        out.append(QJsonObject{{QStringLiteral("start"), m.start}, {QStringLiteral("length"), m.length}});
    return out;
}

QJsonObject hitJson(const services::SearchHit &h, int rank)
{
    const auto &info = services::searchKindInfo(h.kind);
    return QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(info.key)},
                       {QStringLiteral("entity"), storage::entityKey(h.entity)},
                       {QStringLiteral("id"), qint64(h.id)},
                       {QStringLiteral("parentId"), h.parentId ? QJsonValue(qint64(h.parentId)) : QJsonValue()},
                       {QStringLiteral("year"), h.year ? QJsonValue(h.year) : QJsonValue()},
                       {QStringLiteral("unitId"), h.unitId ? QJsonValue(qint64(h.unitId)) : QJsonValue()},
                       {QStringLiteral("rank"), rank},
                       {QStringLiteral("score"), h.score},
                       {QStringLiteral("title"), h.title},
                       {QStringLiteral("titleMarks"), marksJson(h.titleMarks)},
                       {QStringLiteral("snippet"), h.snippet},
                       {QStringLiteral("snippetMarks"), marksJson(h.snippetMarks)}};
}

// The table shows the matching words between « and ».
QString withMarks(const QString &text, const QList<search::Mark> &marks)
{
    QString out = text;
    for (auto it = marks.crbegin(); it != marks.crend(); ++it)
        out.insert(it->start + it->length, u'»').insert(it->start, u'«');
    return out;
}

int runSearch(Context &ctx, const Invocation &inv)
{
    services::SearchRequest request;
    request.text = inv.positionals.join(u' ');
    if (auto problem = readYearOption(ctx, inv, request.year))
        return ctx.usageError(*problem);
    if (auto problem = readIntOption(ctx, inv, "limit", 1, 300, request.limit))
        return ctx.usageError(*problem);
    if (inv.args.has(QStringLiteral("kind"))) {
        for (const QString &key : inv.args.value(QStringLiteral("kind")).split(u',', Qt::SkipEmptyParts)) {
            const auto kind = services::searchKindFromKey(key.trimmed());
            if (!kind) {
                QStringList keys;
                for (const auto &info : services::kSearchKinds)
                    keys << QString::fromLatin1(info.key);
                return ctx.usageError(ctx.tr("--kind phải là một trong: %1.", "--kind must be one of: %1.")
                                          .arg(keys.join(QLatin1String(", "))));
            }
            request.kinds.append(*kind);
        }
    }
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    if (inv.args.has(QStringLiteral("unit"))) {
        auto unit = resolveUnit(ctx, **ws, inv.args.value(QStringLiteral("unit")));
        if (!unit)
            return ctx.fail(unit.error());
        request.unitId = *unit;
    }
    auto results = (*ws)->search().search(ctx.actor(), request);
    if (!results)
        return ctx.fail(results.error());

    QJsonArray groups, rows;
    for (const auto &g : results->groups) {
        const auto &info = services::searchKindInfo(g.kind);
        QJsonArray hits;
        int rank = 0;
        for (const auto &h : g.hits) {
            QJsonObject hit = hitJson(h, ++rank);
            hits.append(hit);
            hit.insert(QStringLiteral("kindLabel"), ctx.tr(info.label, info.labelEn));
            hit.insert(QStringLiteral("title"), ctx.format() == Format::Table ? withMarks(h.title, h.titleMarks) : h.title);
            hit.insert(QStringLiteral("snippet"),
                       ctx.format() == Format::Table ? withMarks(h.snippet, h.snippetMarks) : h.snippet);
            rows.append(hit);
        }
        groups.append(QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(info.key)},
                                  {QStringLiteral("label"), ctx.tr(info.label, info.labelEn)},
                                  {QStringLiteral("total"), g.total},
                                  {QStringLiteral("more"), g.more},
                                  {QStringLiteral("hits"), hits}});
    }
    if (ctx.format() == Format::Json) {
        QJsonArray terms;
        for (const auto &t : results->terms)
            terms.append(QJsonObject{{QStringLiteral("tokens"), QJsonArray::fromStringList(t.tokens)},
                                     {QStringLiteral("prefix"), t.prefix}});
        bool more = false;
        for (const auto &g : results->groups)
            more = more || g.more;
        ctx.out(jsonText(QJsonObject{{QStringLiteral("query"), request.text},
                                     {QStringLiteral("terms"), terms},
                                     {QStringLiteral("total"), results->total()},
                                     {QStringLiteral("more"), more},
                                     {QStringLiteral("groups"), groups}}));
        return 0;
    }
    int shown = 0;
    for (const auto &g : results->groups)
        shown += int(g.hits.size());
    printList(ctx, QStringLiteral("hits"), rows,
              {QStringLiteral("kindLabel"), QStringLiteral("id"), QStringLiteral("year"), QStringLiteral("title"),
               QStringLiteral("snippet")},
              {ctx.tr("Loại", "Kind"), ctx.tr("Mã", "Id"), ctx.tr("Năm", "Year"), ctx.tr("Tiêu đề", "Title"),
               ctx.tr("Trích đoạn", "Snippet")},
              ctx.tr("%1 kết quả, hiện %2.", "%1 hits, %2 shown.").arg(results->total()).arg(shown));
    return 0;
}

} // namespace

QList<Command> searchCommands()
{
    return {
        {names({"search"}),
         names({"kind", "year", "unit", "limit"}),
         {},
         names({"QUERY"}),
         runSearch,
         "tìm trong mọi phân hệ (không dấu cũng được): từ, \"cụm từ\", tiền tố thuong*; --kind "
         "task|person|content|notice (nhiều loại: dấu phẩy), --year, --unit, --limit mỗi loại "
         "(mặc định 10, tối đa 300)",
         "search every module (accents optional): words, \"a phrase\", a prefix thuong*; --kind "
         "task|person|content|notice (several: commas), --year, --unit, --limit per kind (default 10, at most 300)"},
    };
}

} // namespace thuky::cli
