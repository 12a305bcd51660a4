#include "thuky/services/workspace.h"

#include "thuky/core/logging.h"
#include "thuky/services/account_service.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/dashboard_service.h"
#include "thuky/services/home_service.h"
#include "thuky/services/meeting_exchange.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/search_service.h"
#include "thuky/services/report_service.h"
#include "thuky/services/session_service.h"
#include "thuky/storage/migrations.h"
#include "thuky/storage/account_repository.h"
#include "thuky/storage/audit_repository.h"
#include "thuky/storage/calendar_repository.h"
#include "thuky/storage/meeting_repository.h"
#include "thuky/storage/notice_repository.h"
#include "thuky/storage/programme_repository.h"
#include "thuky/storage/reference_repository.h"
#include "thuky/storage/search_repository.h"
#include "thuky/storage/report_repository.h"
#include "thuky/storage/session_repository.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace thuky::services {

namespace {
// The schema that brought the audit trail (003_accounts_audit.sql).
constexpr int kFirstAuditedSchema = 3;
// The schema that keyed it and sealed the accounts (004_keys_seals.sql).
constexpr int kFirstKeyedSchema = 4;
// The schema that brought the working-day exceptions (005_working_days.sql).
constexpr int kWorkingDaysSchema = 5;
// The schema that brought the meeting calendar (007_meetings.sql).
constexpr int kMeetingsSchema = 7;
// The schema that brought conclusion notices (008_notices.sql).
constexpr int kNoticesSchema = 8;
// The schema that brought session agendas (009_session_agendas.sql).
constexpr int kSessionsSchema = 9;
} // namespace

Workspace::Workspace(storage::Database db) : m_db(std::move(db)) {}
Workspace::~Workspace()
{
    // The commit hook points at the audit service, which goes first.
    if (m_auditRepo)
        m_auditRepo->onCommit({});
}

Result<void> Workspace::init(int schema)
{
    const int versionBefore = m_db.userVersion();
    m_authorizer = std::make_unique<RoleAuthorizer>();
    m_referenceRepo = storage::makeSqliteReferenceRepository(m_db);
    m_programmeRepo = storage::makeSqliteProgrammeRepository(m_db);
    m_accountRepo = storage::makeSqliteAccountRepository(m_db);
    m_auditRepo = storage::makeSqliteAuditRepository(m_db);
    m_audit = std::make_unique<AuditService>(m_db, *m_auditRepo, *m_authorizer, m_key);
    m_reference = std::make_unique<ReferenceService>(m_db, *m_referenceRepo, *m_audit, *m_authorizer);
    m_programmes = std::make_unique<ProgrammeService>(m_db, *m_programmeRepo, *m_referenceRepo, *m_audit, *m_authorizer);
    m_accounts = std::make_unique<AccountService>(m_db, *m_accountRepo, *m_audit, *m_authorizer, m_key);
    m_calendarRepo = storage::makeSqliteCalendarRepository(m_db);
    m_calendar = std::make_unique<CalendarService>(m_db, *m_calendarRepo, *m_audit, *m_authorizer);
    m_meetingRepo = storage::makeSqliteMeetingRepository(m_db);
    m_meetings = std::make_unique<MeetingService>(m_db, *m_meetingRepo, *m_referenceRepo, *m_calendar, *m_audit,
                                                  *m_authorizer);
    m_meetingExchange =
        std::make_unique<MeetingExchange>(m_db, *m_meetingRepo, *m_meetings, *m_authorizer);
    m_noticeRepo = storage::makeSqliteNoticeRepository(m_db);
    m_notices = std::make_unique<NoticeService>(m_db, *m_noticeRepo, *m_meetingRepo, *m_referenceRepo, *m_programmes,
                                                *m_calendar, *m_audit, *m_authorizer);
    m_searchRepo = storage::makeSqliteSearchRepository(m_db);
    m_search = std::make_unique<SearchService>(*m_searchRepo, *m_authorizer);
    m_reportRepo = storage::makeSqliteReportRepository(m_db);
    m_reports = std::make_unique<ReportService>(m_db, *m_reportRepo, *m_referenceRepo, *m_programmes, *m_audit,
                                                *m_authorizer);
    m_dashboard = std::make_unique<DashboardService>(*m_reportRepo, *m_programmes, *m_meetings, *m_calendar,
                                                     *m_authorizer);
    m_home = std::make_unique<HomeService>(*this);
    m_sessionRepo = storage::makeSqliteSessionRepository(m_db);
    m_sessions = std::make_unique<SessionService>(m_db, *m_sessionRepo, *m_meetingRepo, *m_referenceRepo,
                                                  *m_calendar, *m_audit, *m_authorizer);
    // The calendar shades and checks the days plenary sessions sit, from the sessions' phases.
    m_meetings->setPlenaryDays([this](const QDate &from, const QDate &to) {
        if (m_db.userVersion() < kSessionsSchema)
            return QList<std::pair<QDate, QDate>>{};
        return m_sessions->plenaryDays(from, to);
    });
    // The home page lists the sessions that sit in the next two weeks, a line per phase.
    m_home->addProvider([this](const HomeContext &context) -> Result<QList<HomeEntry>> {
        QList<HomeEntry> out;
        if (m_db.userVersion() < kSessionsSchema)
            return out;
        const QDate until = context.today.addDays(HomeService::kMeetingDays);
        auto sessions = m_sessions->sessions(context.actor);
        if (!sessions)
            return sessions.error();
        for (const SessionSummary &summary : *sessions) {
            const domain::Session &session = summary.session;
            for (const domain::SessionPhase &phase : session.phases) {
                if (phase.last < context.today || phase.first > until)
                    continue;
                HomeEntry entry;
                entry.section = HomeSection::Meetings;
                entry.moduleKey = QStringLiteral("sessions");
                entry.id = session.id;
                entry.date = std::max(phase.first, context.today);
                entry.title = session.fullTitle();
                entry.detail = QStringLiteral("Đợt %1: %2 – %3")
                                   .arg(phase.number)
                                   .arg(phase.first.toString(QStringLiteral("dd/MM/yyyy")),
                                        phase.last.toString(QStringLiteral("dd/MM/yyyy")));
                out.append(entry);
            }
        }
        return out;
    });

    bool keyedNow = false;
    const auto keyOnce = [&](int version) -> Result<void> {
        if (version != kFirstKeyedSchema)
            return {};
        // In the upgrade's own transaction: the key file is made first, so a failure leaves
        // at most an unused key file named by an id that was never committed.
        THUKY_TRY(createKey());
        THUKY_TRY(m_audit->keyTrail());
        THUKY_TRY(m_accounts->sealAll());
        keyedNow = true;
        return {};
    };
    THUKY_TRY(schema > 0 ? storage::migrateTo(m_db, schema, keyOnce) : storage::migrate(m_db, keyOnce));
    if (!keyedNow)
        THUKY_TRY(loadKey());
    THUKY_TRY(m_db.enableWal());
    m_auditRepo->onCommit([this] { m_audit->commitHook(); });
    if (keyedNow && m_key.store()) {
        auto head = m_audit->head();
        if (!head)
            return head.error();
        THUKY_TRY(m_key.store()->resetAnchor(m_key.databaseId(), *head));
    }
    // Data from before the audit trail (the seeded agencies, or a database upgraded from
    // schema 2) gets a baseline entry once, at the upgrade; never again, or rows added
    // behind Thuky's back would be blessed silently.
    if (versionBefore < kFirstAuditedSchema && m_db.userVersion() >= kFirstAuditedSchema) {
        auto baseline = m_audit->baseline();
        if (!baseline)
            return baseline.error();
    }
    // The announcements Thuky knows of arrive with the table, through the audited service.
    if (versionBefore < kWorkingDaysSchema && m_db.userVersion() >= kWorkingDaysSchema) {
        auto announced = m_calendar->addAnnouncedExceptions(domain::Actor::system());
        if (!announced)
            return announced.error();
    }
    // The deadline rules' defaults and the current terms, audited like the announcements.
    if (versionBefore < kMeetingsSchema && m_db.userVersion() >= kMeetingsSchema)
        THUKY_TRY(m_meetings->addDefaults(domain::Actor::system()));
    // The Standing Committee and the Secretary General as issuers, a template per kind.
    if (versionBefore < kNoticesSchema && m_db.userVersion() >= kNoticesSchema)
        THUKY_TRY(m_notices->addDefaults(domain::Actor::system()));
    return {};
}

Result<QString> Workspace::databaseId()
{
    auto id = m_auditRepo->meta(QStringLiteral("database_id"));
    if (!id)
        return id.error();
    if (!*id)
        return makeError(ErrorCode::Corrupt, QStringLiteral("Cơ sở dữ liệu không có mã nhận diện (database_id)."),
                         QStringLiteral("The database has no id (database_id)."), m_db.path());
    return **id;
}

Result<void> Workspace::createKey()
{
    auto id = databaseId();
    if (!id)
        return id.error();
    if (m_db.path() == QLatin1String(":memory:")) {
        m_key = DatabaseKey::ephemeral(*id);
        return {};
    }
    const KeyStore store;
    auto existing = store.load(*id);
    if (!existing)
        return existing.error();
    auto key = *existing ? Result<QByteArray>(**existing) : store.create(*id);
    if (!key)
        return key.error();
    m_key = DatabaseKey(*id, *key, store);
    return {};
}

Result<void> Workspace::loadKey()
{
    auto id = databaseId();
    if (!id)
        return id.error();
    const KeyStore store;
    auto key = store.load(*id);
    if (!key)
        return key.error();
    if (!*key)
        logger("services")->info("this installation has no key for database {} ({})", id->toStdString(),
                                 store.keyPath(*id).toStdString());
    m_key = DatabaseKey(*id, *key, store);
    return {};
}

Result<void> Workspace::reloadKey() { return loadKey(); }

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, bool create, int schema)
{
    if (!create && !QFileInfo::exists(path))
        return makeError(ErrorCode::Io, QStringLiteral("Không tìm thấy tệp cơ sở dữ liệu \"%1\".").arg(path),
                         QStringLiteral("The database file \"%1\" does not exist.").arg(path), path);
    storage::OpenOptions options;
    options.create = create;
    options.wal = false; // only once migrate() has accepted the file
    auto db = storage::Database::open(path, options);
    if (!db) {
        logger("storage")->error("cannot open {}: {}", path.toStdString(), db.error().detail.toStdString());
        return db.error();
    }
    std::unique_ptr<Workspace> ws(new Workspace(std::move(db).value()));
    if (auto r = ws->init(schema); !r) {
        // A refused file (newer schema, foreign database) is the caller's message to give.
        logger("storage")->warn("cannot prepare {}: {}", path.toStdString(), r.error().detail.toStdString());
        return r.error();
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::openInMemory() { return open(QStringLiteral(":memory:")); }

void Workspace::setToday(const QDate &today) { m_db.setToday(today); }

QString Workspace::defaultDatabasePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/Thuky/thuky.sqlite");
}

} // namespace thuky::services
