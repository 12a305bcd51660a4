// PagedDocument: the PDF writer's layout, read back page by page (what the notice editor's
// preview and printout show).

#include "test_support.h"

#include "thuky/documents/decree30.h"
#include "thuky/documents/paged_document.h"

#include <QGuiApplication>

using namespace thuky;
using namespace thuky::documents;

namespace {

void ensureGuiApp()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "thuky_core_tests";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv); // lives until the process ends
}

/// A notice whose signer is not named yet leaves an empty line for the name.
RichDocument notice(int paragraphs, int extraWords = 0, bool named = true)
{
    Decree30Header header;
    header.parentBody = QStringLiteral("QUỐC HỘI");
    header.issuingBody = QStringLiteral("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
    header.number = QStringLiteral("05/TB-UBTVQH15");
    header.date = QDate(2027, 1, 5);
    QList<Paragraph> body;
    for (int i = 1; i <= paragraphs; ++i) {
        body << decree30BodyParagraph(
            QStringLiteral("%1. Đoạn số %1 của thông báo, đủ dài để xuống dòng một lần trong "
                           "trang giấy khổ A4 với lề trái ba centimét.")
                .arg(i));
    }
    if (extraWords > 0) {
        QStringList words;
        for (int i = 0; i < extraWords; ++i)
            words << QStringLiteral("thêm");
        body << decree30BodyParagraph(words.join(u' '));
    }
    Decree30Signature signature;
    signature.authority = QStringLiteral("TL. ỦY BAN THƯỜNG VỤ QUỐC HỘI");
    signature.positions = {QStringLiteral("TỔNG THƯ KÝ QUỐC HỘI")};
    signature.signerName = named ? QStringLiteral("Nguyễn Văn An") : QString();
    Decree30Recipients recipients;
    recipients.lines = {QStringLiteral("Chủ tịch Quốc hội"), QStringLiteral("Chính phủ")};
    return decree30Document(header, QStringLiteral("THÔNG BÁO"),
                            QStringLiteral("Kết luận về dự án Luật Đất đai"), body, signature,
                            recipients);
}

} // namespace

TEST_CASE("Laid out page by page, a notice has its texts where the PDF has them, and no empty "
          "page",
          "[documents]")
{
    ensureGuiApp();
    auto one = test::ok(PagedDocument::layOut(notice(2)));
    CHECK(one->pageCount() == 1);
    const QSizeF mm = one->sheetSize() / one->dpi() * 25.4;
    CHECK(std::abs(mm.width() - 210) < 0.5);
    CHECK(std::abs(mm.height() - 297) < 0.5);
    const QString first = one->pageText(0);
    CHECK(first.contains(QStringLiteral("Số: 05/TB-UBTVQH15")));
    CHECK(first.contains(QStringLiteral("Hà Nội, ngày 05 tháng 01 năm 2027")));
    CHECK(first.contains(QStringLiteral("THÔNG BÁO")));
    CHECK(first.contains(QStringLiteral("Nguyễn Văn An")));

    // However long the body, every page holds some of it and the closing is all there:
    // the closing table ending anywhere near the foot of a page, word by word.
    int checked = 0;
    for (const bool named : {true, false}) {
    for (int paragraphs = 6; paragraphs <= 30; paragraphs += 6) {
        for (int extra = 0; extra <= 90; extra += 2) {
            INFO("paragraphs: " << paragraphs << ", extra words: " << extra << ", named: " << named);
            auto paged = test::ok(PagedDocument::layOut(notice(paragraphs, extra, named)));
            for (int page = 1; page < paged->pageCount(); ++page) {
                const QStringList lines = paged->pageText(page).split(u'\n');
                CHECK(lines.first() == QString::number(page + 1)); // its number at the top
                CHECK(lines.size() > 1);
            }
            QString all;
            for (int page = 0; page < paged->pageCount(); ++page)
                all += paged->pageText(page) + u'\n';
            CHECK(all.contains(QStringLiteral("TỔNG THƯ KÝ QUỐC HỘI")));
            CHECK(all.contains(QStringLiteral("Lưu: VT.")));
            ++checked;
        }
    }
    }
    CHECK(checked > 400);
}
