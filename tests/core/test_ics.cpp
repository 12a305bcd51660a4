// iCalendar: round trip, what Outlook and Thunderbird export, and the refusals with the line.

#include "thuky/documents/ics.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTimeZone>

using namespace thuky;
using namespace thuky::documents;

namespace {

QDateTime vietnam(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(7 * 3600));
}

QList<IcsEvent> sampleEvents()
{
    IcsEvent meeting;
    meeting.uid = QStringLiteral("meeting-40@thuky.vpqh");
    meeting.summary = QStringLiteral("Phiên họp thứ 40 của Ủy ban Thường vụ Quốc hội");
    meeting.description = QStringLiteral(
        "Nội dung: cho ý kiến về dự án Luật Tổ chức chính quyền đô thị; dự án Luật sửa đổi, bổ "
        "sung một số điều của Luật Ngân sách nhà nước.\nCơ quan trình: Chính phủ, Bộ Tư pháp; "
        "thẩm tra: Ủy ban Pháp luật và Tư pháp. Dấu \\ gạch chéo.");
    meeting.location = QStringLiteral("Phòng họp Tân Trào, Nhà Quốc hội");
    meeting.categories = {QStringLiteral("Phiên họp UBTVQH"), QStringLiteral("Thường kỳ, tháng 2")};
    meeting.start = vietnam(2025, 2, 10, 8, 0).toUTC();
    meeting.end = vietnam(2025, 2, 10, 11, 30).toUTC();
    meeting.lastModified = QDateTime(QDate(2025, 1, 20), QTime(9, 15, 7), Qt::UTC);
    meeting.sequence = 3;
    meeting.status = QStringLiteral("CONFIRMED");

    IcsEvent session;
    session.uid = QStringLiteral("session-9@thuky.vpqh");
    session.summary = QStringLiteral("Kỳ họp thứ Chín, Quốc hội khóa XV");
    session.allDay = true;
    session.startDate = QDate(2025, 5, 5);
    session.endDate = QDate(2025, 6, 27);
    session.status = QStringLiteral("TENTATIVE");
    session.lastModified = QDateTime(QDate(2025, 1, 2), QTime(0, 0), Qt::UTC);

    IcsEvent oneDay;
    oneDay.uid = QStringLiteral("day@thuky.vpqh");
    oneDay.summary = QStringLiteral("Hội nghị; toàn quốc, trực tuyến");
    oneDay.allDay = true;
    oneDay.startDate = QDate(2025, 3, 14);
    oneDay.endDate = QDate(2025, 3, 14);
    oneDay.lastModified = QDateTime(QDate(2025, 1, 2), QTime(0, 0), Qt::UTC);
    return {meeting, session, oneDay};
}

QString errorText(const Result<QList<IcsEvent>> &result)
{
    return result ? QString() : result.error().message.en;
}

const QByteArray kOutlook =
    "BEGIN:VCALENDAR\r\n"
    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
    "VERSION:2.0\r\n"
    "METHOD:PUBLISH\r\n"
    "X-MS-OLK-FORCEINSPECTOROPEN:TRUE\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:SE Asia Standard Time\r\n"
    "BEGIN:STANDARD\r\n"
    "DTSTART:16010101T000000\r\n"
    "TZOFFSETFROM:+0700\r\n"
    "TZOFFSETTO:+0700\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"
    "CLASS:PUBLIC\r\n"
    "CREATED:20250105T020000Z\r\n"
    "DESCRIPTION:Làm việc với Bộ Tư pháp về hồ sơ dự án Luật\\, chuẩn bị cho phiê\r\n"
    " n họp tháng 2.\\n\r\n"
    "DTEND;TZID=\"SE Asia Standard Time\":20250115T163000\r\n"
    "DTSTAMP:20250105T020000Z\r\n"
    "DTSTART;TZID=\"SE Asia Standard Time\":20250115T140000\r\n"
    "LAST-MODIFIED:20250105T020000Z\r\n"
    "LOCATION:Phòng 301\\, Nhà Quốc hội\r\n"
    "PRIORITY:5\r\n"
    "SEQUENCE:0\r\n"
    "SUMMARY;LANGUAGE=vi:Làm việc với Bộ Tư pháp\r\n"
    "TRANSP:OPAQUE\r\n"
    "UID:040000008200E00074C5B7101A82E00800000000D0C1\r\n"
    "BEGIN:VALARM\r\n"
    "TRIGGER:-PT15M\r\n"
    "ACTION:DISPLAY\r\n"
    "DESCRIPTION:Reminder\r\n"
    "END:VALARM\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "DTSTART;VALUE=DATE:20250128\r\n"
    "DTEND;VALUE=DATE:20250203\r\n"
    "SUMMARY:Nghỉ Tết Nguyên đán\r\n"
    "UID:040000008200E00074C5B7101A82E00800000000D0C2\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n";

const QByteArray kThunderbird = "\xEF\xBB\xBF"
                                "BEGIN:VCALENDAR\n"
                                "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\n"
                                "VERSION:2.0\n"
                                "BEGIN:VTIMEZONE\n"
                                "TZID:Asia/Ho_Chi_Minh\n"
                                "X-LIC-LOCATION:Asia/Ho_Chi_Minh\n"
                                "BEGIN:STANDARD\n"
                                "TZOFFSETFROM:+0700\n"
                                "TZOFFSETTO:+0700\n"
                                "TZNAME:+07\n"
                                "DTSTART:19700101T000000\n"
                                "END:STANDARD\n"
                                "END:VTIMEZONE\n"
                                "BEGIN:VEVENT\n"
                                "CREATED:20250101T010000Z\n"
                                "LAST-MODIFIED:20250101T010500Z\n"
                                "DTSTAMP:20250101T010500Z\n"
                                "UID:6b1f7c2e-2f4e-4a53-9d7c-0a1b2c3d4e5f\n"
                                "SUMMARY:Họp giao ban Vụ Thư ký\n"
                                "CATEGORIES:Giao ban,Nội bộ\n"
                                "RRULE:FREQ=WEEKLY;BYDAY=MO\n"
                                "DTSTART;TZID=Asia/Ho_Chi_Minh:20250106T080000\n"
                                "DTEND;TZID=Asia/Ho_Chi_Minh:20250106T090000\n"
                                "END:VEVENT\n"
                                "BEGIN:VEVENT\n"
                                "UID:6b1f7c2e-2f4e-4a53-9d7c-0a1b2c3d4e5f\n"
                                "RECURRENCE-ID;TZID=Asia/Ho_Chi_Minh:20250113T080000\n"
                                "DTSTART;TZID=Asia/Ho_Chi_Minh:20250113T100000\n"
                                "DTEND;TZID=Asia/Ho_Chi_Minh:20250113T110000\n"
                                "SUMMARY:Họp giao ban (dời giờ)\n"
                                "END:VEVENT\n"
                                "BEGIN:VEVENT\n"
                                "UID:utc-event\n"
                                "DTSTART:20250120T010000Z\n"
                                "DURATION:PT2H\n"
                                "SUMMARY:Sự kiện giờ UTC\n"
                                "END:VEVENT\n"
                                "BEGIN:VEVENT\n"
                                "UID:windows-zone\n"
                                "DTSTART;TZID=Tokyo Standard Time:20250120T100000\n"
                                "SUMMARY:Giờ Tokyo theo tên của Windows\n"
                                "END:VEVENT\n"
                                "END:VCALENDAR\n";

/// A minimal calendar around the lines of one VEVENT.
QByteArray calendar(const QByteArray &eventLines)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nBEGIN:VEVENT\r\n" + eventLines +
           "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

} // namespace

TEST_CASE("ICS round trip: written events read back the same", "[documents][ics]")
{
    const QList<IcsEvent> events = sampleEvents();
    const QByteArray bytes = writeIcs(events, QStringLiteral("-//VPQH//Thuky 0.1//VI"));
    CHECK(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(bytes.contains("PRODID:-//VPQH//Thuky 0.1//VI\r\n"));
    CHECK(bytes.contains("VERSION:2.0\r\n"));
    CHECK(bytes.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n"));
    CHECK(bytes.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20250210T080000\r\n"));
    CHECK(bytes.contains("DTSTART;VALUE=DATE:20250505\r\n"));
    CHECK(bytes.contains("DTEND;VALUE=DATE:20250628\r\n")); // the day after the last
    CHECK(bytes.contains("LAST-MODIFIED:20250120T091507Z\r\n"));

    // Every line ends in CRLF, is at most 75 octets and is whole UTF-8.
    const QList<QByteArray> lines = bytes.split('\n');
    CHECK(lines.last().isEmpty());
    bool folded = false;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        INFO(line.toStdString());
        REQUIRE(line.endsWith('\r'));
        CHECK(line.size() - 1 <= 75);
        CHECK(QString::fromUtf8(line).toUtf8() == line); // no character cut in two
        folded = folded || line.startsWith(' ');
    }
    CHECK(folded);

    auto read = readIcs(bytes, QStringLiteral("lich.ics"));
    INFO(errorText(read).toStdString());
    REQUIRE(read);
    REQUIRE(read->size() == events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        INFO(events[i].uid.toStdString());
        CHECK(read->at(i).summary == events[i].summary);
        CHECK(read->at(i).description == events[i].description);
        CHECK(read->at(i).categories == events[i].categories);
        CHECK(read->at(i) == events[i]);
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lich.ics"));
    REQUIRE(writeIcsFile(events, QStringLiteral("Thuky"), path));
    auto fromFile = readIcsFile(path);
    REQUIRE(fromFile);
    CHECK(*fromFile == events);
}

TEST_CASE("ICS from Outlook: Windows zone with its VTIMEZONE, folded lines, all-day dates",
          "[documents][ics]")
{
    auto read = readIcs(kOutlook, QStringLiteral("outlook.ics"));
    INFO(errorText(read).toStdString());
    REQUIRE(read);
    REQUIRE(read->size() == 2);
    const IcsEvent &work = read->at(0);
    CHECK(work.summary == QStringLiteral("Làm việc với Bộ Tư pháp"));
    CHECK(work.description ==
          QStringLiteral("Làm việc với Bộ Tư pháp về hồ sơ dự án Luật, chuẩn bị cho phiên họp "
                         "tháng 2.\n"));
    CHECK(work.location == QStringLiteral("Phòng 301, Nhà Quốc hội"));
    CHECK(work.start == QDateTime(QDate(2025, 1, 15), QTime(7, 0), Qt::UTC));
    CHECK(work.end == QDateTime(QDate(2025, 1, 15), QTime(9, 30), Qt::UTC));
    CHECK_FALSE(work.allDay);
    const IcsEvent &tet = read->at(1);
    CHECK(tet.allDay);
    CHECK(tet.startDate == QDate(2025, 1, 28));
    CHECK(tet.endDate == QDate(2025, 2, 2));
}

TEST_CASE("ICS from Thunderbird: LF, BOM, IANA zone, categories, durations, a moved occurrence",
          "[documents][ics]")
{
    auto read = readIcs(kThunderbird, QStringLiteral("thunderbird.ics"));
    INFO(errorText(read).toStdString());
    REQUIRE(read);
    REQUIRE(read->size() == 3); // the moved occurrence (RECURRENCE-ID) is left out
    const IcsEvent &weekly = read->at(0);
    CHECK(weekly.start == QDateTime(QDate(2025, 1, 6), QTime(1, 0), Qt::UTC));
    CHECK(weekly.categories == QStringList{QStringLiteral("Giao ban"), QStringLiteral("Nội bộ")});
    CHECK(weekly.recurrence == QStringLiteral("FREQ=WEEKLY;BYDAY=MO"));
    CHECK(weekly.lastModified == QDateTime(QDate(2025, 1, 1), QTime(1, 5), Qt::UTC));
    const IcsEvent &utc = read->at(1);
    CHECK(utc.end == QDateTime(QDate(2025, 1, 20), QTime(3, 0), Qt::UTC));
    const IcsEvent &tokyo = read->at(2);
    CHECK(tokyo.start == QDateTime(QDate(2025, 1, 20), QTime(1, 0), Qt::UTC));
    CHECK(tokyo.end == tokyo.start);
}

TEST_CASE("ICS without a UID gets one from its start and summary, the same each time",
          "[documents][ics]")
{
    const QByteArray bytes = calendar("DTSTART:20250110T080000\r\nSUMMARY:Họp\r\n");
    auto first = readIcs(bytes, QStringLiteral("a.ics"));
    auto second = readIcs(bytes, QStringLiteral("a.ics"));
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->at(0).uid.startsWith(QStringLiteral("thuky-")));
    CHECK(first->at(0).uid == second->at(0).uid);
    // Floating times are Vietnam's.
    CHECK(first->at(0).start == QDateTime(QDate(2025, 1, 10), QTime(1, 0), Qt::UTC));
    auto other = readIcs(calendar("DTSTART:20250110T080000\r\nSUMMARY:Họp khác\r\n"),
                         QStringLiteral("b.ics"));
    REQUIRE(other);
    CHECK(other->at(0).uid != first->at(0).uid);
}

TEST_CASE("Malformed ICS is refused whole, naming the line and the property", "[documents][ics]")
{
    const auto refused = [](const QByteArray &bytes, const char *expected,
                            const IcsReadLimits &limits = {}) {
        auto read = readIcs(bytes, QStringLiteral("bad.ics"), limits);
        INFO(bytes.toStdString());
        REQUIRE_FALSE(read);
        CHECK(read.error().code == ErrorCode::InvalidInput);
        INFO(read.error().message.en.toStdString());
        CHECK(read.error().message.en.contains(QString::fromUtf8(expected)));
        CHECK(read.error().message.vi.contains(QStringLiteral("bad.ics")));
        CHECK(read.error().message.en.contains(QStringLiteral("bad.ics")));
    };
    SECTION("an unterminated VEVENT names its BEGIN line")
    {
        refused("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                "DTSTART:20250101T080000Z\r\nEND:VCALENDAR\r\n",
                "line 6: END:VCALENDAR does not match (expected END:VEVENT)");
        refused("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n",
                "line 3: BEGIN:VEVENT is never closed");
    }
    SECTION("a bad DTSTART")
    {
        refused(calendar("UID:a\r\nDTSTART:20251301T080000\r\n"), "line 6: invalid DTSTART");
        refused(calendar("UID:a\r\nDTSTART:2025-01-01\r\n"), "line 6: invalid DTSTART");
        refused(calendar("UID:a\r\nDTSTART;VALUE=DATE:20250101T080000\r\n"), "invalid DTSTART");
    }
    SECTION("other bad values")
    {
        refused(calendar("UID:a\r\n"), "line 4: the event (VEVENT) has no DTSTART");
        refused(calendar("UID:a\r\nDTSTART;TZID=Mars/Olympus:20250101T080000\r\n"),
                "line 6: invalid DTSTART property: unknown time zone \"Mars/Olympus\"");
        refused(calendar("UID:a\r\nDTSTART:20250102T080000Z\r\nDTEND:20250101T080000Z\r\n"),
                "line 7: invalid DTEND property: it ends before it starts");
        refused(calendar("UID:a\r\nDTSTART:20250102T080000Z\r\nDURATION:soon\r\n"),
                "line 7: invalid DURATION");
        refused(calendar("UID:a\r\nDTSTART:20250102T080000Z\r\nSEQUENCE:-1\r\n"),
                "line 7: invalid SEQUENCE");
        refused(calendar("UID:a\r\nDTSTART:20250102T080000Z\r\nSTATUS:DONE\r\n"),
                "line 7: invalid STATUS");
        refused(calendar("UID:a\r\nDTSTART:20250102T080000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
                         "UID:a\r\nDTSTART:20250102T080000Z\r\n"),
                "line 9: UID \"a\" is already used by the event at line 5");
    }
    SECTION("lines that are not iCalendar")
    {
        refused(calendar("UID:a\r\nDTSTART:20250102T080000Z\r\nthis is not a property\r\n"),
                "line 7: the line is not an iCalendar line");
        refused(calendar("UID:a\r\nDTSTART:20250102T080000Z\r\nSUMMARY:\xC3\x28\r\n"),
                "line 7: the line is not UTF-8");
        refused(calendar("UID:a\r\nDTSTART:20250102T080000Z\r\nSUMMARY:a\x01z\r\n"),
                "line 7: the line holds a control character");
        refused("SUMMARY:x\r\n", "line 1: the line lies outside BEGIN:VCALENDAR");
        refused(" folded\r\n", "line 1: a continuation line");
        refused("", "the file is empty");
        refused("BEGIN:VTODO\r\nEND:VTODO\r\n", "must start with BEGIN:VCALENDAR");
    }
    SECTION("limits")
    {
        IcsReadLimits limits;
        limits.maxEvents = 1;
        refused(calendar("UID:a\r\nDTSTART:20250102T080000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
                         "UID:b\r\nDTSTART:20250102T080000Z\r\n"),
                "line 8: too many events", limits);
        limits = {};
        limits.maxLineBytes = 100;
        refused(calendar("UID:a\r\nDTSTART:20250102T080000Z\r\nDESCRIPTION:" + QByteArray(60, 'x') +
                         "\r\n " + QByteArray(60, 'y') + "\r\n"),
                "line 7: the line is longer than 100 bytes", limits);
        limits = {};
        limits.maxFileBytes = 50;
        refused(calendar("UID:a\r\nDTSTART:20250102T080000Z\r\n"), "larger than", limits);
        limits = {};
        limits.maxDepth = 3;
        refused(calendar("UID:a\r\nDTSTART:20250102T080000Z\r\nBEGIN:VALARM\r\nBEGIN:X\r\n"
                         "END:X\r\nEND:VALARM\r\n"),
                "line 8: components are nested more than 3 deep", limits);
    }
    SECTION("a time zone rule libical would iterate for ever")
    {
        refused("BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:X\r\nBEGIN:STANDARD\r\n"
                "DTSTART:00010101T000000\r\nRRULE:FREQ=SECONDLY\r\nTZOFFSETFROM:+0700\r\n"
                "TZOFFSETTO:+0700\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n",
                "line 2: the time zone \"X\" has an RRULE that is not yearly");
    }
}
