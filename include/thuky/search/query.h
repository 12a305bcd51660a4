#pragma once
// What a user types into a search field, read into terms any index can answer.

#include <QList>
#include <QString>
#include <QStringList>

namespace thuky::search {

/// One thing every hit must contain: a word, or words next to each other in that order.
struct QueryTerm
{
    QStringList tokens;  ///< folded (see fold()), letters and digits only, never empty
    bool prefix = false; ///< the last token may be the start of a longer word
    bool operator==(const QueryTerm &) const = default;
};

enum class PrefixMode {
    Marked,   ///< only words the user ends with '*' ("thuong*")
    LastWord, ///< also the last word when it is not quoted and longer than one letter (search as you type)
    Every,    ///< every word (the lists' text filters)
};

/// Reads a query: words (all must match), "a phrase in quotes", a prefix `thuong*`.
/// Everything is folded (accents and case dropped, đ → d). A word joined by punctuation
/// ("05/TB-UBTVQH15", "1.2") is a phrase of its parts. Every other character (stray or
/// unbalanced quotes, operators, brackets) only separates words, so no input is an error;
/// input without a letter or digit gives no term.
QList<QueryTerm> parseQuery(const QString &text, PrefixMode mode = PrefixMode::Marked);

/// A part of a text to show highlighted: [start, start + length) in QString units.
struct Mark
{
    int start = 0;
    int length = 0;
    bool operator==(const Mark &) const = default;
};

} // namespace thuky::search
