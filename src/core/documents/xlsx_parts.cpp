#include "xlsx_parts.h"

#include <QDate>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

namespace thuky::documents::detail {

namespace {

// Excel's limits: 1,048,576 rows and 16,384 columns (A..XFD).
constexpr int kMaxRow = 1'048'576;
constexpr int kMaxColumn = 16'384;

// Looked up by local name so that prefixed attributes (r:id) match whatever prefix is used.
QString attribute(const QXmlStreamReader &xml, QStringView localName)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == localName)
            return attribute.value().toString();
    }
    return {};
}

// Reads until the next start element anywhere below, or false at the end of the document.
bool nextStartElement(QXmlStreamReader &xml)
{
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return true;
    }
    return false;
}

// Characters XML cannot carry are stored as _xHHHH_ (ECMA-376 ST_Xstring), e.g. _x000D_.
QString decodeEscapes(QString text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString decoded;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : escape.globalMatch(text)) {
        decoded += QStringView(text).sliced(last, match.capturedStart() - last);
        decoded += QChar(char16_t(match.capturedView(1).toUShort(nullptr, 16)));
        last = match.capturedEnd();
    }
    return decoded + QStringView(text).sliced(last);
}

// The text of an <si> or <is> element: plain <t>, or <r> runs each holding a <t>. Phonetic
// runs (<rPh>) are hints, not content. Runs are not nested, so neither is the recursion.
void appendRichText(QXmlStreamReader &xml, QString &text, bool inRun = false)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t")
            text += xml.readElementText();
        else if (xml.name() == u"r" && !inRun)
            appendRichText(xml, text, true);
        else
            xml.skipCurrentElement();
    }
}

QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    appendRichText(xml, text);
    return decodeEscapes(std::move(text));
}

// A custom format shows a date if it has a day or year, or months without hours or seconds
// (where "m" means minutes). Quoted text, [colours]/[$-locale] and escaped characters are
// literals and do not count.
bool isDateFormatCode(QStringView code)
{
    QString tokens;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is a literal, a padding or a fill
        } else {
            tokens += c.toLower();
        }
    }
    const bool hasMonthOrMinute = tokens.contains(u'm');
    const bool hasTime = tokens.contains(u'h') || tokens.contains(u's');
    return tokens.contains(u'd') || tokens.contains(u'y') || (hasMonthOrMinute && !hasTime);
}

// Columns "A".."XFD" as 0-based indices; -1 when `reference` does not start with one.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype letters = 0;
    while (letters < reference.size() && letters < 3 && reference[letters] >= u'A' &&
           reference[letters] <= u'Z') {
        column = column * 26 + (reference[letters].unicode() - u'A' + 1);
        ++letters;
    }
    return letters == 0 || column > kMaxColumn ? -1 : column - 1;
}

QString numberText(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    // Whole numbers as integers ("42", not "42.0"); 15 significant digits is what Excel shows
    // and hides binary noise such as 0.30000000000000004.
    if (std::trunc(number) == number && std::abs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

QString serialDateText(const QString &value, bool date1904)
{
    bool ok = false;
    const double serial = value.toDouble(&ok);
    // Up to 9999-12-31; the time of day, if any, is dropped.
    if (!ok || serial < 0 || serial >= 2'958'466)
        return numberText(value);
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    return epoch.addDays(qint64(std::floor(serial))).toString(QStringLiteral("dd/MM/yyyy"));
}

Result<QString> cellText(const QString &type, const QString &value, const QString &inlineText,
                         int style, const SheetContext &context, const QString &cell, int row)
{
    if (type == u"s") {
        // An index the file does not have is a broken file, not an empty cell.
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= context.sharedStrings.size()) {
            return fileError(ErrorCode::InvalidInput, context.path, row,
                             QStringLiteral("ô %1 trỏ tới chuỗi dùng chung số \"%2\" mà tệp "
                                            "không có (tệp có %3 chuỗi).")
                                 .arg(cell, value.left(20), countVi(context.sharedStrings.size())),
                             QStringLiteral("cell %1 refers to shared string \"%2\", which the "
                                            "file does not have (it has %3).")
                                 .arg(cell, value.left(20), countEn(context.sharedStrings.size())));
        }
        return context.sharedStrings.at(index);
    }
    if (type == u"inlineStr")
        return inlineText;
    if (type == u"b")
        return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"d") { // ISO 8601, written by some tools instead of a serial
        const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : value;
    }
    if (type == u"str" || type == u"e")
        return value;
    if (context.dateStyles.value(style))
        return serialDateText(value, context.date1904);
    return numberText(value);
}

// Reads one <c> element of row `row`; `column` is its 0-based column (from its reference,
// else the next). The text comes back tidied (trimmed, NFC).
Result<QString> readCell(QXmlStreamReader &xml, const SheetContext &context, int row, int &column)
{
    const QString reference = attribute(xml, u"r");
    column = reference.isEmpty() ? column + 1 : columnOf(reference);
    if (column < 0 || column >= kMaxColumn) {
        xml.raiseError(QStringLiteral("bad cell reference \"%1\"").arg(reference));
        return QString();
    }
    const QString type = attribute(xml, u"t");
    const int style = attribute(xml, u"s").toInt();
    QString value;
    QString inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v")
            value = xml.readElementText();
        else if (xml.name() == u"is")
            inlineText = readRichText(xml);
        else
            xml.skipCurrentElement(); // <f> formulas: the cached <v> is what Excel showed
    }
    const QString cell = reference.isEmpty() ? columnName(column) + QString::number(row)
                                             : reference.left(12);
    auto text = cellText(type, value, inlineText, style, context, cell, row);
    if (!text || type == u"s")
        return text; // shared strings are tidied once, and every cell shares the one copy
    return text->trimmed().normalized(QString::NormalizationForm_C);
}

// Reads one <row> element; `number` is its 1-based row number. Only non-empty cells are
// kept, so styled blank cells far to the right cost nothing; one with text beyond
// ReadLimits::kMaxColumns is refused.
Result<QStringList> readRow(QXmlStreamReader &xml, const SheetContext &context,
                            const TableBudget &budget, int &number)
{
    const QString reference = attribute(xml, u"r");
    bool ok = true;
    number = reference.isEmpty() ? number + 1 : reference.toInt(&ok);
    if (!ok || number < 1) {
        xml.raiseError(QStringLiteral("bad row number \"%1\"").arg(reference));
        return QStringList();
    }
    if (number > kMaxRow) {
        return fileError(ErrorCode::InvalidInput, context.path, 0,
                         QStringLiteral("trang tính có dòng số %1, vượt quá dòng cuối cùng một "
                                        "trang tính có thể có (dòng %2).")
                             .arg(countVi(number), countVi(kMaxRow)),
                         QStringLiteral("the worksheet has a row %1, beyond the last row a "
                                        "worksheet can have (row %2).")
                             .arg(countEn(number), countEn(kMaxRow)));
    }
    QStringList cells;
    int column = -1;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"c") {
            xml.skipCurrentElement();
            continue;
        }
        auto text = readCell(xml, context, number, column);
        if (!text)
            return text.error();
        if (text->isEmpty())
            continue;
        THUKY_TRY(budget.cell(number, column, text->size()));
        if (column >= cells.size())
            cells.resize(column + 1);
        cells[column] = std::move(*text);
    }
    while (!cells.isEmpty() && cells.constLast().isEmpty()) // cells given right to left
        cells.removeLast();
    return cells;
}

} // namespace

WorkbookInfo parseWorkbook(QXmlStreamReader &xml)
{
    WorkbookInfo info;
    while (nextStartElement(xml)) {
        if (xml.name() == u"workbookPr") {
            const QString date1904 = attribute(xml, u"date1904");
            info.date1904 = date1904 == u"1" || date1904 == u"true";
        } else if (xml.name() == u"sheet" && info.firstSheetId.isEmpty()) {
            info.firstSheetId = attribute(xml, u"id");
        }
    }
    return info;
}

QHash<QString, Relationship> parseRelationships(QXmlStreamReader &xml)
{
    // A workbook has one relationship per sheet and a few more; each kept costs three
    // strings, so a part made of nothing else is refused rather than held.
    constexpr qsizetype kMaxRelationships = 10'000;
    QHash<QString, Relationship> relationships;
    while (nextStartElement(xml)) {
        if (xml.name() == u"Relationship") {
            if (relationships.size() >= kMaxRelationships) {
                xml.raiseError(QStringLiteral("more than %1 relationships").arg(kMaxRelationships));
                break;
            }
            relationships.insert(attribute(xml, u"Id"),
                                 Relationship{attribute(xml, u"Type"), attribute(xml, u"Target")});
        }
    }
    return relationships;
}

Result<QStringList> parseSharedStrings(QXmlStreamReader &xml, const QString &path)
{
    QStringList strings;
    while (nextStartElement(xml)) {
        if (xml.name() != u"si")
            continue;
        if (strings.size() >= ReadLimits::kMaxCells) {
            return fileError(ErrorCode::InvalidInput, path, 0,
                             QStringLiteral("tệp có hơn %1 chuỗi dùng chung; Thuky đọc tối đa "
                                            "%1 ô.")
                                 .arg(countVi(ReadLimits::kMaxCells)),
                             QStringLiteral("the file has more than %1 shared strings; Thuky "
                                            "reads %1 cells at most.")
                                 .arg(countEn(ReadLimits::kMaxCells)));
        }
        // Tidied here, once: a copy per cell of a long string padded with a space would
        // multiply it by the number of cells that use it.
        QString text = readRichText(xml).trimmed().normalized(QString::NormalizationForm_C);
        if (text.size() > ReadLimits::kMaxCellChars) {
            return fileError(ErrorCode::InvalidInput, path, 0,
                             QStringLiteral("chuỗi dùng chung số %1 dài hơn %2 ký tự (giới hạn "
                                            "của một ô).")
                                 .arg(countVi(strings.size()), countVi(ReadLimits::kMaxCellChars)),
                             QStringLiteral("shared string %1 is longer than %2 characters (the "
                                            "limit for a cell).")
                                 .arg(countEn(strings.size()), countEn(ReadLimits::kMaxCellChars)));
        }
        strings.append(std::move(text));
    }
    return strings;
}

QList<bool> parseDateStyles(QXmlStreamReader &xml)
{
    QHash<int, bool> customIsDate;
    QList<bool> styles;
    while (nextStartElement(xml)) {
        if (xml.name() == u"numFmt") {
            customIsDate.insert(attribute(xml, u"numFmtId").toInt(),
                                isDateFormatCode(attribute(xml, u"formatCode")));
        } else if (xml.name() == u"cellXfs") {
            // Only these <xf> are what a cell's s="" indexes (not those of cellStyleXfs).
            while (xml.readNextStartElement()) {
                const int format = attribute(xml, u"numFmtId").toInt();
                // Built-in formats 14..22 are the dates (and date-times) of every locale.
                styles.append(customIsDate.value(format, format >= 14 && format <= 22));
                xml.skipCurrentElement();
            }
        }
    }
    return styles;
}

Result<QList<SourceRow>> parseSheet(QXmlStreamReader &xml, const SheetContext &context)
{
    QList<SourceRow> rows;
    TableBudget budget(context.path);
    int number = 0;
    while (nextStartElement(xml)) {
        if (xml.name() != u"row")
            continue;
        auto cells = readRow(xml, context, budget, number);
        if (!cells)
            return cells.error();
        if (cells->isEmpty())
            continue;
        THUKY_TRY(budget.row(number, cells->size()));
        rows.append(SourceRow{std::move(*cells), number});
    }
    return rows;
}

} // namespace thuky::documents::detail
