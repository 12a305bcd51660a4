#pragma once
// The figures of one benchmark run and the side-by-side table printed from them.

#include <QList>
#include <QString>

namespace thuky::bench {

/// One measured figure. `n` is the size it should grow with (0: none), so the table can
/// compare the growth of the time with the growth of the data.
struct Figure
{
    QString key;   ///< stable identifier, e.g. "filter.text"
    QString label; ///< what the table shows
    double value = 0;
    QString unit;  ///< "ms", "MB", "×"
    long n = 0;
};

/// One line "key<TAB>label<TAB>value<TAB>unit<TAB>n" per figure: how a worker process
/// hands its figures to the parent.
QString serialize(const QList<Figure> &figures);
QList<Figure> deserialize(const QString &text);

struct ScaleFigures
{
    QString scale; ///< "office", "decade", "stress"
    QList<Figure> figures;
};

/// The table: one row per figure key (in order of first appearance), one column per scale,
/// then the growth from the first to the last scale: the ratio of the values, the ratio of
/// n, and the exponent k in value ~ n^k (1 = linear; about 1.13 is n log n from 300 to
/// 30,000). Rows that grow faster than n log n are marked.
QString formatTable(const QList<ScaleFigures> &scales);

} // namespace thuky::bench
