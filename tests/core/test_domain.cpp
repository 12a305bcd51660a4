#include "thuky/domain/programme.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <algorithm>

using namespace thuky;
using namespace thuky::domain;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }
} // namespace

TEST_CASE("fold removes tones and folds đ so 'dang' finds 'Đảng'", "[domain][search]")
{
    CHECK(search::fold(u("Đảng")) == u("dang"));
    CHECK(search::fold(u("  Kết   LUẬN ")) == u("ket luan"));
    CHECK(search::fold(u("Ủy ban Thường vụ Quốc hội")) == u("uy ban thuong vu quoc hoi"));
    CHECK(search::fold(u("đường")) == u("duong"));
    // Decomposed input folds the same as composed input.
    CHECK(search::fold(u("Ke\u0302\u0301t")) == u("ket"));
}

TEST_CASE("Vietnamese collation orders letters and tones as the alphabet does", "[domain]")
{
    QStringList words{u("Ư"), u("Đ"), u("ơ"), u("a"), u("ă"), u("â"), u("d"), u("o"), u("ô"), u("e"), u("u"), u("b")};
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return compareVi(a, b) < 0; });
    CHECK(words == QStringList{u("a"), u("ă"), u("â"), u("b"), u("d"), u("Đ"), u("e"), u("o"), u("ô"), u("ơ"), u("u"), u("Ư")});
    QStringList tones{u("má"), u("mạ"), u("ma"), u("mả"), u("mã"), u("mà")};
    std::sort(tones.begin(), tones.end(), [](const QString &a, const QString &b) { return compareVi(a, b) < 0; });
    CHECK(tones == QStringList{u("ma"), u("mà"), u("mả"), u("mã"), u("má"), u("mạ")});
    CHECK(compareVi(u("Đà Nẵng"), u("Điện Biên")) < 0);
    CHECK(compareVi(u("Dương"), u("Đà Nẵng")) < 0);
}

TEST_CASE("dates are written the Decree 30 way", "[domain]")
{
    CHECK(longDate(QDate(2025, 1, 5)) == u("ngày 05 tháng 01 năm 2025"));
    CHECK(longDate(QDate(2025, 2, 28)) == u("ngày 28 tháng 02 năm 2025"));
    CHECK(longDate(QDate(2025, 6, 29)) == u("ngày 29 tháng 6 năm 2025"));
    CHECK(longDate(QDate(2025, 12, 1)) == u("ngày 01 tháng 12 năm 2025"));
    CHECK(shortDate(QDate(2025, 3, 9)) == u("09/03/2025"));
    CHECK(parseDate(u("9/3/2025")) == QDate(2025, 3, 9));
    CHECK(parseDate(u("2025-03-09")) == QDate(2025, 3, 9));
    CHECK_FALSE(parseDate(u("31/02/2025")).isValid());
    CHECK_FALSE(parseDate(u("hôm qua")).isValid());
}

TEST_CASE("Roman numerals round-trip and reject non-canonical forms", "[domain]")
{
    CHECK(toRoman(4) == u("IV"));
    CHECK(toRoman(1999) == u("MCMXCIX"));
    CHECK(fromRoman(u("xiv")) == 14);
    CHECK(fromRoman(u("IIII")) == 0);
    CHECK(fromRoman(u("1")) == 0);
    CHECK(toRoman(0).isEmpty());
}

TEST_CASE("periods parse what people type and end on the right day", "[domain]")
{
    auto p = Period::parse(u("Tháng 2"), 2024);
    REQUIRE(p);
    CHECK(p->deadline() == QDate(2024, 2, 29));
    CHECK(p->label() == u("Tháng 2/2024"));
    CHECK(Period::parse(u("Quý II/2025"), 2024)->deadline() == QDate(2025, 6, 30));
    CHECK(Period::parse(u("q4"), 2025)->deadline() == QDate(2025, 12, 31));
    CHECK(Period::parse(u("T11/2025"), 2024)->deadline() == QDate(2025, 11, 30));
    CHECK(Period::parse(u("Năm 2025"), 2024)->deadline() == QDate(2025, 12, 31));
    CHECK(Period::parse(u("Cả năm"), 2026)->deadline() == QDate(2026, 12, 31));
    CHECK(Period::parse(u("15/03/2025"), 2024)->label() == u("15/03/2025"));
    CHECK_FALSE(Period::parse(u("Tháng 13"), 2025));
    CHECK_FALSE(Period::parse(u("Quý V"), 2025));
    CHECK_FALSE(Period::parse(u("sớm nhất có thể"), 2025));
    for (const Period &each : {Period::ofDate(QDate(2025, 3, 15)), Period::ofMonth(2025, 3), Period::ofQuarter(2025, 2),
                               Period::ofYear(2025)}) {
        const auto back = Period::fromKey(each.key());
        REQUIRE(back);
        CHECK(back->label() == each.label());
        CHECK(Period::parse(each.label(), 1999)->key() == each.key());
    }
}

TEST_CASE("timeliness is computed from deadline, completion and today", "[domain]")
{
    const QDate deadline(2025, 6, 30);
    SECTION("unfinished")
    {
        CHECK(computeTimeliness(TaskStatus::InProgress, deadline, {}, QDate(2025, 6, 1)) == Timeliness::OnTrack);
        CHECK(computeTimeliness(TaskStatus::InProgress, deadline, {}, QDate(2025, 6, 22)) == Timeliness::OnTrack);
        CHECK(computeTimeliness(TaskStatus::InProgress, deadline, {}, QDate(2025, 6, 23)) == Timeliness::DueSoon);
        CHECK(computeTimeliness(TaskStatus::NotStarted, deadline, {}, deadline) == Timeliness::DueSoon);
        CHECK(computeTimeliness(TaskStatus::NotStarted, deadline, {}, QDate(2025, 7, 1)) == Timeliness::Overdue);
        CHECK(computeTimeliness(TaskStatus::Postponed, deadline, {}, QDate(2026, 1, 1)) == Timeliness::Overdue);
        CHECK(computeTimeliness(TaskStatus::InProgress, deadline, {}, QDate(2025, 6, 20), 14) == Timeliness::DueSoon);
        CHECK(computeTimeliness(TaskStatus::InProgress, {}, {}, QDate(2025, 6, 20)) == Timeliness::NoDeadline);
    }
    SECTION("done")
    {
        CHECK(computeTimeliness(TaskStatus::Done, deadline, deadline, QDate(2025, 8, 1)) == Timeliness::DoneOnTime);
        CHECK(computeTimeliness(TaskStatus::Done, deadline, QDate(2025, 7, 1), QDate(2025, 8, 1)) == Timeliness::DoneLate);
        CHECK(isLate(Timeliness::DoneLate));
        CHECK_FALSE(isLate(Timeliness::DueSoon));
    }
    SECTION("across a year boundary")
    {
        const QDate newYearsEve(2025, 12, 31);
        CHECK(computeTimeliness(TaskStatus::InProgress, newYearsEve, {}, QDate(2026, 1, 1)) == Timeliness::Overdue);
        CHECK(computeTimeliness(TaskStatus::InProgress, QDate(2026, 1, 2), {}, QDate(2025, 12, 30)) == Timeliness::DueSoon);
    }
}

TEST_CASE("status words are read in Vietnamese, without tones, or in English", "[domain]")
{
    CHECK(parseTaskStatus(u("Đang thực hiện")) == TaskStatus::InProgress);
    CHECK(parseTaskStatus(u("dang thuc hien")) == TaskStatus::InProgress);
    CHECK(parseTaskStatus(u("done")) == TaskStatus::Done);
    CHECK(parseTaskStatus(u("Đề nghị điều chỉnh")) == TaskStatus::AdjustmentRequested);
    CHECK_FALSE(parseTaskStatus(u("xong rồi")));
}

TEST_CASE("task validation names the field at fault", "[domain]")
{
    Task t;
    t.number = u("1");
    t.content = u("Chuẩn bị phiên họp");
    t.leadUnitId = 14;
    t.period = Period::ofMonth(2025, 3);
    CHECK(validateTask(t).ok());
    Task bad = t;
    bad.number = u("1.a");
    CHECK(validateTask(bad).error().detail == u("number"));
    bad = t;
    bad.content = u("   ");
    CHECK(validateTask(bad).error().detail == u("content"));
    bad = t;
    bad.leadUnitId = 0;
    CHECK(validateTask(bad).error().detail == u("leadUnit"));
    bad = t;
    bad.progress = 120;
    CHECK(validateTask(bad).error().detail == u("progress"));
    bad = t;
    bad.period = {};
    CHECK(validateTask(bad).error().detail == u("period"));
    Task heading;
    heading.number = u("II");
    heading.content = u("Công tác giám sát");
    CHECK(heading.isSection());
    CHECK(validateTask(heading).ok());
    CHECK(sortKeySegment(u("II")) > sortKeySegment(u("I")));
    CHECK(sortKeySegment(u("1.10")) > sortKeySegment(u("1.9")));
}
