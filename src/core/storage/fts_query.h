#pragma once
// FTS5 match expressions from parsed queries (private to storage: FTS5 is SQLite's).

#include "thuky/domain/reference.h"
#include "thuky/search/query.h"

#include <optional>

namespace thuky::storage::detail {

/// Every token in double quotes (FTS5 strings), so no user text is ever read as an
/// operator, a column name or a syntax error: `"ket" "luan"`, `"05 tb ubtvqh15"`,
/// `"thuong"*`. `columns` (FTS5 column names) limits where the terms may match.
/// Empty when there is no term.
QString ftsMatch(const QList<search::QueryTerm> &terms, const QStringList &columns = {});

/// The records of one kind (and year, unit: none when nullopt / 0), as an FTS5 query on
/// the facets column: `{facets} : ("ktask" "y2025")`.
QString facetMatch(const QString &kind, std::optional<int> year, domain::Id unitId);

/// The task ids the text filter of the programme list keeps, as SQL for `id IN (…)` with
/// one parameter: taskTextMatch() of the filter's text.
inline constexpr const char *kTaskTextMatchSql =
    "SELECT d.entity_id FROM search_fts CROSS JOIN search_docs d ON d.doc_id = search_fts.rowid"
    " WHERE search_fts MATCH ?";

/// The columns a list's text filter looks in (the unit's name is a filter of its own).
inline const QStringList kFilterColumns{QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("tags")};

/// The tasks whose title, body or tags match `text` read with every word a prefix; empty
/// when the text has no word.
inline QString taskTextMatch(const QString &text)
{
    const QString match = ftsMatch(search::parseQuery(text, search::PrefixMode::Every), kFilterColumns);
    return match.isEmpty() ? match : facetMatch(QStringLiteral("task"), std::nullopt, 0) + QLatin1String(" AND ") + match;
}

} // namespace thuky::storage::detail
