#pragma once
// Search (tìm kiếm) over every module: one query, hits grouped by kind, ranked, with the
// matching words marked, and what a window needs to open each record.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"
#include "thuky/search/query.h"
#include "thuky/services/authorizer.h"
#include "thuky/storage/audit_repository.h"
#include "thuky/storage/search_repository.h"

#include <array>
#include <optional>

namespace thuky::services {

/// The kinds of record the index holds.
enum class SearchKind { Task, Person, Content, Notice, Agenda, Agency };

struct SearchKindInfo
{
    SearchKind kind;
    const char *key;        ///< search_docs.kind and the CLI's --kind
    storage::Entity entity; ///< what opens it
    Action view;            ///< the permission that shows it
    const char *label;      ///< Vietnamese, plural: "Nhiệm vụ"
    const char *labelEn;
};

/// One line per kind, in the order results are grouped. A new kind is a line here plus its view and triggers in SQL (see resources/sql/010_search.sql).
inline constexpr std::array kSearchKinds{
    SearchKindInfo{SearchKind::Notice, "notice", storage::Entity::Notice, Action::ViewData,
                   "Thông báo kết luận", "Conclusion notices"},
    SearchKindInfo{SearchKind::Agenda, "agenda", storage::Entity::AgendaItem, Action::ViewData,
                   "Chương trình kỳ họp", "Session agendas"},
    SearchKindInfo{SearchKind::Content, "content", storage::Entity::MeetingContent, Action::ViewData,
                   "Nội dung phiên họp", "Meeting contents"},
    SearchKindInfo{SearchKind::Task, "task", storage::Entity::Task, Action::ViewData, "Nhiệm vụ", "Tasks"},
    SearchKindInfo{SearchKind::Person, "person", storage::Entity::Person, Action::ViewData, "Người", "People"},
    SearchKindInfo{SearchKind::Agency, "agency", storage::Entity::Agency, Action::ViewData, "Đơn vị, cơ quan",
                   "Units and agencies"},
};
const SearchKindInfo &searchKindInfo(SearchKind kind);
std::optional<SearchKind> searchKindFromKey(const QString &key);

struct SearchRequest
{
    QString text;                 ///< what the user typed (see search::parseQuery)
    QList<SearchKind> kinds;      ///< empty: every kind the actor may see
    std::optional<int> year;      ///< records of that year (people, having none, drop out)
    domain::Id unitId = 0;        ///< records of that unit: lead, presenting, a person's own
    int limit = 10;               ///< hits per kind, 1..300 (ranked among a kind's 300 newest matches)
    search::PrefixMode prefix = search::PrefixMode::Marked;
};

struct SearchHit
{
    SearchKind kind = SearchKind::Task;
    storage::Entity entity = storage::Entity::Task;
    domain::Id id = 0;
    domain::Id parentId = 0; ///< the programme of a task, the meeting of a content; 0: none
    int year = 0;            ///< 0: none
    domain::Id unitId = 0;
    QString title;           ///< with titleMarks over the matching words
    QList<search::Mark> titleMarks;
    QString snippet;         ///< other text around the matches, "…" where cut
    QList<search::Mark> snippetMarks;
    double score = 0;        ///< bm25, lower is better
};

struct SearchGroup
{
    SearchKind kind = SearchKind::Task;
    int total = 0;       ///< hits of this kind beyond the limit too, counted up to 1,000
    bool more = false;   ///< more than `total` (1,000) hits
    QList<SearchHit> hits;
};

struct SearchResults
{
    QList<search::QueryTerm> terms; ///< how the text was read
    QList<SearchGroup> groups;      ///< in kSearchKinds order, kinds without a hit left out
    int total() const;
};

class SearchService
{
public:
    SearchService(storage::SearchRepository &repo, const Authorizer &authorizer);

    /// Kinds the actor may not see are left out of an empty request.kinds and refused
    /// (PermissionDenied) when asked for by name. A text with no word gives no hit, never
    /// an error; InvalidInput: a limit outside 1..300 or a year outside 1946..2200.
    Result<SearchResults> search(const domain::Actor &actor, const SearchRequest &request);

private:
    storage::SearchRepository &m_repo;
    const Authorizer &m_auth;
};

} // namespace thuky::services
