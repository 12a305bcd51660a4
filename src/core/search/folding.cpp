#include "thuky/search/folding.h"

namespace thuky::search {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        // đ/Đ do not decompose in Unicode: fold them by hand.
        if (c == QChar(0x0111) || c == QChar(0x0110))
            out.append(QLatin1Char('d'));
        else
            out.append(c.toLower());
    }
    return out;
}

} // namespace thuky::search
