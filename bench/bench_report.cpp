#include "bench_report.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace thuky::bench {

QString serialize(const QList<Figure> &figures)
{
    QString text;
    for (const Figure &f : figures)
        text += QStringList{f.key, f.label, QString::number(f.value, 'g', 10), f.unit, QString::number(f.n)}
                    .join(QLatin1Char('\t')) +
                QLatin1Char('\n');
    return text;
}

QList<Figure> deserialize(const QString &text)
{
    QList<Figure> figures;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() == 5)
            figures.append(Figure{f[0], f[1], f[2].toDouble(), f[3], f[4].toLong()});
    }
    return figures;
}

namespace {

QString formatValue(const Figure &f)
{
    if (f.unit == QLatin1String("n"))
        return QLocale(QLocale::English).toString(qlonglong(f.value));
    const int decimals = f.value >= 100 ? 0 : f.value >= 10 ? 1 : 2;
    return QString::number(f.value, 'f', decimals) + QLatin1Char(' ') + f.unit;
}

const Figure *find(const ScaleFigures &scale, const QString &key)
{
    for (const Figure &f : scale.figures) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

} // namespace

QString formatTable(const QList<ScaleFigures> &scales)
{
    QStringList keys;
    QStringList labels;
    for (const ScaleFigures &s : scales) {
        for (const Figure &f : s.figures) {
            if (!keys.contains(f.key)) {
                keys << f.key;
                labels << f.label;
            }
        }
    }
    const int labelWidth = 44;
    const int cell = 12;
    QString out = QStringLiteral("%1").arg(QString(), -labelWidth);
    for (const ScaleFigures &s : scales)
        out += QStringLiteral("%1").arg(s.scale, cell);
    if (scales.size() > 1)
        out += QStringLiteral("   growth (value ×, n ×, exponent)");
    out += QLatin1Char('\n');

    for (int i = 0; i < keys.size(); ++i) {
        out += QStringLiteral("%1").arg(labels[i].left(labelWidth - 1), -labelWidth);
        for (const ScaleFigures &s : scales) {
            const Figure *f = find(s, keys[i]);
            out += QStringLiteral("%1").arg(f ? formatValue(*f) : QStringLiteral("—"), cell);
        }
        const Figure *first = find(scales.first(), keys[i]);
        const Figure *last = find(scales.last(), keys[i]);
        if (scales.size() > 1 && first && last && first->value > 0 && first->unit != QLatin1String("n")) {
            const double ratio = last->value / first->value;
            out += QStringLiteral("   ×%1").arg(ratio, 0, 'f', ratio >= 10 ? 0 : 1);
            if (first->n > 0 && last->n > first->n) {
                const double nRatio = double(last->n) / double(first->n);
                const double k = std::log(ratio) / std::log(nRatio);
                // The exponent n log n would show over the same sizes; figures under a
                // millisecond are mostly fixed costs and noise, so they are not judged.
                const double kNLogN =
                    std::log(nRatio * std::log(double(last->n)) / std::log(double(first->n))) / std::log(nRatio);
                out += QStringLiteral(", n ×%1, k = %2").arg(nRatio, 0, 'f', 0).arg(k, 0, 'f', 2);
                if (k > kNLogN + 0.05 && last->value >= 1.0)
                    out += QStringLiteral("  ← worse than n log n (k %1)").arg(kNLogN, 0, 'f', 2);
            }
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace thuky::bench
