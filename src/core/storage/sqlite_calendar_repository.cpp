#include "thuky/storage/calendar_repository.h"
#include "thuky/storage/database.h"

#include "query_helpers.h"

namespace thuky::storage {

using domain::CalendarException;
using domain::Id;

namespace {

constexpr const char *kSelectAll =
    "SELECT id, day, working, reason FROM calendar_exceptions ORDER BY day";
constexpr const char *kSelectDay =
    "SELECT id, day, working, reason FROM calendar_exceptions WHERE day = ?";
constexpr const char *kInsert =
    "INSERT INTO calendar_exceptions(day, working, reason) VALUES (?, ?, ?)";
constexpr const char *kDelete = "DELETE FROM calendar_exceptions WHERE id = ?";

StoredCalendarException readException(const Statement &s)
{
    return {s.int64(0), CalendarException{s.date(1), s.integer(2) != 0, s.text(3)}};
}

class SqliteCalendarRepository final : public CalendarRepository
{
public:
    explicit SqliteCalendarRepository(Database &db) : m_db(db) {}

    Result<QList<StoredCalendarException>> exceptions() override
    {
        return detail::readAll<StoredCalendarException>(m_db, kSelectAll, readException);
    }

    Result<std::optional<StoredCalendarException>> exception(const QDate &date) override
    {
        return detail::readOne<StoredCalendarException>(m_db, kSelectDay, readException, date);
    }

    Result<Id> insertException(const CalendarException &e) override
    {
        auto done = m_db.exec(kInsert, e.date, e.working, detail::text(e.reason));
        if (!done) {
            if (done.error().code == ErrorCode::Conflict)
                return makeError(
                    ErrorCode::Duplicate,
                    QStringLiteral("Ngày %1 đã có trong danh sách ngày nghỉ, ngày làm bù.")
                        .arg(e.date.toString(QStringLiteral("dd/MM/yyyy"))),
                    QStringLiteral("%1 already has an exception.")
                        .arg(e.date.toString(Qt::ISODate)),
                    done.error().detail);
            return done.error();
        }
        return m_db.lastInsertId();
    }

    Result<void> removeException(Id id) override { return m_db.exec(kDelete, id); }

private:
    Database &m_db;
};

} // namespace

std::unique_ptr<CalendarRepository> makeSqliteCalendarRepository(Database &db)
{
    return std::make_unique<SqliteCalendarRepository>(db);
}

} // namespace thuky::storage
