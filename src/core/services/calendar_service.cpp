#include "thuky/services/calendar_service.h"

#include "thuky/core/logging.h"
#include "thuky/domain/text.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/storage/transaction.h"

#include <spdlog/spdlog.h>

namespace thuky::services {

using domain::Actor;
using domain::CalendarException;
using storage::Entity;
using storage::StoredCalendarException;

namespace {

constexpr int kMaxReasonLength = 500;

/// The Government's announced arrangements of recent years that differ from the rules.
struct Announcement
{
    int year, month, day;
    bool working;
    const char *reason;
};
constexpr Announcement kAnnounced[] = {
    {2024, 2, 8, false, "Nghỉ Tết Nguyên đán Giáp Thìn 2024 (từ 08/02 đến hết 14/02/2024)"},
    {2024, 2, 15, true,
     "Đi làm lại sau Tết Nguyên đán Giáp Thìn 2024 (ngày nghỉ bù đã dồn vào dịp Tết)"},
    {2025, 1, 27, false, "Nghỉ Tết Nguyên đán Ất Tỵ 2025 (từ 25/01 đến hết 02/02/2025)"},
    {2025, 2, 3, true,
     "Đi làm lại sau Tết Nguyên đán Ất Tỵ 2025 (ngày nghỉ bù đã dồn vào dịp Tết)"},
    {2025, 4, 26, true, "Làm bù thứ Bảy 26/4/2025 cho ngày nghỉ thứ Sáu 02/5/2025"},
    {2025, 5, 2, false, "Nghỉ dịp 30/4 và 1/5/2025 (hoán đổi với thứ Bảy 26/4/2025)"},
};

Error invalid(const QString &vi, const QString &en, const char *field)
{
    return makeError(ErrorCode::InvalidInput, vi, en, QString::fromLatin1(field));
}

} // namespace

CalendarService::CalendarService(storage::Database &db, storage::CalendarRepository &repo,
                                 AuditService &audit, const Authorizer &authorizer)
    : m_db(db), m_repo(repo), m_audit(audit), m_auth(authorizer)
{
}

Result<domain::WorkingDays> CalendarService::workingDays(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto stored = m_repo.exceptions();
    if (!stored)
        return stored.error();
    QList<CalendarException> exceptions;
    exceptions.reserve(stored->size());
    for (const StoredCalendarException &s : *stored)
        exceptions.append(s.exception);
    return domain::WorkingDays(exceptions);
}

Result<QList<StoredCalendarException>> CalendarService::exceptions(const Actor &actor,
                                                                   std::optional<int> year)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto all = m_repo.exceptions();
    if (!all || !year)
        return all;
    QList<StoredCalendarException> inYear;
    for (const StoredCalendarException &s : *all) {
        if (s.exception.date.year() == *year)
            inYear.append(s);
    }
    return inYear;
}

Result<StoredCalendarException> CalendarService::addException(const Actor &actor,
                                                              CalendarException exception)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    exception.reason = domain::cleanText(exception.reason);
    if (!exception.date.isValid() || exception.date.year() < 1900 || exception.date.year() > 2199)
        return invalid(QStringLiteral("Ngày không hợp lệ."),
                       QStringLiteral("The date is not valid."), "date");
    if (exception.reason.size() > kMaxReasonLength)
        return invalid(
            QStringLiteral("Lý do dài quá %1 ký tự.").arg(kMaxReasonLength),
            QStringLiteral("The reason is longer than %1 characters.").arg(kMaxReasonLength),
            "reason");
    auto calendar = workingDays(actor);
    if (!calendar)
        return calendar.error();
    const QString day = domain::shortDate(exception.date);
    if (auto existing = m_repo.exception(exception.date); !existing)
        return existing.error();
    else if (*existing)
        return makeError(
            ErrorCode::Duplicate,
            QStringLiteral(
                "Ngày %1 đã có trong danh sách ngày nghỉ, ngày làm bù; hãy xóa trước khi thêm lại.")
                .arg(day),
            QStringLiteral("%1 already has an exception; remove it before adding another.")
                .arg(exception.date.toString(Qt::ISODate)),
            QStringLiteral("date"));
    if (calendar->isWorkingDay(exception.date) == exception.working)
        return exception.working
                   ? invalid(
                         QStringLiteral("Ngày %1 vốn là ngày làm việc; không cần thêm ngày làm bù.")
                             .arg(day),
                         QStringLiteral("%1 is already a working day.")
                             .arg(exception.date.toString(Qt::ISODate)),
                         "date")
                   : invalid(QStringLiteral("Ngày %1 vốn là ngày nghỉ; không cần thêm ngày nghỉ.")
                                 .arg(day),
                             QStringLiteral("%1 is already a day off.")
                                 .arg(exception.date.toString(Qt::ISODate)),
                             "date");
    if (exception.reason.isEmpty())
        exception.reason = exception.working ? QStringLiteral("Làm bù theo thông báo")
                                             : QStringLiteral("Nghỉ theo thông báo");

    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.insertException(exception);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, QStringLiteral("calendar.exception.add"),
                             Entity::CalendarException, *id, std::nullopt));
    THUKY_TRY(tx->commit());
    logger("services")
        ->info("calendar exception {} ({}) added by {}",
               exception.date.toString(Qt::ISODate).toStdString(),
               exception.working ? "working" : "day off", actor.userName.toStdString());
    return StoredCalendarException{*id, exception};
}

Result<CalendarException> CalendarService::removeException(const Actor &actor, const QDate &date)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    auto existing = m_repo.exception(date);
    if (!existing)
        return existing.error();
    if (!*existing)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Ngày %1 không có trong danh sách ngày nghỉ, ngày làm bù.")
                             .arg(domain::shortDate(date)),
                         QStringLiteral("%1 has no exception.").arg(date.toString(Qt::ISODate)),
                         QStringLiteral("date"));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::CalendarException, (*existing)->id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.removeException((*existing)->id));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("calendar.exception.remove"),
                             Entity::CalendarException, (*existing)->id, *before));
    THUKY_TRY(tx->commit());
    return (*existing)->exception;
}

Result<int> CalendarService::addAnnouncedExceptions(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    int added = 0;
    for (const Announcement &a : kAnnounced) {
        const QDate date(a.year, a.month, a.day);
        auto existing = m_repo.exception(date);
        if (!existing)
            return existing.error();
        if (*existing)
            continue;
        const CalendarException exception{date, a.working, QString::fromUtf8(a.reason)};
        auto id = m_repo.insertException(exception);
        if (!id)
            return id.error();
        THUKY_TRY(m_audit.record(actor, QStringLiteral("calendar.exception.add"),
                                 Entity::CalendarException, *id, std::nullopt));
        ++added;
    }
    THUKY_TRY(tx->commit());
    return added;
}

} // namespace thuky::services
