// CSV import and export: encodings, delimiters, quoting, line numbers and error messages.

#include "child_process.h"

#include "thuky/core/files.h"
#include "thuky/documents/table.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/stat.h>

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

TEST_CASE("parseCsv drops the BOM and picks ',' from the header line", "[csv]")
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

TEST_CASE("quoted fields keep delimiters, quotes and newlines, sourceRows are physical lines",
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
          "File \"tasks.csv\": the file could not be written; the previous file (if any) was "
          "kept.");
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{QStringLiteral("tasks.csv")});
}

namespace {

// Strings from characters that matter to CSV and to spreadsheet formulas, plus Vietnamese
// letters (precomposed, so already NFC).
QString generatedCell(QRandomGenerator &random, bool anyCharacter)
{
    static const QString pieces[] = {
        QStringLiteral("'"), QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"),
        QStringLiteral("@"), QStringLiteral("\t"), QStringLiteral(","), QStringLiteral(";"),
        QStringLiteral("\""), QStringLiteral("\n"), QStringLiteral(" "), QStringLiteral("a"),
        QStringLiteral("Ủy"), QStringLiteral("đ"), QStringLiteral("1"), QStringLiteral("|"),
        QStringLiteral("!"), QStringLiteral("("), QStringLiteral("\r"), QStringLiteral("\r\n")};
    const int pieceCount = anyCharacter ? 20 : 18; // no CR: a CRLF in a cell reads as LF
    QString cell;
    const int length = random.bounded(1, 8);
    for (int i = 0; i < length; ++i)
        cell += pieces[random.bounded(pieceCount)];
    return cell;
}

} // namespace

TEST_CASE("cells a spreadsheet would run as formulas are written with an apostrophe and read "
          "back as they were",
          "[csv]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("xuất.csv"));
    Table table;
    table.headers = QStringList{QStringLiteral("Nội dung"), QStringLiteral("Ghi chú")};
    table.rows = {{QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("@SUM(A1:A2)")},
                  {QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("+1")},
                  {QStringLiteral("-2"), QStringLiteral("\tx")},
                  {QStringLiteral("'=đã có dấu nháy"), QStringLiteral("'chỉ là văn bản")},
                  {QStringLiteral("''@x"), QStringLiteral("a=b")}};
    REQUIRE(writeCsv(table, path).ok());
    CHECK(fileBytes(path).toStdString() == "\xEF\xBB\xBF"
                                           "Nội dung,Ghi chú\r\n"
                                           "'=cmd|' /C calc'!A0,'@SUM(A1:A2)\r\n"
                                           "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1\r\n"
                                           "'-2,'\tx\r\n"
                                           "''=đã có dấu nháy,'chỉ là văn bản\r\n"
                                           "'''@x,a=b\r\n");
    auto back = readCsv(path);
    REQUIRE(back.ok());
    CHECK(back->headers == table.headers);
    CHECK(back->rows == table.rows);
}

TEST_CASE("protectCsvCell can be undone exactly for any string", "[csv]")
{
    QRandomGenerator random(20250616);
    for (int i = 0; i < 20000; ++i) {
        const QString cell = generatedCell(random, true);
        const QString safe = protectCsvCell(cell);
        INFO(cell.toStdString());
        REQUIRE(unprotectCsvCell(safe) == cell);
        // What a spreadsheet sees first is never a formula sign.
        REQUIRE_FALSE(QStringView(u"=+-@\t\r").contains(safe.front()));
    }
}

TEST_CASE("any cell Thuky writes to a CSV reads back as the same text", "[csv]")
{
    // Cells as the reader keeps them (no surrounding blanks unless protected, no CR, which
    // reads back as LF inside a CRLF); apostrophes and formula signs included, all survive.
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("vòng.csv"));
    QRandomGenerator random(16062025);
    Table table;
    table.headers = QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    while (table.rows.size() < 5000) {
        QStringList row;
        for (int column = 0; column < 3; ++column) {
            QString cell = generatedCell(random, false);
            if (cell.trimmed() != cell)
                cell = QStringLiteral("x") + cell + QStringLiteral("x");
            row.append(cell);
        }
        table.rows.append(row);
    }
    REQUIRE(writeCsv(table, path).ok());
    auto back = readCsv(path);
    REQUIRE(back.ok());
    REQUIRE(back->rows.size() == table.rows.size());
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        INFO(table.rows[i].join(u'|').toStdString());
        REQUIRE(back->rows[i] == table.rows[i]);
    }
}

TEST_CASE("writeCsv on a full disk fails with Io, keeps the previous file and leaves no "
          "temporary behind",
          "[csv]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("báo cáo.csv"));
    const QByteArray previous = "STT,Nội dung\r\n1,Bản trước\r\n";
    writeBytes(path, previous);
    Table table;
    table.headers = QStringList{QStringLiteral("STT"), QStringLiteral("Nội dung")};
    for (int i = 0; i < 100; ++i)
        table.rows.append({QString::number(i), QStringLiteral("Tổng hợp ý kiến đại biểu")});

    // The child may grow files to 512 bytes only: the 4 KB export cannot fit.
    const auto outcome = thuky::test::runInChild(
        [&] {
            auto written = writeCsv(table, path);
            if (written.ok())
                return 0;
            const bool full = written.error().code == ErrorCode::Io &&
                              written.error().message.en.contains(QLatin1String("disk is full"));
            return full ? 1 : 2;
        },
        512);
    CHECK(outcome.exitCode == 1);
    CHECK(fileBytes(path) == previous);
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{QStringLiteral("báo cáo.csv")});
}

TEST_CASE("writeCsv keeps the permissions of the file it replaces", "[csv]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("riêng.csv"));
    writeBytes(path, "a\r\n");
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    Table table;
    table.headers = QStringList{QStringLiteral("b")};
    REQUIRE(writeCsv(table, path).ok());
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("readCsv reads only regular files: a FIFO, /dev/zero and a folder are refused at "
          "once",
          "[csv][files]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("ống.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString zero = dir.filePath(QStringLiteral("zero.csv"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), zero));
    const QString folder = dir.filePath(QStringLiteral("thư mục.csv"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("thư mục.csv")));

    for (const QString &path : {fifo, zero, folder}) {
        INFO(path.toStdString());
        // A child, so that a read that blocks or never ends cannot take the test with it.
        const auto outcome = thuky::test::runInChild([&] { return readCsv(path).ok() ? 0 : 1; });
        REQUIRE(outcome.exitCode == 1);
        const thuky::Error error = readCsv(path).error();
        CHECK(error.code == ErrorCode::InvalidInput);
        CHECK(error.message.en.contains(QLatin1String("not a regular file")));
        CHECK(error.message.vi.contains(QStringLiteral("không phải tệp thông thường")));
        // The same check for callers that let a library open the path (restore).
        const auto size = thuky::userFileSize(path);
        REQUIRE_FALSE(size.ok());
        CHECK(size.error().message.en == error.message.en);
    }
    // A symlink to a regular file is read like the file.
    const QString real = dir.filePath(QStringLiteral("thật.csv"));
    writeBytes(real, "STT\n1\n");
    const QString link = dir.filePath(QStringLiteral("liên kết.csv"));
    REQUIRE(QFile::link(real, link));
    CHECK(readCsv(link).ok());
    CHECK(thuky::userFileSize(link).ok());
    CHECK(*thuky::userFileSize(link) == 6);
    CHECK(thuky::userFileSize(dir.filePath(QStringLiteral("không có.csv"))).error().code == ErrorCode::Io);
}

TEST_CASE("readUserFile refuses a file beyond the limit without reading it", "[csv][files]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lớn.csv"));
    writeBytes(path, QByteArray(1000, 'x'));
    CHECK(thuky::readUserFile(path, 1000).ok());
    auto refusedFile = thuky::readUserFile(path, 999);
    REQUIRE_FALSE(refusedFile.ok());
    CHECK(refusedFile.error().code == ErrorCode::InvalidInput);
    // A sparse 60 MB file costs nothing to make and must not be read.
    QFile big(path);
    REQUIRE(big.resize(60LL * 1024 * 1024));
    auto tooLarge = readCsv(path);
    REQUIRE_FALSE(tooLarge.ok());
    CHECK(tooLarge.error().message.en.toStdString() ==
          "File \"lớn.csv\": the file is too large (over 50 MB); it was not read.");
    CHECK(tooLarge.error().message.vi.toStdString() ==
          "Tệp \"lớn.csv\": tệp quá lớn (hơn 50 MB); tệp không được đọc.");
}

TEST_CASE("a CSV of commas costs no memory for its empty cells", "[csv][limits]")
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("phẩy.csv"));
    // 45 million commas between a header and a row: 45 million empty cells.
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("STT,Nội dung\n");
        const QByteArray commas(1000 * 1000, ',');
        for (int i = 0; i < 45; ++i)
            REQUIRE(file.write(commas) == commas.size());
        file.write("\n1,Báo cáo\n");
    }
    const auto outcome = thuky::test::runInChild([&] {
        auto table = readCsv(path);
        return table.ok() && table->rows.size() == 1 ? 0 : 1;
    });
    CHECK(outcome.exitCode == 0);
    INFO("peak " << outcome.peakRssKb / 1024 << " MB");
    CHECK(outcome.peakRssKb < thuky::test::peakRssBoundKb());
}

TEST_CASE("a CSV beyond the row, column, cell or cell-length limits is refused naming the "
          "limit and where",
          "[csv][limits]")
{
    const auto refusedText = [](const QByteArray &bytes) {
        return refused(bytes).message.en.toStdString();
    };
    // Text in column 101 (CW) is refused; empty cells that far right are fine.
    QByteArray wide = "STT,Nội dung\n1,x" + QByteArray(200, ',') + "\n";
    CHECK(parsed(wide).rows.size() == 1);
    wide = "STT,Nội dung\n1,x" + QByteArray(99, ',') + "y\n";
    CHECK(refusedText(wide) == "File \"tasks.csv\", line 2: too many columns: cell CW2 lies "
                               "beyond the last column Thuky reads (column CV, the 100th).");
    CHECK(refused(wide).message.vi.toStdString() ==
          "Tệp \"tasks.csv\", dòng 2: quá nhiều cột: ô CW2 nằm ngoài cột cuối cùng Thuky đọc "
          "(cột CV, cột thứ 100).");

    QByteArray tall = "STT\n";
    for (int i = 1; i < ReadLimits::kMaxRows; ++i)
        tall += QByteArray::number(i) + '\n';
    CHECK(parsed(tall).rows.size() == ReadLimits::kMaxRows - 1);
    tall += "50000\n";
    CHECK(refusedText(tall) == "File \"tasks.csv\", line 50001: too many rows: Thuky reads "
                               "50,000 rows with data at most.");
    CHECK(refused(tall).message.vi.toStdString() ==
          "Tệp \"tasks.csv\", dòng 50001: quá nhiều dòng: Thuky đọc tối đa 50.000 dòng có "
          "dữ liệu.");

    // 30,000 rows each using 40 columns: 1.2 million cells.
    const QByteArray many = QByteArray(QByteArray(39, ',') + "x\n").repeated(30000);
    CHECK(refusedText(many).find("too many cells: Thuky reads 1,000,000 cells at most") !=
          std::string::npos);

    const QByteArray longCell = "STT,Nội dung\n1," + QByteArray(40000, 'x') + "\n";
    CHECK(refusedText(longCell) == "File \"tasks.csv\", line 2: cell B2 is longer than "
                                   "32,767 characters (the limit for a cell).");
    CHECK(parsed("STT,Nội dung\n1," + QByteArray(32767, 'x') + "\n").rows.size() == 1);
}

TEST_CASE("a CSV of cells full of quotes is read in linear time", "[csv][limits]")
{
    // Quotes inside unquoted cells are text; each used to copy the cell so far without its
    // leading blanks, to see whether it was still blank.
    QByteArray line;
    for (int cell = 0; cell < 40; ++cell)
        line += QByteArray(16000, ' ') + "a" + QByteArray(16000, '"') + ",";
    const QByteArray bytes = "STT\n" + line + "\n";
    QElapsedTimer timer;
    timer.start();
    const Table table = parsed(bytes);
    CHECK(table.rows.size() == 1);
    CHECK(table.rows.first().size() == 40);
    CHECK(timer.elapsed() < 5000);
}
