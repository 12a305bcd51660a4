// The meeting calendar going out and coming in: iCalendar round trips (stable UIDs, no
// duplicates on a second import, nothing written on a refusal) and the printed programme
// and reminder lists.

#include "test_support.h"

#include "thuky/documents/ics.h"
#include "thuky/services/meeting_exchange.h"
#include "thuky/services/meeting_service.h"
#include "thuky/storage/database.h"

using namespace thuky;
using namespace thuky::domain;
using thuky::test::actor;
using thuky::test::agencyId;
using thuky::test::ok;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

struct Fixture
{
    std::unique_ptr<services::Workspace> ws = thuky::test::workspace();
    services::MeetingService &svc = ws->meetings();
    services::MeetingExchange &exchange = ws->meetingExchange();

    Meeting meeting(int number, QList<MeetingPhase> phases, MeetingKind kind = MeetingKind::Regular)
    {
        Meeting m;
        m.term = 15;
        m.number = number;
        m.kind = kind;
        m.phases = phases;
        return ok(svc.createMeeting(actor(), m));
    }

    MeetingEvent event(const char *title, QDate day, QTime from, QTime to, const char *venue)
    {
        MeetingEvent e;
        e.title = QString::fromUtf8(title);
        e.kind = EventKind::WorkingSession;
        e.startDay = e.endDay = day;
        e.startTime = from;
        e.endTime = to;
        e.venue = QString::fromUtf8(venue);
        return ok(svc.addEvent(actor(), e));
    }

    std::int64_t rows(const char *table)
    {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        return ok(ws->db().queryInt(sql.constData())).value_or(0);
    }
};

QStringList textsOf(const documents::RichDocument &doc)
{
    QStringList out;
    for (const auto &block : doc.blocks) {
        if (const auto *p = std::get_if<documents::Paragraph>(&block))
            out.append(p->text());
        else if (const auto *t = std::get_if<documents::RichTable>(&block))
            for (const auto &row : t->rows)
                for (const auto &cell : row.cells)
                    for (const auto &p : cell.paragraphs)
                        out.append(p.text());
    }
    return out;
}

} // namespace

TEST_CASE("meeting UIDs name the term, the number and the phase, and read back", "[meeting][ics]")
{
    using services::MeetingExchange;
    CHECK(MeetingExchange::meetingUid(15, 40, 2) == QStringLiteral("phien-hop-k15-40-dot2@thuky"));
    const auto uid =
        MeetingExchange::parseMeetingUid(QStringLiteral("phien-hop-k15-40-dot2@thuky"));
    REQUIRE(uid);
    CHECK(uid->term == 15);
    CHECK(uid->number == 40);
    CHECK(uid->phase == 2);
    CHECK_FALSE(MeetingExchange::parseMeetingUid(QStringLiteral("phien-hop-k15-40-dot0@thuky")));
    CHECK_FALSE(MeetingExchange::parseMeetingUid(QStringLiteral("abc@outlook.com")));
}

TEST_CASE("a year's calendar goes to iCalendar and into an empty database as it was, twice adds "
          "nothing",
          "[meeting][ics]")
{
    Fixture source;
    const Meeting regular = source.meeting(45, {{d(2025, 6, 10), d(2025, 6, 12)}});
    const Meeting twoPhases =
        source.meeting(46, {{d(2025, 7, 14), d(2025, 7, 15)}, {d(2025, 7, 21), d(2025, 7, 22)}},
                       MeetingKind::Thematic);
    const MeetingEvent talk = source.event("Làm việc với Bộ Tư pháp", d(2025, 6, 18), QTime(8, 30),
                                           QTime(11, 30), "Phòng họp số 3");
    const auto events = ok(source.exchange.icsEvents(actor(), d(2025, 1, 1), d(2025, 12, 31)));
    REQUIRE(events.size() == 4); // three phases and the event
    CHECK(events[0].uid == QStringLiteral("phien-hop-k15-45-dot1@thuky"));
    CHECK(events[0].allDay);
    CHECK(events[0].summary.contains(QStringLiteral("Phiên họp thứ 45")));
    CHECK(events[0].location == regular.venue);
    const QByteArray file = documents::writeIcs(events, QStringLiteral("-//VPQH//Thuky//VI"));

    Fixture target;
    const auto read = ok(documents::readIcs(file, QStringLiteral("lich.ics")));
    const auto first = ok(target.exchange.importIcs(actor(), read));
    CHECK(first.meetingsAdded == 2);
    CHECK(first.eventsAdded == 1);

    const Meeting copy = ok(target.svc.meetingByNumber(actor(), 15, 46));
    CHECK(copy.phases == twoPhases.phases);
    CHECK(copy.kind == MeetingKind::Thematic);
    CHECK(copy.venue == twoPhases.venue);
    const auto range = ok(target.svc.calendar(actor(), d(2025, 6, 18), d(2025, 6, 18)));
    REQUIRE(range.events.size() == 1);
    CHECK(range.events[0].title == talk.title);
    CHECK(range.events[0].startTime == QTime(8, 30));
    CHECK(range.events[0].endTime == QTime(11, 30));
    CHECK(range.events[0].venue == talk.venue);
    CHECK(range.events[0].uid == talk.uid);

    // The same file again: nothing added, nothing changed.
    const auto meetingsBefore = target.rows("meetings");
    const auto again = ok(target.exchange.importIcs(actor(), read));
    CHECK(again.meetingsAdded + again.eventsAdded + again.meetingsUpdated + again.eventsUpdated ==
          0);
    CHECK(again.unchanged == 3);
    CHECK(target.rows("meetings") == meetingsBefore);
    CHECK(target.rows("meeting_events") == 1);

    // Back into the database it came from: its own UIDs, so nothing is added either.
    const auto home = ok(source.exchange.importIcs(actor(), read));
    CHECK(home.meetingsAdded + home.eventsAdded == 0);
}

TEST_CASE("an event moved in Outlook updates the one Thuky has, by its UID", "[meeting][ics]")
{
    Fixture fx;
    const MeetingEvent e = fx.event("Hội nghị toàn quốc", d(2025, 6, 18), QTime(8, 0), QTime(17, 0),
                                    "Hội trường Diên Hồng");
    auto events = ok(fx.exchange.icsEvents(actor(), d(2025, 6, 1), d(2025, 6, 30)));
    REQUIRE(events.size() == 1);
    events[0].start = events[0].start.addDays(1);
    events[0].end = events[0].end.addDays(1);
    const auto outcome = ok(fx.exchange.importIcs(actor(), events));
    CHECK(outcome.eventsUpdated == 1);
    CHECK(ok(fx.svc.event(actor(), e.id)).startDay == d(2025, 6, 19));
    CHECK(fx.rows("meeting_events") == 1);
}

TEST_CASE("events from other calendars: all-day, UTC times and new UIDs become other events",
          "[meeting][ics]")
{
    Fixture fx;
    const QByteArray outlook =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
        "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E008@outlook\r\nSUMMARY:Đoàn công tác "
        "tại Đà Nẵng\r\nDTSTART;VALUE=DATE:20250623\r\nDTEND;VALUE=DATE:20250626\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:abc-1@thunderbird\r\nSUMMARY:Họp giao ban\r\nLOCATION:Phòng 201\r\n"
        "DTSTART:20250616T013000Z\r\nDTEND:20250616T030000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const auto events = ok(documents::readIcs(outlook, QStringLiteral("outlook.ics")));
    const auto outcome = ok(fx.exchange.importIcs(actor(), events));
    CHECK(outcome.eventsAdded == 2);
    const auto range = ok(fx.svc.calendar(actor(), d(2025, 6, 16), d(2025, 6, 30)));
    REQUIRE(range.events.size() == 2);
    CHECK(range.events[0].title == QStringLiteral("Họp giao ban"));
    CHECK(range.events[0].startTime == QTime(8, 30)); // 01:30 UTC is 08:30 in Hà Nội
    CHECK(range.events[0].endTime == QTime(10, 0));
    CHECK(range.events[1].startDay == d(2025, 6, 23));
    CHECK(range.events[1].endDay == d(2025, 6, 25)); // DTEND is the day after
    CHECK(range.events[1].startTime == QTime(0, 0));

    // Exported again, the all-day event stays all-day with its UID.
    const auto out = ok(fx.exchange.icsEvents(actor(), d(2025, 6, 16), d(2025, 6, 30)));
    REQUIRE(out.size() == 2);
    CHECK(out[1].allDay);
    CHECK(out[1].uid == QStringLiteral("040000008200E00074C5B7101A82E008@outlook"));
}

TEST_CASE("an import that fails on one event writes none of them", "[meeting][ics]")
{
    Fixture fx;
    documents::IcsEvent good;
    good.uid = QStringLiteral("good@x");
    good.summary = QStringLiteral("Làm việc");
    good.allDay = true;
    good.startDate = good.endDate = d(2025, 6, 16);
    documents::IcsEvent meetingOfUnknownTerm = good;
    meetingOfUnknownTerm.uid = services::MeetingExchange::meetingUid(9, 3, 1);
    meetingOfUnknownTerm.summary = QStringLiteral("Phiên họp thứ 3");
    auto refused = fx.exchange.importIcs(actor(), {good, meetingOfUnknownTerm});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.vi.contains(QStringLiteral("khóa IX")));
    CHECK(refused.error().message.vi.contains(QStringLiteral("Phiên họp thứ 3")));
    CHECK(fx.rows("meeting_events") == 0);
    CHECK(fx.rows("meetings") == 0);

    documents::IcsEvent tooLong = good;
    tooLong.uid = QStringLiteral("long@x");
    tooLong.endDate = d(2025, 9, 30);
    REQUIRE_FALSE(fx.exchange.importIcs(actor(), {good, tooLong}));
    CHECK(fx.rows("meeting_events") == 0);

    const Actor viewer{9, QStringLiteral("xem"), QStringLiteral("Người xem"), {Role::Viewer}};
    auto denied = fx.exchange.importIcs(viewer, {good});
    REQUIRE_FALSE(denied);
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("a meeting's programme lists its contents by day with their agencies",
          "[meeting][documents]")
{
    Fixture fx;
    const Meeting m = fx.meeting(45, {{d(2025, 6, 10), d(2025, 6, 11)}});
    MeetingContent law;
    law.meetingId = m.id;
    law.title = QStringLiteral("Cho ý kiến về dự án Luật Đất đai (sửa đổi)");
    law.presentingAgencyId = agencyId(*fx.ws, "CP");
    law.reviewingAgencyId = agencyId(*fx.ws, "UBPLTP");
    law.plannedDay = d(2025, 6, 10);
    law.halfDay = HalfDay::Morning;
    RequiredDocument submission;
    submission.kind = DocumentKind::Submission;
    submission.responsibleAgencyId = law.presentingAgencyId;
    ok(fx.svc.addContent(actor(), law, {submission}));

    const auto programme = ok(fx.exchange.programme(actor(), m.id));
    const QString text = textsOf(programme).join(u'\n');
    CHECK(text.contains(QStringLiteral("CHƯƠNG TRÌNH")));
    CHECK(
        text.contains(QStringLiteral("Phiên họp thứ 45 của Ủy ban Thường vụ Quốc hội (khóa XV)")));
    CHECK(text.contains(QStringLiteral("1. Cho ý kiến về dự án Luật Đất đai (sửa đổi)")));
    CHECK(text.contains(QStringLiteral("10/06/2025")));
    CHECK_FALSE(text.contains(QStringLiteral("Số:"))); // a working paper carries no number

    // Today is 16 June 2025 in tests: the submission was due before the meeting and is late.
    const auto reminders = ok(fx.exchange.reminders(actor(), m.id));
    const QString owed = textsOf(reminders).join(u'\n');
    CHECK(owed.contains(QStringLiteral("DANH SÁCH TÀI LIỆU CẦN GỬI")));
    CHECK(owed.contains(QStringLiteral("Kính gửi:")));
    CHECK(owed.contains(documentKindLabel(DocumentKind::Submission)));
    CHECK(owed.contains(QStringLiteral("Cho ý kiến về dự án Luật Đất đai (sửa đổi)")));
}
