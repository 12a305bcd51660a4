// thuky-cli programme export/import: round trips through CSV and XLSX, and bad files that
// are refused with their row and column named and nothing written.

#include "cli_runner.h"

#include "thuky/services/programme_service.h"

#include <QDir>
#include <QFile>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace thuky::test;

namespace {

/// The task list without what differs between two databases (ids).
QJsonArray comparableTasks(const QJsonObject &list)
{
    QJsonArray tasks;
    for (const QJsonValue &t : list.value(QLatin1String("tasks")).toArray()) {
        QJsonObject task = t.toObject();
        for (const char *key : {"id", "parentId", "carriedFromId"})
            task.remove(QLatin1String(key));
        tasks.append(task);
    }
    return tasks;
}

} // namespace

TEST_CASE("export then import into another database reproduces the list")
{
    CliFixture cli;
    cli.demo();
    // The other database has the same people and units (same seed) but its demo
    // programmes are for 2026, so 2025 is free to import into.
    const QString other = cli.path(QStringLiteral("other.sqlite"));
    cli.ok(words("--today 2026-06-16 demo"), other);

    const char *extension = GENERATE("csv", "xlsx");
    INFO(extension);
    const QString file = cli.path(QStringLiteral("btk.") + QLatin1String(extension));
    cli.ok(QStringList{QStringLiteral("programme"), QStringLiteral("export"), QStringLiteral("--year"),
                       QStringLiteral("2025"), QStringLiteral("--owner"), QStringLiteral("BTK"),
                       QStringLiteral("--out"), file});
    const QJsonObject imported =
        cli.ok(as("chuyenvien") + QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("programme"),
                           QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2025"),
                           QStringLiteral("--owner"), QStringLiteral("BTK")},
               other)
            .json();
    CHECK(imported.value(QLatin1String("createdProgramme")).toBool());

    const QJsonObject original = cli.list(words("--year 2025 --owner BTK"));
    const QJsonObject copy = cli.list(words("--year 2025 --owner BTK"), other);
    CHECK(comparableTasks(copy) == comparableTasks(original));
    CHECK(copy.value(QLatin1String("summary")) == original.value(QLatin1String("summary")));
}

TEST_CASE("a bad import file is refused with its row and column, and nothing is written")
{
    CliFixture cli;
    cli.demo();
    const QJsonObject before = cli.list(words("--owner BTK"));
    const QString file = cli.path(QStringLiteral("bad.csv"));
    const QStringList columns = thuky::services::taskColumns();

    struct Case
    {
        const char *name;
        QByteArray bytes;
        QString expected; // in the Vietnamese message
    };
    const QList<Case> cases{
        {"unknown unit", importCsv({task("1", "Vụ Không Tồn Tại", "15/03/2025")}),
         QStringLiteral("dòng 3, cột \"%1\"").arg(columns.at(2))},
        {"bad date", importCsv({task("1", "Vụ Thư ký", "32/13/2025")}),
         QStringLiteral("dòng 3, cột \"%1\"").arg(columns.at(5))},
        {"duplicate number",
         importCsv({task("1", "Vụ Thư ký", "15/03/2025"), task("1", "Vụ Tổng hợp", "Quý II")}),
         QStringLiteral("dòng 4, cột \"%1\"").arg(columns.at(0))},
        {"wrong columns", QByteArray("Số,Tên,Ngày\r\n1,x,y\r\n"),
         QStringLiteral("\"bad.csv\", dòng 1, cột \"Tên\"")},
        {"not UTF-8", importCsv({task("1", "Vụ Thư ký", "15/03/2025")}).replace("Thư", "Th\xff"),
         QStringLiteral("\"bad.csv\", dòng 3")},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        writeFile(file, c.bytes);
        const CliRun r = cli.run(as("chuyenvien") + QStringList{QStringLiteral("programme"),
                                                                QStringLiteral("import"), file,
                                                                QStringLiteral("--year"), QStringLiteral("2024"),
                                                                QStringLiteral("--owner"), QStringLiteral("BTK")});
        INFO(r.errText().toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.errText().contains(c.expected));
        CHECK(cli.run(words("programme list --year 2024 --owner BTK")).exitCode == 1);
    }
    CHECK(cli.list(words("--owner BTK")) == before);

    writeFile(file, importCsv({task("1", "Vụ Không Tồn Tại", "15/03/2025")}));
    const CliRun en = cli.run(as("chuyenvien") + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("programme"),
                               QStringLiteral("import"), file, QStringLiteral("--year"),
                               QStringLiteral("2024")});
    CHECK(en.errText().contains(QStringLiteral("row 3, column")));
}

namespace {

QStringList importArgs(const QString &file, const char *year = "2024")
{
    return as("chuyenvien") + QStringList{QStringLiteral("programme"), QStringLiteral("import"), file,
                                          QStringLiteral("--year"), QString::fromLatin1(year),
                                          QStringLiteral("--owner"), QStringLiteral("BTK")};
}

QStringList exportArgs(const QString &file, const char *year)
{
    return QStringList{QStringLiteral("programme"), QStringLiteral("export"), QStringLiteral("--year"),
                       QString::fromLatin1(year),   QStringLiteral("--owner"), QStringLiteral("BTK"),
                       QStringLiteral("--out"),     file};
}

/// thuky-cli run with files limited to `maxFileBytes` (as on a full disk: write() fails with
/// EFBIG, SIGXFSZ ignored), on the fixture's database.
CliRun runWithFileSizeLimit(const CliFixture &cli, const QStringList &args, rlim_t maxFileBytes)
{
    QProcess process;
    QProcessEnvironment env = environmentWithoutPasswords();
    env.insert(QStringLiteral("THUKY_PASSWORD"), thuky::services::demoPassword());
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([maxFileBytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{maxFileBytes, maxFileBytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(THUKY_CLI_PATH),
                  QStringList{QStringLiteral("--db"), cli.db(), QStringLiteral("--today"), QStringLiteral("2025-06-16")} +
                      args);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return CliRun{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList filesIn(const CliFixture &cli)
{
    return QDir(cli.path(QString())).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("import reads only regular files: a FIFO, /dev/zero or a huge file is refused at once")
{
    CliFixture cli;
    cli.demo();
    const QString fifo = cli.path(QStringLiteral("ống.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString zero = cli.path(QStringLiteral("zero.xlsx"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), zero));
    for (const QString &file : {fifo, zero}) {
        INFO(file.toStdString());
        // A FIFO without a writer would block a reader forever; runCli would then fail.
        const CliRun r = cli.run(importArgs(file));
        INFO(r.errText().toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.errText().contains(QStringLiteral("không phải tệp thông thường")));
    }
    const QString big = cli.path(QStringLiteral("lớn.csv"));
    QFile file(big);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(200LL * 1024 * 1024)); // sparse: costs no disk
    file.close();
    const CliRun r = cli.run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + importArgs(big));
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(QStringLiteral("File \"lớn.csv\": the file is too large (over 50 MB)")));
}

TEST_CASE("an import past the reader's limits names the limit and where")
{
    CliFixture cli;
    cli.demo();
    const QString file = cli.path(QStringLiteral("rộng.csv"));
    QByteArray wide = importCsv({task("1", "Vụ Thư ký", "15/03/2024")});
    wide.replace(QByteArray("15/03/2024"), QByteArray("15/03/2024" + QByteArray(120, ',') + "=x"));
    writeFile(file, wide);
    CliRun r = cli.run(importArgs(file));
    CHECK(r.exitCode == 1);
    CHECK(r.errText().trimmed().toStdString() ==
          "Tệp \"rộng.csv\", dòng 3: quá nhiều cột: ô DV3 nằm ngoài cột cuối cùng Thuky đọc (cột CV, cột thứ 100).");

    QByteArray tall = importCsv({});
    for (int i = 1; i <= 50000; ++i)
        tall += QByteArray::number(i) + ",x\r\n";
    writeFile(file, tall);
    r = cli.run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + importArgs(file));
    CHECK(r.exitCode == 1);
    CHECK(r.errText().trimmed().toStdString() ==
          "File \"rộng.csv\", line 50001: too many rows: Thuky reads 50,000 rows with data at most.");
}

TEST_CASE("a file with thousands of problems prints the first 50 and a count of the rest")
{
    CliFixture cli;
    cli.demo();
    QList<QStringList> rows;
    for (int i = 1; i <= 2000; ++i)
        rows << task(QByteArray::number(i).constData(), "Vụ Không Tồn Tại", "15/03/2024");
    const QString file = cli.path(QStringLiteral("nhiều lỗi.csv"));
    writeFile(file, importCsv(rows));
    const CliRun r = cli.run(importArgs(file));
    CHECK(r.exitCode == 1);
    const QStringList lines = r.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // 50 problems, the count of the rest, and what to do about the unknown unit.
    CHECK(lines.size() == 52);
    CHECK(lines.at(50).toStdString() == "\"nhiều lỗi.csv\": … và 1.950 lỗi khác (chỉ liệt kê 50 lỗi đầu).");
    CHECK(lines.last().contains(QStringLiteral("--add-missing")));
}

TEST_CASE("CSV output and export protect cells a spreadsheet would run, and import reads them back")
{
    CliFixture cli;
    cli.demo();
    const QStringList columns = thuky::services::taskColumns();
    const QString hostile = QStringLiteral("=HYPERLINK(\"http://x\";\"y\")");
    QByteArray csv = importCsv({task("1", "Vụ Thư ký", "15/03/2024")});
    const QByteArray quoted = QByteArray("\"" + hostile.toUtf8().replace("\"", "\"\"") + "\"");
    csv.replace(QByteArray("Tổng hợp ý kiến đại biểu Quốc hội"), quoted);
    const QString file = cli.path(QStringLiteral("công thức.csv"));
    writeFile(file, csv);
    cli.ok(importArgs(file));

    const CliRun list = cli.ok(words("--format csv programme list --year 2024 --owner BTK"));
    CHECK(list.outText().contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"")));
    CHECK_FALSE(list.outText().contains(QStringLiteral(",=HYPERLINK")));

    const QString exported = cli.path(QStringLiteral("xuất.csv"));
    cli.ok(exportArgs(exported, "2024"));
    QFile out(exported);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.readAll().contains("\"'=HYPERLINK("));
    // Back in through import, the cell is the text it was.
    const QString other = cli.path(QStringLiteral("other.sqlite"));
    cli.ok(words("--today 2026-06-16 demo"), other);
    cli.ok(importArgs(exported), other);
    const QJsonObject copy = cli.list(words("--year 2024 --owner BTK"), other);
    bool found = false;
    for (const QJsonValue &t : copy.value(QLatin1String("tasks")).toArray())
        found = found || t.toObject().value(QLatin1String("content")).toString() == hostile;
    CHECK(found);
}

TEST_CASE("export on a full disk exits 3 and keeps the previous file")
{
    CliFixture cli;
    cli.demo();
    // A 2024 programme of 1,500 tasks, each with a reference code that does not compress:
    // a CSV of about 250 KB, an XLSX of over 100 KB.
    QList<QStringList> rows;
    for (int i = 1; i <= 1500; ++i)
        rows << task(QByteArray::number(i).constData(), "Vụ Thư ký", "15/03/2024");
    QList<QByteArray> lines = importCsv(rows).split('\n');
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QByteArray code = QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex();
        lines[i].replace(QByteArray("Quốc hội"), QByteArray("Quốc hội " + code));
    }
    writeFile(cli.path(QStringLiteral("lớn.csv")), lines.join('\n'));
    cli.ok(importArgs(cli.path(QStringLiteral("lớn.csv"))));

    for (const char *name : {"báo cáo.csv", "báo cáo.xlsx"}) {
        INFO(name);
        const QString file = cli.path(QString::fromUtf8(name));
        cli.ok(exportArgs(file, "2025")); // the previous, good export
        const QByteArray previous = fileHash(file);
        const QStringList before = filesIn(cli);
        // The database needs files of up to 32 KB (its shared-memory index); the export more.
        const CliRun r = runWithFileSizeLimit(cli, exportArgs(file, "2024"), 36 * 1024);
        INFO(r.errText().toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.errText().contains(QStringLiteral("Tệp \"%1\"").arg(QString::fromUtf8(name))));
        CHECK_FALSE(r.outText().contains(QStringLiteral("Đã xuất")));
        CHECK(fileHash(file) == previous);
        CHECK(filesIn(cli) == before);
    }
}

TEST_CASE("a programme exported from one database imports into a fresh one with --add-missing")
{
    CliFixture cli;
    cli.demo();
    const QString file = cli.path(QStringLiteral("chuong-trinh.xlsx"));
    const QJsonObject exported = cli.ok({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("programme"),
                                         QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"),
                                         QStringLiteral("--owner"), QStringLiteral("BTK"), QStringLiteral("--out"), file})
                                     .json();
    const int rows = exported.value(QLatin1String("rows")).toInt();
    REQUIRE(rows > 0);

    const QString fresh = cli.path(QStringLiteral("fresh.sqlite"));
    cli.ok(words("init"), fresh);
    const QStringList import{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("programme"),
                             QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2025"),
                             QStringLiteral("--owner"), QStringLiteral("BTK")};
    const CliRun refused = cli.run(import, fresh);
    CHECK(refused.exitCode == 1);
    CHECK(refused.errText().contains(QStringLiteral("--add-missing")));
    CHECK(cli.run(words("programme list --year 2025"), fresh).exitCode == 1); // no programme was made

    const QJsonObject done = cli.ok(import + QStringList{QStringLiteral("--add-missing")}, fresh).json();
    CHECK(done.value(QLatin1String("imported")).toInt() == rows);
    CHECK_FALSE(done.value(QLatin1String("addedPeople")).toArray().isEmpty());
    // The people now belong to the catalogue, and the trail says who added them and why.
    const QString someone = done.value(QLatin1String("addedPeople")).toArray().at(0).toString();
    CHECK(cli.ok({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("people"), QStringLiteral("list"),
                  QStringLiteral("--text"), someone},
                 fresh)
              .json()
              .value(QLatin1String("people"))
              .toArray()
              .size() >= 1);
    cli.ok(words("check"), fresh);
    // Importing the same file again into the same year is refused on its numbers, nothing added.
    CHECK(cli.run(import + QStringList{QStringLiteral("--add-missing")}, fresh).exitCode == 1);
}

TEST_CASE("import says when a file's deadlines lie in another year, and --shift-years moves them")
{
    CliFixture cli;
    cli.demo();
    const QString file = cli.path(QStringLiteral("nam-truoc.csv"));
    writeFile(file, importCsv({task("1", "Vụ Thư ký", "15/03/2025"), task("2", "Vụ Thư ký", "Quý IV/2025")}));

    const CliRun kept = cli.ok(importArgs(file, "2027"));
    CHECK(kept.errText().contains(QStringLiteral("2 nhiệm vụ có thời hạn ngoài năm 2027")));
    CHECK(kept.errText().contains(QStringLiteral("--shift-years")));

    const CliRun moved = cli.ok(importArgs(file, "2028") + QStringList{QStringLiteral("--shift-years")});
    CHECK_FALSE(moved.errText().contains(QStringLiteral("ngoài năm")));
    const QJsonArray tasks = cli.list({QStringLiteral("--year"), QStringLiteral("2028"), QStringLiteral("--owner"),
                                       QStringLiteral("BTK")})
                                 .value(QLatin1String("tasks"))
                                 .toArray();
    QStringList deadlines;
    for (const QJsonValue &t : tasks)
        deadlines << t.toObject().value(QLatin1String("deadline")).toString();
    INFO(deadlines.join(QLatin1Char(' ')).toStdString());
    CHECK(deadlines.contains(QStringLiteral("2028-03-15")));
    CHECK(deadlines.contains(QStringLiteral("2028-12-31")));
}
