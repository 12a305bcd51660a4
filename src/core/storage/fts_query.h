#pragma once
// FTS5 match expressions from parsed queries (private to storage: FTS5 is SQLite's).

#include "thuky/search/query.h"

namespace thuky::storage::detail {

/// Every token in double quotes (FTS5 strings), so no user text is ever read as an
/// operator, a column name or a syntax error: `"ket" "luan"`, `"05 tb ubtvqh15"`,
/// `"thuong"*`. `columns` (FTS5 column names) limits where the terms may match.
/// Empty when there is no term.
QString ftsMatch(const QList<search::QueryTerm> &terms, const QStringList &columns = {});

/// The task ids the text filter of the programme list keeps, as SQL for `id IN (…)` with
/// one parameter, the ftsMatch() of the filter's text over title, body and tags.
inline constexpr const char *kTaskTextMatchSql =
    "SELECT d.entity_id FROM search_fts JOIN search_docs d ON d.doc_id = search_fts.rowid"
    " WHERE search_fts MATCH ? AND d.kind = 'task'";

/// The columns a list's text filter looks in (the unit's name is a filter of its own).
inline const QStringList kFilterColumns{QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("tags")};

} // namespace thuky::storage::detail
