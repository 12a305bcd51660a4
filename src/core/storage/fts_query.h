#pragma once
// FTS5 match expressions from parsed queries (private to storage: FTS5 is SQLite's).

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"
#include "thuky/search/query.h"

#include <QHash>

#include <optional>

namespace thuky::storage {
class Database;
}

namespace thuky::storage::detail {

/// The index keeps its own entries for prefixes of 2 and 3 letters (prefix='2 3' in
/// 010_search.sql). A longer prefix ("thuong*", "giam*") has none: FTS5 then merges the
/// record lists of every word that starts so into one list in memory, in every statement
/// that names it, which costs milliseconds per statement at 100,000 records. Such a
/// prefix is read once through the index's vocabulary (fts5vocab) into the words that
/// start so, and the statements name those words: ordinary lists, read lazily.
inline constexpr int kIndexedPrefixMax = 3;
inline constexpr int kMaxPrefixChoices = 24;

/// The words of the index each long prefix of `terms` stands for (the prefix → its words;
/// none when it has more than kMaxPrefixChoices: FTS5 reads it itself; the prefix alone
/// when no word starts so, which matches nothing, as the prefix would).
using PrefixWords = QHash<QString, QStringList>;
Result<PrefixWords> expandPrefixes(Database &db, const QList<search::QueryTerm> &terms);

/// Every token in double quotes (FTS5 strings), so no user text is ever read as an
/// operator, a column name or a syntax error: `"ket" "luan"`, `"05 tb ubtvqh15"`,
/// `"thuong"*`; a prefix found in `words` as the words it stands for:
/// `("thuong" OR "thuongmai")`. `columns` (FTS5 column names) limits where the terms may
/// match. Empty when there is no term.
QString ftsMatch(const QList<search::QueryTerm> &terms, const QStringList &columns = {}, const PrefixWords &words = {});

/// The phrases of ftsMatch(terms, …, words) one by one, as FTS5 queries of their own, in
/// the order FTS5 numbers them in its expression.
QStringList ftsPhrases(const QList<search::QueryTerm> &terms, const PrefixWords &words = {});

/// The records of one kind (and year, unit: none when nullopt / 0), as an FTS5 query on
/// the facets column: `{facets} : ("ktask" "y2025")`.
QString facetMatch(const QString &kind, std::optional<int> year, domain::Id unitId);

/// The ids of one kind's records a list's text filter keeps, as SQL for `id IN (…)` with
/// one parameter: textMatch() of the kind and the filter's text.
/// THUKY_TEXT_MATCH_SQL("?7") names the parameter, for statements that number theirs.
#define THUKY_TEXT_MATCH_SQL(parameter)                                                            \
    "SELECT d.entity_id FROM search_fts CROSS JOIN search_docs d ON d.doc_id = search_fts.rowid"   \
    " WHERE search_fts MATCH " parameter
inline constexpr const char *kTextMatchSql = THUKY_TEXT_MATCH_SQL("?");

/// The columns a list's text filter looks in (the unit's name is a filter of its own).
inline const QStringList kFilterColumns{QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("tags")};

/// The records of `kind` ("task", "person", "notice"…) whose `columns` match `text` read
/// as a list's filter reads it: every word a prefix, accents and case ignored, đ = d, the
/// syntax of the search ("a phrase" in quotes). Empty when the text has no word.
inline QString textMatch(const QString &kind, const QString &text, const QStringList &columns = kFilterColumns)
{
    const QString match = ftsMatch(search::parseQuery(text, search::PrefixMode::Every), columns);
    return match.isEmpty() ? match : facetMatch(kind, std::nullopt, 0) + QLatin1String(" AND ") + match;
}

/// textMatch() as a list asks it: the long prefixes read as the index's words
/// (expandPrefixes()), and only the records of `year` when given. Empty when the text has
/// no word.
Result<QString> listTextMatch(Database &db, const QString &kind, const QString &text,
                              const QStringList &columns = kFilterColumns, std::optional<int> year = std::nullopt);

/// The ids `sql` selects (one parameter: listTextMatch() of kind, text and columns), for a
/// list's filter; nullopt when the text has no word (a filter that keeps everything).
Result<std::optional<QList<domain::Id>>> idsMatching(Database &db, const char *sql, const QString &kind,
                                                     const QString &text, const QStringList &columns = kFilterColumns);

} // namespace thuky::storage::detail
