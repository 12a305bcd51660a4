#include "thuky/services/home_service.h"

#include "thuky/domain/meeting.h"
#include "thuky/domain/notice.h"
#include "thuky/domain/programme.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/account_repository.h"

#include <algorithm>

namespace thuky::services {

using domain::Actor;
using domain::Id;

namespace {

Result<QList<HomeEntry>> meetingsAhead(Workspace &ws, const HomeContext &c)
{
    auto range = ws.meetings().calendar(c.actor, c.today, c.today.addDays(HomeService::kMeetingDays));
    if (!range)
        return range.error();
    QList<HomeEntry> out;
    for (const storage::MeetingRow &row : range->meetings) {
        const domain::Meeting &m = row.meeting;
        if (m.status == domain::MeetingStatus::Cancelled || m.firstDay() < c.today)
            continue;
        out.append({HomeSection::Meetings, QStringLiteral("meetings"), m.id, m.firstDay(), m.title(),
                    QStringLiteral("%1 nội dung").arg(row.contentCount), false});
    }
    return out;
}

Result<QList<HomeEntry>> documentsDue(Workspace &ws, const HomeContext &c)
{
    auto readiness = ws.meetings().readiness(c.actor, 3);
    if (!readiness)
        return readiness.error();
    QList<HomeEntry> out;
    for (const MeetingReadiness &r : *readiness)
        for (const AgencyReadiness &a : r.agencies)
            for (const ReadinessLine &line : a.lines) {
                const domain::DocumentState state = line.document.state;
                if (state != domain::DocumentState::DueSoon && state != domain::DocumentState::Overdue)
                    continue;
                out.append({HomeSection::Documents, QStringLiteral("meetings"), r.meeting.id,
                            line.document.document.dueDate,
                            domain::documentKindLabel(line.document.document.kind) + QStringLiteral(": ") +
                                line.contentTitle,
                            a.agencyName + QStringLiteral(" · ") + r.meeting.title(),
                            state == domain::DocumentState::Overdue});
            }
    return out;
}

Result<QList<HomeEntry>> notices(Workspace &ws, const HomeContext &c)
{
    const Authorizer &auth = ws.authorizer();
    const bool reviews = auth.require(c.actor, Action::ReviewNotice).ok() || auth.require(c.actor, Action::ApproveNotice).ok();
    const bool issues = auth.require(c.actor, Action::IssueNotice).ok();
    QList<HomeEntry> out;
    for (domain::NoticeStatus status : {domain::NoticeStatus::Draft, domain::NoticeStatus::Submitted,
                                        domain::NoticeStatus::Returned, domain::NoticeStatus::Approved}) {
        storage::NoticeFilter filter;
        filter.status = status;
        filter.limit = 500;
        auto page = ws.notices().list(c.actor, filter);
        if (!page)
            return page.error();
        for (const NoticeListRow &row : page->rows) {
            const domain::Notice &n = row.row.notice;
            const bool mine = n.drafterId != 0 && n.drafterId == c.actor.userId;
            const bool toAct = (status == domain::NoticeStatus::Submitted && reviews) ||
                               (status == domain::NoticeStatus::Returned && mine) ||
                               (status == domain::NoticeStatus::Approved && issues);
            if (toAct)
                out.append({HomeSection::NoticesToAct, QStringLiteral("notices"), n.id, n.dueDate, n.subject,
                            domain::noticeStatusLabel(status), row.timing.overdue});
            if (row.timing.overdue)
                out.append({HomeSection::NoticesOverdue, QStringLiteral("notices"), n.id, n.dueDate, n.subject,
                            domain::noticeStatusLabel(status), true});
        }
    }
    return out;
}

Result<QList<HomeEntry>> tasksDue(Workspace &ws, const HomeContext &c)
{
    auto programmes = ws.programmes().programmes(c.actor);
    if (!programmes)
        return programmes.error();
    const QDate weekEnd = c.today.addDays(7 - c.today.dayOfWeek());
    QList<HomeEntry> out;
    for (const domain::Programme &p : *programmes) {
        if (p.year != c.today.year())
            continue;
        storage::TaskFilter filter;
        filter.programmeId = p.id;
        filter.unitId = c.unitId;
        filter.includeSections = false;
        filter.deadlineTo = weekEnd;
        filter.timeliness = {domain::Timeliness::Overdue, domain::Timeliness::DueSoon, domain::Timeliness::OnTrack};
        filter.sortBy = storage::TaskSortColumn::Deadline;
        auto rows = ws.programmes().tasks(c.actor, filter, 0, 500);
        if (!rows)
            return rows.error();
        for (const storage::TaskRow &row : *rows)
            out.append({HomeSection::Tasks, QStringLiteral("programme"), row.task.id, row.task.deadline(),
                        row.qualifiedNumber() + QStringLiteral(". ") + row.task.content,
                        row.leadUnitName + QStringLiteral(" · ") + domain::timelinessLabel(row.timeliness),
                        row.timeliness == domain::Timeliness::Overdue});
    }
    return out;
}

} // namespace

HomeService::HomeService(Workspace &workspace) : m_workspace(workspace)
{
    Workspace &ws = m_workspace;
    m_providers = {[&ws](const HomeContext &c) { return meetingsAhead(ws, c); },
                   [&ws](const HomeContext &c) { return documentsDue(ws, c); },
                   [&ws](const HomeContext &c) { return notices(ws, c); },
                   [&ws](const HomeContext &c) { return tasksDue(ws, c); }};
}

void HomeService::addProvider(HomeProvider provider)
{
    m_providers.append(std::move(provider));
}

Result<QList<HomeEntry>> HomeService::entries(const Actor &actor)
{
    THUKY_TRY(m_workspace.authorizer().require(actor, Action::ViewData));
    HomeContext context{actor, 0, m_workspace.programmes().today()};
    if (actor.userId != 0) {
        auto user = m_workspace.accountRepository().userByName(actor.userName);
        if (!user)
            return user.error();
        if (*user)
            context.unitId = (*user)->unitId;
    }
    QList<HomeEntry> out;
    for (const HomeProvider &provider : m_providers) {
        auto entries = provider(context);
        if (!entries)
            return entries.error();
        out.append(*entries);
    }
    std::stable_sort(out.begin(), out.end(), [](const HomeEntry &a, const HomeEntry &b) {
        if (a.section != b.section)
            return int(a.section) < int(b.section);
        if (a.date != b.date)
            return a.date.isValid() && (!b.date.isValid() || a.date < b.date);
        return domain::compareVi(a.title, b.title) < 0;
    });
    return out;
}

} // namespace thuky::services
