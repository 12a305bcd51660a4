#include "thuky/domain/text.h"

namespace thuky::domain {

namespace {

// Control (Cc) and format (Cf) characters, lone surrogates and noncharacters.
bool isInvisible(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format ||
           category == QChar::Other_Surrogate || QChar::isNonCharacter(c);
}

} // namespace

QString cleanText(const QString &text, TextKind kind)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    bool afterCr = false;
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        const char32_t c =
            nfc.at(i).isHighSurrogate() && i + 1 < nfc.size() && nfc.at(i + 1).isLowSurrogate()
                ? QChar::surrogateToUcs4(nfc.at(i), nfc.at(i + 1))
                : nfc.at(i).unicode();
        const qsizetype units = c > 0xFFFF ? 2 : 1;
        const bool wasCr = afterCr;
        afterCr = c == U'\r';
        if (c == U'\n' && wasCr) {
            i += units - 1;
            continue; // the CR already stood for this line break
        }
        if (c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029)
            out += kind == TextKind::MultiLine ? QLatin1Char('\n') : QLatin1Char(' ');
        else if (c == U'\t')
            out += QLatin1Char(' ');
        else if (isInvisible(c))
            ; // dropped
        else
            out += nfc.mid(i, units);
        i += units - 1;
    }
    return out.trimmed();
}

} // namespace thuky::domain
