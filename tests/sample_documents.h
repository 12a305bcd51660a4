#pragma once
// Sample documents shaped like what the Secretariat sends out: a conclusion notice (the one
// of ../shared/reference), a meeting programme over several pages and a reminder list.
// Shared by the document tests and thuky-bench.

#include "thuky/documents/decree30.h"

namespace thuky::samples {

using namespace thuky::documents;

inline RichDocument notice()
{
    Decree30Header header;
    header.issuingBody = QStringLiteral("Ủy ban Thường vụ Quốc hội");
    header.number = QStringLiteral("05/TB-UBTVQH16");
    header.date = QDate(2027, 1, 5);
    const QList<Paragraph> body{
        decree30BodyParagraph(QStringLiteral(
            "Tại phiên họp thứ 12 (ngày 15 tháng 12 năm 2026), sau khi nghe đại diện Chính phủ "
            "trình bày Tờ trình số 123/TTr-CP ngày 20 tháng 11 năm 2026 về dự án Luật Tổ chức "
            "chính quyền đô thị, Chủ nhiệm Ủy ban Pháp luật và Tư pháp trình bày Báo cáo thẩm "
            "tra số 45/BC-UBPLTP16 và ý kiến phát biểu của các đại biểu dự họp, Ủy ban Thường "
            "vụ Quốc hội kết luận như sau:")),
        decree30BodyParagraph(QStringLiteral(
            "1. Ủy ban Thường vụ Quốc hội đánh giá cao sự chuẩn bị của cơ quan chủ trì soạn thảo "
            "và cơ quan thẩm tra; hồ sơ dự án cơ bản đáp ứng yêu cầu để trình Quốc hội tại Kỳ "
            "họp thứ Hai.")),
        decree30BodyParagraph(
            {TextRun{QStringLiteral("2. "), false, false, false, 0},
             TextRun{QStringLiteral("Đề nghị Chính phủ"), true, false, false, 0},
             TextRun{QStringLiteral(
                         " chỉ đạo cơ quan chủ trì soạn thảo phối hợp chặt chẽ với Ủy ban Pháp "
                         "luật và Tư pháp nghiên cứu, tiếp thu tối đa ý kiến của các đại biểu; rà "
                         "soát bảo đảm tính thống nhất của dự thảo Luật với hệ thống pháp luật; "
                         "hoàn thiện hồ sơ, gửi Ủy ban Thường vụ Quốc hội "),
                     false, false, false, 0},
             TextRun{QStringLiteral("trước ngày 10 tháng 02 năm 2027"), false, true, false, 0},
             TextRun{QStringLiteral("."), false, false, false, 0}}),
        decree30BodyParagraph(QStringLiteral(
            "3. Giao Tổng Thư ký Quốc hội phối hợp với các cơ quan liên quan dự kiến thời gian "
            "xem xét dự án Luật trong chương trình Kỳ họp thứ Hai, Quốc hội khóa XVI.")),
        decree30BodyParagraph(QStringLiteral(
            "Tổng Thư ký Quốc hội xin thông báo để các cơ quan liên quan biết và thực hiện./.")),
    };
    Decree30Signature signature;
    signature.authority = QStringLiteral("TL. Ủy ban Thường vụ Quốc hội");
    signature.positions = {QStringLiteral("Tổng Thư ký Quốc hội")};
    signature.signerName = QStringLiteral("Nguyễn Văn An");
    Decree30Recipients recipients;
    recipients.lines = {QStringLiteral("Chủ tịch Quốc hội, các Phó Chủ tịch Quốc hội"),
                        QStringLiteral("Các Ủy viên Ủy ban Thường vụ Quốc hội"),
                        QStringLiteral("Chính phủ"), QStringLiteral("Ủy ban Pháp luật và Tư pháp"),
                        QStringLiteral("Bộ Tư pháp")};
    recipients.archive = QStringLiteral("VT, TK");
    return decree30Document(header, QStringLiteral("Thông báo"),
                            QStringLiteral("Kết luận của Ủy ban Thường vụ Quốc hội về dự án Luật\n"
                                           "Tổ chức chính quyền đô thị"),
                            body, signature, recipients);
}

inline TableCell cellOf(const QString &text, bool bold = false, Align align = Align::Left,
                        int rowSpan = 1)
{
    TableCell cell;
    Paragraph paragraph = Paragraph::plain(text, align, bold, 13);
    paragraph.spaceBeforePt = 2;
    paragraph.spaceAfterPt = 2;
    cell.paragraphs.append(paragraph);
    cell.rowSpan = rowSpan;
    return cell;
}

/// A programme of a three-day meeting: a table of days, half-days, contents and presenters
/// that runs onto a second page, its header row repeated there.
inline RichDocument programme()
{
    RichDocument document;
    document.title = QStringLiteral("Chương trình Phiên họp thứ 40");
    document.addParagraph(
        Paragraph::plain(QStringLiteral("ỦY BAN THƯỜNG VỤ QUỐC HỘI"), Align::Center, true, 13));
    document.addParagraph(Paragraph::plain(QStringLiteral("CHƯƠNG TRÌNH"), Align::Center, true, 14))
        .spaceBeforePt = 12;
    Paragraph title = Paragraph::plain(
        QStringLiteral("Phiên họp thứ 40 của Ủy ban Thường vụ Quốc hội"), Align::Center, true, 14);
    document.addParagraph(title);
    Paragraph dates = Paragraph::plain(QStringLiteral("(Từ ngày 10 đến ngày 12 tháng 02 năm 2025)"),
                                       Align::Center, false, 14);
    dates.runs.first().italic = true;
    dates.ruleBelow = Rule{true, 40, 3};
    dates.spaceAfterPt = 12;
    document.addParagraph(dates);

    RichTable table;
    table.columnWidthsMm = {32, 18, 80, 35};
    table.headerRows = 1;
    table.rows.append(TableRow{{cellOf(QStringLiteral("Ngày"), true, Align::Center),
                                cellOf(QStringLiteral("Buổi"), true, Align::Center),
                                cellOf(QStringLiteral("Nội dung"), true, Align::Center),
                                cellOf(QStringLiteral("Cơ quan trình"), true, Align::Center)}});
    const QStringList days{QStringLiteral("Thứ Hai, 10/02/2025"),
                           QStringLiteral("Thứ Ba, 11/02/2025"),
                           QStringLiteral("Thứ Tư, 12/02/2025")};
    int item = 1;
    for (const QString &day : days) {
        for (const QString &half : {QStringLiteral("Sáng"), QStringLiteral("Chiều")}) {
            for (int n = 0; n < 3; ++n, ++item) {
                TableRow row;
                if (half == u"Sáng" && n == 0)
                    row.cells.append(cellOf(day, true, Align::Center, 6));
                if (n == 0)
                    row.cells.append(cellOf(half, false, Align::Center, 3));
                row.cells.append(cellOf(
                    QStringLiteral("%1. Cho ý kiến về dự án Luật sửa đổi, bổ sung một số điều của "
                                   "Luật số %2/2025/QH15 (nội dung thứ %1 của phiên họp)")
                        .arg(item)
                        .arg(item + 10),
                    false, Align::Justify));
                row.cells.append(cellOf(item % 2 ? QStringLiteral("Chính phủ")
                                                 : QStringLiteral("Ủy ban Kinh tế và Tài chính")));
                table.rows.append(row);
            }
        }
    }
    document.addTable(table);
    return document;
}

/// A reminder to one agency of the documents it still owes.
inline RichDocument reminders()
{
    RichDocument document;
    document.title = QStringLiteral("Danh sách tài liệu còn thiếu");
    document.addParagraph(
        Paragraph::plain(QStringLiteral("DANH SÁCH TÀI LIỆU CÒN THIẾU"), Align::Center, true, 14));
    document
        .addParagraph(
            Paragraph::plain(QStringLiteral("Cơ quan: Bộ Tư pháp"), Align::Center, false, 14))
        .spaceAfterPt = 12;
    RichTable table;
    table.columnWidthsMm = {12, 75, 38, 40};
    table.headerRows = 1;
    table.rows.append(TableRow{{cellOf(QStringLiteral("STT"), true, Align::Center),
                                cellOf(QStringLiteral("Tài liệu"), true, Align::Center),
                                cellOf(QStringLiteral("Hạn gửi"), true, Align::Center),
                                cellOf(QStringLiteral("Tình trạng"), true, Align::Center)}});
    table.rows.append(
        TableRow{{cellOf(QStringLiteral("1"), false, Align::Center),
                  cellOf(QStringLiteral("Tờ trình dự án Luật Tổ chức chính quyền đô thị")),
                  cellOf(QStringLiteral("05/02/2025"), false, Align::Center),
                  cellOf(QStringLiteral("Quá hạn"), true, Align::Center)}});
    table.rows.append(TableRow{{cellOf(QStringLiteral("2"), false, Align::Center),
                                cellOf(QStringLiteral("Dự thảo Luật")),
                                cellOf(QStringLiteral("05/02/2025"), false, Align::Center),
                                cellOf(QStringLiteral("Chưa nhận"), false, Align::Center)}});
    document.addTable(table);
    return document;
}

} // namespace thuky::samples
