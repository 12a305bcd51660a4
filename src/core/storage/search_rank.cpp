#include "search_rank.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace thuky::storage::detail {

namespace {

int countAll(const Fts5ExtensionApi *, Fts5Context *, void *userData)
{
    ++*static_cast<sqlite3_int64 *>(userData);
    return SQLITE_OK;
}

struct RankData
{
    double averageLength = 0;
    std::vector<double> idf;
    std::vector<double> frequency;
};

void freeRankData(void *p)
{
    delete static_cast<RankData *>(p);
}

// What bm25() computes once per statement: the average length of a record and each
// phrase's inverse document frequency, from `given` (a double per phrase) when it holds one
// per phrase, else counted as bm25() counts.
int rankData(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_value *given, RankData **out)
{
    if ((*out = static_cast<RankData *>(api->xGetAuxdata(fts, 0))))
        return SQLITE_OK;
    auto data = new RankData;
    sqlite3_int64 rows = 0, tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    const int phrases = api->xPhraseCount(fts);
    data->averageLength = rows > 0 ? double(tokens) / double(rows) : 1.0;
    data->idf.assign(size_t(phrases), 0.0);
    data->frequency.assign(size_t(phrases), 0.0);
    const bool counted = given && sqlite3_value_type(given) == SQLITE_BLOB &&
                         sqlite3_value_bytes(given) == phrases * int(sizeof(double));
    const auto *counts = counted ? static_cast<const unsigned char *>(sqlite3_value_blob(given)) : nullptr;
    for (int i = 0; rc == SQLITE_OK && i < phrases; ++i) {
        double hits = 0;
        if (counts) {
            std::memcpy(&hits, counts + size_t(i) * sizeof(double), sizeof hits);
        } else {
            sqlite3_int64 n = 0;
            rc = api->xQueryPhrase(fts, i, &n, &countAll);
            hits = double(n);
        }
        hits = std::clamp(hits, 0.0, double(rows));
        // The BM25 inverse document frequency, floored as bm25() floors it: a phrase in more
        // than half the records weighs almost nothing.
        const double idf = std::log((double(rows) - hits + 0.5) / (hits + 0.5));
        data->idf[size_t(i)] = idf > 0 ? idf : 1e-6;
    }
    if (rc == SQLITE_OK)
        rc = api->xSetAuxdata(fts, data, &freeRankData);
    else
        delete data;
    *out = rc == SQLITE_OK ? data : nullptr;
    return rc;
}

// thuky_rank(search_fts, counts, weight of column 0, weight of column 1, …): FTS5's bm25()
// (k1 = 1.2, b = 0.75, the same weights, lower is better), with the number of records
// holding each phrase given by the caller (a BLOB of doubles, one per phrase in the order
// of the query; NULL: counted here, and the result is bm25()'s). bm25() counts every record
// of every phrase in each statement — at 100,000 records about 13 ms a statement whatever
// its LIMIT, and a search runs one statement per kind — where the search counts each phrase
// once, and only up to a cap.
void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                  sqlite3_value **values)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    RankData *data = nullptr;
    int rc = rankData(api, fts, nVal > 0 ? values[0] : nullptr, &data);
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::fill(data->frequency.begin(), data->frequency.end(), 0.0);
        rc = api->xInstCount(fts, &instances);
    }
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            data->frequency[size_t(phrase)] += nVal > column + 1 ? sqlite3_value_double(values[column + 1]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    double score = 0;
    const double norm = k1 * (1 - b + b * double(length) / data->averageLength);
    for (size_t i = 0; i < data->idf.size(); ++i) {
        const double f = data->frequency[i];
        score += data->idf[i] * (f * (k1 + 1.0)) / (f + norm);
    }
    sqlite3_result_double(ctx, -score);
}

} // namespace

int registerSearchRank(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    rc = sqlite3_finalize(stmt);
    if (rc != SQLITE_OK || !api || api->iVersion < 2)
        return rc != SQLITE_OK ? rc : SQLITE_ERROR;
    return api->xCreateFunction(api, "thuky_rank", nullptr, &rankFunction, nullptr);
}

} // namespace thuky::storage::detail
