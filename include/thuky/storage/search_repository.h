#pragma once
// The full-text index over every module (schema 10): ranked hits with their highlights.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"
#include "thuky/search/query.h"

#include <memory>
#include <optional>

namespace thuky::storage {

class Database;

struct SearchQuery
{
    QList<search::QueryTerm> terms; ///< all must match; none: no hit
    QStringList kinds;              ///< "task", "person", "content", "notice"…; empty: none
    std::optional<int> year;        ///< records of that year only (records without a year drop out)
    domain::Id unitId = 0;          ///< records of that unit only (lead, presenting, a person's unit)
    int limitPerKind = 10;
};

struct SearchRow
{
    QString kind;
    domain::Id docId = 0; ///< the record's row in the index
    domain::Id entityId = 0;
    domain::Id parentId = 0; ///< the programme of a task, the meeting of a content; 0: none
    int year = 0;            ///< 0: the record has none (people)
    domain::Id unitId = 0;
    QString title;           ///< as stored, with the matching words marked
    QList<search::Mark> titleMarks;
    QString snippet;         ///< a few words of the other text around the matches ("…" where cut)
    QList<search::Mark> snippetMarks;
    double score = 0;        ///< bm25: lower is better
    int kindTotal = 0;       ///< hits of this kind beyond the limit too, counted up to 1,001
};

class SearchRepository
{
public:
    virtual ~SearchRepository() = default;
    /// The best hits of each kind asked for, best first within a kind (bm25; the title
    /// weighs most, then the number and tags, the body, the unit's name). When a kind has
    /// more than 100 matches, about the 100 written last are the ones ranked (at most 400):
    /// a common word stays as fast as a rare one.
    virtual Result<QList<SearchRow>> search(const SearchQuery &query) = 0;
    /// Ids of the records of one kind matching the terms in their title, body or tags (not
    /// the unit's name): what a list's text filter keeps.
    virtual Result<QList<domain::Id>> matchingIds(const QString &kind, const QList<search::QueryTerm> &terms) = 0;
};

std::unique_ptr<SearchRepository> makeSqliteSearchRepository(Database &db);

} // namespace thuky::storage
