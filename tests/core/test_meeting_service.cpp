// The meeting calendar's service and repository: round trips, permissions, the audit
// trail, duplicate numbers, due dates, conflicts, readiness and rescheduling.

#include "test_support.h"

#include "thuky/services/audit_service.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/storage/database.h"
#include "thuky/storage/meeting_repository.h"

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

Actor as(Role role)
{
    return Actor{7, QStringLiteral("thu"), QStringLiteral("Thử"), {role}};
}

struct Fixture
{
    std::unique_ptr<services::Workspace> ws = thuky::test::workspace();
    services::MeetingService &svc = ws->meetings();

    Meeting meeting(int number, QDate first, QDate last, int term = 15)
    {
        Meeting m;
        m.term = term;
        m.number = number;
        m.phases = {{first, last}};
        return ok(svc.createMeeting(actor(), m));
    }

    Id person(const char *name)
    {
        Person p;
        p.fullName = QString::fromUtf8(name);
        return ok(ws->reference().addPerson(actor(), p)).id;
    }

    MeetingContent content(Id meetingId, const char *title, QDate day = {})
    {
        MeetingContent c;
        c.meetingId = meetingId;
        c.title = QString::fromUtf8(title);
        c.presentingAgencyId = agencyId(*ws, "CP");
        c.reviewingAgencyId = agencyId(*ws, "UBPLTP");
        c.plannedDay = day;
        return c;
    }

    int auditCount(storage::Entity entity)
    {
        storage::AuditFilter f;
        f.entity = storage::entityKey(entity);
        return ok(ws->audit().count(actor(), f));
    }

    std::int64_t rows(const char *table)
    {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        return ok(ws->db().queryInt(sql.constData())).value_or(0);
    }
};

RequiredDocument document(DocumentKind kind, Id agency, QDate received = {})
{
    RequiredDocument doc;
    doc.kind = kind;
    doc.responsibleAgencyId = agency;
    doc.receivedOn = received;
    return doc;
}

} // namespace

TEST_CASE("a meeting, its contents, documents, invitees and an event read back as written",
          "[meeting][storage]")
{
    Fixture fx;
    const Id chair = fx.person("Trần Thanh Mẫn");
    Meeting m;
    m.term = 15;
    m.number = 40;
    m.kind = MeetingKind::Thematic;
    m.phases = {{d(2025, 6, 10), d(2025, 6, 11)}, {d(2025, 6, 17), d(2025, 6, 18)}};
    m.reserveDays = {d(2025, 6, 19)};
    m.chairId = chair;
    m.notes = QStringLiteral("Họp chuyên đề\nvề pháp luật");
    const Meeting saved = ok(fx.svc.createMeeting(actor(), m));
    const Meeting back = ok(fx.svc.meeting(actor(), saved.id));
    CHECK(back.phases == m.phases);
    CHECK(back.reserveDays == m.reserveDays);
    CHECK(back.kind == MeetingKind::Thematic);
    CHECK(back.chairId == chair);
    CHECK(back.notes == m.notes);
    CHECK(back.venue == QStringLiteral("Phòng họp Tân Trào, Nhà Quốc hội"));

    MeetingContent c = fx.content(saved.id, "Cho ý kiến về dự án Luật Dữ liệu", d(2025, 6, 17));
    c.halfDay = HalfDay::Afternoon;
    c.plannedYear = 2025;
    c.plannedMonth = 6;
    RequiredDocument due = document(DocumentKind::Draft, c.presentingAgencyId);
    due.dueSet = true;
    due.dueDate = d(2025, 6, 2);
    const auto details = ok(
        fx.svc.addContent(actor(), c,
                          {document(DocumentKind::Submission, c.presentingAgencyId, d(2025, 6, 3)),
                           document(DocumentKind::ReviewReport, c.reviewingAgencyId), due},
                          {Invitee{0, agencyId(*fx.ws, "BTP"), 0}, Invitee{0, 0, chair}}));
    CHECK(details.content.position == 1);
    CHECK(details.content.halfDay == HalfDay::Afternoon);
    CHECK(details.content.plannedMonth == 6);
    CHECK(details.presentingAgency == QStringLiteral("Chính phủ"));
    REQUIRE(details.documents.size() == 3);
    // Five working days before 10 June 2025 (a Tuesday): Tuesday 3 June.
    CHECK(details.documents[0].document.dueDate == d(2025, 6, 3));
    CHECK(details.documents[0].state == DocumentState::Received);
    CHECK(details.documents[1].state == DocumentState::Overdue);
    CHECK(details.documents[2].document.dueSet);
    CHECK(details.documents[2].document.dueDate == d(2025, 6, 2));
    REQUIRE(details.invitees.size() == 2);
    CHECK(details.invitees[0].name == QStringLiteral("Bộ Tư pháp"));
    CHECK(details.invitees[1].name == QStringLiteral("Trần Thanh Mẫn"));

    MeetingEvent e;
    e.title = QStringLiteral("Hội nghị đại biểu Quốc hội chuyên trách");
    e.startDay = d(2025, 6, 20);
    e.endDay = d(2025, 6, 21);
    e.startTime = QTime(14, 0);
    e.endTime = QTime(11, 30);
    e.venue = QStringLiteral("Hội trường Diên Hồng");
    e.participants = {Invitee{0, 0, chair}, Invitee{0, agencyId(*fx.ws, "UBKTTC"), 0}};
    const MeetingEvent event = ok(fx.svc.addEvent(actor(), e));
    const MeetingEvent eventBack = ok(fx.svc.event(actor(), event.id));
    CHECK(eventBack.startTime == QTime(14, 0));
    CHECK(eventBack.endDay == d(2025, 6, 21));
    CHECK(eventBack.participants.size() == 2);

    const auto june = ok(fx.svc.calendar(actor(), d(2025, 6, 1), d(2025, 6, 30)));
    REQUIRE(june.meetings.size() == 1);
    CHECK(june.meetings[0].contentCount == 1);
    CHECK(june.events.size() == 1);
    // A range that only touches the second phase still finds the meeting.
    CHECK(ok(fx.svc.calendar(actor(), d(2025, 6, 18), d(2025, 6, 18))).meetings.size() == 1);
    CHECK(ok(fx.svc.calendar(actor(), d(2025, 6, 22), d(2025, 7, 31))).meetings.isEmpty());

    // The service's audit trail agrees with the records.
    const auto check = ok(fx.ws->audit().verify());
    CHECK(check.mismatches.isEmpty());
}

TEST_CASE("a viewer may read the calendar but not change it", "[meeting][permissions]")
{
    Fixture fx;
    const Meeting m = fx.meeting(1, d(2025, 7, 10), d(2025, 7, 11));
    const Actor viewer = as(Role::Viewer);
    CHECK(ok(fx.svc.calendar(viewer, d(2025, 7, 1), d(2025, 7, 31))).meetings.size() == 1);
    Meeting other = m;
    other.id = 0;
    other.number = 2;
    CHECK(fx.svc.createMeeting(viewer, other).error().code == ErrorCode::PermissionDenied);
    CHECK(fx.svc.deleteMeeting(viewer, m.id).error().code == ErrorCode::PermissionDenied);
    CHECK(fx.svc.addContent(viewer, fx.content(m.id, "Nội dung")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(fx.svc.rescheduleMeeting(viewer, m.id, d(2025, 7, 14)).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(fx.svc.setDeadlineRule(as(Role::Drafter), QStringLiteral("documents"), 7, true)
              .error()
              .code == ErrorCode::PermissionDenied);
    CHECK(fx.svc.createMeeting(as(Role::Drafter), other).ok());
}

TEST_CASE("every write leaves an audit entry in its transaction", "[meeting][audit]")
{
    Fixture fx;
    const int meetingsBefore = fx.auditCount(storage::Entity::Meeting);
    const Meeting m = fx.meeting(3, d(2025, 7, 10), d(2025, 7, 11));
    CHECK(fx.auditCount(storage::Entity::Meeting) == meetingsBefore + 1);
    const auto c =
        ok(fx.svc.addContent(actor(), fx.content(m.id, "Cho ý kiến về dự án Luật Thuế"),
                             {document(DocumentKind::Submission, agencyId(*fx.ws, "CP"))}));
    const Id doc = c.documents.first().document.id;
    ok(fx.svc.receiveDocument(actor(), doc, d(2025, 6, 16)));
    ok(fx.svc.addInvitee(actor(), c.content.id, Invitee{0, agencyId(*fx.ws, "BTC"), 0}));
    CHECK(fx.auditCount(storage::Entity::MeetingContent) == 3);
    const auto history =
        ok(fx.ws->audit().history(actor(), storage::Entity::MeetingContent, c.content.id));
    REQUIRE(history.size() == 3);
    CHECK(history[1].action == QStringLiteral("meeting.document.receive"));
    CHECK(history[1].after.contains("2025-06-16"));
    // Received after today: refused.
    CHECK(fx.svc.receiveDocument(actor(), doc, d(2025, 6, 17)).error().code ==
          ErrorCode::InvalidInput);
    ok(fx.svc.removeContent(actor(), c.content.id));
    ok(fx.svc.deleteMeeting(actor(), m.id));
    CHECK(fx.auditCount(storage::Entity::Meeting) == meetingsBefore + 2);
    CHECK(ok(fx.ws->audit().verify()).mismatches.isEmpty());
}

TEST_CASE("a number taken in the term is refused and nothing is written", "[meeting]")
{
    Fixture fx;
    fx.meeting(40, d(2025, 6, 10), d(2025, 6, 11));
    const auto audits = fx.auditCount(storage::Entity::Meeting);
    const auto meetings = fx.rows("meetings");
    Meeting again;
    again.term = 15;
    again.number = 40;
    again.phases = {{d(2025, 7, 10), d(2025, 7, 10)}};
    const auto refused = fx.svc.createMeeting(actor(), again);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Duplicate);
    CHECK(refused.error().message.en.contains(QStringLiteral("number 40")));
    CHECK(refused.error().message.vi.contains(QStringLiteral("phiên họp thứ 40")));
    CHECK(fx.rows("meetings") == meetings);
    CHECK(fx.rows("meeting_phases") == 1);
    CHECK(fx.auditCount(storage::Entity::Meeting) == audits);
    // The same number in the next term is another meeting; number 0 takes the next one.
    again.term = 16;
    CHECK(ok(fx.svc.createMeeting(actor(), again)).number == 40);
    again.term = 15;
    again.number = 0;
    CHECK(ok(fx.svc.createMeeting(actor(), again)).number == 41);
    // Missing phases and an unknown term, in both languages.
    Meeting bad;
    bad.term = 15;
    bad.number = 50;
    CHECK(fx.svc.createMeeting(actor(), bad).error().detail == QStringLiteral("phases"));
    bad.phases = {{d(2025, 8, 10), d(2025, 8, 9)}};
    CHECK(fx.svc.createMeeting(actor(), bad).error().code == ErrorCode::InvalidInput);
    bad.phases = {{d(2025, 8, 11), d(2025, 8, 11)}};
    bad.term = 9;
    CHECK(fx.svc.createMeeting(actor(), bad).error().message.en.contains(QStringLiteral("Term 9")));
}

TEST_CASE("documents are due by the rules, in working or calendar days, across Tết",
          "[meeting][deadlines]")
{
    Fixture fx;
    // Tết 2026 falls on 17 February; the meeting opens on Wednesday 25 February.
    const Meeting m = fx.meeting(60, d(2026, 2, 25), d(2026, 2, 26));
    const auto c =
        ok(fx.svc.addContent(actor(), fx.content(m.id, "Cho ý kiến về dự án Luật Thủ đô"),
                             {document(DocumentKind::Submission, agencyId(*fx.ws, "CP")),
                              document(DocumentKind::ReviewReport, agencyId(*fx.ws, "UBPLTP"))}));
    const auto calendar = ok(fx.ws->calendar().workingDays(actor()));
    // Five working days back skip the Tết holiday.
    const QDate working = c.documents[0].document.dueDate;
    CHECK(calendar.workingDaysBetween(working, d(2026, 2, 25)) == 5);
    CHECK(working < d(2026, 2, 16));
    CHECK(calendar.isWorkingDay(working));

    // In calendar days, five days back is 20 February, inside Tết: the working day before it.
    ok(fx.svc.setDeadlineRule(actor(), QStringLiteral("documents"), 5, false));
    const auto rules = ok(fx.svc.deadlineRules(actor()));
    CHECK_FALSE(rules.workingDays);
    const auto calendarDays = ok(fx.svc.content(actor(), c.content.id));
    const QDate due = calendarDays.documents[0].document.dueDate;
    CHECK(due < d(2026, 2, 20));
    CHECK(calendar.isWorkingDay(due));
    CHECK(calendar.workingDaysBetween(due, d(2026, 2, 20)) <= 1);

    // A kind with its own rule: the review report ten working days before.
    ok(fx.svc.setDeadlineRule(actor(), QStringLiteral("review_report"), 10, true));
    const auto perKind = ok(fx.svc.content(actor(), c.content.id));
    CHECK(calendar.workingDaysBetween(perKind.documents[1].document.dueDate, d(2026, 2, 25)) == 10);
    CHECK(fx.svc.setDeadlineRule(actor(), QStringLiteral("invitations"), 3, true).error().code ==
          ErrorCode::InvalidInput);
}

TEST_CASE("the suggested day of a regular meeting is the 10th or the next working day", "[meeting]")
{
    Fixture fx;
    CHECK(ok(fx.svc.suggestedDate(actor(), 2025, 9)) == d(2025, 9, 10));
    CHECK(ok(fx.svc.suggestedDate(actor(), 2025, 5)) == d(2025, 5, 12)); // Saturday the 10th
    CHECK(fx.svc.suggestedDate(actor(), 2025, 13).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("conflicts: people and rooms booked twice, plenary days and days off",
          "[meeting][conflicts]")
{
    Fixture fx;
    const Id chair = fx.person("Nguyễn Khắc Định");
    Meeting m;
    m.term = 15;
    m.number = 45;
    // Friday to Tuesday: the weekend inside the phase is no conflict.
    m.phases = {{d(2025, 7, 11), d(2025, 7, 15)}};
    m.chairId = chair;
    m = ok(fx.svc.createMeeting(actor(), m));

    MeetingEvent e;
    e.title = QStringLiteral("Làm việc với Bộ Tài chính");
    e.startDay = e.endDay = d(2025, 7, 14);
    e.startTime = QTime(14, 0);
    e.endTime = QTime(16, 0);
    e.venue = QStringLiteral("phòng họp tân trào, nhà quốc hội");
    e.participants = {Invitee{0, 0, chair}};
    const MeetingEvent event = ok(fx.svc.addEvent(actor(), e));
    // Another event the same morning elsewhere, with someone else: no clash.
    MeetingEvent morning = e;
    morning.title = QStringLiteral("Hội nghị trực tuyến");
    morning.startDay = morning.endDay = d(2025, 7, 16);
    morning.startTime = QTime(8, 0);
    morning.endTime = QTime(11, 0);
    morning.participants = {Invitee{0, 0, chair}};
    ok(fx.svc.addEvent(actor(), morning));
    MeetingEvent afternoon = morning;
    afternoon.startTime = QTime(14, 0);
    afternoon.endTime = QTime(17, 0);
    ok(fx.svc.addEvent(actor(), afternoon));

    auto conflicts = ok(fx.svc.conflicts(actor(), d(2025, 7, 1), d(2025, 7, 31)));
    REQUIRE(conflicts.size() == 2);
    CHECK(conflicts[0].date == d(2025, 7, 14));
    QList<services::ConflictKind> kinds{conflicts[0].kind, conflicts[1].kind};
    CHECK(kinds.contains(services::ConflictKind::PersonDoubleBooked));
    CHECK(kinds.contains(services::ConflictKind::RoomDoubleBooked));
    for (const auto &c : conflicts) {
        REQUIRE(c.items.size() == 2);
        CHECK(c.items[0].id == m.id);
        CHECK(c.items[1].id == event.id);
    }

    // A phase ending on a Saturday, and a plenary session over the meeting.
    Meeting weekend;
    weekend.term = 15;
    weekend.number = 46;
    weekend.phases = {{d(2025, 8, 7), d(2025, 8, 9)}};
    ok(fx.svc.createMeeting(actor(), weekend));
    fx.svc.setPlenaryDays([](const QDate &, const QDate &) {
        return QList<std::pair<QDate, QDate>>{{d(2025, 8, 8), d(2025, 8, 20)}};
    });
    conflicts = ok(fx.svc.conflicts(actor(), d(2025, 8, 1), d(2025, 8, 31)));
    int dayOff = 0, plenary = 0;
    for (const auto &c : conflicts) {
        dayOff += c.kind == services::ConflictKind::NonWorkingDay;
        plenary += c.kind == services::ConflictKind::PlenaryDay;
    }
    CHECK(dayOff == 1);
    CHECK(plenary == 2);
    CHECK(ok(fx.svc.calendar(actor(), d(2025, 8, 1), d(2025, 8, 31))).plenaryDays.size() == 1);
}

TEST_CASE("readiness groups the documents of the next meetings by agency", "[meeting][readiness]")
{
    Fixture fx;
    // Today is 16 June 2025; the meeting opens Tuesday 24 June: documents due 17 June.
    const Meeting next = fx.meeting(47, d(2025, 6, 24), d(2025, 6, 25));
    const Meeting later = fx.meeting(48, d(2025, 7, 10), d(2025, 7, 11));
    const Id cp = agencyId(*fx.ws, "CP"), review = agencyId(*fx.ws, "UBPLTP"),
             btc = agencyId(*fx.ws, "BTC");
    ok(fx.svc.addContent(actor(), fx.content(next.id, "Cho ý kiến về dự án Luật Đất đai"),
                         {document(DocumentKind::Submission, cp, d(2025, 6, 12)),
                          document(DocumentKind::ReviewReport, review),
                          document(DocumentKind::Draft, cp)}));
    RequiredDocument late = document(DocumentKind::Report, btc, d(2025, 6, 16));
    late.dueSet = true;
    late.dueDate = d(2025, 6, 13);
    RequiredDocument overdue = document(DocumentKind::Submission, btc);
    overdue.dueSet = true;
    overdue.dueDate = d(2025, 6, 12);
    ok(fx.svc.addContent(actor(), fx.content(next.id, "Cho ý kiến về dự toán ngân sách"),
                         {late, overdue}));
    auto dropped = fx.content(next.id, "Nội dung đã rút");
    dropped.status = ContentStatus::Dropped;
    ok(fx.svc.addContent(actor(), dropped, {document(DocumentKind::Submission, cp)}));

    const auto all = ok(fx.svc.readiness(actor(), 5));
    REQUIRE(all.size() == 2);
    CHECK(all[0].meeting.id == next.id);
    CHECK(all[1].meeting.id == later.id);
    const services::MeetingReadiness &r = all[0];
    CHECK(r.documents == 5);
    CHECK(r.outstanding == 3);
    REQUIRE(r.agencies.size() == 3);
    // The agency with an overdue document first.
    CHECK(r.agencies[0].agencyId == btc);
    CHECK(r.agencies[0].overdue == 1);
    CHECK(r.agencies[0].receivedLate == 1);
    REQUIRE(r.agencies[0].lines.size() == 2);
    CHECK(r.agencies[0].lines[0].document.document.dueDate == d(2025, 6, 12));
    const auto government =
        std::find_if(r.agencies.begin(), r.agencies.end(),
                     [&](const services::AgencyReadiness &a) { return a.agencyId == cp; });
    REQUIRE(government != r.agencies.end());
    CHECK(government->received == 1);
    CHECK(government->dueSoon == 1);
    CHECK(government->lines.size() == 1);
    CHECK(r.milestones.documentsDue == d(2025, 6, 17));
}

TEST_CASE("rescheduling moves phases, reserve days and planned days, and its inverse undoes it",
          "[meeting][reschedule]")
{
    Fixture fx;
    Meeting m;
    m.term = 15;
    m.number = 49;
    m.phases = {{d(2025, 7, 10), d(2025, 7, 11)}, {d(2025, 7, 16), d(2025, 7, 16)}};
    m.reserveDays = {d(2025, 7, 17)};
    m = ok(fx.svc.createMeeting(actor(), m));
    const auto c = ok(fx.svc.addContent(
        actor(), fx.content(m.id, "Cho ý kiến về dự án Luật Hộ tịch", d(2025, 7, 16))));
    const int entries = fx.auditCount(storage::Entity::Meeting);

    const services::Reschedule move = ok(fx.svc.rescheduleMeeting(actor(), m.id, d(2025, 7, 14)));
    CHECK(move.from == d(2025, 7, 10));
    const Meeting moved = ok(fx.svc.meeting(actor(), m.id));
    CHECK(moved.phases ==
          QList<MeetingPhase>{{d(2025, 7, 14), d(2025, 7, 15)}, {d(2025, 7, 20), d(2025, 7, 20)}});
    CHECK(moved.reserveDays == QList<QDate>{d(2025, 7, 21)});
    CHECK(ok(fx.svc.content(actor(), c.content.id)).content.plannedDay == d(2025, 7, 20));
    CHECK(fx.auditCount(storage::Entity::Meeting) == entries + 1);

    ok(fx.svc.reschedule(actor(), move.inverse()));
    CHECK(ok(fx.svc.meeting(actor(), m.id)).phases == m.phases);
    CHECK(ok(fx.svc.content(actor(), c.content.id)).content.plannedDay == d(2025, 7, 16));
    // Undoing twice finds the meeting where it already is.
    CHECK(fx.svc.reschedule(actor(), move.inverse()).error().code == ErrorCode::Conflict);

    MeetingEvent e;
    e.title = QStringLiteral("Đoàn công tác làm việc tại tỉnh Nghệ An");
    e.startDay = d(2025, 7, 21);
    e.endDay = d(2025, 7, 23);
    e = ok(fx.svc.addEvent(actor(), e));
    const auto eventMove = ok(fx.svc.rescheduleEvent(actor(), e.id, d(2025, 7, 28)));
    CHECK(ok(fx.svc.event(actor(), e.id)).endDay == d(2025, 7, 30));
    ok(fx.svc.reschedule(actor(), eventMove.inverse()));
    CHECK(ok(fx.svc.event(actor(), e.id)).startDay == d(2025, 7, 21));
    CHECK(ok(fx.ws->audit().verify()).mismatches.isEmpty());
}

TEST_CASE("contents move between meetings, reorder and stay in the yearly plan", "[meeting]")
{
    Fixture fx;
    const Meeting a = fx.meeting(50, d(2025, 9, 10), d(2025, 9, 11));
    const Meeting b = fx.meeting(51, d(2025, 10, 10), d(2025, 10, 10));
    auto first = fx.content(a.id, "Nội dung thứ nhất");
    first.plannedYear = 2025;
    first.plannedMonth = 9;
    const Id one = ok(fx.svc.addContent(actor(), first)).content.id;
    const Id two = ok(fx.svc.addContent(actor(), fx.content(a.id, "Nội dung thứ hai"))).content.id;
    ok(fx.svc.reorderContents(actor(), a.id, {two, one}));
    const auto details = ok(fx.svc.details(actor(), a.id));
    CHECK(details.contents[0].content.id == two);
    CHECK(fx.svc.reorderContents(actor(), a.id, {two}).error().code == ErrorCode::InvalidInput);

    const auto moved = ok(fx.svc.moveContent(actor(), one, b.id));
    CHECK(moved.content.meetingId == b.id);
    CHECK(moved.content.position == 1);
    const auto plan = ok(fx.svc.plan(actor(), 2025, 9));
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].meetingId == b.id); // planned for September, held in October
    CHECK(fx.svc.deleteMeeting(actor(), b.id).error().code == ErrorCode::Conflict);
    // A content planned for a day the meeting does not sit is refused.
    CHECK(fx.svc.addContent(actor(), fx.content(b.id, "Sai ngày", d(2025, 10, 20))).error().code ==
          ErrorCode::InvalidInput);
    // Text is cleaned at the boundary.
    auto dirty = fx.content(b.id, "  Nội dung\u200B có ký tự ẩn  ");
    CHECK(ok(fx.svc.addContent(actor(), dirty)).content.title ==
          QStringLiteral("Nội dung có ký tự ẩn"));
}

TEST_CASE("a document marked received behind Thuky's back shows in the audit check",
          "[meeting][audit]")
{
    Fixture fx;
    const Meeting m = fx.meeting(52, d(2025, 9, 10), d(2025, 9, 11));
    const auto c =
        ok(fx.svc.addContent(actor(), fx.content(m.id, "Cho ý kiến về dự án Luật Thống kê"),
                             {document(DocumentKind::Submission, agencyId(*fx.ws, "CP"))}));
    REQUIRE(ok(fx.ws->audit().verify()).mismatches.isEmpty());
    ok(fx.ws->db().exec("UPDATE required_documents SET received_on = '2025-09-01' WHERE id = ?",
                        c.documents.first().document.id));
    const auto check = ok(fx.ws->audit().verify());
    REQUIRE(check.mismatches.size() == 1);
    CHECK(check.mismatches.first().entity == storage::Entity::MeetingContent);
    CHECK(check.mismatches.first().id == c.content.id);
}

TEST_CASE("the calendar's text filter finds the meetings of the contents the search index finds",
          "[meetings][filter]")
{
    Fixture fx;
    const Meeting june = fx.meeting(40, d(2025, 6, 10), d(2025, 6, 11));
    const Meeting july = fx.meeting(41, d(2025, 7, 10), d(2025, 7, 11));
    auto kept = [&](const char *text) {
        const auto ids = ok(fx.svc.meetingsWithContent(actor(), QString::fromUtf8(text)));
        REQUIRE(ids.has_value());
        return *ids;
    };
    MeetingContent land = ok(fx.svc.addContent(actor(), fx.content(june.id, "Cho ý kiến về dự án Luật Đất đai (sửa đổi)"))).content;
    ok(fx.svc.addContent(actor(), fx.content(july.id, "Cho ý kiến về dự án Luật Thủ đô")));
    CHECK(kept("luat dat dai") == QList<Id>{june.id});
    CHECK(kept("ĐẤT lu") == QList<Id>{june.id}); // word starts, any order, accents ignored
    CHECK(kept("cho y kien") == QList<Id>{june.id, july.id}); // each meeting once
    CHECK(kept("at").isEmpty());
    CHECK_FALSE(ok(fx.svc.meetingsWithContent(actor(), QStringLiteral("( )"))).has_value());
    CHECK(fx.svc.meetingsWithContent(Actor{}, QStringLiteral("dat")).error().code == ErrorCode::PermissionDenied);

    // Moved and renamed in this session: the next filter sees it (the triggers keep the index).
    land = ok(fx.svc.moveContent(actor(), land.id, july.id)).content;
    CHECK(kept("dat dai") == QList<Id>{july.id});
    land.title = QStringLiteral("Cho ý kiến về dự án Luật Địa chất và khoáng sản");
    ok(fx.svc.updateContent(actor(), land));
    CHECK(kept("dat dai").isEmpty());
    CHECK(kept("dia chat khoang") == QList<Id>{july.id});
}
