#pragma once
// Workspace: one open Thuky database with its repositories and services wired together.
// The GUI, the CLI, the tests and the benchmark all start here.

#include "thuky/core/result.h"
#include "thuky/services/key_store.h"
#include "thuky/storage/database.h"

#include <memory>

namespace thuky::storage {
class ReferenceRepository;
class ProgrammeRepository;
class AccountRepository;
class AuditRepository;
class CalendarRepository;
class MeetingRepository;
class NoticeRepository;
class SearchRepository;
class ReportRepository;
class SessionRepository;
} // namespace thuky::storage

namespace thuky::services {

class Authorizer;
class ReferenceService;
class ProgrammeService;
class AccountService;
class AuditService;
class CalendarService;
class MeetingService;
class MeetingExchange;
class NoticeService;
class SearchService;
class ReportService;
class DashboardService;
class HomeService;
class SessionService;

class Workspace
{
public:
    /// Opens the file (creating it and its folder when `create`), applies migrations, and
    /// refuses a database newer than the program (SchemaTooNew) or one that is not a
    /// SQLite/Thuky file (Corrupt) without changing it.
    /// `schema`: migrate only up to that version, for the tests that build an old database
    /// and upgrade it; 0: the current one.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, bool create = true, int schema = 0);
    /// A migrated private in-memory database, for tests.
    static Result<std::unique_ptr<Workspace>> openInMemory();
    ~Workspace();

    storage::Database &db() { return m_db; }
    storage::ReferenceRepository &referenceRepository() { return *m_referenceRepo; }
    storage::ProgrammeRepository &programmeRepository() { return *m_programmeRepo; }
    storage::AuditRepository &auditRepository() { return *m_auditRepo; }
    storage::AccountRepository &accountRepository() { return *m_accountRepo; }
    storage::MeetingRepository &meetingRepository() { return *m_meetingRepo; }
    storage::NoticeRepository &noticeRepository() { return *m_noticeRepo; }
    storage::SessionRepository &sessionRepository() { return *m_sessionRepo; }
    /// The key of this database on this installation (may be unavailable: see docs/security.md).
    const DatabaseKey &key() const { return m_key; }
    /// Looks for the key again (after `key import`).
    Result<void> reloadKey();
    ReferenceService &reference() { return *m_reference; }
    ProgrammeService &programmes() { return *m_programmes; }
    AccountService &accounts() { return *m_accounts; }
    AuditService &audit() { return *m_audit; }
    CalendarService &calendar() { return *m_calendar; }
    MeetingService &meetings() { return *m_meetings; }
    /// The calendar's iCalendar exchange and its printed programmes and reminder lists.
    MeetingExchange &meetingExchange() { return *m_meetingExchange; }
    NoticeService &notices() { return *m_notices; }
    /// Search over every module (the full-text index of schema 10).
    SearchService &search() { return *m_search; }
    /// Periodic progress reports of the work programmes.
    ReportService &reports() { return *m_reports; }
    /// The leadership dashboard's figures.
    DashboardService &dashboard() { return *m_dashboard; }
    /// The home page's entries; modules add their providers to it.
    HomeService &home() { return *m_home; }
    /// National Assembly sessions and their agendas; also the calendar's plenary days.
    SessionService &sessions() { return *m_sessions; }
    const Authorizer &authorizer() const { return *m_authorizer; }

    /// Fixes "today" for every service (tests, demo screenshots). Invalid: the real date.
    void setToday(const QDate &today);

    /// The default database of the GUI and the CLI: <AppDataLocation>/thuky.sqlite.
    static QString defaultDatabasePath();

private:
    explicit Workspace(storage::Database db);
    Result<void> init(int schema);
    Result<QString> databaseId();
    Result<void> createKey();
    Result<void> loadKey();

    storage::Database m_db;
    DatabaseKey m_key;
    std::unique_ptr<Authorizer> m_authorizer;
    std::unique_ptr<storage::ReferenceRepository> m_referenceRepo;
    std::unique_ptr<storage::ProgrammeRepository> m_programmeRepo;
    std::unique_ptr<storage::AccountRepository> m_accountRepo;
    std::unique_ptr<storage::AuditRepository> m_auditRepo;
    std::unique_ptr<storage::CalendarRepository> m_calendarRepo;
    std::unique_ptr<storage::MeetingRepository> m_meetingRepo;
    std::unique_ptr<storage::NoticeRepository> m_noticeRepo;
    std::unique_ptr<storage::SearchRepository> m_searchRepo;
    std::unique_ptr<storage::SessionRepository> m_sessionRepo;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<ReferenceService> m_reference;
    std::unique_ptr<ProgrammeService> m_programmes;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CalendarService> m_calendar;
    std::unique_ptr<MeetingService> m_meetings;
    std::unique_ptr<MeetingExchange> m_meetingExchange;
    std::unique_ptr<NoticeService> m_notices;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<storage::ReportRepository> m_reportRepo;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<DashboardService> m_dashboard;
    std::unique_ptr<HomeService> m_home;
    std::unique_ptr<SessionService> m_sessions;
};

} // namespace thuky::services
