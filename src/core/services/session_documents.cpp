#include "thuky/services/session_documents.h"

#include "service_errors.h"

#include "thuky/documents/decree30.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/session_service.h"

#include <QTimeZone>

namespace thuky::services {

using documents::Align;
using documents::Paragraph;
using documents::RichDocument;
using documents::RichTable;
using documents::TableCell;
using documents::TextRun;
using domain::AgendaItem;
using domain::HalfDay;
using domain::Id;
using domain::Session;

namespace {

constexpr double kTableSize = 13;
constexpr double kDetailSize = 12;

QTimeZone vietnam()
{
    return QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
}

Paragraph cellText(const QString &text, bool bold = false, Align align = Align::Left,
                   double size = kTableSize)
{
    Paragraph p = Paragraph::plain(text, align, bold, size);
    p.spaceBeforePt = 2;
    p.spaceAfterPt = 2;
    return p;
}

TableCell cell(const QString &text, bool bold = false, Align align = Align::Left, int rowSpan = 1)
{
    return TableCell{{cellText(text, bold, align)}, 1, rowSpan};
}

TableCell cell(QList<Paragraph> paragraphs, int rowSpan = 1)
{
    return TableCell{std::move(paragraphs), 1, rowSpan};
}

/// The header of the Assembly's working papers: "QUỐC HỘI / KHÓA XV", no number.
RichTable header(int term, const QDate &date, const documents::PageSetup &page)
{
    documents::Decree30Header h;
    h.parentBody = QStringLiteral("QUỐC HỘI");
    h.issuingBody = QStringLiteral("KHÓA %1").arg(domain::toRoman(term));
    h.date = date;
    h.showNumber = false;
    return documents::decree30HeaderTable(h, page);
}

QString phasesText(const Session &s)
{
    QStringList parts;
    for (const domain::SessionPhase &p : s.phases) {
        QString text = p.first == p.last
                           ? QStringLiteral("ngày %1").arg(domain::shortDate(p.first))
                           : QStringLiteral("từ ngày %1 đến ngày %2")
                                 .arg(domain::shortDate(p.first), domain::shortDate(p.last));
        if (s.phases.size() > 1)
            text = QStringLiteral("Đợt %1: %2").arg(p.number).arg(text);
        parts << text;
    }
    return parts.join(QStringLiteral("; "));
}

/// "(Dự kiến lần 2)", "(Chính thức, thông qua ngày 21/10/2024)".
QString versionLine(const AgendaVersionInfo &v)
{
    if (v.version.adoptedOn.isValid())
        return QStringLiteral("(%1, Quốc hội thông qua ngày %2)")
            .arg(v.label, domain::shortDate(v.version.adoptedOn));
    return QStringLiteral("(%1)").arg(v.label);
}

QString timeText(const QTime &t)
{
    // "8h00", "14h30" as agendas write times.
    return QStringLiteral("%1h%2").arg(t.hour()).arg(t.minute(), 2, 10, QLatin1Char('0'));
}

QString whenOf(const AgendaItem &it)
{
    if (!it.hasTimes())
        return {};
    if (it.endTime.isValid())
        return QStringLiteral("%1 - %2").arg(timeText(it.startTime), timeText(it.endTime));
    return timeText(it.startTime);
}

QString venueOf(const AgendaItem &it)
{
    if (it.venueKind == domain::VenueKind::Hall)
        return it.venue.isEmpty() ? QString() : it.venue;
    if (it.venueKind == domain::VenueKind::Groups)
        return it.venue.isEmpty() ? QStringLiteral("Thảo luận ở Tổ") : it.venue;
    return it.venue;
}

/// The paragraphs one item takes in a table cell: its title (with its time), then its
/// agencies, presenter and venue in smaller italics.
QList<Paragraph> itemParagraphs(const NamedAgendaItem &n, bool withTime = true)
{
    const AgendaItem &it = n.item;
    QList<Paragraph> out;
    Paragraph title;
    title.sizePt = kTableSize;
    title.spaceBeforePt = 3;
    title.align = Align::Justify;
    const QString when = withTime ? whenOf(it) : QString();
    if (!when.isEmpty())
        title.runs << TextRun{when + QStringLiteral(": "), true, false, false, 0};
    else
        title.runs << TextRun{QStringLiteral("- "), false, false, false, 0};
    title.runs << TextRun{it.title, false, false, false, 0};
    if (it.liveBroadcast)
        title.runs << TextRun{QStringLiteral(" (Phát thanh, truyền hình trực tiếp)"), false, true,
                              false, 0};
    out << title;
    QStringList details;
    if (!n.presentingAgency.isEmpty())
        details << QStringLiteral("Cơ quan trình: %1").arg(n.presentingAgency);
    if (!n.reviewingAgency.isEmpty())
        details << QStringLiteral("Cơ quan thẩm tra: %1").arg(n.reviewingAgency);
    if (!n.presenter.isEmpty())
        details << QStringLiteral("Người trình bày: %1").arg(n.presenter);
    if (!n.chair.isEmpty())
        details << QStringLiteral("Điều hành: %1").arg(n.chair);
    const QString venue = venueOf(it);
    if (!venue.isEmpty())
        details << QStringLiteral("Địa điểm: %1").arg(venue);
    if (!details.isEmpty()) {
        Paragraph p = Paragraph::plain(details.join(QStringLiteral("; ")), Align::Left, false,
                                       kDetailSize);
        p.runs.first().italic = true;
        p.leftIndentMm = 3;
        p.spaceAfterPt = 2;
        out << p;
    }
    return out;
}

QString halfDayWord(HalfDay h)
{
    return domain::halfDayLabel(h);
}

/// "Sáng thứ Hai, 21/10/2024" for a slot.
QString slotText(const domain::AgendaSlot &s)
{
    QString weekday = domain::weekdayName(s.date);
    return QStringLiteral("%1 %2, %3")
        .arg(halfDayWord(s.halfDay), weekday.front().toLower() + weekday.mid(1),
             domain::shortDate(s.date));
}

Paragraph sectionHeading(const QString &text)
{
    Paragraph p = Paragraph::plain(text, Align::Left, true, 14);
    p.spaceBeforePt = 12;
    p.spaceAfterPt = 6;
    p.keepWithNext = true;
    return p;
}

Paragraph italicCentered(const QString &text)
{
    Paragraph p = Paragraph::plain(text, Align::Center);
    p.runs.first().italic = true;
    p.spaceAfterPt = 12;
    return p;
}

} // namespace

QString SessionDocuments::itemUid(const QString &itemKey)
{
    return QStringLiteral("ky-hop-%1@thuky").arg(itemKey);
}

Result<RichDocument> SessionDocuments::agenda(const domain::Actor &actor, Id sessionId, Id versionId)
{
    auto view = m_sessions.days(actor, sessionId, versionId);
    if (!view)
        return view.error();
    const Session &s = view->session;
    RichDocument doc;
    doc.page = documents::decree30Page();
    doc.title = QStringLiteral("Chương trình %1").arg(s.fullTitle());
    const QDate date = view->version.version.adoptedOn.isValid() ? view->version.version.adoptedOn
                                                                 : m_sessions.today();
    doc.addTable(header(s.term, date, doc.page));
    for (const Paragraph &p :
         documents::decree30Title(QStringLiteral("CHƯƠNG TRÌNH"),
                                  s.fullTitle() + u'\n' + versionLine(view->version)))
        doc.addParagraph(p);
    doc.addParagraph(italicCentered(QStringLiteral("(%1; tại %2)").arg(phasesText(s), s.venue)));

    const double width = doc.page.textWidthMm();
    RichTable table;
    table.columnWidthsMm = {34, 18, width - 34 - 18};
    table.headerRows = 1;
    table.rows.append({{cell(QStringLiteral("Ngày"), true, Align::Center),
                        cell(QStringLiteral("Buổi"), true, Align::Center),
                        cell(QStringLiteral("Nội dung"), true, Align::Center)}});
    for (const AgendaDay &day : view->days) {
        QList<const AgendaHalfDay *> used;
        for (const AgendaHalfDay &h : day.halfDays)
            if (!h.items.isEmpty())
                used << &h;
        if (used.isEmpty())
            continue;
        for (qsizetype i = 0; i < used.size(); ++i) {
            documents::TableRow row;
            if (i == 0)
                row.cells << cell(domain::agendaDayLabel(day.date), true, Align::Center,
                                  int(used.size()));
            row.cells << cell(halfDayWord(used[i]->halfDay), true, Align::Center);
            QList<Paragraph> content;
            for (const NamedAgendaItem &n : used[i]->items)
                content << itemParagraphs(n);
            row.cells << cell(content);
            table.rows.append(row);
        }
    }
    if (table.rows.size() == 1)
        table.rows.append({{cell(QString()), cell(QString()),
                            cell(QStringLiteral("(Chưa có nội dung)"))}});
    doc.addTable(table);
    return doc;
}

Result<RichDocument> SessionDocuments::daySchedule(const domain::Actor &actor, Id sessionId,
                                                   Id versionId, const QDate &date)
{
    auto view = m_sessions.days(actor, sessionId, versionId);
    if (!view)
        return view.error();
    const Session &s = view->session;
    const AgendaDay *day = nullptr;
    for (const AgendaDay &d : view->days)
        if (d.date == date)
            day = &d;
    bool any = false;
    if (day)
        for (const AgendaHalfDay &h : day->halfDays)
            any = any || !h.items.isEmpty();
    if (!any)
        return notFound(QStringLiteral("%1 không có nội dung nào trong chương trình %2.")
                            .arg(domain::agendaDayLabel(date), view->version.label),
                        QStringLiteral("%1 has no item in the agenda (%2).")
                            .arg(domain::agendaDayLabel(date, Lang::En), view->version.labelEn));
    RichDocument doc;
    doc.page = documents::decree30Page();
    doc.title = QStringLiteral("Lịch làm việc ngày %1").arg(domain::shortDate(date));
    doc.addTable(header(s.term, m_sessions.today(), doc.page));
    for (const Paragraph &p : documents::decree30Title(
             QStringLiteral("LỊCH LÀM VIỆC"),
             QStringLiteral("%1\n%2").arg(domain::agendaDayLabel(date), s.fullTitle())))
        doc.addParagraph(p);
    doc.addParagraph(italicCentered(versionLine(view->version)));

    const double width = doc.page.textWidthMm();
    for (const AgendaHalfDay &h : day->halfDays) {
        if (h.items.isEmpty())
            continue;
        const domain::HalfDayHours hours = domain::halfDayHours(h.halfDay);
        doc.addParagraph(sectionHeading(QStringLiteral("%1 (từ %2)")
                                            .arg(halfDayWord(h.halfDay).toUpper(),
                                                 timeText(hours.start))));
        RichTable table;
        table.columnWidthsMm = {26, width - 26};
        table.headerRows = 1;
        table.spaceAfterPt = 6;
        table.rows.append({{cell(QStringLiteral("Thời gian"), true, Align::Center),
                            cell(QStringLiteral("Nội dung"), true, Align::Center)}});
        QTime next = hours.start;
        for (const NamedAgendaItem &n : h.items) {
            QString when = whenOf(n.item);
            if (when.isEmpty()) {
                // The planned place in the half-day, from the minutes of those before.
                when = timeText(next);
                if (n.item.plannedMinutes > 0)
                    when += QStringLiteral(" - ") + timeText(next.addSecs(n.item.plannedMinutes * 60));
            }
            next = n.item.hasTimes() && n.item.endTime.isValid()
                       ? n.item.endTime
                       : next.addSecs(n.item.plannedMinutes * 60);
            table.rows.append({{cell(when, true, Align::Center), cell(itemParagraphs(n, false))}});
        }
        doc.addTable(table);
    }
    return doc;
}

Result<RichDocument> SessionDocuments::changesAnnex(const domain::Actor &actor, Id fromVersionId,
                                                    Id toVersionId)
{
    auto diff = m_sessions.diff(actor, fromVersionId, toVersionId);
    if (!diff)
        return diff.error();
    auto from = m_sessions.version(actor, fromVersionId);
    if (!from)
        return from.error();
    auto to = m_sessions.version(actor, toVersionId);
    if (!to)
        return to.error();
    auto summary = m_sessions.session(actor, to->version.sessionId);
    if (!summary)
        return summary.error();
    const Session &s = summary->session;

    RichDocument doc;
    doc.page = documents::decree30Page();
    doc.title = QStringLiteral("Phụ lục những điểm thay đổi, %1").arg(s.fullTitle());
    doc.addTable(header(s.term, m_sessions.today(), doc.page));
    for (const Paragraph &p : documents::decree30Title(
             QStringLiteral("PHỤ LỤC"),
             QStringLiteral("Những điểm thay đổi của chương trình %1\n(%2 so với %3)")
                 .arg(s.fullTitle(), to->label, from->label)))
        doc.addParagraph(p);

    const double width = doc.page.textWidthMm();
    const auto none = [&] {
        Paragraph p = Paragraph::plain(QStringLiteral("(Không có)"), Align::Left, false, kTableSize);
        p.runs.first().italic = true;
        doc.addParagraph(p);
    };
    const auto listTable = [&](const QList<AgendaItem> &items) {
        if (items.isEmpty())
            return none();
        RichTable t;
        t.columnWidthsMm = {12, 48, width - 60};
        t.headerRows = 1;
        t.spaceAfterPt = 6;
        t.rows.append({{cell(QStringLiteral("STT"), true, Align::Center),
                        cell(QStringLiteral("Thời gian"), true, Align::Center),
                        cell(QStringLiteral("Nội dung"), true, Align::Center)}});
        int n = 0;
        for (const AgendaItem &it : items)
            t.rows.append({{cell(QString::number(++n), false, Align::Center),
                            cell(slotText(domain::slotOf(it))), cell(it.title)}});
        doc.addTable(t);
    };

    doc.addParagraph(sectionHeading(QStringLiteral("I. NỘI DUNG BỔ SUNG VÀO CHƯƠNG TRÌNH")));
    listTable(diff->added);
    doc.addParagraph(sectionHeading(QStringLiteral("II. NỘI DUNG RÚT KHỎI CHƯƠNG TRÌNH")));
    listTable(diff->removed);

    doc.addParagraph(sectionHeading(QStringLiteral("III. NỘI DUNG ĐIỀU CHỈNH THỜI GIAN")));
    if (diff->moved.isEmpty()) {
        none();
    } else {
        RichTable t;
        t.columnWidthsMm = {12, width - 12 - 40 - 40, 40, 40};
        t.headerRows = 1;
        t.spaceAfterPt = 6;
        t.rows.append({{cell(QStringLiteral("STT"), true, Align::Center),
                        cell(QStringLiteral("Nội dung"), true, Align::Center),
                        cell(QStringLiteral("Thời gian cũ"), true, Align::Center),
                        cell(QStringLiteral("Thời gian mới"), true, Align::Center)}});
        int n = 0;
        for (const auto &m : diff->moved)
            t.rows.append({{cell(QString::number(++n), false, Align::Center), cell(m.after.title),
                            cell(slotText(m.from)), cell(slotText(m.to))}});
        doc.addTable(t);
    }

    doc.addParagraph(sectionHeading(QStringLiteral("IV. NỘI DUNG SỬA ĐỔI")));
    if (diff->changed.isEmpty()) {
        none();
    } else {
        RichTable t;
        t.columnWidthsMm = {12, 60, width - 72};
        t.headerRows = 1;
        t.spaceAfterPt = 6;
        t.rows.append({{cell(QStringLiteral("STT"), true, Align::Center),
                        cell(QStringLiteral("Nội dung"), true, Align::Center),
                        cell(QStringLiteral("Thay đổi"), true, Align::Center)}});
        int n = 0;
        for (const auto &c : diff->changed) {
            QList<Paragraph> changes;
            for (const domain::AgendaFieldChange &f : c.fields) {
                Paragraph p;
                p.sizePt = kTableSize;
                p.spaceBeforePt = 2;
                p.runs << TextRun{domain::agendaItemFieldLabel(f.field) + QStringLiteral(": "),
                                  true, false, false, 0};
                p.runs << TextRun{(f.before.isEmpty() ? QStringLiteral("(trống)") : f.before) +
                                      QStringLiteral(" → ") +
                                      (f.after.isEmpty() ? QStringLiteral("(trống)") : f.after),
                                  false, false, false, 0};
                changes << p;
            }
            t.rows.append({{cell(QString::number(++n), false, Align::Center), cell(c.before.title),
                            cell(changes)}});
        }
        doc.addTable(t);
    }
    return doc;
}

Result<QList<documents::IcsEvent>> SessionDocuments::icsEvents(const domain::Actor &actor,
                                                               Id sessionId, Id versionId)
{
    auto view = m_sessions.days(actor, sessionId, versionId);
    if (!view)
        return view.error();
    const Session &s = view->session;
    const AgendaVersionInfo &v = view->version;
    QList<documents::IcsEvent> out;
    for (const AgendaDay &day : view->days) {
        for (const AgendaHalfDay &h : day.halfDays) {
            const domain::HalfDayHours hours = domain::halfDayHours(h.halfDay);
            QTime next = hours.start;
            for (const NamedAgendaItem &n : h.items) {
                const AgendaItem &it = n.item;
                documents::IcsEvent e;
                e.uid = itemUid(it.key);
                e.summary = it.title;
                QStringList description{QStringLiteral("%1 (%2)").arg(s.fullTitle(), v.label),
                                        domain::activityTypeLabel(it.activity)};
                if (!n.presentingAgency.isEmpty())
                    description << QStringLiteral("Cơ quan trình: %1").arg(n.presentingAgency);
                if (!n.reviewingAgency.isEmpty())
                    description << QStringLiteral("Cơ quan thẩm tra: %1").arg(n.reviewingAgency);
                if (!n.presenter.isEmpty())
                    description << QStringLiteral("Người trình bày: %1").arg(n.presenter);
                if (!n.chair.isEmpty())
                    description << QStringLiteral("Điều hành: %1").arg(n.chair);
                if (it.liveBroadcast)
                    description << QStringLiteral("Phát thanh, truyền hình trực tiếp");
                if (!it.notes.isEmpty())
                    description << it.notes;
                QTime start = it.startTime, end = it.endTime;
                if (!it.hasTimes()) {
                    description << QStringLiteral("Giờ dự kiến theo thời lượng.");
                    start = std::min(next, hours.end);
                    end = it.plannedMinutes > 0 ? start.addSecs(it.plannedMinutes * 60) : hours.end;
                    if (end <= start)
                        end = start.addSecs(30 * 60);
                }
                if (!end.isValid())
                    end = it.plannedMinutes > 0 ? start.addSecs(it.plannedMinutes * 60) : start;
                next = it.hasTimes() ? std::max(next, end) : end;
                e.description = description.join(u'\n');
                const QString venue = venueOf(it);
                e.location = venue.isEmpty() ? s.venue : venue;
                e.categories = {QStringLiteral("Kỳ họp Quốc hội"), domain::activityTypeLabel(it.activity)};
                e.start = QDateTime(it.date, start, vietnam());
                e.end = QDateTime(it.date, end, vietnam());
                e.sequence = v.version.number;
                e.status = v.version.adoptedOn.isValid() ? QStringLiteral("CONFIRMED")
                                                         : QStringLiteral("TENTATIVE");
                out.append(e);
            }
        }
    }
    return out;
}

} // namespace thuky::services
