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

namespace {

// Tokens hold letters and digits only; doubling a quote is belt and braces.
QString quoted(const QStringList &tokens)
{
    return QLatin1Char('"') + tokens.join(u' ').replace(u'"', QLatin1String("\"\"")) + QLatin1Char('"');
}

// A term's phrases as FTS5 strings: one, or one per word a long prefix stands for
// ("bao cao tinh hinh"* read as "bao cao tinh hinh", "bao cao tinh hinhx", …).
QStringList phrasesOf(const search::QueryTerm &term, const PrefixWords &words)
{
    const auto found = term.prefix ? words.constFind(term.tokens.last()) : words.constEnd();
    if (found == words.constEnd())
        return {quoted(term.tokens) + (term.prefix ? QLatin1String("*") : QLatin1String(""))};
    QStringList out;
    for (const QString &word : *found) {
        QStringList tokens = term.tokens;
        tokens.last() = word;
        out.append(quoted(tokens));
    }
    return out;
}

} // namespace

QString ftsMatch(const QList<search::QueryTerm> &terms, const QStringList &columns, const PrefixWords &words)
{
    QStringList parts;
    for (const auto &term : terms) {
        const QStringList phrases = phrasesOf(term, words);
        parts.append(phrases.size() == 1 ? phrases.first()
                                         : QLatin1Char('(') + phrases.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    if (parts.isEmpty())
        return {};
    const QString expr = parts.join(u' ');
    if (columns.isEmpty())
        return expr;
    return QLatin1Char('{') + columns.join(u' ') + QLatin1String("} : (") + expr + QLatin1Char(')');
}

QStringList ftsPhrases(const QList<search::QueryTerm> &terms, const PrefixWords &words)
{
    QStringList out;
    for (const auto &term : terms)
        out += phrasesOf(term, words);
    return out;
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

namespace {
// The words of the index from ?1 up to the end of its prefix ?2 (the prefix followed by the
// highest code point), one at a time: the 'instance' vocabulary stops at the first entry,
// where the 'row' one would count every record of each word.
constexpr const char *kVocabulary =
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_fts, 'instance')";
constexpr const char *kNextWord =
    "SELECT term FROM temp.search_vocab WHERE term >= ?1 AND term < ?2 || char(1114111) LIMIT 1";
} // namespace

Result<PrefixWords> expandPrefixes(Database &db, const QList<search::QueryTerm> &terms)
{
    PrefixWords out;
    bool vocabularyReady = false;
    for (const auto &term : terms) {
        const QString &prefix = term.tokens.last();
        if (!term.prefix || prefix.size() <= kIndexedPrefixMax || out.contains(prefix))
            continue;
        if (!vocabularyReady) {
            THUKY_TRY(db.execScript(kVocabulary));
            vocabularyReady = true;
        }
        QStringList words;
        QString from = prefix;
        while (words.size() <= kMaxPrefixChoices) {
            auto stmt = db.prepare(kNextWord);
            if (!stmt)
                return stmt.error();
            stmt->bindAll(from, prefix);
            auto found = stmt->step();
            if (!found)
                return found.error();
            if (!*found)
                break;
            words.append(stmt->text(0));
            // The least text after this word: the word followed by U+0001 (no word holds a
            // control character).
            from = words.last() + QChar(1);
        }
        if (words.size() <= kMaxPrefixChoices) // else a short, common prefix: FTS5 reads it best
            out.insert(prefix, words.isEmpty() ? QStringList{prefix} : words);
    }
    return out;
}

Result<QString> listTextMatch(Database &db, const QString &kind, const QString &text, const QStringList &columns,
                              std::optional<int> year)
{
    const QList<search::QueryTerm> terms = search::parseQuery(text, search::PrefixMode::Every);
    if (terms.isEmpty())
        return QString();
    auto words = expandPrefixes(db, terms);
    if (!words)
        return words.error();
    return QString(facetMatch(kind, year, 0) + QLatin1String(" AND ") + ftsMatch(terms, columns, *words));
}

Result<std::optional<QList<Id>>> idsMatching(Database &db, const char *sql, const QString &kind, const QString &text,
                                             const QStringList &columns)
{
    auto match = listTextMatch(db, kind, text, columns);
    if (!match)
        return match.error();
    if (match->isEmpty())
        return std::optional<QList<Id>>{};
    auto ids = readAll<Id>(db, sql, [](const Statement &s) { return s.int64(0); }, *match);
    if (!ids)
        return ids.error();
    return std::optional<QList<Id>>{std::move(*ids)};
}

} // namespace detail

namespace {

// Weights of title, body, tags, units, facets: a word of the title counts most, a unit's
// name least (hundreds of records share it), the facets not at all. thuky_rank() is bm25()
// given the record counts of the query's phrases (?5, counted once per search; see
// search_rank.cpp), where bm25() would count them again in each kind's statement.
#define THUKY_SEARCH_RANK "thuky_rank(search_fts, ?5, 10.0, 2.0, 5.0, 1.0, 0.0)"

// How many of a kind's matches are ranked: about the newest kCandidates (the highest
// doc_id, the records written last). A rare word has fewer matches and all are ranked; a
// word half the records hold ("quốc hội") would otherwise cost a score per record. FTS5
// reads doclists upwards cheaply and downwards dearly (ORDER BY rowid DESC buffers them),
// so the newest matches are found as a range: doc_id >= a floor (findFloor()).
constexpr int kCandidates = 100;
// Counts stop there: "more than 1,000" is all a reader needs.
constexpr int kCountCap = 1000;
// A phrase's record count for the ranking stops there too; beyond, it is estimated from
// where its last counted record lies among the doc_ids (phraseCounts()).
constexpr int kPhraseCountCap = 2000;

// One kind's best hits among its matches from doc_id ?2 up (at most ?3 of them).
constexpr const char *kRanked =
    "SELECT c.doc_id, d.entity_id, d.parent_id, d.year, d.unit_id, c.score FROM"
    " (SELECT rowid AS doc_id, " THUKY_SEARCH_RANK " AS score FROM search_fts"
    "  WHERE search_fts MATCH ?1 AND rowid >= ?2 LIMIT ?3) c"
    " CROSS JOIN search_docs d ON d.doc_id = c.doc_id"
    " ORDER BY c.score, c.doc_id DESC LIMIT ?4";

// The first kCountCap + 1 matches of a kind, oldest first: their number is the kind's
// count, and their doc_ids place the floor.
constexpr const char *kFirstMatches = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 LIMIT ?2";

constexpr const char *kCountFrom =
    "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 AND rowid >= ?2 LIMIT ?3)";

constexpr const char *kPhraseCount =
    "SELECT count(*), max(rowid) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 LIMIT ?2)";

constexpr const char *kLastDoc = "SELECT max(doc_id) FROM search_docs";

// Highlights and snippets of a kind's hits (the doc_ids in the JSON array ?4, between ?2
// and ?3), in one statement: FTS5 reads the matches of that span once, and the '+' keeps
// the list a filter of its rows rather than one FTS5 lookup per doc_id. Markers are
// control characters, which cleanText() keeps out of every stored text: 2 and 3 around a
// match, 1 where a snippet cut.
constexpr const char *kMarked =
    "SELECT search_fts.rowid, d.title, d.body, d.tags, d.units,"
    " highlight(search_fts, 0, char(2), char(3)),"
    " snippet(search_fts, 1, char(2), char(3), char(1), 14),"
    " snippet(search_fts, 2, char(2), char(3), char(1), 14),"
    " snippet(search_fts, 3, char(2), char(3), char(1), 14)"
    " FROM search_fts CROSS JOIN search_docs d ON d.doc_id = search_fts.rowid"
    " WHERE search_fts MATCH ?1 AND search_fts.rowid BETWEEN ?2 AND ?3"
    " AND +search_fts.rowid IN (SELECT value FROM json_each(?4))";

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
        auto words = detail::expandPrefixes(m_db, query.terms);
        if (!words)
            return words.error();
        const QString match = detail::ftsMatch(query.terms, {}, *words);
        if (match.isEmpty() || query.limitPerKind <= 0)
            return QList<SearchRow>{};
        auto last = m_db.queryInt(kLastDoc);
        if (!last)
            return last.error();
        const Id top = last->value_or(0);
        auto counts = phraseCounts(detail::ftsPhrases(query.terms, *words), top);
        if (!counts)
            return counts.error();
        QList<SearchRow> out;
        for (const QString &kind : query.kinds) {
            const QString scoped = detail::facetMatch(kind, query.year, query.unitId) + QLatin1String(" AND (") + match +
                                   QLatin1Char(')');
            auto first = detail::readAll<Id>(m_db, kFirstMatches, [](const Statement &s) { return s.int64(0); }, scoped,
                                             kCountCap + 1);
            if (!first)
                return first.error();
            if (first->isEmpty())
                continue;
            auto floor = findFloor(scoped, *first, top);
            if (!floor)
                return floor.error();
            // The facets' phrases come first in `scoped`; their weight is 0, so any count does.
            const int facets = 1 + (query.year ? 1 : 0) + (query.unitId ? 1 : 0);
            QByteArray phraseRecords(facets * qsizetype(sizeof(double)), '\0');
            phraseRecords += *counts;
            auto stmt = m_db.prepare(kRanked);
            if (!stmt)
                return stmt.error();
            stmt->bindAll(scoped, *floor, 4 * kCandidates, query.limitPerKind, phraseRecords);
            auto ranked = detail::readRows<SearchRow>(*stmt, [&kind](const Statement &s) {
                SearchRow r;
                r.kind = kind;
                r.docId = s.int64(0);
                r.entityId = s.int64(1);
                r.parentId = s.int64(2);
                r.year = s.integer(3);
                r.unitId = s.int64(4);
                r.score = s.real(5);
                return r;
            });
            if (!ranked)
                return ranked.error();
            for (SearchRow &row : *ranked)
                row.kindTotal = int(first->size());
            THUKY_TRY(mark(match, *ranked));
            out.append(*ranked);
        }
        return out;
    }

    Result<QList<Id>> matchingIds(const QString &kind, const QList<search::QueryTerm> &terms) override
    {
        auto words = detail::expandPrefixes(m_db, terms);
        if (!words)
            return words.error();
        const QString match = detail::ftsMatch(terms, detail::kFilterColumns, *words);
        if (match.isEmpty())
            return QList<Id>{};
        return detail::readAll<Id>(m_db, kMatchingIds, [](const Statement &s) { return s.int64(0); },
                                   detail::facetMatch(kind, std::nullopt, 0) + QLatin1String(" AND ") + match);
    }

private:
    // How many records hold each phrase (ftsPhrases() order), for the ranking: counted up to
    // kPhraseCountCap, beyond that estimated from the doc_id of the last one counted
    // (records spread evenly enough over the doc_ids). As doubles, in a BLOB for
    // thuky_rank().
    Result<QByteArray> phraseCounts(const QStringList &phrases, Id top)
    {
        QByteArray out;
        for (const QString &phrase : phrases) {
            auto stmt = m_db.prepare(kPhraseCount);
            if (!stmt)
                return stmt.error();
            stmt->bindAll(phrase, kPhraseCountCap);
            auto row = stmt->step();
            if (!row)
                return row.error();
            double records = *row ? double(stmt->int64(0)) : 0.0;
            const Id lastCounted = *row ? stmt->int64(1) : 0;
            if (records >= kPhraseCountCap && lastCounted > 0 && top > lastCounted)
                records = records * double(top) / double(lastCounted);
            out.append(reinterpret_cast<const char *>(&records), sizeof records);
        }
        return out;
    }

    // The lowest doc_id from which up a kind has about kCandidates matches, given its first
    // (oldest) matches: 0 when it has no more; the right one of those when they are all of
    // them; else a span below the last doc_id guessed from their density, growing fourfold
    // until it holds kCandidates.
    Result<Id> findFloor(const QString &match, const QList<Id> &first, Id top)
    {
        const qsizetype total = first.size();
        if (total <= kCandidates)
            return Id(0);
        if (total <= kCountCap)
            return first.at(total - kCandidates);
        const double perDoc = double(total) / double(std::max<Id>(1, first.last() - first.first() + 1));
        for (Id span = std::max<Id>(2 * kCandidates, Id(1.5 * kCandidates / perDoc)); span < top; span *= 4) {
            const Id floor = top - span;
            auto n = m_db.queryInt(kCountFrom, match, floor, kCandidates);
            if (!n)
                return n.error();
            if (n->value_or(0) >= kCandidates)
                return floor;
        }
        return Id(0);
    }

    // Fills the title and snippet of a kind's hits, with the matching words marked.
    Result<void> mark(const QString &match, QList<SearchRow> &rows)
    {
        if (rows.isEmpty())
            return {};
        QJsonArray ids;
        Id low = rows.first().docId, high = low;
        for (const SearchRow &r : rows) {
            ids.append(qint64(r.docId));
            low = std::min(low, r.docId);
            high = std::max(high, r.docId);
        }
        auto stmt = m_db.prepare(kMarked);
        if (!stmt)
            return stmt.error();
        stmt->bindAll(match, low, high, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        QHash<Id, SearchRow *> byDoc;
        for (SearchRow &r : rows)
            byDoc.insert(r.docId, &r);
        while (true) {
            auto found = stmt->step();
            if (!found)
                return found.error();
            if (!*found)
                break;
            SearchRow *row = byDoc.value(stmt->int64(0));
            if (!row)
                continue;
            const MarkedText title = restore(stmt->text(5), stmt->text(1));
            row->title = title.text.isEmpty() ? stmt->text(1) : title.text;
            row->titleMarks = title.marks;
            // The first other column with a match; else the start of the body, else the unit.
            MarkedText first[3] = {restore(stmt->text(6), stmt->text(2)), restore(stmt->text(7), stmt->text(3)),
                                   restore(stmt->text(8), stmt->text(4))};
            const MarkedText *chosen = nullptr;
            for (const auto &m : first)
                if (!chosen && m.hasMark())
                    chosen = &m;
            if (!chosen)
                chosen = !first[0].text.isEmpty() ? &first[0] : &first[2];
            row->snippet = chosen->text;
            row->snippetMarks = chosen->marks;
        }
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
