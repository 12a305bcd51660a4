#include "thuky/services/dashboard_service.h"

#include "thuky/domain/meeting.h"
#include "thuky/domain/programme.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/domain/working_days.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/programme_service.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <map>

namespace thuky::services {

using domain::Actor;
using domain::Id;

namespace {

DashboardSeries series(const char *key, const QString &vi, const QString &en, int bars)
{
    DashboardSeries s{QString::fromLatin1(key), vi, en, {}};
    s.bars.resize(bars);
    return s;
}

void monthCategories(DashboardFigure &f)
{
    for (int m = 1; m <= 12; ++m) {
        f.categories.append(QStringLiteral("T%1").arg(m));
        f.categoryKeys.append(m);
    }
}

void fillMonths(DashboardSeries &s, const QList<storage::CountGroup> &groups)
{
    for (const storage::CountGroup &g : groups)
        if (g.key >= 1 && g.key <= 12) {
            s.bars[g.key - 1].ids = g.ids;
            s.bars[g.key - 1].value = double(g.ids.size());
        }
}

} // namespace

DashboardService::DashboardService(storage::ReportRepository &repo, ProgrammeService &programmes,
                                   MeetingService &meetings, CalendarService &calendar,
                                   const Authorizer &authorizer)
    : m_repo(repo), m_programmes(programmes), m_meetings(meetings), m_calendar(calendar), m_auth(authorizer)
{
}

Result<DashboardFigure> DashboardService::completionByUnit(const Actor &actor, const DashboardFilter &filter)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewDashboard));
    const storage::TaskScope scope{filter.year, filter.unitId};
    auto done = m_repo.tasksByUnit(scope, true);
    if (!done)
        return done.error();
    auto open = m_repo.tasksByUnit(scope, false);
    if (!open)
        return open.error();
    // Units by name, each with its two groups.
    std::map<Id, std::pair<QString, std::pair<QList<Id>, QList<Id>>>> units;
    for (const auto &g : *done)
        units[g.key].first = g.label, units[g.key].second.first = g.ids;
    for (const auto &g : *open)
        units[g.key].first = g.label, units[g.key].second.second = g.ids;
    QList<Id> order;
    for (const auto &[id, unit] : units)
        order.append(id);
    std::sort(order.begin(), order.end(),
              [&](Id a, Id b) { return domain::compareVi(units[a].first, units[b].first) < 0; });
    DashboardFigure f;
    f.records = DashboardRecords::Tasks;
    DashboardSeries doneSeries = series("done", QStringLiteral("Đã hoàn thành"), QStringLiteral("Done"), 0);
    DashboardSeries openSeries =
        series("not_done", QStringLiteral("Chưa hoàn thành"), QStringLiteral("Not done"), 0);
    for (Id id : order) {
        const auto &unit = units[id];
        f.categories.append(unit.first);
        f.categoryKeys.append(id);
        doneSeries.bars.append({double(unit.second.first.size()), unit.second.first});
        openSeries.bars.append({double(unit.second.second.size()), unit.second.second});
    }
    f.series = {doneSeries, openSeries};
    return f;
}

Result<DashboardFigure> DashboardService::timelinessMix(const Actor &actor, const DashboardFilter &filter)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewDashboard));
    auto groups = m_repo.tasksByTimeliness({filter.year, filter.unitId}, m_programmes.today(),
                                           m_programmes.dueSoonDays());
    if (!groups)
        return groups.error();
    DashboardFigure f;
    f.records = DashboardRecords::Tasks;
    DashboardSeries tasks = series("tasks", QStringLiteral("Nhiệm vụ"), QStringLiteral("Tasks"),
                                   int(domain::kAllTimeliness.size()));
    for (domain::Timeliness t : domain::kAllTimeliness) {
        f.categories.append(domain::timelinessLabel(t));
        f.categoryKeys.append(int(t));
    }
    for (const storage::CountGroup &g : *groups)
        if (auto t = domain::timelinessFromKey(g.keyText)) {
            tasks.bars[int(*t)].ids = g.ids;
            tasks.bars[int(*t)].value = double(g.ids.size());
        }
    f.series = {tasks};
    return f;
}

Result<DashboardFigure> DashboardService::progressByMonth(const Actor &actor, const DashboardFilter &filter)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewDashboard));
    const storage::TaskScope scope{filter.year, filter.unitId};
    auto due = m_repo.tasksByMonth(scope, false);
    if (!due)
        return due.error();
    auto done = m_repo.tasksByMonth(scope, true);
    if (!done)
        return done.error();
    DashboardFigure f;
    f.records = DashboardRecords::Tasks;
    monthCategories(f);
    DashboardSeries dueSeries = series("due", QStringLiteral("Đến hạn trong tháng"), QStringLiteral("Due in the month"), 12);
    DashboardSeries doneSeries =
        series("done", QStringLiteral("Hoàn thành trong tháng"), QStringLiteral("Done in the month"), 12);
    fillMonths(dueSeries, *due);
    fillMonths(doneSeries, *done);
    DashboardSeries total = series("done_total", QStringLiteral("Hoàn thành lũy kế"),
                                   QStringLiteral("Done so far"), 12);
    double sum = 0;
    for (int m = 0; m < 12; ++m) {
        sum += doneSeries.bars[m].value;
        total.bars[m] = {sum, doneSeries.bars[m].ids};
    }
    f.series = {dueSeries, doneSeries, total};
    return f;
}

Result<DashboardFigure> DashboardService::noticeTurnaround(const Actor &actor, const DashboardFilter &filter)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewDashboard));
    auto notices = m_repo.issuedNotices(filter.year, filter.unitId);
    if (!notices)
        return notices.error();
    auto calendar = m_calendar.workingDays(actor);
    if (!calendar)
        return calendar.error();
    DashboardFigure f;
    f.records = DashboardRecords::Notices;
    monthCategories(f);
    DashboardSeries mean = series("mean_days", QStringLiteral("Số ngày làm việc bình quân"),
                                  QStringLiteral("Mean working days"), 12);
    DashboardSeries issued = series("issued", QStringLiteral("Số thông báo ban hành"),
                                    QStringLiteral("Notices issued"), 12);
    QList<double> sums(12, 0.0);
    for (const storage::NoticeDates &n : *notices) {
        if (n.issueDate.year() != filter.year)
            continue;
        const int m = n.issueDate.month() - 1;
        sums[m] += calendar->workingDaysBetween(n.meetingDate, n.issueDate);
        issued.bars[m].ids.append(n.id);
    }
    for (int m = 0; m < 12; ++m) {
        QList<Id> &ids = issued.bars[m].ids;
        std::sort(ids.begin(), ids.end());
        issued.bars[m].value = double(ids.size());
        mean.bars[m] = {ids.isEmpty() ? 0.0 : sums[m] / double(ids.size()), ids};
    }
    f.series = {mean, issued};
    return f;
}

Result<DashboardFigure> DashboardService::lateDocuments(const Actor &actor, const DashboardFilter &filter)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewDashboard));
    auto facts = m_repo.meetingDocuments(filter.year, filter.unitId);
    if (!facts)
        return facts.error();
    auto rules = m_meetings.deadlineRules(actor);
    if (!rules)
        return rules.error();
    auto calendar = m_calendar.workingDays(actor);
    if (!calendar)
        return calendar.error();
    const QDate today = m_meetings.today();
    struct Agency
    {
        QString name;
        QList<Id> receivedLate, overdue;
    };
    QHash<Id, Agency> agencies;
    for (const storage::DocumentFact &fact : *facts) {
        domain::RequiredDocument doc;
        doc.id = fact.id;
        doc.kind = domain::documentKindFromText(fact.kindKey).value_or(domain::DocumentKind::Other);
        doc.responsibleAgencyId = fact.agencyId;
        doc.dueSet = fact.dueDate.isValid();
        doc.dueDate = doc.dueSet ? fact.dueDate
                                 : domain::documentDueDate(*rules, doc.kind, fact.meetingDay, *calendar);
        doc.receivedOn = fact.receivedOn;
        const domain::DocumentState state = domain::documentState(doc, today, rules->dueSoonDays);
        if (state != domain::DocumentState::ReceivedLate && state != domain::DocumentState::Overdue)
            continue;
        Agency &a = agencies[fact.agencyId];
        a.name = fact.agencyName;
        (state == domain::DocumentState::ReceivedLate ? a.receivedLate : a.overdue).append(fact.id);
    }
    QList<Id> order = agencies.keys();
    std::sort(order.begin(), order.end(), [&](Id a, Id b) {
        const int c = domain::compareVi(agencies[a].name, agencies[b].name);
        return c != 0 ? c < 0 : a < b;
    });
    DashboardFigure f;
    f.records = DashboardRecords::Documents;
    DashboardSeries late = series("received_late", QStringLiteral("Nhận muộn"), QStringLiteral("Received late"), 0);
    DashboardSeries overdue =
        series("overdue", QStringLiteral("Quá hạn, chưa nhận"), QStringLiteral("Overdue, not received"), 0);
    for (Id id : order) {
        const Agency &a = agencies[id];
        f.categories.append(a.name);
        f.categoryKeys.append(id);
        late.bars.append({double(a.receivedLate.size()), a.receivedLate});
        overdue.bars.append({double(a.overdue.size()), a.overdue});
    }
    f.series = {late, overdue};
    return f;
}

QStringList DashboardService::recordHeaders(DashboardRecords records, Lang lang)
{
    const bool en = lang == Lang::En;
    switch (records) {
    case DashboardRecords::Tasks:
        return en ? QStringList{QStringLiteral("No."), QStringLiteral("Content"), QStringLiteral("Lead unit"),
                                QStringLiteral("Deadline"), QStringLiteral("Status")}
                  : QStringList{QStringLiteral("STT"), QStringLiteral("Nội dung"), QStringLiteral("Đơn vị chủ trì"),
                                QStringLiteral("Thời hạn"), QStringLiteral("Tình trạng")};
    case DashboardRecords::Notices:
        return en ? QStringList{QStringLiteral("Number"), QStringLiteral("Subject"), QStringLiteral("Meeting"),
                                QStringLiteral("Issued")}
                  : QStringList{QStringLiteral("Số"), QStringLiteral("Trích yếu"), QStringLiteral("Ngày họp"),
                                QStringLiteral("Ngày ban hành")};
    case DashboardRecords::Documents:
        return en ? QStringList{QStringLiteral("Document"), QStringLiteral("Content"), QStringLiteral("Agency"),
                                QStringLiteral("Due"), QStringLiteral("Received")}
                  : QStringList{QStringLiteral("Tài liệu"), QStringLiteral("Nội dung"), QStringLiteral("Cơ quan"),
                                QStringLiteral("Hạn gửi"), QStringLiteral("Ngày nhận")};
    }
    return {};
}

Result<QList<DashboardRecord>> DashboardService::records(const Actor &actor, DashboardRecords records,
                                                         const QList<Id> &ids)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewDashboard));
    QList<DashboardRecord> out;
    switch (records) {
    case DashboardRecords::Tasks:
        for (Id id : ids) {
            auto row = m_programmes.taskRow(actor, id);
            if (!row)
                return row.error();
            out.append({id,
                        {row->qualifiedNumber(), row->task.content, row->leadUnitName,
                         domain::shortDate(row->task.deadline()), domain::timelinessLabel(row->timeliness)}});
        }
        break;
    case DashboardRecords::Notices: {
        for (Id id : ids) {
            auto dates = m_repo.noticeLine(id);
            if (!dates)
                return dates.error();
            if (*dates)
                out.append({id, **dates});
        }
        break;
    }
    case DashboardRecords::Documents: {
        auto facts = m_repo.documents(ids);
        if (!facts)
            return facts.error();
        for (const storage::DocumentFact &f : *facts)
            out.append({f.id,
                        {domain::documentKindLabel(domain::documentKindFromText(f.kindKey)
                                                       .value_or(domain::DocumentKind::Other)),
                         f.contentTitle, f.agencyName,
                         f.dueDate.isValid() ? domain::shortDate(f.dueDate) : QString(),
                         f.receivedOn.isValid() ? domain::shortDate(f.receivedOn) : QString()}});
        break;
    }
    }
    return out;
}

} // namespace thuky::services
