// What services store of the text they are given: no invisible characters.

#include "test_support.h"

#include "thuky/domain/text.h"
#include "thuky/services/account_service.h"

using namespace thuky;
using domain::cleanText;
using domain::TextKind;

TEST_CASE("cleanText drops control, bidi and zero-width characters", "[domain][text]")
{
    const QString hostile = QStringLiteral("Luật\u202E Đất\u200B đai") + QChar(0) +
                            QStringLiteral("\uFEFF\u2066x\u2069\x1b[31m");
    CHECK(cleanText(hostile) == QStringLiteral("Luật Đất đaix[31m"));
    CHECK(cleanText(QStringLiteral("\u00ADa\u200Db\u200Cc\u2060d")) == QStringLiteral("abcd"));
    CHECK(cleanText(QString(QChar(0xD800)) + QStringLiteral("ok")) ==
          QStringLiteral("ok")); // a lone surrogate
}

TEST_CASE("cleanText keeps Vietnamese text and emoji, and composes it (NFC)", "[domain][text]")
{
    const QString decomposed = QStringLiteral("Ðảng").normalized(QString::NormalizationForm_D);
    CHECK(cleanText(decomposed) == QStringLiteral("Ðảng").normalized(QString::NormalizationForm_C));
    CHECK(cleanText(QStringLiteral("  Nghị quyết số 05/NQ-UBTVQH15 \U0001F4C4 ")) ==
          QStringLiteral("Nghị quyết số 05/NQ-UBTVQH15 \U0001F4C4"));
}

TEST_CASE("cleanText keeps or folds line breaks by the kind of field", "[domain][text]")
{
    const QString text = QStringLiteral("Dòng 1\r\nDòng 2\rDòng 3\nDòng\t4\u2028");
    CHECK(cleanText(text, TextKind::MultiLine) == QStringLiteral("Dòng 1\nDòng 2\nDòng 3\nDòng 4"));
    CHECK(cleanText(text, TextKind::SingleLine) == QStringLiteral("Dòng 1 Dòng 2 Dòng 3 Dòng 4"));
}

TEST_CASE("Task, programme and progress text is cleaned at the service boundary",
          "[services][text]")
{
    auto ws = test::workspace();
    auto programme = test::programme(*ws);
    auto section = test::ok(ws->programmes().addTask(
        test::actor(), test::section(programme.id, "I", "Công tác\u202E lập pháp")));
    CHECK(section.content == QStringLiteral("Công tác lập pháp"));

    domain::Task task =
        test::task(*ws, programme.id, section.id, "1", "Thẩm tra", QDate(2025, 9, 30));
    task.content = QStringLiteral("Thẩm tra") + QChar(0) + QStringLiteral("\u200B dự án Luật");
    task.notes = QStringLiteral("Ghi chú\uFEFF\r\ndòng hai");
    task = test::ok(ws->programmes().addTask(test::actor(), task));
    const domain::Task stored = test::ok(ws->programmes().task(test::actor(), task.id));
    CHECK(stored.content == QStringLiteral("Thẩm tra dự án Luật"));
    CHECK(stored.notes == QStringLiteral("Ghi chú\ndòng hai"));

    domain::ProgressEntry entry;
    entry.taskId = task.id;
    entry.percent = 40;
    entry.note = QStringLiteral("Đã gửi\u202E dự thảo");
    const auto saved =
        test::ok(ws->programmes().recordProgress(test::actor(), entry, std::nullopt));
    CHECK(saved.note == QStringLiteral("Đã gửi dự thảo"));

    domain::Programme p = test::ok(ws->programmes().programme(test::actor(), programme.id));
    p.title = QStringLiteral("Chương trình\u0007 năm 2025");
    CHECK(test::ok(ws->programmes().updateProgramme(test::actor(), p)).title ==
          QStringLiteral("Chương trình năm 2025"));

    domain::Person person;
    person.fullName = QStringLiteral("Nguyễn\u200B Văn A\u202E");
    CHECK(test::ok(ws->reference().addPerson(test::actor(), person)).fullName ==
          QStringLiteral("Nguyễn Văn A"));
}

TEST_CASE("Account names are cleaned like every other text", "[services][text]")
{
    auto ws = test::workspace();
    domain::User u;
    u.userName = QStringLiteral("quantri\u200B");
    u.fullName = QStringLiteral("Quản\u202E trị\u0000 viên");
    u.position = QStringLiteral("Chuyên\tviên");
    u.roles = {domain::Role::Administrator};
    const auto added =
        test::ok(ws->accounts().addUser(test::actor(), u, QStringLiteral("Hanoi2025!")));
    CHECK(added.userName == QStringLiteral("quantri"));
    CHECK(added.fullName == QStringLiteral("Quản trị viên"));
    CHECK(added.position == QStringLiteral("Chuyên viên"));
}
