#pragma once
// thuky_rank(): the search's ranking function, registered on every connection.

struct sqlite3;

namespace thuky::storage::detail {

/// Adds the FTS5 auxiliary function thuky_rank(search_fts, counts, weights…): bm25() with
/// the number of records holding each phrase given (counts: a BLOB of doubles, one per
/// phrase; NULL: counted, as bm25() does). See search_rank.cpp.
/// Returns an SQLite result code.
int registerSearchRank(sqlite3 *db);

} // namespace thuky::storage::detail
