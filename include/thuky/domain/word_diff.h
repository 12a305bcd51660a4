#pragma once
// Word-by-word comparison of two texts, as a reviewer reads Word's track changes: what the
// later revision inserted and deleted, and what stayed.

#include <QList>
#include <QString>
#include <QStringList>

namespace thuky::domain {

enum class DiffOp
{
    Equal,
    Insert, ///< only in the later text
    Delete, ///< only in the earlier text
};
QString diffOpKey(DiffOp op); ///< "equal", "insert", "delete"

/// A run of consecutive tokens with one operation; joining the Equal and Delete spans gives
/// the earlier text back, the Equal and Insert spans the later one.
struct DiffSpan
{
    DiffOp op = DiffOp::Equal;
    QString text;

    friend bool operator==(const DiffSpan &, const DiffSpan &) = default;
};

/// Splits text into words (letters with their combining tone marks, digits, and the
/// joiners inside a word such as "1.1", "TB-UBTVQH15", "05/TB") and single punctuation
/// marks, each with the white space that follows it. Text is compared in NFC, so "ế" typed
/// as e + marks equals "ế".
QStringList wordTokens(const QString &text);

/// The shortest edit script (Myers' O(ND) algorithm) from `before` to `after` over
/// wordTokens(), merged into spans; a changed word shows as its deletion then its
/// insertion.
QList<DiffSpan> wordDiff(const QString &before, const QString &after);

} // namespace thuky::domain
