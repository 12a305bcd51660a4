#include "output.h"

#include "thuky/documents/table.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace thuky::cli {

namespace {

QString pad(const QString &text, int width, bool right)
{
    const QString fill(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

QList<int> columnWidths(const Sheet &sheet)
{
    QList<int> widths;
    for (const QString &h : sheet.headers)
        widths << displayWidth(h);
    for (const QStringList &row : sheet.rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
    }
    return widths;
}

QString tableLine(const QStringList &cells, const QList<int> &widths, const QList<bool> &right)
{
    QStringList padded;
    for (qsizetype c = 0; c < widths.size(); ++c)
        padded << pad(cells.value(c), widths.at(c), right.value(c, false));
    QString line = padded.join(QLatin1String("  "));
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line + QLatin1Char('\n');
}

} // namespace

std::optional<Format> formatFromKey(const QString &key)
{
    if (key == QLatin1String("table"))
        return Format::Table;
    if (key == QLatin1String("json"))
        return Format::Json;
    if (key == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

int displayWidth(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int clusters = 0;
    while (finder.toNextBoundary() > 0)
        ++clusters;
    return clusters;
}

QString elide(const QString &text, int width)
{
    if (width <= 0)
        return {};
    if (displayWidth(text) <= width)
        return text;
    // Keep width - 1 clusters and the ellipsis.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (int kept = 0; kept < width - 1; ++kept)
        finder.toNextBoundary();
    return text.left(finder.position()) + QChar(0x2026);
}

QString renderTable(const Sheet &sheet)
{
    const QList<int> widths = columnWidths(sheet);
    QString text = tableLine(sheet.headers, widths, sheet.rightAligned);
    QStringList rules;
    for (int w : widths)
        rules << QString(w, QLatin1Char('-'));
    text += rules.join(QLatin1String("  ")) + QLatin1Char('\n');
    for (const QStringList &row : sheet.rows)
        text += tableLine(row, widths, sheet.rightAligned);
    return text;
}

QString renderCsv(const Sheet &sheet)
{
    // The same records as exported files, so a cell such as "=HYPERLINK(…)" is never run
    // by the spreadsheet program that opens the output.
    QString text = documents::csvRecord(sheet.headers);
    for (const QStringList &row : sheet.rows)
        text += documents::csvRecord(row);
    return text;
}

QString renderRecordTable(const Record &record)
{
    int width = 0;
    for (const Field &f : record)
        width = std::max(width, displayWidth(f.label));
    QString text;
    for (const Field &f : record)
        text += pad(f.label + QLatin1Char(':'), width + 1, false) + QLatin1Char(' ') +
                plainText(f.value) + QLatin1Char('\n');
    return text;
}

QJsonObject recordToJson(const Record &record)
{
    QJsonObject object;
    for (const Field &f : record)
        object.insert(f.key, f.value);
    return object;
}

Sheet recordToSheet(const Record &record)
{
    Sheet sheet;
    QStringList values;
    for (const Field &f : record) {
        sheet.headers << f.key;
        values << plainText(f.value);
    }
    sheet.rows << values;
    return sheet;
}

QString plainText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << plainText(item);
        return parts.join(QLatin1String("; "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

Sheet objectsToSheet(const QJsonArray &objects, const QStringList &keys)
{
    Sheet sheet;
    sheet.headers = keys;
    for (const QJsonValue &item : objects) {
        const QJsonObject object = item.toObject();
        QStringList row;
        for (const QString &key : keys)
            row << plainText(object.value(key));
        sheet.rows << row;
    }
    return sheet;
}

QString jsonText(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString renderRecord(const Record &record, Format format)
{
    switch (format) {
    case Format::Json:
        return jsonText(recordToJson(record));
    case Format::Csv:
        return renderCsv(recordToSheet(record));
    case Format::Table:
        break;
    }
    return renderRecordTable(record);
}

} // namespace thuky::cli
