#pragma once
// Parsers for the XML parts of an .xlsx file that readXlsx() needs (SpreadsheetML, ECMA-376).
// Each reads `xml` to the end of its document. A malformed document, or a value out of range
// (raised with QXmlStreamReader::raiseError()), is left as the reader's error for the caller
// to report; what was parsed until then is returned but must not be used. A file beyond
// ReadLimits, or whose cells refer to what it does not have, is refused with a precise
// InvalidInput error instead (not as "damaged"), naming the file, the row and the cell.

#include "table_support.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QXmlStreamReader;

namespace thuky::documents::detail {

/// xl/workbook.xml: the relationship id of the first sheet and the date system.
struct WorkbookInfo
{
    QString firstSheetId;
    bool date1904 = false;
};
WorkbookInfo parseWorkbook(QXmlStreamReader &xml);

/// A package relationship (xl/_rels/workbook.xml.rels), keyed by its Id.
struct Relationship
{
    QString type;
    QString target;
};
QHash<QString, Relationship> parseRelationships(QXmlStreamReader &xml);

/// xl/sharedStrings.xml: the strings by index, rich-text runs joined, phonetic hints left out,
/// trimmed and in NFC.
/// `path` names the file in messages.
Result<QStringList> parseSharedStrings(QXmlStreamReader &xml, const QString &path);

/// xl/styles.xml: for each cell format (cellXfs) whether its number format shows a date.
QList<bool> parseDateStyles(QXmlStreamReader &xml);

/// What a worksheet's cells refer to.
struct SheetContext
{
    QStringList sharedStrings;
    QList<bool> dateStyles;
    bool date1904 = false;
    QString path; ///< the file, for messages
};
/// The non-empty rows of a worksheet as text (tidied), each with its spreadsheet row number.
/// Cells sit in the column their reference names; dates become dd/MM/yyyy.
Result<QList<SourceRow>> parseSheet(QXmlStreamReader &xml, const SheetContext &context);

} // namespace thuky::documents::detail
