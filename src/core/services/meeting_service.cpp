#include "thuky/services/meeting_service.h"

#include "service_errors.h"

#include "thuky/core/logging.h"
#include "thuky/domain/text.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/calendar_service.h"
#include "thuky/storage/database.h"
#include "thuky/storage/reference_repository.h"
#include "thuky/storage/transaction.h"

#include <QHash>
#include <QSet>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>

namespace thuky::services {

using domain::Actor;
using domain::DeadlineRules;
using domain::DocumentState;
using domain::Id;
using domain::Invitee;
using domain::Meeting;
using domain::MeetingContent;
using domain::MeetingEvent;
using domain::RequiredDocument;
using domain::Term;
using domain::TextKind;
using domain::WorkingDays;
using storage::Entity;
using storage::MeetingRow;

namespace {

// A view asks for a month, a week or a year; a longer range is a mistake, not a view.
constexpr int kMaxRangeDays = 400;
constexpr int kMaxNextMeetings = 50;

Result<void> checkRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return invalid(
            QStringLiteral("Khoảng ngày không hợp lệ: ngày cuối phải từ ngày đầu trở đi."),
            QStringLiteral("The range is not valid: its end must not be before its start."),
            "range");
    if (from.daysTo(to) > kMaxRangeDays)
        return invalid(QStringLiteral("Khoảng ngày dài quá %1 ngày.").arg(kMaxRangeDays),
                       QStringLiteral("The range is longer than %1 days.").arg(kMaxRangeDays),
                       "range");
    return {};
}

bool validYear(const QDate &d)
{
    return d.isValid() && d.year() >= 1946 && d.year() <= 2200;
}

/// The deadline rules' subjects besides the document kinds.
const QStringList &milestoneSubjects()
{
    static const QStringList s{QStringLiteral("programme"), QStringLiteral("convocation"),
                               QStringLiteral("documents"), QStringLiteral("due_soon")};
    return s;
}

DeadlineRules rulesOf(const QList<storage::DeadlineRuleRow> &rows)
{
    DeadlineRules rules;
    for (const storage::DeadlineRuleRow &r : rows) {
        if (r.subject == QLatin1String("programme"))
            rules.programmeDays = r.days;
        else if (r.subject == QLatin1String("convocation"))
            rules.convocationDays = r.days;
        else if (r.subject == QLatin1String("documents")) {
            rules.documentsDays = r.days;
            rules.workingDays = r.workingDays;
        } else if (r.subject == QLatin1String("due_soon"))
            rules.dueSoonDays = r.days;
        else if (auto kind = domain::documentKindFromText(r.subject)) {
            rules.perKind.append({*kind, r.days});
            rules.perKindWorkingDays.append({*kind, r.workingDays});
        }
    }
    return rules;
}

QString meetingName(const Meeting &m)
{
    return QStringLiteral("%1 (khóa %2)").arg(m.title()).arg(m.term);
}

QString meetingNameEn(const Meeting &m)
{
    return m.title(Lang::En);
}

/// Where a move lands: its days shifted, or an error when they leave the calendar.
Result<void> checkShift(const QDate &firstDay)
{
    if (!validYear(firstDay))
        return invalid(QStringLiteral("Ngày mới không hợp lệ."),
                       QStringLiteral("The new date is not valid."), "firstDay");
    return {};
}

} // namespace

QString calendarItemTypeKey(CalendarItem::Type type)
{
    return type == CalendarItem::Type::Meeting ? QStringLiteral("meeting")
                                               : QStringLiteral("event");
}

QString conflictKindKey(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::RoomDoubleBooked:
        return QStringLiteral("room");
    case ConflictKind::PlenaryDay:
        return QStringLiteral("plenary");
    case ConflictKind::NonWorkingDay:
        return QStringLiteral("day_off");
    case ConflictKind::PersonDoubleBooked:
        break;
    }
    return QStringLiteral("person");
}

MeetingService::MeetingService(storage::Database &db, storage::MeetingRepository &repo,
                               storage::ReferenceRepository &reference, CalendarService &calendar,
                               AuditService &audit, const Authorizer &authorizer)
    : m_db(db), m_repo(repo), m_reference(reference), m_calendar(calendar), m_audit(audit),
      m_auth(authorizer)
{
}

QDate MeetingService::today() const
{
    return m_db.today();
}

Result<WorkingDays> MeetingService::workingDays(const Actor &actor)
{
    return m_calendar.workingDays(actor);
}

// ---------------------------------------------------------------- terms and rules

Result<QList<Term>> MeetingService::terms(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.terms();
}

Result<Term> MeetingService::currentTerm(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto term = m_repo.termOfYear(today().year());
    if (!term)
        return term.error();
    if (!*term)
        return notFound(QStringLiteral("Chưa có khóa Quốc hội nào gồm năm %1.").arg(today().year()),
                        QStringLiteral("No term covers %1.").arg(today().year()));
    return **term;
}

Result<Term> MeetingService::addTerm(const Actor &actor, const Term &term)
{
    THUKY_TRY(m_auth.require(actor, Action::ConfigureMeetings));
    if (term.number < 1 || term.number > 99)
        return invalid(QStringLiteral("Số khóa phải từ 1 đến 99."),
                       QStringLiteral("The term must be from 1 to 99."), "number");
    if (term.firstYear < 1946 || term.lastYear < term.firstYear ||
        term.lastYear > term.firstYear + 10)
        return invalid(QStringLiteral("Năm bắt đầu và kết thúc của khóa không hợp lệ."),
                       QStringLiteral("The term's first and last years are not valid."), "years");
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.insertTerm(term);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, QStringLiteral("term.add"), Entity::Term, *id, std::nullopt));
    THUKY_TRY(tx->commit());
    Term saved = term;
    saved.id = *id;
    return saved;
}

Result<DeadlineRules> MeetingService::deadlineRules(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto rows = m_repo.deadlineRules();
    if (!rows)
        return rows.error();
    return rulesOf(*rows);
}

Result<void> MeetingService::setDeadlineRule(const Actor &actor, const QString &subject, int days,
                                             bool working)
{
    THUKY_TRY(m_auth.require(actor, Action::ConfigureMeetings));
    if (!milestoneSubjects().contains(subject) && !domain::documentKindFromText(subject))
        return invalid(QStringLiteral("Không có loại thời hạn \"%1\".").arg(subject),
                       QStringLiteral("There is no deadline called \"%1\".").arg(subject),
                       "subject");
    if (days < 0 || days > 120)
        return invalid(QStringLiteral("Số ngày phải từ 0 đến 120."),
                       QStringLiteral("The days must be from 0 to 120."), "days");
    const QString key = domain::documentKindFromText(subject)
                            ? domain::documentKindKey(*domain::documentKindFromText(subject))
                            : subject;
    auto rows = m_repo.deadlineRules();
    if (!rows)
        return rows.error();
    std::optional<QByteArray> before;
    for (const storage::DeadlineRuleRow &r : *rows) {
        if (r.subject == key) {
            auto image = m_audit.image(Entity::DeadlineRule, r.id);
            if (!image)
                return image.error();
            before = *image;
        }
    }
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.saveDeadlineRule({0, key, days, working});
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, QStringLiteral("deadline_rule.set"), Entity::DeadlineRule, *id,
                             before));
    return tx->commit();
}

Result<void> MeetingService::addDefaults(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ConfigureMeetings));
    auto rows = m_repo.deadlineRules();
    if (!rows)
        return rows.error();
    QSet<QString> present;
    for (const storage::DeadlineRuleRow &r : *rows)
        present.insert(r.subject);
    const DeadlineRules defaults;
    const std::pair<const char *, int> kDefaults[] = {{"programme", defaults.programmeDays},
                                                      {"convocation", defaults.convocationDays},
                                                      {"documents", defaults.documentsDays},
                                                      {"due_soon", defaults.dueSoonDays}};
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (const auto &[subject, days] : kDefaults) {
        if (present.contains(QString::fromLatin1(subject)))
            continue;
        auto id =
            m_repo.saveDeadlineRule({0, QString::fromLatin1(subject), days, defaults.workingDays});
        if (!id)
            return id.error();
        THUKY_TRY(m_audit.record(actor, QStringLiteral("deadline_rule.set"), Entity::DeadlineRule,
                                 *id, std::nullopt));
    }
    // Terms XV and XVI, the ones the calendar is first used in.
    for (const Term &t : {Term{0, 15, 2021, 2026}, Term{0, 16, 2026, 2031}}) {
        auto existing = m_repo.term(t.number);
        if (!existing)
            return existing.error();
        if (*existing)
            continue;
        auto id = m_repo.insertTerm(t);
        if (!id)
            return id.error();
        THUKY_TRY(
            m_audit.record(actor, QStringLiteral("term.add"), Entity::Term, *id, std::nullopt));
    }
    return tx->commit();
}

// ---------------------------------------------------------------- names

Result<QString> MeetingService::agencyName(Id id)
{
    if (!id)
        return QString();
    auto a = m_reference.agency(id);
    if (!a)
        return a.error();
    return *a ? (*a)->name : QString();
}

Result<QString> MeetingService::personName(Id id)
{
    if (!id)
        return QString();
    auto p = m_reference.person(id);
    if (!p)
        return p.error();
    return *p ? (*p)->fullName : QString();
}

Result<QString> MeetingService::inviteeName(const Invitee &invitee)
{
    return invitee.agencyId ? agencyName(invitee.agencyId) : personName(invitee.personId);
}

// ---------------------------------------------------------------- meetings

Result<CalendarRange> MeetingService::calendar(const Actor &actor, const QDate &from,
                                               const QDate &to, int term)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    THUKY_TRY(checkRange(from, to));
    CalendarRange range{from, to, {}, {}, {}};
    auto meetings = m_repo.meetingsOverlapping(from, to, term);
    if (!meetings)
        return meetings.error();
    range.meetings = *meetings;
    auto events = m_repo.eventsOverlapping(from, to);
    if (!events)
        return events.error();
    range.events = *events;
    if (m_plenaryDays)
        range.plenaryDays = m_plenaryDays(from, to);
    return range;
}

Result<QList<MeetingRow>> MeetingService::meetingsOfTerm(const Actor &actor, int term)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.meetingsOfTerm(term);
}

Result<std::optional<QList<Id>>> MeetingService::meetingsWithContent(const Actor &actor,
                                                                    const QString &text)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.meetingsWithContent(text);
}

Result<Meeting> MeetingService::requireMeeting(Id id)
{
    auto m = m_repo.meeting(id);
    if (!m)
        return m.error();
    if (!*m)
        return notFound(QStringLiteral("Không tìm thấy phiên họp (mã %1).").arg(id),
                        QStringLiteral("No meeting has id %1.").arg(id));
    return **m;
}

Result<Meeting> MeetingService::meeting(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return requireMeeting(id);
}

Result<Meeting> MeetingService::meetingByNumber(const Actor &actor, int term, int number)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto m = m_repo.meetingByNumber(term, number);
    if (!m)
        return m.error();
    if (!*m)
        return notFound(QStringLiteral("Khóa %1 không có phiên họp thứ %2.").arg(term).arg(number),
                        QStringLiteral("Term %1 has no meeting number %2.").arg(term).arg(number));
    return **m;
}

Result<MeetingDetails> MeetingService::details(const Actor &actor, Id meetingId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto m = requireMeeting(meetingId);
    if (!m)
        return m.error();
    auto due = deadlines(actor);
    if (!due)
        return due.error();
    const DeadlineRules &rules = due->rules;
    const WorkingDays &calendar = due->calendar;
    MeetingDetails details;
    details.meeting = *m;
    auto chair = personName(m->chairId);
    if (!chair)
        return chair.error();
    details.chairName = *chair;
    details.milestones = domain::milestones(rules, m->firstDay(), calendar);
    auto contents = m_repo.contents(meetingId);
    if (!contents)
        return contents.error();
    for (const MeetingContent &c : *contents) {
        auto d = detailsOf(c, rules, calendar, m->firstDay());
        if (!d)
            return d.error();
        details.contents.append(*d);
    }
    return details;
}

Result<void> MeetingService::checkMeeting(Meeting &m, Id selfId)
{
    m.venue = domain::cleanText(m.venue);
    m.notes = domain::cleanText(m.notes, TextKind::MultiLine);
    std::sort(m.reserveDays.begin(), m.reserveDays.end());
    m.reserveDays.erase(std::unique(m.reserveDays.begin(), m.reserveDays.end()),
                        m.reserveDays.end());
    THUKY_TRY(domain::validateMeeting(m));
    for (const auto &p : m.phases) {
        if (!validYear(p.first) || !validYear(p.last))
            return invalid(QStringLiteral("Ngày họp không hợp lệ."),
                           QStringLiteral("A sitting day is not valid."), "phases");
    }
    if (m.venue.size() > 300 || m.notes.size() > 4000)
        return invalid(QStringLiteral("Địa điểm hoặc ghi chú dài quá mức cho phép."),
                       QStringLiteral("The venue or the notes are too long."), "notes");
    auto term = m_repo.term(m.term);
    if (!term)
        return term.error();
    if (!*term)
        return invalid(QStringLiteral("Chưa có khóa %1 trong danh mục khóa Quốc hội.").arg(m.term),
                       QStringLiteral("Term %1 is not in the list of terms.").arg(m.term), "term");
    if (m.chairId) {
        auto chair = m_reference.person(m.chairId);
        if (!chair)
            return chair.error();
        if (!*chair)
            return invalid(
                QStringLiteral("Không tìm thấy người chủ trì (mã %1).").arg(m.chairId),
                QStringLiteral("No person has id %1 to chair the meeting.").arg(m.chairId),
                "chair");
    }
    auto same = m_repo.meetingByNumber(m.term, m.number);
    if (!same)
        return same.error();
    if (*same && (*same)->id != selfId)
        return makeError(ErrorCode::Duplicate,
                         QStringLiteral("Khóa %1 đã có phiên họp thứ %2 (từ %3).")
                             .arg(m.term)
                             .arg(m.number)
                             .arg(domain::shortDate((*same)->firstDay())),
                         QStringLiteral("Term %1 already has a meeting number %2 (from %3).")
                             .arg(m.term)
                             .arg(m.number)
                             .arg((*same)->firstDay().toString(Qt::ISODate)),
                         QStringLiteral("number"));
    return {};
}

Result<Meeting> MeetingService::createMeeting(const Actor &actor, Meeting m)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    if (m.term == 0) {
        auto term =
            m_repo.termOfYear(m.firstDay().isValid() ? m.firstDay().year() : today().year());
        if (!term)
            return term.error();
        m.term = *term ? (*term)->number : 0;
    }
    if (m.number == 0) {
        auto last = m_repo.lastNumber(m.term);
        if (!last)
            return last.error();
        m.number = *last + 1;
    }
    THUKY_TRY(checkMeeting(m, 0));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.insertMeeting(m);
    if (!id)
        return id.error();
    THUKY_TRY(
        m_audit.record(actor, QStringLiteral("meeting.add"), Entity::Meeting, *id, std::nullopt));
    THUKY_TRY(tx->commit());
    m.id = *id;
    return m;
}

Result<Meeting> MeetingService::updateMeeting(const Actor &actor, Meeting m)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    THUKY_TRY(requireMeeting(m.id));
    THUKY_TRY(checkMeeting(m, m.id));
    THUKY_TRY(change(actor, QStringLiteral("meeting.update"), Entity::Meeting, m.id,
                     [&] { return m_repo.updateMeeting(m); }));
    return m;
}

Result<void> MeetingService::deleteMeeting(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    auto m = requireMeeting(id);
    if (!m)
        return m.error();
    if (m->status == domain::MeetingStatus::Held)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("%1 đã họp; phiên họp đã họp không xóa được.").arg(meetingName(*m)),
            QStringLiteral("%1 was held; a meeting that was held cannot be deleted.")
                .arg(meetingNameEn(*m)));
    return change(actor, QStringLiteral("meeting.delete"), Entity::Meeting, id,
                  [&] { return m_repo.deleteMeeting(id); });
}

Result<QDate> MeetingService::suggestedDate(const Actor &actor, int year, int month)
{
    if (year < 1946 || year > 2200 || month < 1 || month > 12)
        return invalid(QStringLiteral("Tháng hoặc năm không hợp lệ."),
                       QStringLiteral("The month or year is not valid."), "month");
    auto calendar = workingDays(actor);
    if (!calendar)
        return calendar.error();
    return domain::suggestedRegularMeetingDay(year, month, *calendar);
}

// ---------------------------------------------------------------- contents

Result<MeetingContent> MeetingService::requireContent(Id id)
{
    auto c = m_repo.content(id);
    if (!c)
        return c.error();
    if (!*c)
        return notFound(QStringLiteral("Không tìm thấy nội dung (mã %1).").arg(id),
                        QStringLiteral("No content has id %1.").arg(id));
    return **c;
}

Result<QDate> MeetingService::meetingDayOfContent(Id contentId)
{
    auto c = requireContent(contentId);
    if (!c)
        return c.error();
    if (!c->meetingId)
        return QDate();
    auto m = requireMeeting(c->meetingId);
    if (!m)
        return m.error();
    return m->firstDay();
}

Result<MeetingService::Deadlines> MeetingService::deadlines(const Actor &actor)
{
    auto rules = deadlineRules(actor);
    if (!rules)
        return rules.error();
    auto calendar = workingDays(actor);
    if (!calendar)
        return calendar.error();
    return Deadlines{*rules, *calendar};
}

Result<DocumentStatus> MeetingService::statusNow(const Actor &actor,
                                                 const RequiredDocument &document)
{
    auto due = deadlines(actor);
    if (!due)
        return due.error();
    auto day = meetingDayOfContent(document.contentId);
    if (!day)
        return day.error();
    return statusOf(document, due->rules, due->calendar, *day);
}

Result<DocumentStatus> MeetingService::statusOf(RequiredDocument document,
                                                const DeadlineRules &rules,
                                                const WorkingDays &calendar,
                                                const QDate &meetingDay)
{
    if (!document.dueSet)
        document.dueDate = domain::documentDueDate(rules, document.kind, meetingDay, calendar);
    auto name = agencyName(document.responsibleAgencyId);
    if (!name)
        return name.error();
    return DocumentStatus{document, domain::documentState(document, today(), rules.dueSoonDays),
                          *name};
}

Result<ContentDetails> MeetingService::detailsOf(const MeetingContent &c,
                                                 const DeadlineRules &rules,
                                                 const WorkingDays &calendar,
                                                 const QDate &meetingDay)
{
    ContentDetails d;
    d.content = c;
    auto presenting = agencyName(c.presentingAgencyId);
    if (!presenting)
        return presenting.error();
    d.presentingAgency = *presenting;
    auto reviewing = agencyName(c.reviewingAgencyId);
    if (!reviewing)
        return reviewing.error();
    d.reviewingAgency = *reviewing;
    auto documents = m_repo.documents(c.id);
    if (!documents)
        return documents.error();
    for (const RequiredDocument &doc : *documents) {
        auto status = statusOf(doc, rules, calendar, meetingDay);
        if (!status)
            return status.error();
        d.documents.append(*status);
    }
    auto invitees = m_repo.invitees(c.id);
    if (!invitees)
        return invitees.error();
    for (const Invitee &i : *invitees) {
        auto name = inviteeName(i);
        if (!name)
            return name.error();
        d.invitees.append({i, *name});
    }
    return d;
}

Result<ContentDetails> MeetingService::content(const Actor &actor, Id contentId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto c = requireContent(contentId);
    if (!c)
        return c.error();
    auto day = meetingDayOfContent(contentId);
    if (!day)
        return day.error();
    auto due = deadlines(actor);
    if (!due)
        return due.error();
    const DeadlineRules &rules = due->rules;
    const WorkingDays &calendar = due->calendar;
    return detailsOf(*c, rules, calendar, *day);
}

Result<void> MeetingService::checkContent(MeetingContent &c)
{
    c.title = domain::cleanText(c.title);
    THUKY_TRY(domain::validateContent(c));
    if (c.title.size() > 1000)
        return invalid(QStringLiteral("Tên nội dung dài quá 1.000 ký tự."),
                       QStringLiteral("The content's title is longer than 1,000 characters."),
                       "title");
    if (!c.meetingId && c.plannedMonth == 0)
        return invalid(
            QStringLiteral(
                "Nội dung cần thuộc một phiên họp hoặc có tháng dự kiến trong kế hoạch năm."),
            QStringLiteral("A content needs a meeting or a planned month of the yearly plan."),
            "meeting");
    for (Id agency : {c.presentingAgencyId, c.reviewingAgencyId}) {
        if (!agency)
            continue;
        auto a = m_reference.agency(agency);
        if (!a)
            return a.error();
        if (!*a)
            return invalid(QStringLiteral("Không tìm thấy cơ quan (mã %1).").arg(agency),
                           QStringLiteral("No agency has id %1.").arg(agency), "agency");
    }
    if (c.meetingId) {
        auto m = requireMeeting(c.meetingId);
        if (!m)
            return m.error();
        if (c.plannedDay.isValid() && !m->sitsOn(c.plannedDay) &&
            !m->reserveDays.contains(c.plannedDay))
            return invalid(QStringLiteral("Ngày dự kiến %1 không thuộc các ngày họp của %2.")
                               .arg(domain::shortDate(c.plannedDay), meetingName(*m)),
                           QStringLiteral("The planned day %1 is not a day of %2.")
                               .arg(c.plannedDay.toString(Qt::ISODate), meetingNameEn(*m)),
                           "plannedDay");
    }
    return {};
}

Result<void> MeetingService::checkInvitee(const Invitee &i)
{
    if ((i.agencyId == 0) == (i.personId == 0))
        return invalid(
            QStringLiteral("Thành phần mời là một cơ quan hoặc một người, không phải cả hai."),
            QStringLiteral("An invitee is an agency or a person, not both."), "invitee");
    if (i.agencyId) {
        auto a = m_reference.agency(i.agencyId);
        if (!a)
            return a.error();
        if (!*a)
            return invalid(QStringLiteral("Không tìm thấy cơ quan (mã %1).").arg(i.agencyId),
                           QStringLiteral("No agency has id %1.").arg(i.agencyId), "invitee");
    } else {
        auto p = m_reference.person(i.personId);
        if (!p)
            return p.error();
        if (!*p)
            return invalid(QStringLiteral("Không tìm thấy cán bộ (mã %1).").arg(i.personId),
                           QStringLiteral("No person has id %1.").arg(i.personId), "invitee");
    }
    return {};
}

Result<void> MeetingService::change(const Actor &actor, const QString &action, Entity entity, Id id,
                                    const std::function<Result<void>()> &write)
{
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(entity, id);
    if (!before)
        return before.error();
    THUKY_TRY(write());
    THUKY_TRY(m_audit.record(actor, action, entity, id, *before));
    return tx->commit();
}

Result<ContentDetails> MeetingService::addContent(const Actor &actor, MeetingContent c,
                                                  const QList<RequiredDocument> &documents,
                                                  const QList<Invitee> &invitees)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    THUKY_TRY(checkContent(c));
    for (const RequiredDocument &d : documents) {
        if (!d.responsibleAgencyId)
            return invalid(QStringLiteral("Tài liệu cần có cơ quan chịu trách nhiệm gửi."),
                           QStringLiteral("A document needs the agency responsible for it."),
                           "responsibleAgency");
    }
    for (const Invitee &i : invitees)
        THUKY_TRY(checkInvitee(i));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (c.position <= 0 && c.meetingId) {
        auto next = m_repo.nextPosition(c.meetingId);
        if (!next)
            return next.error();
        c.position = *next;
    }
    auto id = m_repo.insertContent(c);
    if (!id)
        return id.error();
    c.id = *id;
    for (RequiredDocument d : documents) {
        d.contentId = c.id;
        d.note = domain::cleanText(d.note);
        auto docId = m_repo.insertDocument(d);
        if (!docId)
            return docId.error();
    }
    for (const Invitee &i : invitees) {
        auto inviteeId = m_repo.insertInvitee(c.id, i);
        if (!inviteeId)
            return inviteeId.error();
    }
    THUKY_TRY(m_audit.record(actor, QStringLiteral("meeting.content.add"), Entity::MeetingContent,
                             c.id, std::nullopt));
    THUKY_TRY(tx->commit());
    return content(actor, c.id);
}

Result<ContentDetails> MeetingService::updateContent(const Actor &actor, MeetingContent c)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    auto existing = requireContent(c.id);
    if (!existing)
        return existing.error();
    THUKY_TRY(checkContent(c));
    THUKY_TRY(change(actor, QStringLiteral("meeting.content.update"), Entity::MeetingContent, c.id,
                     [&] { return m_repo.updateContent(c); }));
    return content(actor, c.id);
}

Result<void> MeetingService::removeContent(const Actor &actor, Id contentId)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    auto c = requireContent(contentId);
    if (!c)
        return c.error();
    if (c->status == domain::ContentStatus::Held)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("Nội dung \"%1\" đã được cho ý kiến; không xóa được.").arg(c->title),
            QStringLiteral("The content \"%1\" was held; it cannot be deleted.").arg(c->title));
    return change(actor, QStringLiteral("meeting.content.remove"), Entity::MeetingContent,
                  contentId, [&] { return m_repo.deleteContent(contentId); });
}

Result<void> MeetingService::reorderContents(const Actor &actor, Id meetingId,
                                             const QList<Id> &order)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    auto contents = m_repo.contents(meetingId);
    if (!contents)
        return contents.error();
    QSet<Id> current, given(order.begin(), order.end());
    for (const MeetingContent &c : *contents)
        current.insert(c.id);
    if (current != given || given.size() != order.size())
        return invalid(
            QStringLiteral("Thứ tự mới phải nêu mỗi nội dung của phiên họp đúng một lần."),
            QStringLiteral("The new order must name each content of the meeting once."), "order");
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (MeetingContent c : *contents) {
        const int position = static_cast<int>(order.indexOf(c.id)) + 1;
        if (c.position == position)
            continue;
        c.position = position;
        THUKY_TRY(change(actor, QStringLiteral("meeting.content.reorder"), Entity::MeetingContent,
                         c.id, [&] { return m_repo.updateContent(c); }));
    }
    return tx->commit();
}

Result<ContentDetails> MeetingService::moveContent(const Actor &actor, Id contentId, Id toMeetingId)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    auto c = requireContent(contentId);
    if (!c)
        return c.error();
    if (c->meetingId == toMeetingId)
        return content(actor, contentId);
    MeetingContent moved = *c;
    moved.meetingId = toMeetingId;
    moved.plannedDay = {};
    moved.halfDay.reset();
    moved.position = 0;
    if (toMeetingId) {
        auto next = m_repo.nextPosition(toMeetingId);
        if (!next)
            return next.error();
        moved.position = *next;
    }
    THUKY_TRY(checkContent(moved));
    THUKY_TRY(change(actor, QStringLiteral("meeting.content.move"), Entity::MeetingContent,
                     contentId, [&] { return m_repo.updateContent(moved); }));
    return content(actor, contentId);
}

Result<QList<MeetingContent>> MeetingService::plan(const Actor &actor, int year, int month)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    if (month < 0 || month > 12)
        return invalid(QStringLiteral("Tháng phải từ 1 đến 12."),
                       QStringLiteral("The month must be from 1 to 12."), "month");
    return m_repo.planContents(year, month);
}

// ---------------------------------------------------------------- documents and invitees

Result<DocumentStatus> MeetingService::addDocument(const Actor &actor, RequiredDocument d)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    THUKY_TRY(requireContent(d.contentId));
    d.note = domain::cleanText(d.note);
    if (!d.responsibleAgencyId)
        return invalid(QStringLiteral("Tài liệu cần có cơ quan chịu trách nhiệm gửi."),
                       QStringLiteral("A document needs the agency responsible for it."),
                       "responsibleAgency");
    if ((d.dueSet && !validYear(d.dueDate)) || (d.receivedOn.isValid() && !validYear(d.receivedOn)))
        return invalid(QStringLiteral("Hạn gửi hoặc ngày nhận không hợp lệ."),
                       QStringLiteral("The due date or the date received is not valid."),
                       "dueDate");
    THUKY_TRY(change(actor, QStringLiteral("meeting.document.add"), Entity::MeetingContent,
                     d.contentId, [&]() -> Result<void> {
                         auto id = m_repo.insertDocument(d);
                         if (!id)
                             return id.error();
                         d.id = *id;
                         return {};
                     }));
    return statusNow(actor, d);
}

Result<DocumentStatus> MeetingService::receiveDocument(const Actor &actor, Id documentId,
                                                       const QDate &on)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    auto d = m_repo.document(documentId);
    if (!d)
        return d.error();
    if (!*d)
        return notFound(QStringLiteral("Không tìm thấy tài liệu (mã %1).").arg(documentId),
                        QStringLiteral("No document has id %1.").arg(documentId));
    if (on.isValid() && (!validYear(on) || on > today()))
        return invalid(
            QStringLiteral("Ngày nhận %1 không hợp lệ: không được sau hôm nay.")
                .arg(domain::shortDate(on)),
            QStringLiteral("The date received %1 is not valid: it cannot be after today.")
                .arg(on.toString(Qt::ISODate)),
            "receivedOn");
    RequiredDocument doc = **d;
    doc.receivedOn = on;
    THUKY_TRY(change(actor, QStringLiteral("meeting.document.receive"), Entity::MeetingContent,
                     doc.contentId, [&] { return m_repo.updateDocument(doc); }));
    return statusNow(actor, doc);
}

Result<void> MeetingService::removeDocument(const Actor &actor, Id documentId)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    auto d = m_repo.document(documentId);
    if (!d)
        return d.error();
    if (!*d)
        return notFound(QStringLiteral("Không tìm thấy tài liệu (mã %1).").arg(documentId),
                        QStringLiteral("No document has id %1.").arg(documentId));
    return change(actor, QStringLiteral("meeting.document.remove"), Entity::MeetingContent,
                  (*d)->contentId, [&] { return m_repo.deleteDocument(documentId); });
}

Result<NamedInvitee> MeetingService::addInvitee(const Actor &actor, Id contentId, Invitee invitee)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    THUKY_TRY(requireContent(contentId));
    THUKY_TRY(checkInvitee(invitee));
    THUKY_TRY(change(actor, QStringLiteral("meeting.invitee.add"), Entity::MeetingContent,
                     contentId, [&]() -> Result<void> {
                         auto id = m_repo.insertInvitee(contentId, invitee);
                         if (!id)
                             return id.error();
                         invitee.id = *id;
                         return {};
                     }));
    auto name = inviteeName(invitee);
    if (!name)
        return name.error();
    return NamedInvitee{invitee, *name};
}

Result<void> MeetingService::removeInvitee(const Actor &actor, Id contentId, Id inviteeId)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    auto invitees = m_repo.invitees(contentId);
    if (!invitees)
        return invitees.error();
    if (std::none_of(invitees->begin(), invitees->end(),
                     [&](const Invitee &i) { return i.id == inviteeId; }))
        return notFound(QStringLiteral("Nội dung không có thành phần mời này."),
                        QStringLiteral("The content has no such invitee."));
    return change(actor, QStringLiteral("meeting.invitee.remove"), Entity::MeetingContent,
                  contentId, [&] { return m_repo.deleteInvitee(contentId, inviteeId); });
}

// ---------------------------------------------------------------- events

Result<MeetingEvent> MeetingService::event(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto e = m_repo.event(id);
    if (!e)
        return e.error();
    if (!*e)
        return notFound(QStringLiteral("Không tìm thấy sự kiện (mã %1).").arg(id),
                        QStringLiteral("No event has id %1.").arg(id));
    return **e;
}

Result<void> MeetingService::checkEvent(MeetingEvent &e)
{
    e.title = domain::cleanText(e.title);
    e.venue = domain::cleanText(e.venue);
    e.notes = domain::cleanText(e.notes, TextKind::MultiLine);
    THUKY_TRY(domain::validateEvent(e));
    if (e.title.size() > 500 || e.venue.size() > 300 || e.notes.size() > 4000)
        return invalid(
            QStringLiteral("Tên, địa điểm hoặc ghi chú của sự kiện dài quá mức cho phép."),
            QStringLiteral("The event's title, venue or notes are too long."), "title");
    for (const Invitee &p : e.participants)
        THUKY_TRY(checkInvitee(p));
    return {};
}

Result<MeetingEvent> MeetingService::addEvent(const Actor &actor, MeetingEvent e)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    THUKY_TRY(checkEvent(e));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.insertEvent(e);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, QStringLiteral("meeting.event.add"), Entity::MeetingEvent, *id,
                             std::nullopt));
    // Read back what the database gave it (its iCalendar UID when none came with it).
    auto saved = m_repo.event(*id);
    if (!saved)
        return saved.error();
    THUKY_TRY(tx->commit());
    e.id = *id;
    if (*saved)
        e.uid = (*saved)->uid;
    return e;
}

Result<MeetingEvent> MeetingService::updateEvent(const Actor &actor, MeetingEvent e)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    THUKY_TRY(event(actor, e.id));
    THUKY_TRY(checkEvent(e));
    THUKY_TRY(change(actor, QStringLiteral("meeting.event.update"), Entity::MeetingEvent, e.id,
                     [&] { return m_repo.updateEvent(e); }));
    return e;
}

Result<void> MeetingService::deleteEvent(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    THUKY_TRY(event(actor, id));
    return change(actor, QStringLiteral("meeting.event.delete"), Entity::MeetingEvent, id,
                  [&] { return m_repo.deleteEvent(id); });
}

// ---------------------------------------------------------------- readiness

Result<MeetingReadiness> MeetingService::readinessOf(const Actor &actor, Id meetingId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto m = requireMeeting(meetingId);
    if (!m)
        return m.error();
    auto due = deadlines(actor);
    if (!due)
        return due.error();
    const DeadlineRules &rules = due->rules;
    const WorkingDays &calendar = due->calendar;
    auto contents = m_repo.contents(meetingId);
    if (!contents)
        return contents.error();
    QHash<Id, const MeetingContent *> byId;
    for (const MeetingContent &c : *contents)
        byId.insert(c.id, &c);
    auto documents = m_repo.documentsOfMeeting(meetingId);
    if (!documents)
        return documents.error();

    MeetingReadiness r;
    r.meeting = *m;
    r.milestones = domain::milestones(rules, m->firstDay(), calendar);
    std::map<Id, AgencyReadiness> agencies;
    for (const RequiredDocument &doc : *documents) {
        const MeetingContent *c = byId.value(doc.contentId);
        // A content moved or dropped needs nothing for this meeting any more.
        if (!c || c->status == domain::ContentStatus::Moved ||
            c->status == domain::ContentStatus::Dropped)
            continue;
        auto status = statusOf(doc, rules, calendar, m->firstDay());
        if (!status)
            return status.error();
        AgencyReadiness &a = agencies[doc.responsibleAgencyId];
        a.agencyId = doc.responsibleAgencyId;
        a.agencyName = status->agencyName;
        ++r.documents;
        switch (status->state) {
        case DocumentState::Pending:
            ++a.missing;
            break;
        case DocumentState::DueSoon:
            ++a.dueSoon;
            break;
        case DocumentState::Overdue:
            ++a.overdue;
            break;
        case DocumentState::ReceivedLate:
            ++a.receivedLate;
            break;
        case DocumentState::Received:
            ++a.received;
            continue;
        }
        a.lines.append({c->id, c->title, *status});
    }
    for (auto &[id, a] : agencies) {
        std::stable_sort(a.lines.begin(), a.lines.end(),
                         [](const ReadinessLine &x, const ReadinessLine &y) {
                             return x.document.document.dueDate < y.document.document.dueDate;
                         });
        r.outstanding += a.missing + a.dueSoon + a.overdue;
        r.agencies.append(a);
    }
    std::stable_sort(r.agencies.begin(), r.agencies.end(),
                     [&](const AgencyReadiness &x, const AgencyReadiness &y) {
                         const int xo = x.missing + x.dueSoon + x.overdue,
                                   yo = y.missing + y.dueSoon + y.overdue;
                         if ((xo > 0) != (yo > 0))
                             return xo > 0;
                         if (x.overdue != y.overdue)
                             return x.overdue > y.overdue;
                         return domain::compareVi(x.agencyName, y.agencyName) < 0;
                     });
    return r;
}

Result<QList<MeetingReadiness>> MeetingService::readiness(const Actor &actor, int count)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto next = m_repo.nextMeetings(today(), std::clamp(count, 1, kMaxNextMeetings));
    if (!next)
        return next.error();
    QList<MeetingReadiness> out;
    for (const Meeting &m : *next) {
        auto r = readinessOf(actor, m.id);
        if (!r)
            return r.error();
        out.append(*r);
    }
    return out;
}

// ---------------------------------------------------------------- conflicts

namespace {

/// One thing occupying a person or a room on a day; events keep their hours.
struct Booking
{
    CalendarItem item;
    const MeetingEvent *event = nullptr;
};

bool clash(const Booking &a, const Booking &b)
{
    if (a.item == b.item)
        return false;
    // Two events on one day clash only when their hours overlap; a meeting takes the day.
    return !(a.event && b.event) || a.event->overlaps(*b.event);
}

/// The items of the bookings that clash with another, in the order booked.
QList<CalendarItem> clashing(const QList<Booking> &bookings)
{
    QList<CalendarItem> out;
    for (qsizetype i = 0; i < bookings.size(); ++i) {
        for (qsizetype j = 0; j < bookings.size(); ++j) {
            if (i != j && clash(bookings[i], bookings[j])) {
                if (!out.contains(bookings[i].item))
                    out.append(bookings[i].item);
                break;
            }
        }
    }
    return out;
}

QString itemTitles(const QList<CalendarItem> &items)
{
    QStringList titles;
    for (const CalendarItem &i : items)
        titles << i.title;
    return titles.join(QStringLiteral("; "));
}

} // namespace

Result<QList<Conflict>> MeetingService::conflicts(const Actor &actor, const QDate &from,
                                                  const QDate &to)
{
    auto range = calendar(actor, from, to);
    if (!range)
        return range.error();
    auto days = workingDays(actor);
    if (!days)
        return days.error();

    QList<Conflict> out;
    // (day, person id) and (day, folded room) -> what occupies them.
    std::map<std::pair<QDate, Id>, QList<Booking>> people;
    std::map<std::pair<QDate, QString>, QList<Booking>> rooms;
    QHash<QString, QString> roomNames;
    const auto bookRoom = [&](const QDate &day, const QString &venue, const Booking &b) {
        const QString key = search::fold(venue).simplified();
        if (key.isEmpty())
            return;
        roomNames.insert(key, venue);
        rooms[{day, key}].append(b);
    };

    for (const MeetingRow &row : range->meetings) {
        const Meeting &m = row.meeting;
        if (m.status == domain::MeetingStatus::Cancelled ||
            m.status == domain::MeetingStatus::Postponed)
            continue;
        const CalendarItem item{CalendarItem::Type::Meeting, m.id, meetingName(m)};
        auto contents = m_repo.contents(m.id);
        if (!contents)
            return contents.error();
        QHash<Id, QDate> plannedDay;
        for (const MeetingContent &c : *contents)
            plannedDay.insert(c.id, c.plannedDay);
        auto invitees = m_repo.inviteesOfMeeting(m.id);
        if (!invitees)
            return invitees.error();
        // A phase may run across a weekend; it may not start or end on a day off, nor may a
        // content be planned on one.
        QSet<QDate> mustWork;
        for (const domain::MeetingPhase &p : m.phases)
            mustWork << p.first << p.last;
        for (const MeetingContent &c : *contents) {
            if (c.plannedDay.isValid())
                mustWork << c.plannedDay;
        }
        for (QDate day = std::max(from, m.firstDay()); day <= std::min(to, m.lastDay());
             day = day.addDays(1)) {
            if (!m.sitsOn(day))
                continue;
            if (mustWork.contains(day) && !days->isWorkingDay(day))
                out.append({ConflictKind::NonWorkingDay,
                            day,
                            {item},
                            {},
                            {QStringLiteral("%1 họp vào ngày nghỉ %2.")
                                 .arg(item.title, domain::shortDate(day)),
                             QStringLiteral("%1 sits on a day off, %2.")
                                 .arg(meetingNameEn(m), day.toString(Qt::ISODate))}});
            for (const auto &[first, last] : range->plenaryDays) {
                if (first <= day && day <= last)
                    out.append({ConflictKind::PlenaryDay,
                                day,
                                {item},
                                {},
                                {QStringLiteral("%1 họp vào ngày %2, trùng kỳ họp Quốc hội.")
                                     .arg(item.title, domain::shortDate(day)),
                                 QStringLiteral("%1 sits on %2, a day of a plenary session.")
                                     .arg(meetingNameEn(m), day.toString(Qt::ISODate))}});
            }
            if (!days->isWorkingDay(day) && !mustWork.contains(day))
                continue; // the weekend inside a phase: nobody sits
            if (m.chairId)
                people[{day, m.chairId}].append({item, nullptr});
            QSet<Id> invited;
            for (const auto &[contentId, invitee] : *invitees) {
                const QDate planned = plannedDay.value(contentId);
                if (invitee.personId && (!planned.isValid() || planned == day) &&
                    invitee.personId != m.chairId)
                    invited.insert(invitee.personId);
            }
            for (Id person : invited)
                people[{day, person}].append({item, nullptr});
            bookRoom(day, m.venue, {item, nullptr});
        }
    }
    for (const MeetingEvent &e : range->events) {
        const CalendarItem item{CalendarItem::Type::Event, e.id, e.title};
        for (QDate day = std::max(from, e.startDay); day <= std::min(to, e.endDay);
             day = day.addDays(1)) {
            for (const Invitee &p : e.participants) {
                if (p.personId)
                    people[{day, p.personId}].append({item, &e});
            }
            bookRoom(day, e.venue, {item, &e});
        }
    }

    for (const auto &[key, bookings] : people) {
        const QList<CalendarItem> items = clashing(bookings);
        if (items.size() < 2)
            continue;
        auto name = personName(key.second);
        if (!name)
            return name.error();
        out.append({ConflictKind::PersonDoubleBooked,
                    key.first,
                    items,
                    *name,
                    {QStringLiteral("Ngày %1, %2 có hai lịch cùng lúc: %3.")
                         .arg(domain::shortDate(key.first), *name, itemTitles(items)),
                     QStringLiteral("On %1, %2 is booked twice: %3.")
                         .arg(key.first.toString(Qt::ISODate), *name, itemTitles(items))}});
    }
    for (const auto &[key, bookings] : rooms) {
        const QList<CalendarItem> items = clashing(bookings);
        if (items.size() < 2)
            continue;
        const QString room = roomNames.value(key.second);
        out.append({ConflictKind::RoomDoubleBooked,
                    key.first,
                    items,
                    room,
                    {QStringLiteral("Ngày %1, %2 được xếp cho hai lịch: %3.")
                         .arg(domain::shortDate(key.first), room, itemTitles(items)),
                     QStringLiteral("On %1, %2 is booked twice: %3.")
                         .arg(key.first.toString(Qt::ISODate), room, itemTitles(items))}});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Conflict &a, const Conflict &b) { return a.date < b.date; });
    return out;
}

// ---------------------------------------------------------------- rescheduling

Result<Reschedule> MeetingService::rescheduleMeeting(const Actor &actor, Id id,
                                                     const QDate &firstDay)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    auto m = requireMeeting(id);
    if (!m)
        return m.error();
    return reschedule(actor, {CalendarItem::Type::Meeting, id, m->firstDay(), firstDay});
}

Result<Reschedule> MeetingService::rescheduleEvent(const Actor &actor, Id id, const QDate &firstDay)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    auto e = event(actor, id);
    if (!e)
        return e.error();
    return reschedule(actor, {CalendarItem::Type::Event, id, e->startDay, firstDay});
}

Result<Reschedule> MeetingService::reschedule(const Actor &actor, const Reschedule &move)
{
    THUKY_TRY(m_auth.require(actor, Action::EditMeetings));
    THUKY_TRY(checkShift(move.to));
    const qint64 shift = move.from.daysTo(move.to);
    const Error movedSince = makeError(
        ErrorCode::Conflict,
        QStringLiteral("Lịch này đã được dời sang ngày khác từ trước; không dời lại được."),
        QStringLiteral(
            "This item was moved to another day in the meantime; it cannot be moved back."));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (move.type == CalendarItem::Type::Event) {
        auto e = event(actor, move.id);
        if (!e)
            return e.error();
        if (e->startDay != move.from)
            return movedSince;
        e->startDay = e->startDay.addDays(shift);
        e->endDay = e->endDay.addDays(shift);
        THUKY_TRY(change(actor, QStringLiteral("meeting.event.reschedule"), Entity::MeetingEvent,
                         move.id, [&] { return m_repo.updateEvent(*e); }));
        THUKY_TRY(tx->commit());
        return move;
    }
    auto m = requireMeeting(move.id);
    if (!m)
        return m.error();
    if (m->firstDay() != move.from)
        return movedSince;
    if (m->status == domain::MeetingStatus::Held)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 đã họp; không dời được.").arg(meetingName(*m)),
                         QStringLiteral("%1 was held; it cannot be moved.").arg(meetingNameEn(*m)));
    Meeting moved = *m;
    for (domain::MeetingPhase &p : moved.phases) {
        p.first = p.first.addDays(shift);
        p.last = p.last.addDays(shift);
    }
    for (QDate &d : moved.reserveDays)
        d = d.addDays(shift);
    if (!validYear(moved.lastDay()))
        return invalid(QStringLiteral("Ngày mới không hợp lệ."),
                       QStringLiteral("The new date is not valid."), "firstDay");
    THUKY_TRY(change(actor, QStringLiteral("meeting.reschedule"), Entity::Meeting, move.id,
                     [&] { return m_repo.updateMeeting(moved); }));
    // The contents' planned days move along, each audited in the same transaction.
    auto contents = m_repo.contents(move.id);
    if (!contents)
        return contents.error();
    for (MeetingContent c : *contents) {
        if (!c.plannedDay.isValid())
            continue;
        c.plannedDay = c.plannedDay.addDays(shift);
        THUKY_TRY(change(actor, QStringLiteral("meeting.content.reschedule"),
                         Entity::MeetingContent, c.id, [&] { return m_repo.updateContent(c); }));
    }
    THUKY_TRY(tx->commit());
    logger("services")
        ->info("meeting {} moved from {} to {} by {}", move.id,
               move.from.toString(Qt::ISODate).toStdString(),
               move.to.toString(Qt::ISODate).toStdString(), actor.userName.toStdString());
    return move;
}

} // namespace thuky::services
