#pragma once
// Rendering of command results as an aligned table, CSV or JSON (all UTF-8).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace thuky::cli {

enum class Format { Table, Json, Csv };
std::optional<Format> formatFromKey(const QString &key);

/// Rows of text under a header.
struct Sheet
{
    QStringList headers;
    QList<QStringList> rows;
    QList<bool> rightAligned; ///< per column; missing: left
};

/// One named value of a record (the result of init, demo, check…).
struct Field
{
    QString key;   ///< JSON key and CSV header: "schemaVersion"
    QString label; ///< shown in the table: "Phiên bản lược đồ"
    QJsonValue value;
};
using Record = QList<Field>;

/// Width on a terminal, counted in grapheme clusters, so "Hà" is 2 whether its "à" is
/// one code point (NFC) or "a" plus a combining grave accent (NFD).
int displayWidth(const QString &text);
/// Cuts `text` to at most `width` clusters, ending with "…" when it was cut.
QString elide(const QString &text, int width);

/// Columns padded to the widest cell, a rule under the header, two spaces between.
QString renderTable(const Sheet &sheet);
/// RFC 4180: comma separated, fields quoted when needed, CRLF line ends, no BOM.
QString renderCsv(const Sheet &sheet);
/// "label: value" lines with the labels aligned.
QString renderRecordTable(const Record &record);
QJsonObject recordToJson(const Record &record);
/// One CSV header of keys and one row of values.
Sheet recordToSheet(const Record &record);
/// A JSON value as a table or CSV cell: arrays joined with "; ", null empty.
QString plainText(const QJsonValue &value);
/// One row per object with the given keys as columns (CSV output of lists).
Sheet objectsToSheet(const QJsonArray &objects, const QStringList &keys);
QString jsonText(const QJsonValue &value);
/// Renders a record in the chosen format.
QString renderRecord(const Record &record, Format format);

/// The text `textOf` gives for each item: keys or labels of enum values, for lists and
/// messages ("viewer, drafter, …").
template <typename Range, typename TextOf>
QStringList textsOf(const Range &items, TextOf textOf)
{
    QStringList texts;
    for (const auto &item : items)
        texts << textOf(item);
    return texts;
}

} // namespace thuky::cli
