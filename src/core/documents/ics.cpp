// iCalendar through libical. Writing: libical builds and escapes the VCALENDAR, then every
// line is folded again at 75 octets on UTF-8 boundaries. Reading: a strict line reader of
// Thuky's own (limits, line numbers, BEGIN/END, the values Thuky keeps) with libical for
// durations and for the time zones a file defines itself.

#include "thuky/documents/ics.h"

#include "thuky/core/files.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>
#include <optional>

namespace thuky::documents {

namespace {

constexpr int kVietnamOffsetSeconds = 7 * 3600; // UTC+7 all year since 1975
const char *const kZoneId = "Asia/Ho_Chi_Minh";
const char *const kVietnamZone = "BEGIN:VTIMEZONE\r\n"
                                 "TZID:Asia/Ho_Chi_Minh\r\n"
                                 "BEGIN:STANDARD\r\n"
                                 "DTSTART:19700101T000000\r\n"
                                 "TZOFFSETFROM:+0700\r\n"
                                 "TZOFFSETTO:+0700\r\n"
                                 "TZNAME:ICT\r\n"
                                 "END:STANDARD\r\n"
                                 "END:VTIMEZONE\r\n";

// ---------------------------------------------------------------------------- writing

icaltimetype timeValue(const QDate &date, const QTime &time, bool isDate)
{
    icaltimetype value = icaltime_null_time();
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    value.is_date = isDate ? 1 : 0;
    if (!isDate) {
        value.hour = time.hour();
        value.minute = time.minute();
        value.second = time.second();
    }
    return value;
}

icaltimetype utcValue(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    icaltimetype value = timeValue(utc.date(), utc.time(), false);
    value.zone = icaltimezone_get_utc_timezone();
    return value;
}

/// Vietnam's wall-clock time of `instant`, tagged with the Asia/Ho_Chi_Minh TZID.
icalproperty *zonedProperty(icalproperty *(*make)(icaltimetype), const QDateTime &instant)
{
    const QDateTime local = instant.toUTC().addSecs(kVietnamOffsetSeconds);
    icalproperty *property = make(timeValue(local.date(), local.time(), false));
    icalproperty_add_parameter(property, icalparameter_new_tzid(kZoneId));
    return property;
}

icalproperty *dateProperty(icalproperty *(*make)(icaltimetype), const QDate &date)
{
    icalproperty *property = make(timeValue(date, {}, true));
    icalproperty_add_parameter(property, icalparameter_new_value(ICAL_VALUE_DATE));
    return property;
}

void addText(icalcomponent *event, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(event, make(text.toUtf8().constData()));
}

icalcomponent *eventComponent(const IcsEvent &event, const QDateTime &now)
{
    icalcomponent *component = icalcomponent_new_vevent();
    icalcomponent_add_property(component, icalproperty_new_uid(event.uid.toUtf8().constData()));
    const QDateTime stamp = event.lastModified.isValid() ? event.lastModified : now;
    icalcomponent_add_property(component, icalproperty_new_dtstamp(utcValue(stamp)));
    if (event.allDay) {
        icalcomponent_add_property(component,
                                   dateProperty(icalproperty_new_dtstart, event.startDate));
        const QDate last = event.endDate.isValid() ? event.endDate : event.startDate;
        icalcomponent_add_property(component,
                                   dateProperty(icalproperty_new_dtend, last.addDays(1)));
    } else {
        icalcomponent_add_property(component, zonedProperty(icalproperty_new_dtstart, event.start));
        const QDateTime end = event.end.isValid() ? event.end : event.start;
        icalcomponent_add_property(component, zonedProperty(icalproperty_new_dtend, end));
    }
    addText(component, icalproperty_new_summary, event.summary);
    addText(component, icalproperty_new_description, event.description);
    addText(component, icalproperty_new_location, event.location);
    if (event.lastModified.isValid()) {
        icalcomponent_add_property(component,
                                   icalproperty_new_lastmodified(utcValue(event.lastModified)));
    }
    icalcomponent_add_property(component, icalproperty_new_sequence(event.sequence));
    if (!event.status.isEmpty()) {
        const icalproperty_status status =
            icalproperty_string_to_status(event.status.toUpper().toUtf8().constData());
        if (status != ICAL_STATUS_NONE)
            icalcomponent_add_property(component, icalproperty_new_status(status));
    }
    if (!event.recurrence.isEmpty()) {
        const icalrecurrencetype rule =
            icalrecurrencetype_from_string(event.recurrence.toUtf8().constData());
        if (rule.freq != ICAL_NO_RECURRENCE)
            icalcomponent_add_property(component, icalproperty_new_rrule(rule));
    }
    return component;
}

/// The CATEGORIES line of an event, escaped by hand: libical writes a comma inside a
/// category as it is, which splits it in two when read back.
QByteArray categoriesLine(const QStringList &categories)
{
    QStringList escaped;
    for (QString category : categories) {
        category.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u',', QStringLiteral("\\,"))
            .replace(u';', QStringLiteral("\\;"))
            .replace(u'\n', QStringLiteral("\\n"));
        escaped.append(category);
    }
    return escaped.isEmpty() ? QByteArray() : "CATEGORIES:" + escaped.join(u',').toUtf8();
}

/// Unfolds what libical wrote and folds it again: 75 octets a line at most, never cutting a
/// UTF-8 character in two (older libical releases cut by octets only), CRLF everywhere.
/// `beforeEventEnd[i]` goes in as the last line of the i-th VEVENT.
QByteArray refold(const QByteArray &text, const QList<QByteArray> &beforeEventEnd)
{
    QByteArray unfolded = text;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
    QByteArray out;
    out.reserve(unfolded.size() + unfolded.size() / 32);
    qsizetype event = 0;
    QList<QByteArray> lines;
    for (QByteArray line : unfolded.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line == "END:VEVENT" && event < beforeEventEnd.size()) {
            if (!beforeEventEnd[event].isEmpty())
                lines.append(beforeEventEnd[event]);
            ++event;
        }
        lines.append(line);
    }
    for (const QByteArray &line : std::as_const(lines)) {
        qsizetype start = 0;
        int room = 75;
        while (line.size() - start > room) {
            qsizetype cut = start + room;
            while (cut > start && (uchar(line[cut]) & 0xC0) == 0x80)
                --cut; // back to the first octet of the character
            out += line.mid(start, cut - start) + "\r\n ";
            start = cut;
            room = 74; // the leading space counts
        }
        out += line.mid(start) + "\r\n";
    }
    return out;
}

// ---------------------------------------------------------------------------- reading

struct ContentLine
{
    int line = 0;
    QString name;
    QHash<QString, QString> parameters; ///< upper-case names; several values joined by ','
    QString value;
    QByteArray raw; ///< the unfolded line, for libical
};

struct RawEvent
{
    int beginLine = 0;
    QList<ContentLine> properties;
};

struct RawZone
{
    int beginLine = 0;
    QByteArray text;
};

struct ZoneDeleter
{
    void operator()(icaltimezone *zone) const { icaltimezone_free(zone, 1); }
};

class IcsReader
{
public:
    IcsReader(QString fileName, const IcsReadLimits &limits)
        : m_fileName(std::move(fileName)), m_limits(limits)
    {
    }

    Result<QList<IcsEvent>> read(const QByteArray &bytes)
    {
        if (bytes.size() > m_limits.maxFileBytes) {
            const QString limit = megabytesText(m_limits.maxFileBytes);
            return fail(
                0, QStringLiteral("tệp lịch lớn hơn %1; tệp không được đọc.").arg(limit),
                QStringLiteral("the calendar file is larger than %1; it was not read.").arg(limit));
        }
        auto lines = contentLines(bytes);
        if (!lines)
            return lines.error();
        THUKY_TRY(collect(*lines));
        QList<IcsEvent> events;
        events.reserve(m_events.size());
        QHash<QString, int> uidLines;
        for (const RawEvent &raw : m_events) {
            auto event = toEvent(raw);
            if (!event)
                return event.error();
            if (!event->has_value())
                continue;
            IcsEvent &value = **event;
            const int uidLine = lineOf(raw, QStringLiteral("UID"));
            if (const auto first = uidLines.constFind(value.uid); first != uidLines.cend()) {
                return fail(uidLine,
                            QStringLiteral("UID \"%1\" đã dùng cho sự kiện ở dòng %2.")
                                .arg(value.uid)
                                .arg(*first),
                            QStringLiteral("UID \"%1\" is already used by the event at line %2.")
                                .arg(value.uid)
                                .arg(*first));
            }
            uidLines.insert(value.uid, uidLine);
            events.append(std::move(value));
        }
        return events;
    }

private:
    Error fail(int line, const QString &vi, const QString &en) const
    {
        return fileError(ErrorCode::InvalidInput, m_fileName, line, vi, en);
    }

    Error badValue(const ContentLine &line, const QString &vi, const QString &en) const
    {
        return fail(line.line, QStringLiteral("thuộc tính %1 không hợp lệ: %2").arg(line.name, vi),
                    QStringLiteral("invalid %1 property: %2").arg(line.name, en));
    }

    static int lineOf(const RawEvent &event, const QString &name)
    {
        for (const ContentLine &line : event.properties) {
            if (line.name == name)
                return line.line;
        }
        return event.beginLine;
    }

    /// Splits, unfolds and parses every content line, each with the number of its first
    /// physical line.
    Result<QList<ContentLine>> contentLines(QByteArray bytes)
    {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        QList<ContentLine> lines;
        QByteArray logical;
        int logicalStart = 0;
        int number = 0;
        const auto finish = [&]() -> Result<void> {
            if (logicalStart == 0)
                return {};
            auto parsed = parseLine(logical, logicalStart);
            if (!parsed)
                return parsed.error();
            lines.append(std::move(*parsed));
            logical.clear();
            logicalStart = 0;
            return {};
        };
        qsizetype start = 0;
        while (start < bytes.size()) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            ++number;
            QByteArrayView physical(bytes.constData() + start, end - start);
            start = end + 1;
            if (physical.endsWith('\r'))
                physical.chop(1);
            if (!physical.isEmpty() && (physical[0] == ' ' || physical[0] == '\t')) {
                if (logicalStart == 0) {
                    return fail(number,
                                QStringLiteral("dòng nối tiếp (bắt đầu bằng khoảng trắng) không "
                                               "có dòng nào trước nó."),
                                QStringLiteral("a continuation line (starting with a space) "
                                               "follows no line."));
                }
                logical += physical.sliced(1);
            } else {
                THUKY_TRY(finish());
                if (physical.isEmpty())
                    continue; // blank lines are tolerated, as Outlook leaves some
                logical = physical.toByteArray();
                logicalStart = number;
            }
            if (logical.size() > m_limits.maxLineBytes) {
                return fail(logicalStart,
                            QStringLiteral("dòng dài hơn %1 byte (kể cả các dòng nối tiếp).")
                                .arg(m_limits.maxLineBytes),
                            QStringLiteral("the line is longer than %1 bytes (continuation "
                                           "lines included).")
                                .arg(m_limits.maxLineBytes));
            }
        }
        THUKY_TRY(finish());
        if (lines.isEmpty()) {
            return fail(0, QStringLiteral("tệp trống, không phải tệp lịch iCalendar."),
                        QStringLiteral("the file is empty, not an iCalendar file."));
        }
        return lines;
    }

    Result<ContentLine> parseLine(const QByteArray &bytes, int number) const
    {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            return fail(number, QStringLiteral("dòng không phải văn bản UTF-8."),
                        QStringLiteral("the line is not UTF-8 text."));
        }
        for (const QChar ch : text) {
            if ((ch.unicode() < 0x20 && ch != u'\t') || ch.unicode() == 0x7F) {
                return fail(number,
                            QStringLiteral("dòng chứa ký tự điều khiển (mã %1).").arg(ch.unicode()),
                            QStringLiteral("the line holds a control character (code %1).")
                                .arg(ch.unicode()));
            }
        }
        const auto notContent = [&] {
            return fail(number,
                        QStringLiteral("dòng không đúng dạng iCalendar \"TÊN;THAM-SỐ=…:GIÁ-TRỊ\"."),
                        QStringLiteral("the line is not an iCalendar line "
                                       "\"NAME;PARAM=…:VALUE\"."));
        };
        const auto isNameChar = [](QChar ch) {
            return (ch >= u'A' && ch <= u'Z') || (ch >= u'a' && ch <= u'z') ||
                   (ch >= u'0' && ch <= u'9') || ch == u'-';
        };
        ContentLine line;
        line.line = number;
        line.raw = bytes;
        qsizetype pos = 0;
        while (pos < text.size() && isNameChar(text[pos]))
            ++pos;
        if (pos == 0)
            return notContent();
        line.name = text.left(pos).toUpper();
        while (pos < text.size() && text[pos] == u';') {
            const qsizetype nameStart = ++pos;
            while (pos < text.size() && isNameChar(text[pos]))
                ++pos;
            if (pos == nameStart || pos >= text.size() || text[pos] != u'=')
                return notContent();
            const QString name = text.mid(nameStart, pos - nameStart).toUpper();
            ++pos;
            QStringList values;
            for (;;) {
                if (pos < text.size() && text[pos] == u'"') {
                    const qsizetype close = text.indexOf(u'"', pos + 1);
                    if (close < 0)
                        return notContent();
                    values.append(text.mid(pos + 1, close - pos - 1));
                    pos = close + 1;
                } else {
                    const qsizetype valueStart = pos;
                    while (pos < text.size() && text[pos] != u';' && text[pos] != u':' &&
                           text[pos] != u',' && text[pos] != u'"')
                        ++pos;
                    values.append(text.mid(valueStart, pos - valueStart));
                }
                if (pos < text.size() && text[pos] == u',') {
                    ++pos;
                    continue;
                }
                break;
            }
            line.parameters.insert(name, values.join(u','));
        }
        if (pos >= text.size() || text[pos] != u':')
            return notContent();
        line.value = text.mid(pos + 1);
        return line;
    }

    /// Checks BEGIN/END and gathers the VEVENTs and VTIMEZONEs of every VCALENDAR.
    Result<void> collect(const QList<ContentLine> &lines)
    {
        struct Open
        {
            QString name;
            int line;
        };
        QList<Open> stack;
        RawEvent event;
        RawZone zone;
        QString zoneId;
        for (const ContentLine &line : lines) {
            if (line.name == u"BEGIN") {
                const QString component = line.value.trimmed().toUpper();
                if (stack.isEmpty() && component != u"VCALENDAR") {
                    return fail(line.line,
                                QStringLiteral("tệp lịch phải bắt đầu bằng BEGIN:VCALENDAR."),
                                QStringLiteral("a calendar file must start with "
                                               "BEGIN:VCALENDAR."));
                }
                if (stack.size() >= m_limits.maxDepth) {
                    return fail(line.line,
                                QStringLiteral("các thành phần lồng nhau quá %1 cấp.")
                                    .arg(m_limits.maxDepth),
                                QStringLiteral("components are nested more than %1 deep.")
                                    .arg(m_limits.maxDepth));
                }
                stack.append(Open{component, line.line});
                if (stack.size() == 2 && component == u"VEVENT") {
                    if (m_events.size() >= m_limits.maxEvents) {
                        return fail(line.line,
                                    QStringLiteral("quá nhiều sự kiện: Thuky đọc tối đa %1.")
                                        .arg(m_limits.maxEvents),
                                    QStringLiteral("too many events: Thuky reads %1 at most.")
                                        .arg(m_limits.maxEvents));
                    }
                    event = RawEvent{line.line, {}};
                } else if (stack.size() == 2 && component == u"VTIMEZONE") {
                    zone = RawZone{line.line, {}};
                    zoneId.clear();
                }
            } else if (line.name == u"END") {
                const QString component = line.value.trimmed().toUpper();
                if (stack.isEmpty() || stack.last().name != component) {
                    const QString expected = stack.isEmpty()
                                                 ? QStringLiteral("không có BEGIN nào đang mở")
                                                 : QStringLiteral("cần END:") + stack.last().name;
                    const QString expectedEn =
                        stack.isEmpty() ? QStringLiteral("no BEGIN is open")
                                        : QStringLiteral("expected END:") + stack.last().name;
                    return fail(
                        line.line,
                        QStringLiteral("END:%1 không khớp (%2).").arg(component, expected),
                        QStringLiteral("END:%1 does not match (%2).").arg(component, expectedEn));
                }
                if (stack.size() == 2 && component == u"VEVENT")
                    m_events.append(std::move(event));
                stack.removeLast();
                if (stack.size() == 1 && component == u"VTIMEZONE") {
                    zone.text += line.raw + "\r\n";
                    THUKY_TRY(checkZone(zone, zoneId));
                    if (!zoneId.isEmpty())
                        m_zones.insert(zoneId, zone);
                    continue;
                }
            } else if (stack.isEmpty()) {
                return fail(line.line, QStringLiteral("dòng nằm ngoài BEGIN:VCALENDAR."),
                            QStringLiteral("the line lies outside BEGIN:VCALENDAR."));
            } else if (stack.size() == 2 && stack.last().name == u"VEVENT") {
                event.properties.append(line);
            } else if (stack.size() == 2 && stack.last().name == u"VTIMEZONE" &&
                       line.name == u"TZID") {
                zoneId = line.value;
            }
            if (stack.size() >= 2 && stack[1].name == u"VTIMEZONE")
                zone.text += line.raw + "\r\n";
        }
        if (!stack.isEmpty()) {
            const Open &open = stack.last();
            return fail(
                open.line,
                QStringLiteral("BEGIN:%1 không bao giờ được đóng (thiếu END:%1).").arg(open.name),
                QStringLiteral("BEGIN:%1 is never closed (END:%1 is missing).").arg(open.name));
        }
        return {};
    }

    /// A time zone's rules are expanded by libical year by year; only the yearly rules every
    /// calendar program writes are accepted, so a file cannot make it iterate for ever.
    Result<void> checkZone(const RawZone &zone, const QString &zoneId) const
    {
        static const QRegularExpression rule(QStringLiteral("^RRULE[;:]"),
                                             QRegularExpression::CaseInsensitiveOption);
        for (const QByteArray &line : zone.text.split('\n')) {
            const QString text = QString::fromUtf8(line);
            if (rule.match(text).hasMatch() && !text.toUpper().contains(u"FREQ=YEARLY")) {
                return fail(zone.beginLine,
                            QStringLiteral("múi giờ \"%1\" có quy tắc RRULE không phải hằng năm.")
                                .arg(zoneId),
                            QStringLiteral("the time zone \"%1\" has an RRULE that is not yearly.")
                                .arg(zoneId));
            }
        }
        return {};
    }

    /// The libical zone of a VTIMEZONE of the file, made when first needed.
    icaltimezone *fileZone(const QString &id)
    {
        if (const auto found = m_made.constFind(id); found != m_made.cend())
            return found->get();
        const auto raw = m_zones.constFind(id);
        if (raw == m_zones.cend())
            return nullptr;
        icalcomponent *component = icalparser_parse_string(raw->text.constData());
        if (!component)
            return nullptr;
        if (icalcomponent_isa(component) != ICAL_VTIMEZONE_COMPONENT) {
            icalcomponent_free(component);
            return nullptr;
        }
        std::unique_ptr<icaltimezone, ZoneDeleter> zone(icaltimezone_new());
        if (!icaltimezone_set_component(zone.get(), component)) {
            icalcomponent_free(component);
            return nullptr;
        }
        return m_made.insert(id, std::shared_ptr<icaltimezone>(zone.release(), ZoneDeleter{}))
            ->get();
    }

    struct Moment
    {
        bool isDate = false;
        QDate date;
        QDateTime instant;
    };

    Result<Moment> moment(const ContentLine &line)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})(Z?))?$"));
        const QString value = line.value.trimmed();
        const QRegularExpressionMatch match = pattern.match(value);
        const QString kind = line.parameters.value(QStringLiteral("VALUE")).toUpper();
        const auto bad = [&] {
            return badValue(line,
                            QStringLiteral("\"%1\" không phải ngày (YYYYMMDD) hay thời điểm "
                                           "(YYYYMMDDTHHMMSS) hợp lệ.")
                                .arg(value.left(40)),
                            QStringLiteral("\"%1\" is not a valid date (YYYYMMDD) or date-time "
                                           "(YYYYMMDDTHHMMSS).")
                                .arg(value.left(40)));
        };
        if (!match.hasMatch())
            return bad();
        Moment result;
        result.date =
            QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (!result.date.isValid())
            return bad();
        if (match.captured(4).isEmpty()) {
            if (!kind.isEmpty() && kind != u"DATE")
                return bad();
            result.isDate = true;
            return result;
        }
        if (kind == u"DATE")
            return bad();
        const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                         match.captured(6).toInt());
        if (!time.isValid())
            return bad();
        if (!match.captured(7).isEmpty()) {
            result.instant = QDateTime(result.date, time, Qt::UTC);
            return result;
        }
        const QString zoneId = line.parameters.value(QStringLiteral("TZID"));
        if (zoneId.isEmpty()) {
            result.instant = QDateTime(result.date, time, QTimeZone(kVietnamOffsetSeconds)).toUTC();
            return result;
        }
        if (icaltimezone *zone = fileZone(zoneId)) {
            const icaltimetype local = timeValue(result.date, time, false);
            result.instant = QDateTime::fromSecsSinceEpoch(
                qint64(icaltime_as_timet_with_zone(local, zone)), Qt::UTC);
            return result;
        }
        const QTimeZone zone = systemZone(zoneId);
        if (!zone.isValid()) {
            return badValue(line, QStringLiteral("không biết múi giờ \"%1\".").arg(zoneId),
                            QStringLiteral("unknown time zone \"%1\".").arg(zoneId));
        }
        result.instant = QDateTime(result.date, time, zone).toUTC();
        return result;
    }

    /// An IANA name, a Windows name (Outlook), or an IANA name behind a prefix
    /// ("/mozilla.org/20070129_1/Asia/Ho_Chi_Minh", older Thunderbird).
    static QTimeZone systemZone(const QString &id)
    {
        QString name = id;
        for (;;) {
            const QByteArray bytes = name.toUtf8();
            if (QTimeZone::isTimeZoneIdAvailable(bytes))
                return QTimeZone(bytes);
            const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(bytes);
            if (!iana.isEmpty())
                return QTimeZone(iana);
            const qsizetype slash = name.indexOf(u'/', 1);
            if (slash < 0)
                return {};
            name = name.mid(slash + 1);
        }
    }

    static QString unescaped(const QString &text)
    {
        QString out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'\\' && i + 1 < text.size()) {
                const QChar next = text[++i];
                out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
            } else {
                out += text[i];
            }
        }
        return out;
    }

    static QStringList splitList(const QString &text)
    {
        QStringList items;
        QString current;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'\\' && i + 1 < text.size()) {
                current += text[i];
                current += text[++i];
            } else if (text[i] == u',') {
                items.append(unescaped(current).trimmed());
                current.clear();
            } else {
                current += text[i];
            }
        }
        items.append(unescaped(current).trimmed());
        items.removeAll(QString());
        return items;
    }

    /// The event, nothing for an occurrence of a series (RECURRENCE-ID), or the Error of
    /// its first bad property.
    Result<std::optional<IcsEvent>> toEvent(const RawEvent &raw)
    {
        IcsEvent event;
        const ContentLine *startLine = nullptr;
        const ContentLine *endLine = nullptr;
        const ContentLine *durationLine = nullptr;
        for (const ContentLine &line : raw.properties) {
            const QString &name = line.name;
            if (name == u"RECURRENCE-ID")
                return std::optional<IcsEvent>();
            if (name == u"UID") {
                event.uid = unescaped(line.value).trimmed();
            } else if (name == u"SUMMARY") {
                event.summary = unescaped(line.value).normalized(QString::NormalizationForm_C);
            } else if (name == u"DESCRIPTION") {
                event.description = unescaped(line.value).normalized(QString::NormalizationForm_C);
            } else if (name == u"LOCATION") {
                event.location = unescaped(line.value).normalized(QString::NormalizationForm_C);
            } else if (name == u"CATEGORIES") {
                for (const QString &category : splitList(line.value))
                    event.categories.append(category.normalized(QString::NormalizationForm_C));
            } else if (name == u"DTSTART") {
                startLine = &line;
            } else if (name == u"DTEND") {
                endLine = &line;
            } else if (name == u"DURATION") {
                durationLine = &line;
            } else if (name == u"LAST-MODIFIED") {
                auto when = moment(line);
                if (!when)
                    return when.error();
                if (when->isDate) {
                    return badValue(line, QStringLiteral("cần một thời điểm, không phải ngày."),
                                    QStringLiteral("a date-time is needed, not a date."));
                }
                event.lastModified = when->instant;
            } else if (name == u"SEQUENCE") {
                bool ok = false;
                event.sequence = line.value.trimmed().toInt(&ok);
                if (!ok || event.sequence < 0) {
                    return badValue(line, QStringLiteral("cần một số nguyên không âm."),
                                    QStringLiteral("a whole number of zero or more is needed."));
                }
            } else if (name == u"STATUS") {
                event.status = line.value.trimmed().toUpper();
                if (event.status != u"TENTATIVE" && event.status != u"CONFIRMED" &&
                    event.status != u"CANCELLED") {
                    return badValue(line,
                                    QStringLiteral("cần TENTATIVE, CONFIRMED hoặc CANCELLED."),
                                    QStringLiteral("TENTATIVE, CONFIRMED or CANCELLED is needed."));
                }
            } else if (name == u"RRULE") {
                event.recurrence = line.value.trimmed();
            }
        }
        if (!startLine) {
            return fail(raw.beginLine, QStringLiteral("sự kiện (VEVENT) thiếu DTSTART."),
                        QStringLiteral("the event (VEVENT) has no DTSTART."));
        }
        THUKY_TRY(setTimes(event, *startLine, endLine, durationLine));
        if (event.uid.isEmpty()) {
            const QByteArray key = startLine->value.toUtf8() + '\n' + event.summary.toUtf8();
            event.uid =
                QStringLiteral("thuky-") +
                QString::fromLatin1(
                    QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(24)) +
                QStringLiteral("@ics");
        }
        return std::optional<IcsEvent>(std::move(event));
    }

    Result<void> setTimes(IcsEvent &event, const ContentLine &startLine, const ContentLine *endLine,
                          const ContentLine *durationLine)
    {
        auto start = moment(startLine);
        if (!start)
            return start.error();
        event.allDay = start->isDate;
        qint64 durationSeconds = -1;
        if (durationLine && !endLine) {
            const icaldurationtype duration =
                icaldurationtype_from_string(durationLine->value.trimmed().toUtf8().constData());
            if (icaldurationtype_is_bad_duration(duration) || duration.is_neg) {
                return badValue(*durationLine,
                                QStringLiteral("\"%1\" không phải khoảng thời gian hợp lệ "
                                               "(như PT1H30M).")
                                    .arg(durationLine->value.left(40)),
                                QStringLiteral("\"%1\" is not a valid duration (such as PT1H30M).")
                                    .arg(durationLine->value.left(40)));
            }
            durationSeconds = icaldurationtype_as_int(duration);
        }
        const auto endBeforeStart = [&](const ContentLine &line) {
            return badValue(line, QStringLiteral("kết thúc trước khi bắt đầu."),
                            QStringLiteral("it ends before it starts."));
        };
        if (event.allDay) {
            event.startDate = start->date;
            event.endDate = start->date;
            if (endLine) {
                auto end = moment(*endLine);
                if (!end)
                    return end.error();
                if (!end->isDate) {
                    return badValue(*endLine,
                                    QStringLiteral("sự kiện cả ngày cần DTEND là một ngày."),
                                    QStringLiteral("an all-day event needs a date as DTEND."));
                }
                if (end->date < start->date)
                    return endBeforeStart(*endLine);
                // DTEND is the day after the last one; some programs repeat DTSTART.
                event.endDate = std::max(start->date, end->date.addDays(-1));
            } else if (durationSeconds > 0) {
                event.endDate = start->date.addDays((durationSeconds + 86399) / 86400 - 1);
            }
            return {};
        }
        event.start = start->instant;
        event.end = start->instant;
        if (endLine) {
            auto end = moment(*endLine);
            if (!end)
                return end.error();
            if (end->isDate) {
                return badValue(
                    *endLine,
                    QStringLiteral("DTSTART là thời điểm nên DTEND cũng phải là thời điểm."),
                    QStringLiteral("DTSTART is a date-time, so DTEND must be one too."));
            }
            if (end->instant < start->instant)
                return endBeforeStart(*endLine);
            event.end = end->instant;
        } else if (durationSeconds > 0) {
            event.end = start->instant.addSecs(durationSeconds);
        }
        return {};
    }

    QString m_fileName;
    IcsReadLimits m_limits;
    QList<RawEvent> m_events;
    QHash<QString, RawZone> m_zones;
    QHash<QString, std::shared_ptr<icaltimezone>> m_made;
};

} // namespace

QByteArray writeIcs(const QList<IcsEvent> &events, const QString &productId)
{
    icalcomponent *calendar = icalcomponent_new_vcalendar();
    icalcomponent_add_property(calendar, icalproperty_new_prodid(productId.toUtf8().constData()));
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    bool timed = false;
    for (const IcsEvent &event : events)
        timed = timed || !event.allDay;
    if (timed)
        icalcomponent_add_component(calendar, icalcomponent_new_from_string(kVietnamZone));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QByteArray> categories;
    for (const IcsEvent &event : events) {
        icalcomponent_add_component(calendar, eventComponent(event, now));
        categories.append(categoriesLine(event.categories));
    }
    char *text = icalcomponent_as_ical_string_r(calendar);
    const QByteArray bytes = refold(QByteArray(text), categories);
    icalmemory_free_buffer(text);
    icalcomponent_free(calendar);
    return bytes;
}

Result<void> writeIcsFile(const QList<IcsEvent> &events, const QString &productId,
                          const QString &path)
{
    return writeFileAtomically(path, writeIcs(events, productId));
}

Result<QList<IcsEvent>> readIcs(const QByteArray &bytes, const QString &fileName,
                                const IcsReadLimits &limits)
{
    IcsReader reader(fileName, limits);
    return reader.read(bytes);
}

Result<QList<IcsEvent>> readIcsFile(const QString &path, const IcsReadLimits &limits)
{
    auto bytes = readUserFile(path, limits.maxFileBytes);
    if (!bytes)
        return bytes.error();
    return readIcs(*bytes, path, limits);
}

} // namespace thuky::documents
