#include "thuky/services/notice_document.h"

#include "thuky/documents/decree30.h"

namespace thuky::services {

namespace {

/// "1.", "1.1.": the labels of a body's conclusions, as NoticeBody numbers them.
QList<documents::Paragraph> bodyParagraphs(const domain::NoticeBody &body)
{
    const QStringList labels = body.conclusionLabels();
    QList<documents::Paragraph> out;
    for (int i = 0; i < body.blocks.size(); ++i) {
        const domain::NoticeBlock &block = body.blocks[i];
        QList<documents::TextRun> runs;
        if (block.type == domain::NoticeBlock::Type::Conclusion && i < labels.size() &&
            !labels[i].isEmpty())
            runs.append(
                documents::TextRun{labels[i] + QStringLiteral(". "), false, false, false, 0});
        for (const domain::TextRun &run : block.runs)
            runs.append(documents::TextRun{run.text, run.bold, run.italic, false, 0});
        out.append(documents::decree30BodyParagraph(runs));
    }
    return out;
}

} // namespace

documents::RichDocument noticeDocument(const domain::Notice &notice,
                                       const domain::IssuerProfile &issuer)
{
    documents::Decree30Header header;
    header.parentBody = issuer.parentBody;
    header.issuingBody = issuer.issuingBody;
    header.number = notice.isIssued() ? notice.numberText()
                                      : QStringLiteral("     /") + issuer.symbol; // filled at issue
    header.place = issuer.place;
    header.date = notice.isIssued() ? notice.issueDate : QDate();
    header.urgency = domain::urgencyLabel(notice.urgency);

    documents::Decree30Signature signature;
    signature.authority = issuer.authorityLine();
    signature.positions = {issuer.signerPosition.toUpper()};
    signature.signerName = issuer.signerName;

    documents::Decree30Recipients recipients;
    recipients.lines = notice.recipients.isEmpty() ? issuer.recipients : notice.recipients;
    QString archive = issuer.archiveLine;
    if (archive.startsWith(QStringLiteral("Lưu:")))
        archive = archive.mid(4).trimmed();
    if (!notice.drafterInitials.isEmpty() && notice.copies > 0)
        archive += QStringLiteral(", %1.(%2)").arg(notice.drafterInitials).arg(notice.copies);
    if (!archive.isEmpty())
        recipients.archive = archive;

    auto doc = documents::decree30Document(header, QStringLiteral("THÔNG BÁO"), notice.subject,
                                           bodyParagraphs(notice.body), signature, recipients);
    doc.title = QStringLiteral("Thông báo %1")
                    .arg(notice.isIssued() ? notice.numberText() : notice.subject);
    return doc;
}

NoticeRenderer pdfNoticeRenderer()
{
    return [](const domain::Notice &notice, const domain::IssuerProfile &issuer) {
        return documents::writePdf(noticeDocument(notice, issuer));
    };
}

} // namespace thuky::services
