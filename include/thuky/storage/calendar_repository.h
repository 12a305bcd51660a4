#pragma once
// The announced exceptions to the working-day rules (ngày nghỉ, ngày làm bù theo thông báo).

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"
#include "thuky/domain/working_days.h"

#include <memory>
#include <optional>

namespace thuky::storage {

class Database;

/// A stored exception with its row id (the audit trail follows rows).
struct StoredCalendarException
{
    domain::Id id = 0;
    domain::CalendarException exception;
};

class CalendarRepository
{
public:
    virtual ~CalendarRepository() = default;

    /// Every exception, in date order (a few dozen a year at most).
    virtual Result<QList<StoredCalendarException>> exceptions() = 0;
    virtual Result<std::optional<StoredCalendarException>> exception(const QDate &date) = 0;
    /// Duplicate when the date already has an exception.
    virtual Result<domain::Id> insertException(const domain::CalendarException &exception) = 0;
    virtual Result<void> removeException(domain::Id id) = 0;
};

std::unique_ptr<CalendarRepository> makeSqliteCalendarRepository(Database &db);

} // namespace thuky::storage
