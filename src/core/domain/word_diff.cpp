#include "thuky/domain/word_diff.h"

#include <algorithm>
#include <vector>

namespace thuky::domain {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Marks that join two parts of one word: "1.1", "TB-UBTVQH15", "05/TB", "1,5".
bool isJoiner(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('/') || c == QLatin1Char('-') ||
           c == QLatin1Char(',') || c == QChar(0x2019) || c == QLatin1Char('\'');
}

// Beyond this many differences the two texts have little in common: the middle is shown
// as deleted and inserted whole, which keeps time and memory bounded.
constexpr int kMaxEdits = 4000;

/// Myers' greedy shortest edit script over tokens; the ops from the start.
std::vector<DiffOp> editScript(const QStringList &a, const QStringList &b)
{
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    const int maxD = std::min(n + m, kMaxEdits);
    // trace[d] is V for k in [-d, d] after step d (index k + d).
    std::vector<std::vector<int>> trace;
    std::vector<int> v(2 * static_cast<size_t>(maxD) + 3, 0);
    const int off = maxD + 1;
    int found = -1;
    for (int d = 0; d <= maxD && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[k - 1 + off] < v[k + 1 + off])) ? v[k + 1 + off]
                                                                             : v[k - 1 + off] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[k + off] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        trace.emplace_back(v.begin() + off - d, v.begin() + off + d + 1);
    }
    std::vector<DiffOp> ops;
    if (found < 0) {
        ops.assign(static_cast<size_t>(n), DiffOp::Delete);
        ops.insert(ops.end(), static_cast<size_t>(m), DiffOp::Insert);
        return ops;
    }
    int x = n, y = m;
    for (int d = found; d >= 0; --d) {
        const std::vector<int> &vd = d > 0 ? trace[static_cast<size_t>(d - 1)] : trace[0];
        const int k = x - y;
        const int pd = d > 0 ? d - 1 : 0;
        auto at = [&](int kk) { return vd[static_cast<size_t>(kk + pd)]; };
        int prevK = 0, prevX = 0, prevY = 0;
        if (d > 0) {
            prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
            prevX = at(prevK);
            prevY = prevX - prevK;
        }
        while (x > prevX && y > prevY) {
            ops.push_back(DiffOp::Equal);
            --x;
            --y;
        }
        if (d > 0)
            ops.push_back(x == prevX ? DiffOp::Insert : DiffOp::Delete);
        x = prevX;
        y = prevY;
    }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

bool isBlank(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); });
}

} // namespace

QString diffOpKey(DiffOp op)
{
    switch (op) {
    case DiffOp::Insert:
        return QStringLiteral("insert");
    case DiffOp::Delete:
        return QStringLiteral("delete");
    case DiffOp::Equal:
        break;
    }
    return QStringLiteral("equal");
}

QStringList wordTokens(const QString &input)
{
    const QString text = input.normalized(QString::NormalizationForm_C);
    QStringList tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        qsizetype j = i + 1;
        if (isWordChar(c)) {
            while (j < n && (isWordChar(text.at(j)) ||
                             (isJoiner(text.at(j)) && j + 1 < n && isWordChar(text.at(j + 1)))))
                ++j;
        } else if (c.isHighSurrogate() && j < n) {
            ++j;
        }
        // The spaces after a token belong to it: two words match with their spacing, and
        // a lone space never pairs two unrelated changes.
        while (j < n && text.at(j).isSpace())
            ++j;
        tokens << text.mid(i, j - i);
        i = j;
    }
    return tokens;
}

QList<DiffSpan> wordDiff(const QString &before, const QString &after)
{
    const QStringList a = wordTokens(before);
    const QStringList b = wordTokens(after);
    // Common ends first: most revisions change a few words in the middle.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const QStringList midA = a.mid(head, a.size() - head - tail);
    const QStringList midB = b.mid(head, b.size() - head - tail);

    // Token by token, then runs of one operation.
    QList<DiffSpan> tokens;
    for (qsizetype i = 0; i < head; ++i)
        tokens.append({DiffOp::Equal, a.at(i)});
    qsizetype ia = 0, ib = 0;
    for (DiffOp op : editScript(midA, midB)) {
        if (op == DiffOp::Insert)
            tokens.append({op, midB.at(ib++)});
        else if (op == DiffOp::Delete)
            tokens.append({op, midA.at(ia++)});
        else {
            tokens.append({op, midA.at(ia++)});
            ++ib;
        }
    }
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        tokens.append({DiffOp::Equal, a.at(i)});

    // A space between two changes belongs to the change, so "a b" → "x y" reads as one
    // deletion and one insertion rather than four pieces; within a change, the deleted
    // words come before the inserted ones, as in track changes.
    QList<DiffSpan> spans;
    QString deleted, inserted;
    auto flush = [&] {
        if (!deleted.isEmpty())
            spans.append({DiffOp::Delete, deleted});
        if (!inserted.isEmpty())
            spans.append({DiffOp::Insert, inserted});
        deleted.clear();
        inserted.clear();
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const DiffSpan &t = tokens.at(i);
        const bool inChange = !deleted.isEmpty() || !inserted.isEmpty();
        if (t.op == DiffOp::Equal && inChange && isBlank(t.text) && i + 1 < tokens.size() &&
            tokens.at(i + 1).op != DiffOp::Equal) {
            deleted += t.text;
            inserted += t.text;
            continue;
        }
        if (t.op == DiffOp::Delete) {
            deleted += t.text;
        } else if (t.op == DiffOp::Insert) {
            inserted += t.text;
        } else {
            flush();
            if (!spans.isEmpty() && spans.last().op == DiffOp::Equal)
                spans.last().text += t.text;
            else
                spans.append(t);
        }
    }
    flush();
    return spans;
}

} // namespace thuky::domain
