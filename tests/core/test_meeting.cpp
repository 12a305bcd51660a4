// Standing Committee meetings: names of the kinds and states, deadlines counted back over
// working days, document states, the suggested day of a regular meeting, validation.

#include "test_support.h"

#include "thuky/domain/meeting.h"
#include "thuky/domain/working_days.h"

using namespace thuky;
using namespace thuky::domain;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

Meeting meeting(QList<MeetingPhase> phases)
{
    Meeting m;
    m.term = 15;
    m.number = 40;
    m.phases = std::move(phases);
    return m;
}

} // namespace

TEST_CASE("meeting words have stable keys and read back from either language", "[domain][meetings]")
{
    for (MeetingKind v : kAllMeetingKinds)
        CHECK(meetingKindFromText(meetingKindKey(v)) == v);
    for (MeetingStatus v : kAllMeetingStatuses)
        CHECK(meetingStatusFromText(meetingStatusLabel(v)) == v);
    for (DocumentKind v : kAllDocumentKinds)
        CHECK(documentKindFromText(documentKindLabel(v, Lang::En)) == v);
    for (ContentCategory v : kAllContentCategories)
        CHECK(contentCategoryFromText(contentCategoryKey(v)) == v);
    CHECK(meetingKindFromText(QStringLiteral("thuong ky")) == MeetingKind::Regular);
    CHECK(halfDayFromText(QStringLiteral("CHIỀU")) == HalfDay::Afternoon);
    CHECK(documentKindFromText(QStringLiteral("bao cao tham tra")) == DocumentKind::ReviewReport);
    CHECK_FALSE(documentKindFromText(QStringLiteral("công văn")).has_value());
    CHECK(documentStateLabel(DocumentState::ReceivedLate) == QStringLiteral("Nhận muộn"));
    CHECK(meeting({{d(2025, 6, 10), d(2025, 6, 12)}}).title() ==
          QStringLiteral("Phiên họp thứ 40"));
}

TEST_CASE("a regular meeting is suggested for the 10th or the next working day",
          "[domain][meetings]")
{
    const WorkingDays rules;
    CHECK(suggestedRegularMeetingDay(2025, 9, rules) == d(2025, 9, 10)); // a Wednesday
    CHECK(suggestedRegularMeetingDay(2025, 5, rules) == d(2025, 5, 12)); // Saturday the 10th
    CHECK(suggestedRegularMeetingDay(2024, 2, rules) ==
          d(2024, 2, 16)); // Tết, then its days in lieu
    const WorkingDays announced({{d(2024, 2, 8), false, {}}, {d(2024, 2, 15), true, {}}});
    CHECK(suggestedRegularMeetingDay(2024, 2, announced) ==
          d(2024, 2, 15)); // as announced for Tết 2024
}

TEST_CASE("deadlines are counted back from the meeting in working or calendar days",
          "[domain][meetings]")
{
    const WorkingDays calendar;
    DeadlineRules rules;
    const MeetingMilestones m = milestones(rules, d(2025, 6, 10), calendar);
    CHECK(m.programmeSettled == d(2025, 5, 13));
    CHECK(m.convocation == d(2025, 5, 30));
    CHECK(m.documentsDue == d(2025, 6, 3));
    // Across Tết 2026 (16-20 February): Monday 23, then Friday 13 back to Tuesday 10.
    CHECK(documentDueDate(rules, DocumentKind::Submission, d(2026, 2, 24), calendar) ==
          d(2026, 2, 10));

    rules.perKind = {{DocumentKind::ReviewReport, 7}};
    CHECK(documentDueDate(rules, DocumentKind::ReviewReport, d(2025, 6, 10), calendar) ==
          d(2025, 5, 30));
    CHECK(documentDueDate(rules, DocumentKind::Draft, d(2025, 6, 10), calendar) == d(2025, 6, 3));

    rules.workingDays = false;
    CHECK(documentDueDate(rules, DocumentKind::Draft, d(2025, 6, 16), calendar) == d(2025, 6, 11));
    rules.documentsDays = 8; // Sunday 8 June: back to Friday 6 June
    CHECK(documentDueDate(rules, DocumentKind::Draft, d(2025, 6, 16), calendar) == d(2025, 6, 6));
}

TEST_CASE("a required document is pending, due soon, overdue, received or received late",
          "[domain][meetings]")
{
    RequiredDocument doc;
    doc.dueDate = d(2025, 6, 3);
    CHECK(documentState(doc, d(2025, 5, 20), 3) == DocumentState::Pending);
    CHECK(documentState(doc, d(2025, 5, 31), 3) == DocumentState::DueSoon);
    CHECK(documentState(doc, d(2025, 6, 3), 3) == DocumentState::DueSoon);
    CHECK(documentState(doc, d(2025, 6, 4), 3) == DocumentState::Overdue);
    doc.receivedOn = d(2025, 6, 3);
    CHECK(documentState(doc, d(2025, 6, 20), 3) == DocumentState::Received);
    doc.receivedOn = d(2025, 6, 5);
    CHECK(documentState(doc, d(2025, 6, 20), 3) == DocumentState::ReceivedLate);
}

TEST_CASE("meetings and contents are checked field by field", "[domain][meetings]")
{
    Meeting m = meeting({{d(2025, 6, 10), d(2025, 6, 12)}, {d(2025, 6, 16), d(2025, 6, 17)}});
    m.reserveDays = {d(2025, 6, 18)};
    CHECK(validateMeeting(m).ok());
    CHECK(m.firstDay() == d(2025, 6, 10));
    CHECK(m.lastDay() == d(2025, 6, 17));
    CHECK(m.sitsOn(d(2025, 6, 11)));
    CHECK_FALSE(m.sitsOn(d(2025, 6, 13)));
    CHECK_FALSE(m.sitsOn(d(2025, 6, 18)));

    Meeting overlapping =
        meeting({{d(2025, 6, 10), d(2025, 6, 12)}, {d(2025, 6, 12), d(2025, 6, 13)}});
    CHECK(validateMeeting(overlapping).error().detail == QStringLiteral("phases"));
    Meeting backwards = meeting({{d(2025, 6, 12), d(2025, 6, 10)}});
    CHECK_FALSE(validateMeeting(backwards).ok());
    CHECK_FALSE(validateMeeting(meeting({})).ok());
    m.reserveDays = {d(2025, 6, 11)};
    CHECK(validateMeeting(m).error().detail == QStringLiteral("reserveDays"));
    m.reserveDays.clear();
    m.number = 0;
    CHECK(validateMeeting(m).error().detail == QStringLiteral("number"));

    MeetingContent c;
    c.title = QStringLiteral("Cho ý kiến về dự án Luật Đất đai (sửa đổi)");
    CHECK(validateContent(c).error().detail == QStringLiteral("presentingAgency"));
    c.presentingAgencyId = 5;
    CHECK(validateContent(c).ok());
    c.halfDay = HalfDay::Morning;
    CHECK(validateContent(c).error().detail == QStringLiteral("halfDay"));
    c.plannedDay = d(2025, 6, 10);
    CHECK(validateContent(c).ok());
    c.plannedMonth = 13;
    CHECK_FALSE(validateContent(c).ok());
}
