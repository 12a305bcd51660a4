#pragma once
// The fixed parts of a Decree 30/2020 administrative document (văn bản hành chính, Appendix
// I) as RichDocument blocks: the two-column header, the type name and subject with their
// rules, body paragraphs, and "Nơi nhận" beside the signature block. The notices module fills
// the fields; every look (sizes, rules, indents) is decided here once.

#include "thuky/documents/rich_document.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace thuky::documents {

/// The header's fields (the left column is the issuer, the right the national title).
struct Decree30Header
{
    QString parentBody; ///< "QUỐC HỘI" above the issuer; empty when it has none
    QString issuingBody; ///< "ỦY BAN THƯỜNG VỤ QUỐC HỘI", bold, with a short rule under it
    /// What follows "Số: ": "05/TB-UBTVQH16"; a draft leaves the number out ("/TB-UBTVQH16").
    QString number;
    QString place = QStringLiteral("Hà Nội");
    QDate date;      ///< invalid: the day, month and year left blank for the signer to fill
    QString urgency; ///< "HỎA TỐC", "THƯỢNG KHẨN", "KHẨN" under the number; empty: none
    /// False for working papers that carry no number (a meeting's programme): no "Số:" line.
    bool showNumber = true;
};

/// The signature block, bottom right.
struct Decree30Signature
{
    QString authority; ///< "TL. ỦY BAN THƯỜNG VỤ QUỐC HỘI" (TM./KT./TL./TUQ./Q. + body)
    QStringList positions; ///< "TỔNG THƯ KÝ QUỐC HỘI" (upper case, bold)
    QString signerName;    ///< "Nguyễn Văn An" (bold, no titles)
};

/// "Nơi nhận", bottom left: each line printed as "- line;", then "- Lưu: archive.".
struct Decree30Recipients
{
    QStringList lines;
    QString archive = QStringLiteral("VT"); ///< "VT, TK" or "VT, TK.(30)"
};

/// A4 portrait, margins 20/20/30/15 mm, Times New Roman 14 pt, page numbers from page 2.
PageSetup decree30Page();

/// "Hà Nội, ngày 05 tháng 01 năm 2027" (domain::longDate(): leading zeros for days below 10
/// and for months 1 and 2); with an invalid date, blanks for the day, month and year.
QString decree30PlaceAndDate(const QString &place, const QDate &date);

/// The header as a borderless two-column table: issuer (with its rule) and number on the
/// left; national title, motto (with a rule as long as it) and place and date on the right.
RichTable decree30HeaderTable(const Decree30Header &header, const PageSetup &page);

/// The type name ("THÔNG BÁO") and the subject (trích yếu), bold and centred, a short rule
/// under the subject. `subject` may hold '\n' to choose where its lines break.
QList<Paragraph> decree30Title(const QString &typeName, const QString &subject);

/// A body paragraph: 14 pt, justified, first-line indent 1.27 cm, 6 pt after.
Paragraph decree30BodyParagraph(QList<TextRun> runs);
Paragraph decree30BodyParagraph(const QString &text);

/// "Nơi nhận" (left) beside the signature block (right), as a borderless table.
RichTable decree30ClosingTable(const Decree30Signature &signature,
                               const Decree30Recipients &recipients, const PageSetup &page);

/// A whole document: header, title, the body paragraphs, closing.
RichDocument decree30Document(const Decree30Header &header, const QString &typeName,
                              const QString &subject, const QList<Paragraph> &body,
                              const Decree30Signature &signature,
                              const Decree30Recipients &recipients);

} // namespace thuky::documents
