#include "thuky/storage/database.h"
#include "thuky/storage/search_repository.h"

#include "fts_query.h"
#include "query_helpers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace thuky::storage {

using domain::Id;
using search::Mark;

namespace detail {

QString ftsMatch(const QList<search::QueryTerm> &terms, const QStringList &columns)
{
    QStringList parts;
    for (const auto &term : terms) {
        QString phrase = term.tokens.join(u' ');
        phrase.replace(u'"', QLatin1String("\"\"")); // tokens hold letters and digits only; belt and braces
        parts.append(QLatin1Char('"') + phrase + QLatin1Char('"') + (term.prefix ? QLatin1String("*") : QLatin1String("")));
    }
    if (parts.isEmpty())
        return {};
    const QString expr = parts.join(u' ');
    if (columns.isEmpty())
        return expr;
    return QLatin1Char('{') + columns.join(u' ') + QLatin1String("} : (") + expr + QLatin1Char(')');
}

QString facetMatch(const QString &kind, std::optional<int> year, Id unitId)
{
    QStringList facets{QLatin1String("\"k") + kind + QLatin1Char('"')};
    if (year)
        facets << QStringLiteral("\"y%1\"").arg(*year);
    if (unitId)
        facets << QStringLiteral("\"u%1\"").arg(unitId);
    return QLatin1String("{facets} : (") + facets.join(u' ') + QLatin1Char(')');
}

} // namespace detail

namespace {

// bm25 weights of title, body, tags, units, facets: a word of the title counts most, a
// unit's name least (hundreds of records share it), the facets not at all.
#define THUKY_SEARCH_BM25 "bm25(search_fts, 10.0, 2.0, 5.0, 1.0, 0.0)"

// How many of a kind's matches are ranked: about the newest kCandidates (the highest
// doc_id, the records written last). A rare word has fewer matches and all are ranked; a
// word half the records hold ("quốc hội") would otherwise cost a bm25 per record. FTS5
// reads doclists upwards cheaply and downwards dearly (ORDER BY rowid DESC buffers them),
// so the newest matches are found as a range: doc_id >= a bound that widens from the top
// until the range holds kCandidates matches (findFloor()).
constexpr int kCandidates = 100;
// Counts stop there: "more than 1,000" is all a reader needs.
constexpr int kCountCap = 1000;

// One kind's best hits among its matches from doc_id ?2 up (at most ?3 of them).
constexpr const char *kRanked =
    "SELECT c.doc_id, d.entity_id, d.parent_id, d.year, d.unit_id, c.score FROM"
    " (SELECT rowid AS doc_id, " THUKY_SEARCH_BM25 " AS score FROM search_fts"
    "  WHERE search_fts MATCH ?1 AND rowid >= ?2 LIMIT ?3) c"
    " CROSS JOIN search_docs d ON d.doc_id = c.doc_id"
    " ORDER BY c.score, c.doc_id DESC LIMIT ?4";

constexpr const char *kCountFrom =
    "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 AND rowid >= ?2 LIMIT ?3)";

constexpr const char *kCount =
    "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 LIMIT ?2)";

constexpr const char *kLastDoc = "SELECT max(doc_id) FROM search_docs";

// Highlights and snippets, only for the hits shown. Markers are control characters, which
// cleanText() keeps out of every stored text: 2 and 3 around a match, 1 where a snippet cut.
constexpr const char *kMarked =
    "SELECT d.title, d.body, d.tags, d.units,"
    " highlight(search_fts, 0, char(2), char(3)),"
    " snippet(search_fts, 1, char(2), char(3), char(1), 14),"
    " snippet(search_fts, 2, char(2), char(3), char(1), 14),"
    " snippet(search_fts, 3, char(2), char(3), char(1), 14)"
    " FROM search_fts CROSS JOIN search_docs d ON d.doc_id = search_fts.rowid"
    " WHERE search_fts MATCH ?1 AND search_fts.rowid = ?2";

constexpr const char *kMatchingIds =
    "SELECT d.entity_id FROM search_fts CROSS JOIN search_docs d ON d.doc_id = search_fts.rowid"
    " WHERE search_fts MATCH ?1";

constexpr char16_t kCut = 1;
constexpr char16_t kOpen = 2;
constexpr char16_t kClose = 3;

QString foldD(QString text)
{
    return text.replace(QChar(0x0111), u'd').replace(QChar(0x0110), u'D');
}

struct MarkedText
{
    QString text;
    QList<Mark> marks;
    bool hasMark() const { return !marks.isEmpty(); }
};

// Turns FTS5's marked, đ-folded text back into the stored text with mark ranges: the
// folding only swaps đ/Đ for d/D, one QChar for one, so offsets carry over unchanged.
MarkedText restore(const QString &marked, const QString &original)
{
    QString plain;
    QList<Mark> marks;
    int open = -1;
    bool cutBefore = false, cutAfter = false;
    for (const QChar c : marked) {
        if (c == kOpen) {
            open = int(plain.size());
        } else if (c == kClose) {
            if (open >= 0 && plain.size() > open)
                marks.append(Mark{open, int(plain.size()) - open});
            open = -1;
        } else if (c == kCut) {
            (plain.isEmpty() ? cutBefore : cutAfter) = true;
        } else {
            plain.append(c);
        }
    }
    const qsizetype at = foldD(original).indexOf(plain);
    MarkedText out;
    out.text = at >= 0 ? original.mid(at, plain.size()) : plain;
    out.text = out.text.simplified().isEmpty() ? QString() : out.text;
    if (out.text.isEmpty())
        return {};
    const int shift = cutBefore ? 1 : 0;
    if (cutBefore)
        out.text.prepend(u'…');
    if (cutAfter)
        out.text.append(u'…');
    for (Mark m : marks) {
        m.start += shift;
        out.marks.append(m);
    }
    // Line breaks of a body would break a one-line snippet: they become spaces (same length).
    out.text.replace(u'\n', u' ');
    return out;
}

class SqliteSearchRepository final : public SearchRepository
{
public:
    explicit SqliteSearchRepository(Database &db) : m_db(db) {}

    Result<QList<SearchRow>> search(const SearchQuery &query) override
    {
        const QString match = detail::ftsMatch(query.terms);
        if (match.isEmpty() || query.limitPerKind <= 0)
            return QList<SearchRow>{};
        QList<SearchRow> out;
        for (const QString &kind : query.kinds) {
            const QString scoped = detail::facetMatch(kind, query.year, query.unitId) + QLatin1String(" AND (") + match +
                                   QLatin1Char(')');
            auto total = m_db.queryInt(kCount, scoped, kCountCap + 1);
            if (!total)
                return total.error();
            if (total->value_or(0) == 0)
                continue;
            Id floor = 0;
            if (*total > kCandidates) {
                auto found = findFloor(scoped);
                if (!found)
                    return found.error();
                floor = *found;
            }
            auto stmt = m_db.prepare(kRanked);
            if (!stmt)
                return stmt.error();
            stmt->bindAll(scoped, floor, 4 * kCandidates, query.limitPerKind);
            struct Ranked
            {
                Id docId;
                SearchRow row;
            };
            auto ranked = detail::readRows<Ranked>(*stmt, [&kind](const Statement &s) {
                SearchRow r;
                r.kind = kind;
                r.entityId = s.int64(1);
                r.parentId = s.int64(2);
                r.year = s.integer(3);
                r.unitId = s.int64(4);
                r.score = s.real(5);
                return Ranked{s.int64(0), r};
            });
            if (!ranked)
                return ranked.error();
            for (auto &[docId, row] : *ranked) {
                row.kindTotal = int(total->value_or(0));
                THUKY_TRY(mark(match, docId, row));
                out.append(row);
            }
        }
        return out;
    }

    Result<QList<Id>> matchingIds(const QString &kind, const QList<search::QueryTerm> &terms) override
    {
        const QString match = detail::ftsMatch(terms, detail::kFilterColumns);
        if (match.isEmpty())
            return QList<Id>{};
        return detail::readAll<Id>(m_db, kMatchingIds, [](const Statement &s) { return s.int64(0); },
                                   detail::facetMatch(kind, std::nullopt, 0) + QLatin1String(" AND ") + match);
    }

private:
    // The lowest doc_id from which up the match has at least kCandidates records: the span
    // below the last doc_id grows fourfold until it holds them (0: every match).
    Result<Id> findFloor(const QString &match)
    {
        auto last = m_db.queryInt(kLastDoc);
        if (!last)
            return last.error();
        const Id top = last->value_or(0);
        for (Id span = 2 * kCandidates; span < top; span *= 4) {
            const Id floor = top - span;
            auto n = m_db.queryInt(kCountFrom, match, floor, kCandidates);
            if (!n)
                return n.error();
            if (n->value_or(0) >= kCandidates)
                return floor;
        }
        return Id(0);
    }

    Result<void> mark(const QString &match, Id docId, SearchRow &row)
    {
        auto stmt = m_db.prepare(kMarked);
        if (!stmt)
            return stmt.error();
        stmt->bindAll(match, docId);
        auto found = stmt->step();
        if (!found)
            return found.error();
        if (!*found)
            return {};
        const MarkedText title = restore(stmt->text(4), stmt->text(0));
        row.title = title.text.isEmpty() ? stmt->text(0) : title.text;
        row.titleMarks = title.marks;
        // The first other column with a match; else the start of the body, else the unit.
        MarkedText first[3] = {restore(stmt->text(5), stmt->text(1)), restore(stmt->text(6), stmt->text(2)),
                               restore(stmt->text(7), stmt->text(3))};
        const MarkedText *chosen = nullptr;
        for (const auto &m : first)
            if (!chosen && m.hasMark())
                chosen = &m;
        if (!chosen)
            chosen = !first[0].text.isEmpty() ? &first[0] : &first[2];
        row.snippet = chosen->text;
        row.snippetMarks = chosen->marks;
        return {};
    }

    Database &m_db;
};

} // namespace

std::unique_ptr<SearchRepository> makeSqliteSearchRepository(Database &db)
{
    return std::make_unique<SqliteSearchRepository>(db);
}

} // namespace thuky::storage
