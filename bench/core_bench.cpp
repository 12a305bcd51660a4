#include "core_bench.h"

#include "sample_documents.h"

#include "thuky/core/files.h"
#include "thuky/documents/table.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/account_service.h"
#include "thuky/documents/ics.h"
#include "thuky/services/meeting_exchange.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/session_documents.h"
#include "thuky/services/session_service.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/dashboard_service.h"
#include "thuky/services/home_service.h"
#include "thuky/services/search_service.h"
#include "thuky/storage/database.h"
#include "thuky/services/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <sys/resource.h>

namespace thuky::bench {

using services::ProgrammeService;
using services::Workspace;
using storage::TaskFilter;

namespace {

[[noreturn]] void fail(const char *what, const Error &error)
{
    std::fprintf(stderr, "thuky-bench: %s failed: %s (%s)\n", what, qUtf8Printable(error.text(Lang::En)),
                 qUtf8Printable(error.detail));
    std::exit(1);
}

template <typename T>
T must(Result<T> result, const char *what)
{
    if (!result)
        fail(what, result.error());
    return std::move(result).value();
}

void must(const Result<void> &result, const char *what)
{
    if (!result)
        fail(what, result.error());
}

template <typename F>
double timeMs(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/// The median of `runs` runs, or the single run of an operation slower than a second
/// (the slow ones are the big writes, where run-to-run noise is small next to the value).
/// `reset` runs untimed before each run: freeing the previous result is not the operation.
template <typename F, typename R>
double measure(int runs, F &&f, R &&reset)
{
    reset();
    std::vector<double> times{timeMs(f)};
    if (times.front() < 1000) {
        while (int(times.size()) < runs) {
            reset();
            times.push_back(timeMs(f));
        }
    }
    return median(times);
}

template <typename F>
double measure(int runs, F &&f)
{
    return measure(runs, std::forward<F>(f), [] {});
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

/// CPU time of the calling thread, in ms: what an operation costs whatever else the
/// machine runs (the wall-clock figures grow with the load of a shared machine).
double threadCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

/// Every programme's export, one after the other, as one import file. Section numbers
/// restart in each programme, so they are renumbered to stay unique (I, II, … CCX); the
/// task numbers under them need no change.
documents::Table mergeExports(const QList<documents::Table> &exports)
{
    documents::Table merged;
    merged.headers = exports.value(0).headers;
    int section = 0;
    for (const documents::Table &t : exports) {
        for (QStringList row : t.rows) {
            if (!row.isEmpty() && domain::fromRoman(row.first()) > 0)
                row.first() = domain::toRoman(++section);
            merged.rows.append(row);
        }
    }
    return merged;
}

class CoreBench
{
public:
    explicit CoreBench(const CoreBenchOptions &options) : m_o(options) {}

    CoreBenchResult run()
    {
        generate();
        logIn();
        openAndFirstScreen();
        listOperations();
        meetingFigures();
        agendaFigures();
        noticeOperations();
        searchOperations();
        dashboardAndHome();
        demoWithoutSearchTriggers();
        add(QStringLiteral("db.size"), QStringLiteral("Database file size"),
            double(QFileInfo(m_o.databasePath).size()) / (1024.0 * 1024.0), QStringLiteral("MB"), m_tasks);
        // ru_maxrss only grows: read once before the export, whose tables hold every row
        // in memory, and once at the end.
        add(QStringLiteral("memory.lists"), QStringLiteral("Peak memory: demo, open, lists"), peakRssMb(),
            QStringLiteral("MB"), m_tasks);
        exportAndImport();
        noticeExports();
        add(QStringLiteral("memory.peak"), QStringLiteral("Peak memory: … and export/import"), peakRssMb(),
            QStringLiteral("MB"), m_tasks);
        return {m_figures, m_userName};
    }

private:
    void add(const QString &key, const QString &label, double value, const QString &unit, long n)
    {
        m_figures.append(Figure{key, label, value, unit, n});
        if (unit == QLatin1String("n"))
            std::fprintf(stderr, "  %-44s %10.0f\n", qUtf8Printable(label), value);
        else
            std::fprintf(stderr, "  %-44s %10.2f %s\n", qUtf8Printable(label), value, qUtf8Printable(unit));
    }
    void addMs(const QString &key, const QString &label, double ms, long n)
    {
        add(key, label, ms, QStringLiteral("ms"), n);
    }

    std::unique_ptr<Workspace> open(const QString &path)
    {
        return must(Workspace::open(path), "Workspace::open");
    }

    void generate()
    {
        removeDatabase(m_o.databasePath);
        auto ws = open(m_o.databasePath);
        services::DemoReport report;
        const double cpuBefore = threadCpuMs();
        const double ms = timeMs([&] {
            report = must(services::generateDemo(*ws, m_actor, m_o.scale), "generateDemo");
        });
        m_demoCpuMs = threadCpuMs() - cpuBefore;
        m_tasks = report.tasks;
        m_contents = report.meetingContents;
        add(QStringLiteral("n.meetings"), QStringLiteral("Standing Committee meetings (n)"), report.meetings,
            QStringLiteral("n"), 0);
        add(QStringLiteral("n.contents"), QStringLiteral("Contents of the meetings (n)"), report.meetingContents,
            QStringLiteral("n"), 0);
        for (const services::DemoAccount &account : report.accounts) {
            if (account.role == domain::Role::Administrator)
                m_userName = account.userName;
        }
        add(QStringLiteral("n.tasks"), QStringLiteral("Tasks in the database (n)"), report.tasks,
            QStringLiteral("n"), 0);
        addMs(QStringLiteral("demo"), QStringLiteral("Demo data (generateDemo)"), ms, m_tasks);
        addMs(QStringLiteral("demo.cpu"), QStringLiteral("Demo data, CPU time"), m_demoCpuMs, m_tasks);

        // The largest programme: the one the first screen and the list figures use.
        ProgrammeService &service = ws->programmes();
        int most = -1;
        for (const domain::Programme &p : must(service.programmes(m_actor), "programmes")) {
            TaskFilter f;
            f.programmeId = p.id;
            const int count = must(service.countTasks(m_actor, f), "countTasks");
            if (count > most) {
                most = count;
                m_programmeId = p.id;
            }
            m_programmeIds.append(p.id);
        }
        m_programmeSize = most;
        add(QStringLiteral("n.programme"), QStringLiteral("Rows in the largest programme (n)"), most,
            QStringLiteral("n"), 0);
    }

    // The password check of a log-in (Argon2id, deliberately slow and memory-hard).
    void logIn()
    {
        if (m_userName.isEmpty())
            return;
        auto ws = open(m_o.databasePath);
        addMs(QStringLiteral("login"), QStringLiteral("Log in (Argon2id password check)"), measure(m_o.runs, [&] {
                  (void)must(ws->accounts().login(m_userName, services::demoPassword()), "login");
              }),
              0);
    }

    TaskFilter programmeFilter() const
    {
        TaskFilter f;
        f.programmeId = m_programmeId;
        return f;
    }

    // What the main window does before it can paint: the programme list, then the
    // task list model's count and first page, and the summary line.
    void firstScreen(Workspace &ws)
    {
        ProgrammeService &service = ws.programmes();
        (void)must(service.programmes(m_actor), "programmes");
        const TaskFilter f = programmeFilter();
        (void)must(service.countTasks(m_actor, f), "countTasks");
        (void)must(service.tasks(m_actor, f, 0, kPage), "tasks");
        (void)must(service.summary(m_actor, f), "summary");
    }

    void openAndFirstScreen()
    {
        std::vector<double> opens;
        std::vector<double> screens;
        for (int i = 0; i < m_o.runs; ++i) {
            std::unique_ptr<Workspace> ws;
            opens.push_back(timeMs([&] { ws = open(m_o.databasePath); }));
            screens.push_back(timeMs([&] { firstScreen(*ws); }));
        }
        addMs(QStringLiteral("open"), QStringLiteral("Open the database (Workspace::open)"), median(opens),
              m_tasks);
        addMs(QStringLiteral("first-screen"), QStringLiteral("First screen: count + 200 rows + summary"),
              median(screens), m_programmeSize);
    }

    void listOperations()
    {
        auto ws = open(m_o.databasePath);
        listFigures(*ws, m_programmeId, m_programmeSize, false);
    }

    // The list as the GUI uses it, on one programme of `n` rows. `bigProgramme`: the
    // whole database imported into one programme, the worst case a list can meet; only the
    // figures that differ from the ordinary list are repeated there.
    void listFigures(Workspace &ws, domain::Id programmeId, long n, bool bigProgramme)
    {
        ProgrammeService &service = ws.programmes();
        TaskFilter all;
        all.programmeId = programmeId;
        // One list refresh, as the task list model does it: the count, then the first page.
        auto refresh = [&](const TaskFilter &f) {
            (void)must(service.countTasks(m_actor, f), "countTasks");
            (void)must(service.tasks(m_actor, f, 0, kPage), "tasks");
        };
        const QString key = bigProgramme ? QStringLiteral("big.") : QString();
        const QString label = bigProgramme ? QStringLiteral("One programme of all rows: ") : QString();
        auto figure = [&](const char *k, const char *l, auto &&f) {
            addMs(key + QString::fromUtf8(k), label + QString::fromUtf8(l), measure(m_o.runs, f), n);
        };

        if (bigProgramme) {
            figure("first-screen", "first screen", [&] {
                refresh(all);
                (void)must(service.summary(m_actor, all), "summary");
            });
        } else {
            refresh(all); // warm the statement cache, as the GUI has by then
        }
        // The deepest page fetchMore() reaches: OFFSET pagination pays for the rows it skips.
        const int lastPage = std::max(0, int(n) - kPage);
        figure("list.last-page", bigProgramme ? "last 200 rows" : "Scroll: the last 200 rows (fetchMore)",
               [&] { (void)must(service.tasks(m_actor, all, lastPage, kPage), "tasks"); });

        // "dang" would find Đảng, đang, đăng… but the demo's words hold none of them: every
        // row is read and none kept, the dearest case for a text filter. "giám sát" (two
        // words, accented; one task in ten) is the ordinary case.
        TaskFilter text = all;
        text.text = QStringLiteral("dang");
        figure("filter.text", bigProgramme ? "text \"dang\"" : "Filter: text \"dang\" (no match)",
               [&] { refresh(text); });
        TaskFilter words = all;
        words.text = QStringLiteral("giám sát");
        figure("filter.words", bigProgramme ? "text \"giám sát\"" : "Filter: text \"giám sát\" (1 in 10)",
               [&] { refresh(words); });

        TaskFilter byContent = all;
        byContent.sortBy = storage::TaskSortColumn::Content;
        figure("sort.content", bigProgramme ? "sort by content" : "Sort: content (Vietnamese collation)",
               [&] { refresh(byContent); });
        if (bigProgramme)
            return;

        TaskFilter unit = all;
        unit.unitId = busiestLeadUnit(service, programmeId, n);
        figure("filter.unit", "Filter: one unit (lead or partner)", [&] { refresh(unit); });

        TaskFilter late = all;
        late.lateOnly = true;
        figure("filter.late", "Filter: late only", [&] { refresh(late); });

        TaskFilter byTimeliness = all;
        byTimeliness.sortBy = storage::TaskSortColumn::Timeliness;
        figure("sort.timeliness", "Sort: timeliness", [&] { refresh(byTimeliness); });

        figure("summary", "Summary of the programme",
               [&] { (void)must(service.summary(m_actor, all), "summary"); });
    }

    // What the calendar's views ask for: the meetings (with their content counts) and the
    // other events of a month or a week, and the readiness of the next meeting.
    void meetingFigures()
    {
        auto ws = open(m_o.databasePath);
        services::MeetingService &service = ws->meetings();
        const QDate today = service.today();
        const QDate month(today.year(), today.month(), 1);
        const QDate monthEnd = month.addMonths(1).addDays(-1);
        const QDate week = today.addDays(1 - today.dayOfWeek());
        (void)must(service.calendar(m_actor, month, monthEnd), "calendar"); // warm the statements
        addMs(QStringLiteral("meetings.month"), QStringLiteral("Calendar: a month's meetings and events"),
              measure(m_o.runs, [&] { (void)must(service.calendar(m_actor, month, monthEnd), "calendar"); }),
              m_contents);
        addMs(QStringLiteral("meetings.week"), QStringLiteral("Calendar: a week's meetings and events"),
              measure(m_o.runs, [&] { (void)must(service.calendar(m_actor, week, week.addDays(6)), "calendar"); }),
              m_contents);
        addMs(QStringLiteral("meetings.conflicts"), QStringLiteral("Calendar: a month's conflicts"),
              measure(m_o.runs, [&] { (void)must(service.conflicts(m_actor, month, monthEnd), "conflicts"); }),
              m_contents);
        addMs(QStringLiteral("meetings.readiness"), QStringLiteral("Readiness of the next meeting"),
              measure(m_o.runs, [&] { (void)must(service.readiness(m_actor, 1), "readiness"); }), m_contents);
        // The year's calendar for Outlook: every meeting phase and event of today's year.
        const QDate yearStart(today.year(), 1, 1), yearEnd(today.year(), 12, 31);
        addMs(QStringLiteral("meetings.ics_year"), QStringLiteral("Calendar: a year to iCalendar"),
              measure(m_o.runs,
                      [&] {
                          const auto events = must(ws->meetingExchange().icsEvents(m_actor, yearStart, yearEnd),
                                                   "ics events");
                          (void)documents::writeIcs(events, QStringLiteral("-//VPQH//Thuky//VI"));
                      }),
              m_contents);
    }

    // The session agendas' editor: the largest session's day-by-day view and its checks (what
    // opening the editor costs), the diff of its first and newest versions, and its agenda
    // as DOCX and PDF.
    void agendaFigures()
    {
        auto ws = open(m_o.databasePath);
        services::SessionService &svc = ws->sessions();
        const auto sessions = must(svc.sessions(m_actor), "sessions");
        const services::SessionSummary *largest = nullptr;
        long rows = 0;
        for (const services::SessionSummary &s : sessions) {
            for (const services::AgendaVersionInfo &v : s.versions)
                rows += v.itemCount;
            if (!s.versions.isEmpty() &&
                (!largest || s.versions.last().itemCount > largest->versions.last().itemCount))
                largest = &s;
        }
        add(QStringLiteral("n.sessions"), QStringLiteral("National Assembly sessions (n)"), double(sessions.size()),
            QStringLiteral("n"), 0);
        add(QStringLiteral("n.agenda_items"), QStringLiteral("Agenda items, every version (n)"), double(rows),
            QStringLiteral("n"), 0);
        if (!largest)
            return;
        const domain::Id id = largest->session.id;
        const domain::Id first = largest->versions.first().version.id;
        const domain::Id newest = largest->versions.last().version.id;
        (void)must(svc.days(m_actor, id), "days"); // warm the statements
        addMs(QStringLiteral("agenda.days"), QStringLiteral("Agenda: open a session (days)"),
              measure(m_o.runs, [&] { (void)must(svc.days(m_actor, id), "days"); }), rows);
        addMs(QStringLiteral("agenda.check"), QStringLiteral("Agenda: run the checks"),
              measure(m_o.runs, [&] { (void)must(svc.check(m_actor, id), "check"); }), rows);
        addMs(QStringLiteral("agenda.open"), QStringLiteral("Agenda: open the editor (days + checks)"),
              measure(m_o.runs,
                      [&] {
                          (void)must(svc.days(m_actor, id), "days");
                          (void)must(svc.check(m_actor, id), "check");
                      }),
              rows);
        addMs(QStringLiteral("agenda.diff"), QStringLiteral("Agenda: diff of the first and newest versions"),
              measure(m_o.runs, [&] { (void)must(svc.diff(m_actor, first, newest), "diff"); }), rows);
        services::SessionDocuments docs(svc);
        addMs(QStringLiteral("agenda.docx"), QStringLiteral("Agenda: the session's agenda to DOCX"),
              measure(m_o.runs,
                      [&] { must(documents::writeDocx(must(docs.agenda(m_actor, id), "agenda")), "writeDocx"); }),
              rows);
        addMs(QStringLiteral("agenda.pdf"), QStringLiteral("Agenda: the session's agenda to PDF"),
              measure(m_o.runs,
                      [&] { must(documents::writePdf(must(docs.agenda(m_actor, id), "agenda")), "writePdf"); }),
              rows);
    }

    // The notices list as its page shows it (count + first 200 rows), unfiltered and by
    // status and by year; then issuing, whose number is taken under the write lock.
    void noticeOperations()
    {
        auto ws = open(m_o.databasePath);
        services::NoticeService &svc = ws->notices();
        const long notices = must(svc.list(m_actor, {}), "notices").total;
        add(QStringLiteral("n.notices"), QStringLiteral("Notices in the database (n)"), double(notices),
            QStringLiteral("n"), 0);
        auto figure = [&](const char *k, const char *l, const storage::NoticeFilter &f) {
            (void)must(svc.list(m_actor, f), "notices"); // warm the statement cache
            addMs(QString::fromUtf8(k), QString::fromUtf8(l),
                  measure(m_o.runs, [&] { (void)must(svc.list(m_actor, f), "notices"); }), notices);
        };
        storage::NoticeFilter all;
        all.limit = kPage;
        figure("notices.first-page", "Notices: count + first 200 rows", all);
        storage::NoticeFilter submitted = all;
        submitted.status = domain::NoticeStatus::Submitted;
        figure("notices.status", "Notices: filter by status (submitted)", submitted);
        storage::NoticeFilter year = all;
        year.year = svc.today().year() - 1;
        figure("notices.year", "Notices: filter by year (last year)", year);
        storage::NoticeFilter last = all;
        last.offset = std::max(0, int(notices) - kPage);
        figure("notices.last-page", "Notices: the last 200 rows (fetchMore)", last);

        storage::NoticeFilter approved;
        approved.status = domain::NoticeStatus::Approved;
        approved.limit = std::max(1, m_o.runs) * 4;
        std::vector<double> times;
        for (const services::NoticeListRow &r : must(svc.list(m_actor, approved), "notices").rows)
            times.push_back(timeMs([&] { (void)must(svc.issue(m_actor, r.row.notice.id), "issue"); }));
        if (!times.empty())
            addMs(QStringLiteral("notices.issue"), QStringLiteral("Notices: issue one (take the number)"),
                  median(times), notices);
    }

    // Ctrl+K as people type it: two-word queries accented or not, a phrase, prefixes, a name,
    // a notice number; every kind, 8 hits each, the last word a prefix (as the dialog asks).
    void searchOperations()
    {
        auto ws = open(m_o.databasePath);
        const long docs = long(must(ws->db().queryInt("SELECT count(*) FROM search_docs"), "count").value_or(0));
        add(QStringLiteral("n.search"), QStringLiteral("Records in the search index (n)"), double(docs),
            QStringLiteral("n"), 0);
        static const char *const queries[] = {
            "ket luan",        "kết luận",         "luat dat dai",     "\"luật đất đai\"", "ngan sach",
            "giám sát",        "quoc hoi",         "thuong vu",        "thuong*",            "bao cao tinh hinh",
            "phien hop thu 1", "nguyen van",       "kinh te xa hoi",   "du an luat",         "dang",
            "tài chính",       "y te",             "TB-UBTVQH15",      "cu tri",             "to trinh chinh phu",
        };
        std::vector<double> times, cpu;
        double worst = 0;
        for (const char *q : queries) {
            services::SearchRequest request;
            request.text = QString::fromUtf8(q);
            request.limit = 8;
            request.prefix = search::PrefixMode::LastWord;
            (void)must(ws->search().search(m_actor, request), "search"); // warm the statement cache
            for (int i = 0; i < m_o.runs; ++i) {
                const double cpuBefore = threadCpuMs();
                const double ms = timeMs([&] { (void)must(ws->search().search(m_actor, request), "search"); });
                cpu.push_back(threadCpuMs() - cpuBefore);
                times.push_back(ms);
                worst = std::max(worst, ms);
            }
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        const auto percentile = [](const std::vector<double> &v, double p) {
            return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
        };
        addMs(QStringLiteral("search.p50"), QStringLiteral("Search: p50 of 20 queries, every kind"), percentile(times, 0.50), docs);
        addMs(QStringLiteral("search.p95"), QStringLiteral("Search: p95 (target < 20 ms at stress)"), percentile(times, 0.95), docs);
        addMs(QStringLiteral("search.cpu.p50"), QStringLiteral("Search: p50, CPU time"), percentile(cpu, 0.50), docs);
        addMs(QStringLiteral("search.cpu.p95"), QStringLiteral("Search: p95, CPU time"), percentile(cpu, 0.95), docs);
        addMs(QStringLiteral("search.max"), QStringLiteral("Search: the slowest run"), worst, docs);
        // What the migration to schema 10 costs an existing database: the index built anew.
        // Its work grows with the text indexed, not the records: a notice's body is a page,
        // a person's row a name, and the stress scale is mostly notices; so that is its n.
        const long text = long(must(ws->db().queryInt("SELECT sum(length(title) + length(body) + length(tags) +"
                                                      " length(units)) FROM search_docs"),
                                    "text")
                                   .value_or(0));
        add(QStringLiteral("n.search.text"), QStringLiteral("Text in the search index (characters)"), double(text),
            QStringLiteral("n"), 0);
        const double rebuildCpuBefore = threadCpuMs();
        addMs(QStringLiteral("search.rebuild"), QStringLiteral("Search: build the index (rebuild; n: text)"), timeMs([&] {
                  // As 010_search.sql builds it.
                  must(ws->db().execScript("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864);"
                                           "INSERT INTO search_fts(search_fts) VALUES ('rebuild');"
                                           "INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 1048576);"),
                       "rebuild");
              }),
              text);
        addMs(QStringLiteral("search.rebuild.cpu"), QStringLiteral("… rebuild, CPU time"), threadCpuMs() - rebuildCpuBefore,
              text);
    }

    // What a leader's morning costs: the home page's entries, and the dashboard's five
    // charts for this year over every unit, then for the unit leading the most tasks.
    void dashboardAndHome()
    {
        auto ws = open(m_o.databasePath);
        addMs(QStringLiteral("home.entries"), QStringLiteral("Home page: every entry"),
              measure(m_o.runs, [&] { (void)must(ws->home().entries(m_actor), "home"); }), m_tasks);
        services::DashboardService &dashboard = ws->dashboard();
        const auto charts = [&](const services::DashboardFilter &f) {
            return measure(m_o.runs, [&] {
                (void)must(dashboard.completionByUnit(m_actor, f), "completionByUnit");
                (void)must(dashboard.timelinessMix(m_actor, f), "timelinessMix");
                (void)must(dashboard.progressByMonth(m_actor, f), "progressByMonth");
                (void)must(dashboard.noticeTurnaround(m_actor, f), "noticeTurnaround");
                (void)must(dashboard.lateDocuments(m_actor, f), "lateDocuments");
            });
        };
        services::DashboardFilter f;
        f.year = ws->programmes().today().year();
        addMs(QStringLiteral("dashboard.year"), QStringLiteral("Dashboard: five charts, the year"), charts(f), m_tasks);
        f.unitId = busiestLeadUnit(ws->programmes(), m_programmeId, m_programmeSize);
        addMs(QStringLiteral("dashboard.unit"), QStringLiteral("Dashboard: five charts, one unit"), charts(f), m_tasks);
    }

    // The same demo on a database whose search triggers are dropped: what keeping the index
    // in step costs the writes (the demo is one transaction, as before).
    void demoWithoutSearchTriggers()
    {
        const QString path = QDir(m_o.workDir).filePath(QStringLiteral("no-search-triggers.sqlite"));
        removeDatabase(path);
        double ms = 0, cpuMs = 0;
        {
            auto ws = open(path);
            QStringList names;
            auto st = must(ws->db().prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name GLOB 'search_*'"),
                           "triggers");
            while (must(st.step(), "triggers"))
                names << st.text(0);
            for (const QString &name : names)
                must(ws->db().execScript("DROP TRIGGER " + name.toUtf8()), "drop trigger");
            const double cpuBefore = threadCpuMs();
            ms = timeMs([&] { (void)must(services::generateDemo(*ws, m_actor, m_o.scale), "generateDemo"); });
            cpuMs = threadCpuMs() - cpuBefore;
        }
        removeDatabase(path);
        addMs(QStringLiteral("demo.no-search"), QStringLiteral("Demo data without the search triggers"), ms, m_tasks);
        addMs(QStringLiteral("demo.no-search.cpu"), QStringLiteral("… without the search triggers, CPU time"), cpuMs, m_tasks);
        add(QStringLiteral("demo.search-share"), QStringLiteral("Search triggers: demo CPU time ×"),
            cpuMs > 0 ? m_demoCpuMs / cpuMs : 0, QStringLiteral("×"), 0);
    }

    domain::Id busiestLeadUnit(ProgrammeService &service, domain::Id programmeId, long n)
    {
        TaskFilter f;
        f.programmeId = programmeId;
        f.includeSections = false;
        QHash<domain::Id, int> counts;
        for (const storage::TaskRow &row : must(service.tasks(m_actor, f, 0, int(n)), "tasks"))
            ++counts[row.task.leadUnitId];
        domain::Id best = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (!best || it.value() > counts.value(best))
                best = it.key();
        }
        return best;
    }

    void exportAndImport()
    {
        auto ws = open(m_o.databasePath);
        QList<documents::Table> exports;
        const double exportMs = timeMs([&] {
            for (domain::Id id : m_programmeIds)
                exports.append(must(ws->programmes().exportTable(m_actor, id), "exportTable"));
        });
        const documents::Table table = mergeExports(exports);
        exports.clear();
        const long rows = long(table.rows.size());
        add(QStringLiteral("n.rows"), QStringLiteral("Rows exported and imported (n)"), double(rows),
            QStringLiteral("n"), 0);
        addMs(QStringLiteral("export.table"), QStringLiteral("Export: every programme to a table"), exportMs, rows);

        const QString csv = m_o.workDir + QStringLiteral("/tasks.csv");
        const QString xlsx = m_o.workDir + QStringLiteral("/tasks.xlsx");
        addMs(QStringLiteral("csv.write"), QStringLiteral("CSV: write"),
              measure(m_o.runs, [&] { must(documents::writeCsv(table, csv), "writeCsv"); }), rows);
        documents::Table fromCsv;
        addMs(QStringLiteral("csv.read"), QStringLiteral("CSV: read"),
              measure(
                  m_o.runs, [&] { fromCsv = must(documents::readCsv(csv), "readCsv"); }, [&] { fromCsv = {}; }),
              rows);
        addMs(QStringLiteral("xlsx.write"), QStringLiteral("XLSX: write"),
              measure(m_o.runs, [&] { must(documents::writeXlsx(table, xlsx), "writeXlsx"); }), rows);
        documents::Table fromXlsx;
        addMs(QStringLiteral("xlsx.read"), QStringLiteral("XLSX: read"),
              measure(
                  m_o.runs, [&] { fromXlsx = must(documents::readXlsx(xlsx), "readXlsx"); },
                  [&] { fromXlsx = {}; }),
              rows);
        if (fromCsv.rows.size() != rows || fromXlsx.rows.size() != rows) {
            std::fprintf(stderr, "thuky-bench: the files read back have %lld (CSV) and %lld (XLSX) rows, not %ld\n",
                         qlonglong(fromCsv.rows.size()), qlonglong(fromXlsx.rows.size()), rows);
            std::exit(1);
        }

        // Into a fresh database that knows the same people (units come with the schema).
        const QString target = m_o.workDir + QStringLiteral("/import.sqlite");
        removeDatabase(target);
        auto fresh = open(target);
        for (domain::Person p : must(ws->reference().people(m_actor), "people")) {
            p.id = 0;
            (void)must(fresh->reference().addPerson(m_actor, p), "addPerson");
        }
        const int year = fresh->programmes().today().year();
        services::ImportPlan plan;
        addMs(QStringLiteral("import.plan"), QStringLiteral("Import: check the file (planImport)"), timeMs([&] {
                  plan = must(fresh->programmes().planImport(m_actor, fromXlsx, QStringLiteral("tasks.xlsx"), year),
                              "planImport");
              }),
              rows);
        if (!plan.ok()) {
            std::fprintf(stderr, "thuky-bench: the exported file does not import: %s\n",
                         qUtf8Printable(plan.problems.first().text(Lang::En)));
            std::exit(1);
        }
        services::ImportResult imported;
        addMs(QStringLiteral("import.apply"), QStringLiteral("Import: write it (applyImport)"), timeMs([&] {
                  imported = must(fresh->programmes().applyImport(m_actor, plan), "applyImport");
              }),
              rows);
        if (imported.imported != rows) {
            std::fprintf(stderr, "thuky-bench: imported %d rows of %ld\n", imported.imported, rows);
            std::exit(1);
        }
        TaskFilter bigFilter;
        bigFilter.programmeId = imported.programmeId;
        const long big = must(fresh->programmes().countTasks(m_actor, bigFilter), "countTasks");
        listFigures(*fresh, imported.programmeId, big, true);
        fresh.reset();
        removeDatabase(target);
    }

    // One conclusion notice as the notices module exports it. DESIGN.md: under 100 ms to PDF
    // in-process, and at least 10x faster than LibreOffice converting the same DOCX.
    void noticeExports()
    {
        const documents::RichDocument notice = samples::notice();
        QByteArray docx;
        addMs(QStringLiteral("notice.docx"), QStringLiteral("One notice to DOCX (in-process)"),
              measure(m_o.runs, [&] { docx = must(documents::writeDocx(notice), "writeDocx"); }), 1);
        QByteArray odt;
        addMs(QStringLiteral("notice.odt"), QStringLiteral("One notice to ODT (in-process)"),
              measure(m_o.runs, [&] { odt = must(documents::writeOdt(notice), "writeOdt"); }), 1);
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            std::fprintf(stderr, "  (no QGuiApplication: the PDF figures are skipped)\n");
            return;
        }
        addMs(QStringLiteral("notice.pdf"), QStringLiteral("One notice to PDF (in-process)"),
              measure(m_o.runs, [&] { must(documents::writePdf(notice), "writePdf"); }), 1);

        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        const QString profile = m_o.workDir + QStringLiteral("/soffice-profile");
        const QString docxPath = m_o.workDir + QStringLiteral("/notice.docx");
        if (soffice.isEmpty() || !samples::seedLibreOfficeProfile(profile)) {
            std::fprintf(stderr, "  (no soffice: the LibreOffice figure is skipped)\n");
            return;
        }
        const QString odtPath = m_o.workDir + QStringLiteral("/notice.odt");
        must(writeFileAtomically(docxPath, docx), "write notice.docx");
        must(writeFileAtomically(odtPath, odt), "write notice.odt");
        const auto converter = [&](const QString &path) {
            return [&soffice, &profile, this, path] {
                QProcess process;
                process.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + profile,
                                        QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                        QStringLiteral("pdf"), QStringLiteral("--outdir"),
                                        m_o.workDir, path});
                if (!process.waitForFinished(120000) || process.exitCode() != 0) {
                    std::fprintf(stderr, "thuky-bench: soffice failed to convert %s\n",
                                 qUtf8Printable(path));
                    std::exit(1);
                }
            };
        };
        const auto convert = converter(docxPath);
        convert(); // the first run fills the profile
        addMs(QStringLiteral("notice.soffice"),
              QStringLiteral("The same DOCX to PDF by LibreOffice"), timeMs(convert), 1);
        addMs(QStringLiteral("notice.soffice-odt"),
              QStringLiteral("The same ODT to PDF by LibreOffice"), timeMs(converter(odtPath)), 1);
    }

    static constexpr int kPage = 200;

    const CoreBenchOptions m_o;
    const domain::Actor m_actor = domain::Actor::system();
    QList<Figure> m_figures;
    long m_tasks = 0;
    double m_demoCpuMs = 0;
    long m_contents = 0;
    long m_programmeSize = 0;
    domain::Id m_programmeId = 0;
    QList<domain::Id> m_programmeIds;
    QString m_userName;
};

} // namespace

CoreBenchResult runCoreBench(const CoreBenchOptions &options)
{
    return CoreBench(options).run();
}

} // namespace thuky::bench
