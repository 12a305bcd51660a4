#include "thuky/domain/programme.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"

#include <QRegularExpression>

namespace thuky::domain {

namespace {

template <typename E>
struct Named
{
    E value;
    const char *key;
    const char *vi;
    const char *en;
};

constexpr Named<ProgrammeStatus> kProgrammeStatuses[] = {
    {ProgrammeStatus::Draft, "draft", "Dự thảo", "Draft"},
    {ProgrammeStatus::Adopted, "adopted", "Đã ban hành", "Adopted"},
    {ProgrammeStatus::Closed, "closed", "Đã kết thúc", "Closed"},
};

constexpr Named<TaskStatus> kTaskStatuses[] = {
    {TaskStatus::NotStarted, "not_started", "Chưa triển khai", "Not started"},
    {TaskStatus::InProgress, "in_progress", "Đang thực hiện", "In progress"},
    {TaskStatus::Done, "done", "Hoàn thành", "Done"},
    {TaskStatus::Postponed, "postponed", "Tạm hoãn", "Postponed"},
    {TaskStatus::AdjustmentRequested, "adjustment_requested", "Đề nghị điều chỉnh", "Adjustment requested"},
};

constexpr Named<Timeliness> kTimeliness[] = {
    {Timeliness::OnTrack, "on_track", "Trong hạn", "On track"},
    {Timeliness::DueSoon, "due_soon", "Sắp đến hạn", "Due soon"},
    {Timeliness::Overdue, "overdue", "Quá hạn", "Overdue"},
    {Timeliness::DoneOnTime, "done_on_time", "Hoàn thành đúng hạn", "Done on time"},
    {Timeliness::DoneLate, "done_late", "Hoàn thành trễ hạn", "Done late"},
    {Timeliness::NoDeadline, "no_deadline", "Không có hạn", "No deadline"},
};

template <typename E, size_t N>
const Named<E> *findValue(const Named<E> (&table)[N], E value)
{
    for (const auto &n : table)
        if (n.value == value)
            return &n;
    return nullptr;
}

template <typename E, size_t N>
std::optional<E> findKey(const Named<E> (&table)[N], const QString &key)
{
    for (const auto &n : table)
        if (key == QLatin1String(n.key))
            return n.value;
    return std::nullopt;
}

template <typename E, size_t N>
QString textOf(const Named<E> (&table)[N], E value, bool english = false)
{
    const auto *n = findValue(table, value);
    return n ? QString::fromUtf8(english ? n->en : n->vi) : QString();
}

const QRegularExpression &arabicNumber()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,4}(\\.[0-9]{1,4}){0,5}$"));
    return re;
}

} // namespace

QString programmeStatusKey(ProgrammeStatus s) { return QString::fromLatin1(findValue(kProgrammeStatuses, s)->key); }
ProgrammeStatus programmeStatusFromKey(const QString &key)
{
    return findKey(kProgrammeStatuses, key).value_or(ProgrammeStatus::Draft);
}
QString programmeStatusLabel(ProgrammeStatus s) { return textOf(kProgrammeStatuses, s); }
QString programmeStatusLabelEn(ProgrammeStatus s) { return textOf(kProgrammeStatuses, s, true); }

QString taskStatusKey(TaskStatus s) { return QString::fromLatin1(findValue(kTaskStatuses, s)->key); }
std::optional<TaskStatus> taskStatusFromKey(const QString &key) { return findKey(kTaskStatuses, key); }
QString taskStatusLabel(TaskStatus s) { return textOf(kTaskStatuses, s); }
QString taskStatusLabelEn(TaskStatus s) { return textOf(kTaskStatuses, s, true); }

std::optional<TaskStatus> parseTaskStatus(const QString &text)
{
    const QString folded = search::fold(text);
    if (auto byKey = taskStatusFromKey(folded))
        return byKey;
    for (const auto &n : kTaskStatuses) {
        if (folded == search::fold(QString::fromUtf8(n.vi)) || folded == search::fold(QString::fromUtf8(n.en)))
            return n.value;
    }
    return std::nullopt;
}

QString timelinessKey(Timeliness t) { return QString::fromLatin1(findValue(kTimeliness, t)->key); }
std::optional<Timeliness> timelinessFromKey(const QString &key) { return findKey(kTimeliness, key); }
QString timelinessLabel(Timeliness t) { return textOf(kTimeliness, t); }
QString timelinessLabelEn(Timeliness t) { return textOf(kTimeliness, t, true); }
bool isLate(Timeliness t) { return t == Timeliness::Overdue || t == Timeliness::DoneLate; }

Timeliness computeTimeliness(TaskStatus status, const QDate &deadline, const QDate &completedOn,
                             const QDate &today, int dueSoonDays)
{
    if (status == TaskStatus::Done) {
        if (!deadline.isValid())
            return Timeliness::DoneOnTime;
        const QDate finished = completedOn.isValid() ? completedOn : today;
        return finished <= deadline ? Timeliness::DoneOnTime : Timeliness::DoneLate;
    }
    if (!deadline.isValid())
        return Timeliness::NoDeadline;
    if (today > deadline)
        return Timeliness::Overdue;
    if (today.daysTo(deadline) <= dueSoonDays)
        return Timeliness::DueSoon;
    return Timeliness::OnTrack;
}

// ---------------------------------------------------------------- Period

bool Period::isValid() const
{
    switch (kind) {
    case Kind::Date:
        return date.isValid();
    case Kind::Month:
        return year > 0 && value >= 1 && value <= 12;
    case Kind::Quarter:
        return year > 0 && value >= 1 && value <= 4;
    case Kind::Year:
        return year > 0;
    }
    return false;
}

Period Period::shiftedYears(int years) const
{
    Period p = *this;
    p.year += years;
    if (kind == Kind::Date)
        p.date = date.addYears(years);
    return p;
}

QDate Period::deadline() const
{
    if (!isValid())
        return {};
    switch (kind) {
    case Kind::Date:
        return date;
    case Kind::Month: {
        const QDate first(year, value, 1);
        return first.addDays(first.daysInMonth() - 1);
    }
    case Kind::Quarter: {
        const QDate first(year, value * 3, 1);
        return first.addDays(first.daysInMonth() - 1);
    }
    case Kind::Year:
        return QDate(year, 12, 31);
    }
    return {};
}

QString Period::label() const
{
    if (!isValid())
        return {};
    switch (kind) {
    case Kind::Date:
        return shortDate(date);
    case Kind::Month:
        return QStringLiteral("Tháng %1/%2").arg(value).arg(year);
    case Kind::Quarter:
        return QStringLiteral("Quý %1/%2").arg(toRoman(value)).arg(year);
    case Kind::Year:
        return QStringLiteral("Năm %1").arg(year);
    }
    return {};
}

QString Period::key() const
{
    if (!isValid())
        return {};
    switch (kind) {
    case Kind::Date:
        return date.toString(Qt::ISODate);
    case Kind::Month:
        return QStringLiteral("%1-M%2").arg(year).arg(value, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(year).arg(value);
    case Kind::Year:
        return QString::number(year);
    }
    return {};
}

std::optional<Period> Period::fromKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(?:M(\\d{2})|Q(\\d)|(\\d{2})-(\\d{2})))?$"));
    const auto m = re.match(key);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    Period p = Period::ofYear(year);
    if (!m.captured(2).isEmpty())
        p = Period::ofMonth(year, m.captured(2).toInt());
    else if (!m.captured(3).isEmpty())
        p = Period::ofQuarter(year, m.captured(3).toInt());
    else if (!m.captured(4).isEmpty())
        p = Period::ofDate(QDate(year, m.captured(4).toInt(), m.captured(5).toInt()));
    return p.isValid() ? std::optional<Period>(p) : std::nullopt;
}

std::optional<Period> Period::parse(const QString &text, int defaultYear)
{
    const QString t = search::fold(text);
    if (t.isEmpty())
        return std::nullopt;
    if (const QDate d = parseDate(t); d.isValid())
        return Period::ofDate(d);
    const auto yearOf = [&](const QString &captured) { return captured.isEmpty() ? defaultYear : captured.toInt(); };
    static const QRegularExpression month(
        QStringLiteral("^(?:thang|t)\\s*(\\d{1,2})(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?$"));
    static const QRegularExpression quarter(
        QStringLiteral("^(?:quy|q)\\s*([ivx]+|\\d)(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?$"));
    static const QRegularExpression year(QStringLiteral("^(?:(?:ca\\s+)?nam\\s*)?(\\d{4})?$"));
    std::optional<Period> p;
    if (auto m = month.match(t); m.hasMatch()) {
        p = Period::ofMonth(yearOf(m.captured(2)), m.captured(1).toInt());
    } else if (auto q = quarter.match(t); q.hasMatch()) {
        const QString v = q.captured(1);
        const int n = v.at(0).isDigit() ? v.toInt() : fromRoman(v);
        p = Period::ofQuarter(yearOf(q.captured(2)), n);
    } else if (auto y = year.match(t); y.hasMatch()) {
        p = Period::ofYear(yearOf(y.captured(1)));
    }
    if (p && p->isValid())
        return p;
    return std::nullopt;
}

// ---------------------------------------------------------------- Task

bool Task::isSection() const { return fromRoman(number) > 0; }

QString sortKeySegment(const QString &number)
{
    const QString n = number.trimmed();
    if (const int roman = fromRoman(n); roman > 0)
        return QStringLiteral("S%1").arg(roman, 4, 10, QLatin1Char('0'));
    const QString last = n.section(QLatin1Char('.'), -1);
    return QStringLiteral("%1").arg(last.toInt(), 4, 10, QLatin1Char('0'));
}

namespace {
Error fieldError(const char *field, const char *vi, const char *en)
{
    return makeError(ErrorCode::InvalidInput, QString::fromUtf8(vi), QString::fromUtf8(en), QString::fromLatin1(field));
}
} // namespace

Result<void> validateTask(const Task &task)
{
    const QString number = task.number.trimmed();
    if (number.isEmpty())
        return fieldError("number", "Chưa nhập số thứ tự (STT).", "The number (STT) is missing.");
    if (!task.isSection() && !arabicNumber().match(number).hasMatch())
        return fieldError("number", "STT phải là số La Mã (I, II…) cho đề mục hoặc dạng 1, 1.2, 1.2.3 cho nhiệm vụ.",
                          "The number must be Roman (I, II…) for a section or like 1, 1.2, 1.2.3 for a task.");
    if (task.content.trimmed().isEmpty())
        return fieldError("content", "Chưa nhập nội dung nhiệm vụ.", "The task's content is missing.");
    if (task.content.size() > 4000)
        return fieldError("content", "Nội dung quá dài (tối đa 4.000 ký tự).", "The content is too long (4,000 characters at most).");
    if (task.progress < 0 || task.progress > 100)
        return fieldError("progress", "Tiến độ phải từ 0 đến 100%.", "Progress must be between 0 and 100%.");
    if (task.isSection())
        return {};
    if (task.leadUnitId == 0)
        return fieldError("leadUnit", "Chưa chọn đơn vị chủ trì.", "The lead unit is missing.");
    if (task.partnerUnitIds.contains(task.leadUnitId))
        return fieldError("partners", "Đơn vị chủ trì không đồng thời là đơn vị phối hợp.",
                          "The lead unit cannot also be a coordinating unit.");
    if (!task.period.isValid())
        return fieldError("period", "Thời hạn không hợp lệ.", "The period is not valid.");
    if (task.status == TaskStatus::Done && task.completedOn.isValid() && task.completedOn.year() < 1946)
        return fieldError("completedOn", "Ngày hoàn thành không hợp lệ.", "The completion date is not valid.");
    return {};
}

} // namespace thuky::domain
