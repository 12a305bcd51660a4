// CSV import and export: encodings, delimiters, quoting, line numbers and error messages.

#include "thuky/documents/table.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using thuky::ErrorCode;
using namespace thuky::documents;

namespace {

// Rows as "a|b" lines, so a failed check prints what was read.
std::string rowsText(const QList<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows)
        lines.append(row.join(u'|'));
    return lines.join(u'\n').toStdString();
}

Table parsed(const QByteArray &bytes, CsvDelimiter delimiter = CsvDelimiter::Auto)
{
    auto table = parseCsv(bytes, QStringLiteral("tasks.csv"), delimiter);
    INFO((table.ok() ? std::string() : table.error().message.en.toStdString()));
    REQUIRE(table.ok());
    return *table;
}

thuky::Error refused(const QByteArray &bytes)
{
    auto table = parseCsv(bytes, QStringLiteral("tasks.csv"));
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().code == ErrorCode::InvalidInput);
    return table.error();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("parseCsv reads a comma-separated UTF-8 file without BOM", "[csv]")
{
    const Table table = parsed("STT,Nội dung,Hạn\n"
                               "1,Chuẩn bị tờ trình,05/01/2025\n"
                               "2,Gửi đại biểu,06/01/2025\n");
    CHECK(table.headers.join(u'|').toStdString() == "STT|Nội dung|Hạn");
    CHECK(rowsText(table.rows) == "1|Chuẩn bị tờ trình|05/01/2025\n2|Gửi đại biểu|06/01/2025");
    CHECK(table.sourceRows == QList<int>{2, 3});
}

TEST_CASE("parseCsv drops the BOM and picks ';' from the header line", "[csv]")
{
    const Table table = parsed("\xEF\xBB\xBF"
                               "Cơ quan;Ghi chú\r\n"
                               "Ủy ban Quốc phòng, An ninh và Đối ngoại;Đảng\r\n");
    REQUIRE(table.headers.size() == 2);
    CHECK(table.headers[0] == QStringLiteral("Cơ quan")); // no U+FEFF left in front
    CHECK(rowsText(table.rows) == "Ủy ban Quốc phòng, An ninh và Đối ngoại|Đảng");
}

TEST_CASE("delimiter detection ignores separators inside quotes", "[csv]")
{
    CHECK(parsed("\"a;b;c\",d\n1,2\n").headers.join(u'|').toStdString() == "a;b;c|d");
    CHECK(parsed("\"x,y,z\";w\n1;2\n").headers.join(u'|').toStdString() == "x,y,z|w");
    // Leading blank lines are not the header line.
    CHECK(parsed("\n\na;b,c;d\n").headers.join(u'|').toStdString() == "a|b,c|d");
}

TEST_CASE("an explicit delimiter overrides detection", "[csv]")
{
    CHECK(parsed("a;b;c,d\n", CsvDelimiter::Comma).headers.join(u'|').toStdString() == "a;b;c|d");
    CHECK(parsed("a,b,c;d\n", CsvDelimiter::Semicolon).headers.join(u'|').toStdString() ==
          "a,b,c|d");
}

TEST_CASE("quoted fields keep delimiters, quotes and newlines; sourceRows are physical lines",
          "[csv]")
{
    const Table table = parsed("Mã,Nội dung,Ghi chú\r\n"                        // line 1
                               "1,\"Dòng một\r\nDòng hai, có dấu phẩy\",ok\r\n" // lines 2-3
                               "2,\"Nói \"\"có\"\"\",\r\n"                      // line 4
                               "   ,  \r\n"                                     // line 5, blank
                               "3,\"\",x\r\n"                                   // line 6
                               "\r\n\r\n");
    CHECK(rowsText(table.rows) == "1|Dòng một\nDòng hai, có dấu phẩy|ok\n2|Nói \"có\"\n3||x");
    CHECK(table.sourceRows == QList<int>{2, 4, 6});
}

TEST_CASE("LF and CRLF files read the same, with or without a final newline", "[csv]")
{
    const Table lf = parsed("a,b\n1,2\n3,4");
    const Table crlf = parsed("a,b\r\n1,2\r\n3,4\r\n");
    CHECK(rowsText(lf.rows) == "1|2\n3|4");
    CHECK(lf.rows == crlf.rows);
    CHECK(lf.sourceRows == crlf.sourceRows);
}

TEST_CASE("cells are trimmed and normalised to NFC", "[csv]")
{
    const QString decomposed =
        QStringLiteral("  Tên , Đảng \u00A0\nỦy ban ,x\n").normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed != decomposed.normalized(QString::NormalizationForm_C));
    const Table table = parsed(decomposed.toUtf8());
    CHECK(table.headers == QStringList{QStringLiteral("Tên"), QStringLiteral("Đảng")});
    CHECK(table.rows.value(0) == QStringList{QStringLiteral("Ủy ban"), QStringLiteral("x")});
}

TEST_CASE("a file that is not UTF-8 is refused naming the line of the first bad byte", "[csv]")
{
    const thuky::Error error = refused("a,b\n1,2\n3,4\n5,\xC3\x28\n6,7\n");
    CHECK(error.message.vi.toStdString() == "Tệp \"tasks.csv\", dòng 4: tệp không phải UTF-8.");
    CHECK(error.message.en.toStdString() == "File \"tasks.csv\", line 4: the file is not UTF-8.");

    // "Đảng" saved as Windows-1258 on line 2.
    CHECK(refused("Tên\n\xD0\xE1ng\n").message.en.contains(QLatin1String("line 2:")));
    // A sequence cut short at the very end of the file.
    CHECK(refused("a\nb\n\xE1\xBA").message.en.contains(QLatin1String("line 3:")));
}

TEST_CASE("an unterminated quote is refused naming the line it opened on", "[csv]")
{
    const thuky::Error error = refused("a,b\n1,2\n3,\"mở mà không đóng\n4,5\n6,7\n");
    CHECK(error.message.vi.toStdString() ==
          "Tệp \"tasks.csv\", dòng 3: dấu ngoặc kép mở ở đây không được đóng lại.");
    CHECK(error.message.en.toStdString() ==
          "File \"tasks.csv\", line 3: a quote opened here is never closed.");
}

TEST_CASE("a file without a header is refused", "[csv]")
{
    const QByteArray empties[] = {"", "\xEF\xBB\xBF", "\r\n\r\n  ,  \n"};
    for (const QByteArray &bytes : empties) {
        CHECK(refused(bytes).message.en.toStdString() ==
              "File \"tasks.csv\": the file is empty; there is no header line.");
    }
}

TEST_CASE("messages name the file, not the folders it is in", "[csv]")
{
    auto table = parseCsv("a\n\"", QStringLiteral("/home/thu.ky/Tài liệu/kỳ họp.csv"));
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().message.vi.startsWith(QStringLiteral("Tệp \"kỳ họp.csv\", dòng 2:")));
    CHECK_FALSE(table.error().message.en.contains(QLatin1String("home")));
}

TEST_CASE("readCsv reads the fixture Excel saves as CSV UTF-8 with semicolons", "[csv]")
{
    auto table = readCsv(QStringLiteral(THUKY_TEST_DATA_DIR "/import/tasks_excel_semicolon.csv"));
    REQUIRE(table.ok());
    CHECK(table->headers.join(u'|').toStdString() == "STT|Nội dung|Cơ quan chủ trì|Hạn");
    CHECK(rowsText(table->rows) ==
          "1|Thẩm tra dự án Luật Quốc phòng|Ủy ban Quốc phòng, An ninh và Đối ngoại|05/01/2025\n"
          "2|Chuẩn bị báo cáo\n(2 bản; gửi Thường trực)|Văn phòng Quốc hội\n"
          "3|Tổng hợp ý kiến Đảng đoàn|Ban Công tác đại biểu|10/01/2025");
    CHECK(table->sourceRows == QList<int>{2, 3, 6});
}

TEST_CASE("readCsv reports a file it cannot read as Io", "[csv]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto table = readCsv(dir.filePath(QStringLiteral("không có.csv")));
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().code == ErrorCode::Io);
    CHECK(table.error().message.en.toStdString() ==
          "File \"không có.csv\": the file could not be read.");
}

TEST_CASE("writeCsv writes a BOM, commas and CRLF, quoting only where needed", "[csv]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("xuất.csv"));
    Table table;
    table.headers = QStringList{QStringLiteral("Mã"), QStringLiteral("Nội dung")};
    table.rows = {
        {QStringLiteral("1"), QStringLiteral("Ủy ban Quốc phòng, An ninh và Đối ngoại")},
        {QStringLiteral("2"), QStringLiteral("Nói \"có\"\nxuống dòng")},
        {QStringLiteral("3"), QStringLiteral("Đảng; đoàn")},
        {QStringLiteral("4")},
    };
    REQUIRE(writeCsv(table, path).ok());

    CHECK(fileBytes(path).toStdString() == "\xEF\xBB\xBF"
                                           "Mã,Nội dung\r\n"
                                           "1,\"Ủy ban Quốc phòng, An ninh và Đối ngoại\"\r\n"
                                           "2,\"Nói \"\"có\"\"\nxuống dòng\"\r\n"
                                           "3,\"Đảng; đoàn\"\r\n"
                                           "4\r\n");

    auto back = readCsv(path);
    REQUIRE(back.ok());
    CHECK(back->headers == table.headers);
    CHECK(rowsText(back->rows) == rowsText(table.rows));
    CHECK(back->sourceRows == QList<int>{2, 3, 5, 6});
}

TEST_CASE("writeCsv replaces a file whole and fails without leaving one behind", "[csv]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tasks.csv"));
    writeBytes(path, "old,content,that,is,longer,than,the,new,one\r\n");
    Table table;
    table.headers = QStringList{QStringLiteral("a")};
    REQUIRE(writeCsv(table, path).ok());
    CHECK(fileBytes(path) == QByteArray("\xEF\xBB\xBF"
                                        "a\r\n"));

    const QString missingDir = dir.filePath(QStringLiteral("no/such/folder/tasks.csv"));
    auto written = writeCsv(table, missingDir);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == ErrorCode::Io);
    CHECK(written.error().message.en.toStdString() ==
          "File \"tasks.csv\": the file could not be written.");
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{QStringLiteral("tasks.csv")});
}
