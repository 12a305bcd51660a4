// The meeting calendar's exchange from the page: the year's calendar to .ics and back, a
// meeting's programme and the reminder lists as DOCX or PDF. The core does the work
// (services::MeetingExchange, the document writers); this asks where, says what happened.

#include "meetings/meetings_page.h"
#include "meetings/readiness_panel.h"

#include "common/busy_cursor.h"
#include "common/file_dialogs.h"
#include "common/message_boxes.h"
#include "common/settings.h"

#include "thuky/documents/ics.h"
#include "thuky/documents/rich_document.h"
#include "thuky/services/meeting_exchange.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/workspace.h"

#include <QFileInfo>

namespace thuky::ui {

namespace {

const QString kProductId = QStringLiteral("-//VPQH//Thuky//VI");

/// Asks where to save a DOCX or PDF document, suggesting `baseName` in the last export
/// folder; a name without .docx or .pdf gets the extension of the filter chosen.
QString chooseDocumentToSave(QWidget *parent, Settings &settings, const QString &title,
                             const QString &baseName)
{
    const QString pdfFilter = MeetingsPage::tr("Tệp PDF (*.pdf)");
    const QString docxFilter = MeetingsPage::tr("Văn bản Word (*.docx)");
    QString filter = pdfFilter;
    QString path = chooseSaveFile(
        parent, title, settings.lastExportFolder() + u'/' + baseName + QStringLiteral(".pdf"),
        pdfFilter + QStringLiteral(";;") + docxFilter, &filter);
    if (path.isEmpty())
        return path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("docx"))
        path += filter == docxFilter ? QStringLiteral(".docx") : QStringLiteral(".pdf");
    settings.setLastExportFolder(QFileInfo(path).absolutePath());
    return path;
}

Result<void> writeDocument(const documents::RichDocument &document, const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("docx"), Qt::CaseInsensitive) == 0
               ? documents::writeDocxFile(document, path)
               : documents::writePdfFile(document, path);
}

/// "phien-hop-45-k15": a file name without spaces or diacritics.
QString meetingFileName(const QString &what, const domain::Meeting &m)
{
    return QStringLiteral("%1-phien-hop-%2-khoa-%3").arg(what).arg(m.number).arg(m.term);
}

} // namespace

void MeetingsPage::exportCalendar()
{
    const int year = m_anchor.year();
    const QString title = tr("Xuất lịch ra tệp .ics");
    QString filter;
    QString path = chooseSaveFile(this, title,
                                  m_settings.lastExportFolder() +
                                      QStringLiteral("/lich-phien-hop-%1.ics").arg(year),
                                  tr("Lịch iCalendar (*.ics)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != QLatin1String("ics"))
        path += QStringLiteral(".ics");
    m_settings.setLastExportFolder(QFileInfo(path).absolutePath());
    exportCalendarTo(path, QDate(year, 1, 1), QDate(year, 12, 31));
}

bool MeetingsPage::exportCalendarTo(const QString &path, const QDate &from, const QDate &to)
{
    const QString title = tr("Xuất lịch ra tệp .ics");
    const BusyCursor busy;
    auto events = m_workspace.meetingExchange().icsEvents(m_actor, from, to);
    if (!events) {
        showError(this, title, events.error());
        return false;
    }
    if (auto written = documents::writeIcsFile(*events, kProductId, path); !written) {
        showError(this, title, written.error());
        return false;
    }
    Q_EMIT transientMessage(tr("Đã xuất %n sự kiện ra %1.", nullptr, int(events->size()))
                                .arg(QFileInfo(path).fileName()));
    return true;
}

void MeetingsPage::importCalendar()
{
    if (!m_permissions.allows(services::Action::EditMeetings))
        return;
    const QString path =
        chooseOpenFile(this, tr("Nhập lịch từ tệp .ics"), m_settings.lastImportFolder(),
                       tr("Lịch iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    m_settings.setLastImportFolder(QFileInfo(path).absolutePath());
    importCalendarFrom(path);
}

bool MeetingsPage::importCalendarFrom(const QString &path)
{
    const QString title = tr("Nhập lịch từ tệp .ics");
    Result<services::IcsImportOutcome> outcome = services::IcsImportOutcome{};
    {
        const BusyCursor busy;
        auto events = documents::readIcsFile(path);
        if (!events) {
            showError(this, title, events.error());
            return false;
        }
        outcome = m_workspace.meetingExchange().importIcs(m_actor, *events);
    }
    if (!outcome) {
        showError(this, title, outcome.error());
        return false;
    }
    // An import is not one undoable step: it may touch many records. Its changes are in the
    // audit trail, and editing them afterwards is undoable as usual.
    m_undoStack->clear();
    reload();
    Q_EMIT calendarChanged();
    QStringList lines{tr("Phiên họp thêm mới: %1; cập nhật: %2.")
                          .arg(outcome->meetingsAdded)
                          .arg(outcome->meetingsUpdated),
                      tr("Sự kiện thêm mới: %1; cập nhật: %2.")
                          .arg(outcome->eventsAdded)
                          .arg(outcome->eventsUpdated),
                      tr("Không thay đổi: %1.").arg(outcome->unchanged)};
    if (outcome->recurring > 0)
        lines.append(tr("%n sự kiện lặp lại chỉ lấy lần đầu.", nullptr, outcome->recurring));
    inform(this, title,
           tr("Đã nhập %1.").arg(QFileInfo(path).fileName()) + u'\n' + lines.join(u'\n'));
    return true;
}

void MeetingsPage::exportProgramme()
{
    const services::CalendarItem item = selectedItem();
    if (item.id == 0 || item.type != services::CalendarItem::Type::Meeting)
        return;
    auto meeting = m_workspace.meetings().meeting(m_actor, item.id);
    if (!meeting) {
        showError(this, tr("Xuất chương trình phiên họp"), meeting.error());
        return;
    }
    const QString path =
        chooseDocumentToSave(this, m_settings, tr("Xuất chương trình phiên họp"),
                             meetingFileName(QStringLiteral("chuong-trinh"), *meeting));
    if (!path.isEmpty())
        exportProgrammeTo(item.id, path);
}

bool MeetingsPage::exportProgrammeTo(domain::Id meetingId, const QString &path)
{
    const QString title = tr("Xuất chương trình phiên họp");
    const BusyCursor busy;
    auto document = m_workspace.meetingExchange().programme(m_actor, meetingId);
    if (!document) {
        showError(this, title, document.error());
        return false;
    }
    if (auto written = writeDocument(*document, path); !written) {
        showError(this, title, written.error());
        return false;
    }
    Q_EMIT transientMessage(
        tr("Đã xuất chương trình phiên họp ra %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void MeetingsPage::exportReminders(domain::Id meetingId)
{
    auto meeting = m_workspace.meetings().meeting(m_actor, meetingId);
    if (!meeting) {
        showError(this, tr("Xuất danh sách nhắc việc"), meeting.error());
        return;
    }
    const QString path =
        chooseDocumentToSave(this, m_settings, tr("Xuất danh sách nhắc việc"),
                             meetingFileName(QStringLiteral("nhac-viec"), *meeting));
    if (!path.isEmpty())
        exportRemindersTo(meetingId, path);
}

bool MeetingsPage::exportRemindersTo(domain::Id meetingId, const QString &path)
{
    const QString title = tr("Xuất danh sách nhắc việc");
    const BusyCursor busy;
    auto document = m_workspace.meetingExchange().reminders(m_actor, meetingId);
    if (!document) {
        showError(this, title, document.error());
        return false;
    }
    if (auto written = writeDocument(*document, path); !written) {
        showError(this, title, written.error());
        return false;
    }
    Q_EMIT transientMessage(
        tr("Đã xuất danh sách nhắc việc ra %1.").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace thuky::ui
