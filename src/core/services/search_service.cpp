#include "thuky/services/search_service.h"

#include "service_errors.h"

namespace thuky::services {

namespace {
constexpr int kMaxLimit = 300;
constexpr int kCountCap = 1000;
} // namespace

const SearchKindInfo &searchKindInfo(SearchKind kind)
{
    for (const auto &info : kSearchKinds)
        if (info.kind == kind)
            return info;
    return kSearchKinds.front();
}

std::optional<SearchKind> searchKindFromKey(const QString &key)
{
    for (const auto &info : kSearchKinds)
        if (key == QLatin1String(info.key))
            return info.kind;
    return std::nullopt;
}

int SearchResults::total() const
{
    int n = 0;
    for (const auto &g : groups)
        n += g.total;
    return n;
}

SearchService::SearchService(storage::SearchRepository &repo, const Authorizer &authorizer)
    : m_repo(repo), m_auth(authorizer)
{
}

Result<SearchResults> SearchService::search(const domain::Actor &actor, const SearchRequest &request)
{
    if (request.limit < 1 || request.limit > kMaxLimit)
        return invalid(QStringLiteral("Số kết quả mỗi loại phải từ 1 đến %1.").arg(kMaxLimit),
                       QStringLiteral("The number of hits per kind must be 1 to %1.").arg(kMaxLimit), "limit");
    if (request.year && (*request.year < 1946 || *request.year > 2200))
        return invalid(QStringLiteral("Năm phải từ 1946 đến 2200."), QStringLiteral("The year must be 1946 to 2200."),
                       "year");
    storage::SearchQuery query;
    for (const auto &info : kSearchKinds) {
        const bool asked = request.kinds.contains(info.kind);
        if (!request.kinds.isEmpty() && !asked)
            continue;
        auto allowed = m_auth.require(actor, info.view);
        if (!allowed) {
            if (asked)
                return allowed.error();
            continue;
        }
        query.kinds.append(QString::fromLatin1(info.key));
    }
    SearchResults out;
    out.terms = search::parseQuery(request.text, request.prefix);
    if (query.kinds.isEmpty() && request.kinds.isEmpty()) {
        // Not even one kind to show: the actor's rights decide, with their message.
        THUKY_TRY(m_auth.require(actor, Action::ViewData));
        return out;
    }
    query.terms = out.terms;
    query.year = request.year;
    query.unitId = request.unitId;
    query.limitPerKind = request.limit;
    auto rows = m_repo.search(query);
    if (!rows)
        return rows.error();
    for (const auto &info : kSearchKinds) {
        SearchGroup group{info.kind, 0, false, {}};
        for (const auto &r : *rows) {
            if (r.kind != QLatin1String(info.key))
                continue;
            group.total = std::min(r.kindTotal, kCountCap);
            group.more = r.kindTotal > kCountCap;
            group.hits.append(SearchHit{info.kind, info.entity, r.entityId, r.parentId, r.year, r.unitId, r.title,
                                        r.titleMarks, r.snippet, r.snippetMarks, r.score});
        }
        if (!group.hits.isEmpty())
            out.groups.append(group);
    }
    return out;
}

} // namespace thuky::services
