// A conclusion notice laid out in the Decree 30 page: its number and date once issued, blanks
// before, the numbered conclusions, the signature and "Nơi nhận".

#include "test_support.h"

#include "thuky/documents/decree30.h"
#include "thuky/services/notice_document.h"

using namespace thuky;
using namespace thuky::domain;

namespace {

QString textOf(const documents::RichDocument &doc)
{
    QStringList out;
    const auto add = [&out](const documents::Paragraph &p) { out.append(p.text()); };
    for (const auto &block : doc.blocks) {
        if (const auto *p = std::get_if<documents::Paragraph>(&block))
            add(*p);
        else if (const auto *t = std::get_if<documents::RichTable>(&block))
            for (const auto &row : t->rows)
                for (const auto &cell : row.cells)
                    for (const auto &p : cell.paragraphs)
                        add(p);
    }
    return out.join(u'\n');
}

struct Sample
{
    IssuerProfile issuer;
    Notice notice;

    Sample()
    {
        issuer.parentBody = QStringLiteral("QUỐC HỘI");
        issuer.issuingBody = QStringLiteral("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
        issuer.symbol = QStringLiteral("TB-UBTVQH15");
        issuer.authority = SignatureAuthority::OnBehalf;
        issuer.authorityBody = QStringLiteral("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
        issuer.signerPosition = QStringLiteral("Chủ tịch");
        issuer.signerName = QStringLiteral("Nguyễn Văn An");
        issuer.recipients = {QStringLiteral("Chính phủ"), QStringLiteral("Bộ Tư pháp")};
        issuer.archiveLine = QStringLiteral("Lưu: HC, TK");
        notice.subject =
            QStringLiteral("Kết luận của Ủy ban Thường vụ Quốc hội về dự án Luật Đất đai");
        notice.body = NoticeBody::fromMarkedText(
            QStringLiteral("Tại phiên họp thứ 40, Ủy ban Thường vụ Quốc hội kết luận như sau:\n\n"
                           "1. Tán thành **sự cần thiết** ban hành Luật.\n\n"
                           "1.1. Về phạm vi điều chỉnh.\n\n2. Giao Chính phủ tiếp thu."));
        notice.drafterInitials = QStringLiteral("TK");
        notice.copies = 30;
    }
};

} // namespace

TEST_CASE("a draft notice leaves its number and date blank for the register and the signer",
          "[notices][documents]")
{
    Sample s;
    const QString text = textOf(services::noticeDocument(s.notice, s.issuer));
    CHECK(text.contains(QStringLiteral("THÔNG BÁO")));
    CHECK(text.contains(s.notice.subject));
    CHECK(text.contains(QStringLiteral("/TB-UBTVQH15")));
    CHECK_FALSE(text.contains(QStringLiteral("năm 2027")));
    CHECK(text.contains(QStringLiteral("1. Tán thành sự cần thiết ban hành Luật.")));
    CHECK(text.contains(QStringLiteral("1.1. Về phạm vi điều chỉnh.")));
    CHECK(text.contains(QStringLiteral("2. Giao Chính phủ tiếp thu.")));
    CHECK(text.contains(QStringLiteral("TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI")));
    CHECK(text.contains(QStringLiteral("CHỦ TỊCH")));
    CHECK(text.contains(QStringLiteral("Nguyễn Văn An")));
    CHECK(text.contains(QStringLiteral("Nơi nhận")));
    CHECK(text.contains(QStringLiteral("Bộ Tư pháp")));
    CHECK(text.contains(QStringLiteral("HC, TK, TK.(30)")));
}

TEST_CASE("an issued notice carries its number and its date with the leading-zero rule",
          "[notices][documents]")
{
    Sample s;
    s.notice.status = NoticeStatus::Issued;
    s.notice.number = 5;
    s.notice.symbol = s.issuer.symbol;
    s.notice.issueDate = QDate(2027, 1, 5);
    const QString text = textOf(services::noticeDocument(s.notice, s.issuer));
    CHECK(text.contains(QStringLiteral("Số: 05/TB-UBTVQH15")));
    CHECK(text.contains(QStringLiteral("Hà Nội, ngày 05 tháng 01 năm 2027")));
    s.notice.issueDate = QDate(2027, 6, 29);
    CHECK(textOf(services::noticeDocument(s.notice, s.issuer))
              .contains(QStringLiteral("ngày 29 tháng 6 năm 2027")));
}

TEST_CASE("an issuing body too wide for its column breaks without leaving one word alone",
          "[notices][documents]")
{
    const auto issuerLine = [](const QString &body) {
        documents::Decree30Header header;
        header.parentBody = QStringLiteral("QUỐC HỘI");
        header.issuingBody = body;
        const documents::RichTable table =
            documents::decree30HeaderTable(header, documents::decree30Page());
        return table.rows.first().cells.first().paragraphs.at(1).text();
    };
    CHECK(issuerLine(QStringLiteral("Tổng Thư ký Quốc hội")) ==
          QStringLiteral("TỔNG THƯ KÝ\nQUỐC HỘI"));
    CHECK(issuerLine(QStringLiteral("Ủy ban Thường vụ Quốc hội")) ==
          QStringLiteral("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI"));
    CHECK(issuerLine(QStringLiteral("Văn phòng Quốc hội")) == QStringLiteral("VĂN PHÒNG QUỐC HỘI"));
    // A break the issuer chose stays.
    CHECK(issuerLine(QStringLiteral("Ban Công tác\nđại biểu")) ==
          QStringLiteral("BAN CÔNG TÁC\nĐẠI BIỂU"));
}
