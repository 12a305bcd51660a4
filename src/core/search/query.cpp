#include "thuky/search/query.h"

#include "thuky/search/folding.h"

namespace thuky::search {

namespace {

// Splits folded text on what is not a letter or a digit, as FTS5's unicode61 tokenizer does.
QStringList tokensOf(const QString &folded)
{
    QStringList out;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

} // namespace

QList<QueryTerm> parseQuery(const QString &text, PrefixMode mode)
{
    const QString folded = fold(text);
    QList<QueryTerm> terms;
    bool lastQuoted = false;
    qsizetype i = 0;
    const qsizetype n = folded.size();
    while (i < n) {
        const QChar c = folded.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        QString chunk;
        bool quoted = false;
        if (c == u'"') {
            // A phrase runs to the next quote, or to the end when the quote is not closed.
            const qsizetype close = folded.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            chunk = folded.mid(i + 1, end - i - 1);
            i = close < 0 ? n : close + 1;
            quoted = true;
        } else {
            qsizetype end = i;
            while (end < n && !folded.at(end).isSpace() && folded.at(end) != u'"')
                ++end;
            chunk = folded.mid(i, end - i);
            i = end;
        }
        // A '*' right after the chunk (inside or after the quotes) asks for a prefix.
        bool star = chunk.endsWith(u'*');
        if (quoted && i < n && folded.at(i) == u'*') {
            star = true;
            ++i;
        }
        QueryTerm term{tokensOf(chunk), star};
        if (term.tokens.isEmpty())
            continue;
        if (!quoted && mode == PrefixMode::Every)
            term.prefix = true;
        terms.append(term);
        lastQuoted = quoted;
    }
    // One letter typed is no prefix yet: "t*" would be most of the index.
    if (mode == PrefixMode::LastWord && !terms.isEmpty() && !lastQuoted && terms.last().tokens.last().size() > 1)
        terms.last().prefix = true;
    return terms;
}

} // namespace thuky::search
