#pragma once
// Tables of an enum's stable keys and Vietnamese and English labels (private to domain).

#include "thuky/core/result.h"
#include "thuky/search/folding.h"

#include <QString>

#include <optional>

namespace thuky::domain::detail {

template <typename E> struct Names
{
    E value;
    const char *key;
    const char *vi;
    const char *en;
};

template <typename E, size_t N> const Names<E> &namesOf(const Names<E> (&table)[N], E value)
{
    for (const Names<E> &n : table) {
        if (n.value == value)
            return n;
    }
    return table[N - 1];
}

template <typename E, size_t N> QString keyOf(const Names<E> (&table)[N], E value)
{
    return QString::fromLatin1(namesOf(table, value).key);
}

template <typename E, size_t N> QString labelOf(const Names<E> (&table)[N], E value, Lang lang)
{
    const Names<E> &n = namesOf(table, value);
    return lang == Lang::En ? QString::fromUtf8(n.en) : QString::fromUtf8(n.vi);
}

/// The value of a key, or of a label in either language (accents and case ignored).
template <typename E, size_t N>
std::optional<E> fromText(const Names<E> (&table)[N], const QString &text)
{
    const QString folded = search::fold(text);
    if (folded.isEmpty())
        return std::nullopt;
    for (const Names<E> &n : table) {
        if (folded == QLatin1String(n.key) || folded == search::fold(QString::fromUtf8(n.vi)) ||
            folded == search::fold(QString::fromUtf8(n.en)))
            return n.value;
    }
    return std::nullopt;
}

} // namespace thuky::domain::detail
