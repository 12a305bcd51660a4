#pragma once
// Working days for every module (lịch ngày làm việc): the holiday rules and the exceptions
// each year's announcement makes to them, which administrators keep up to date.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"
#include "thuky/domain/working_days.h"
#include "thuky/storage/calendar_repository.h"

#include <optional>

namespace thuky::storage {
class Database;
}

namespace thuky::services {

class Authorizer;
class AuditService;

class CalendarService
{
public:
    CalendarService(storage::Database &db, storage::CalendarRepository &repo, AuditService &audit,
                    const Authorizer &authorizer);

    /// The rules with every announced exception, as they stand now.
    Result<domain::WorkingDays> workingDays(const domain::Actor &actor);
    /// The exceptions of one year, or of every year, in date order.
    Result<QList<storage::StoredCalendarException>>
    exceptions(const domain::Actor &actor, std::optional<int> year = std::nullopt);
    /// Adds an exception (administrators). Refused: an invalid date, a date that already has
    /// one (Duplicate), a day off on a day that is already off or a working day on one
    /// that is already worked (the exception would change nothing).
    Result<storage::StoredCalendarException> addException(const domain::Actor &actor,
                                                          domain::CalendarException exception);
    /// Removes the exception of a date (administrators); NotFound when it has none.
    Result<domain::CalendarException> removeException(const domain::Actor &actor,
                                                      const QDate &date);

    /// The announcements Thuky ships (recent years), added once when a database gains the
    /// working-day table; a date that already has an exception is left as it is.
    Result<int> addAnnouncedExceptions(const domain::Actor &actor);

private:
    storage::Database &m_db;
    storage::CalendarRepository &m_repo;
    AuditService &m_audit;
    const Authorizer &m_auth;
};

} // namespace thuky::services
