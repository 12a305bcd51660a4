#include "thuky/documents/decree30.h"

#include "thuky/domain/vietnamese.h"

#include "rich_support.h"

namespace thuky::documents {

namespace {

// Sizes of Decree 30/2020 Appendix I, picked within its ranges.
constexpr double kHeaderPt = 13;
constexpr double kDatePt = 14;
constexpr double kTitlePt = 14;
constexpr double kBodyPt = 14;
constexpr double kRecipientsTitlePt = 12;
constexpr double kRecipientsPt = 11;
constexpr double kIssuerRuleMm = 25;  // 1/3 to 1/2 of the issuer's line
constexpr double kSubjectRuleMm = 45; // a short rule under the subject
constexpr double kIssuerColumnMm = 56;
constexpr double kRecipientsColumnMm = 68;

Paragraph line(const QString &text, double sizePt, bool bold = false, bool italic = false)
{
    Paragraph paragraph;
    paragraph.runs.append(TextRun{text, bold, italic, false, 0});
    paragraph.sizePt = sizePt;
    paragraph.align = Align::Center;
    return paragraph;
}

TableCell cell(QList<Paragraph> paragraphs)
{
    TableCell result;
    result.paragraphs = std::move(paragraphs);
    return result;
}

RichTable twoColumns(double leftMm, const PageSetup &page)
{
    RichTable table;
    table.columnWidthsMm = {leftMm, page.textWidthMm() - leftMm};
    table.borders = false;
    table.cellPaddingMm = 0;
    return table;
}

/// `text` with a line break where it must wrap in a column `widthMm` wide, so that the last
/// line is never a single word: "TỔNG THƯ KÝ QUỐC HỘI" reads "TỔNG THƯ KÝ" / "QUỐC HỘI",
/// not "TỔNG THƯ KÝ QUỐC" / "HỘI"; "ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI" as it already falls.
/// Text that fits, or holds its own breaks, is left as it is.
QString balancedLines(const QString &text, double sizePt, bool bold, double widthMm,
                      const PageSetup &page)
{
    const auto widthOf = [&](const QString &t) {
        Paragraph p;
        p.runs.append(TextRun{t, bold, false, false, 0});
        p.sizePt = sizePt;
        return detail::estimatedTextWidthPt(p, page) / detail::kPointsPerMm;
    };
    if (text.contains(u'\n') || widthOf(text) <= widthMm)
        return text;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QList<QStringList> lines{{}};
    for (const QString &word : words) {
        QStringList candidate = lines.last();
        candidate.append(word);
        if (!lines.last().isEmpty() && widthOf(candidate.join(u' ')) > widthMm)
            lines.append(QStringList{word});
        else
            lines.last() = candidate;
    }
    if (lines.size() >= 2 && lines.last().size() == 1 && lines[lines.size() - 2].size() >= 2)
        lines.last().prepend(lines[lines.size() - 2].takeLast());
    QStringList out;
    for (const QStringList &line : lines)
        out.append(line.join(u' '));
    return out.join(u'\n');
}

} // namespace

PageSetup decree30Page()
{
    return PageSetup{};
}

QString decree30PlaceAndDate(const QString &place, const QDate &date)
{
    const QString when =
        date.isValid() ? domain::longDate(date) : QStringLiteral("ngày      tháng      năm      ");
    return place.isEmpty() ? when : place + QStringLiteral(", ") + when;
}

RichTable decree30HeaderTable(const Decree30Header &header, const PageSetup &page)
{
    RichTable table = twoColumns(kIssuerColumnMm, page);

    QList<Paragraph> issuer;
    if (!header.parentBody.isEmpty())
        issuer.append(line(header.parentBody.toUpper(), kHeaderPt));
    Paragraph body =
        line(balancedLines(header.issuingBody.toUpper(), kHeaderPt, true, kIssuerColumnMm, page),
             kHeaderPt, true);
    body.ruleBelow = Rule{true, kIssuerRuleMm, 3};
    issuer.append(body);

    Paragraph motto = line(QStringLiteral("Độc lập - Tự do - Hạnh phúc"), kHeaderPt, true);
    motto.ruleBelow = Rule{true, 0, 3};
    const QList<Paragraph> nation{
        line(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), kHeaderPt, true), motto};
    table.rows.append(TableRow{{cell(issuer), cell(nation)}});

    QList<Paragraph> number;
    if (header.showNumber) {
        number.append(line(QStringLiteral("Số: ") + header.number, kHeaderPt));
        number.first().spaceBeforePt = 6;
    }
    if (!header.urgency.isEmpty())
        number.append(line(header.urgency.toUpper(), kHeaderPt, true));
    Paragraph placeDate =
        line(decree30PlaceAndDate(header.place, header.date), kDatePt, false, true);
    placeDate.spaceBeforePt = 6;
    table.rows.append(TableRow{{cell(number), cell({placeDate})}});
    table.spaceAfterPt = 12;
    return table;
}

QList<Paragraph> decree30Title(const QString &typeName, const QString &subject)
{
    Paragraph type = line(typeName.toUpper(), kTitlePt, true);
    type.keepWithNext = true;
    Paragraph about = line(subject, kTitlePt, true);
    about.ruleBelow = Rule{true, kSubjectRuleMm, 4};
    about.spaceAfterPt = 12;
    return {type, about};
}

Paragraph decree30BodyParagraph(QList<TextRun> runs)
{
    Paragraph paragraph;
    paragraph.runs = std::move(runs);
    paragraph.sizePt = kBodyPt;
    paragraph.align = Align::Justify;
    paragraph.firstLineIndentMm = 12.7;
    paragraph.spaceAfterPt = 6;
    paragraph.lineSpacing = 1.1;
    return paragraph;
}

Paragraph decree30BodyParagraph(const QString &text)
{
    return decree30BodyParagraph(QList<TextRun>{TextRun{text, false, false, false, 0}});
}

RichTable decree30ClosingTable(const Decree30Signature &signature,
                               const Decree30Recipients &recipients, const PageSetup &page)
{
    RichTable table = twoColumns(kRecipientsColumnMm, page);

    QList<Paragraph> left;
    Paragraph heading;
    heading.runs.append(TextRun{QStringLiteral("Nơi nhận:"), true, true, false, 0});
    heading.sizePt = kRecipientsTitlePt;
    heading.spaceBeforePt = 10;
    left.append(heading);
    const auto item = [&](const QString &text) {
        Paragraph paragraph;
        paragraph.runs.append(TextRun{QStringLiteral("- ") + text, false, false, false, 0});
        paragraph.sizePt = kRecipientsPt;
        left.append(paragraph);
    };
    for (const QString &recipient : recipients.lines)
        item(recipient.endsWith(u';') ? recipient : recipient + u';');
    if (!recipients.archive.isEmpty()) {
        const QString archive = QStringLiteral("Lưu: ") + recipients.archive;
        item(archive.endsWith(u'.') ? archive : archive + u'.');
    }

    QList<Paragraph> right;
    if (!signature.authority.isEmpty())
        right.append(line(signature.authority.toUpper(), kHeaderPt, true));
    for (const QString &position : signature.positions)
        right.append(line(position.toUpper(), kHeaderPt, true));
    if (!right.isEmpty())
        right.first().spaceBeforePt = 10; // level with "Nơi nhận:"
    Paragraph name = line(signature.signerName, kBodyPt, true);
    name.spaceBeforePt = 72; // room for the signature and the seal
    right.append(name);

    table.rows.append(TableRow{{cell(left), cell(right)}});
    return table;
}

RichDocument decree30Document(const Decree30Header &header, const QString &typeName,
                              const QString &subject, const QList<Paragraph> &body,
                              const Decree30Signature &signature,
                              const Decree30Recipients &recipients)
{
    RichDocument document;
    document.page = decree30Page();
    document.title = typeName + u' ' + header.number;
    document.addTable(decree30HeaderTable(header, document.page));
    for (Paragraph &paragraph : decree30Title(typeName, subject))
        document.addParagraph(std::move(paragraph));
    for (const Paragraph &paragraph : body)
        document.addParagraph(paragraph);
    document.addTable(decree30ClosingTable(signature, recipients, document.page));
    return document;
}

} // namespace thuky::documents
