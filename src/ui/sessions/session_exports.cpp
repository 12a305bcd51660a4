// The session agendas going out from the page: the version as the official agenda document,
// a one-day schedule, the "what changed" annex (DOCX or PDF, the format from the file's
// name) and the items as iCalendar. The core makes the documents
// (services::SessionDocuments); this asks where, says what happened.

#include "sessions/sessions_page.h"

#include "common/busy_cursor.h"
#include "common/file_dialogs.h"
#include "common/message_boxes.h"
#include "common/settings.h"
#include "common/translations.h"
#include "sessions/session_agenda_model.h"

#include "thuky/documents/ics.h"
#include "thuky/documents/rich_document.h"
#include "thuky/services/session_documents.h"
#include "thuky/services/workspace.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QTreeView>

namespace thuky::ui {

using domain::Id;

namespace {

const QString kProductId = QStringLiteral("-//VPQH//Thuky//VI");

/// Asks where to save a DOCX or PDF document, suggesting `baseName` in the last export
/// folder; a name without .docx or .pdf gets the extension of the filter chosen.
QString chooseDocumentToSave(QWidget *parent, Settings &settings, const QString &title,
                             const QString &baseName)
{
    const QString pdfFilter = SessionsPage::tr("Tệp PDF (*.pdf)");
    const QString docxFilter = SessionsPage::tr("Văn bản Word (*.docx)");
    QString filter = pdfFilter;
    QString path = chooseSaveFile(parent, title,
                                  settings.lastExportFolder() + u'/' + baseName + QStringLiteral(".pdf"),
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

} // namespace

void SessionsPage::exportAgenda()
{
    if (m_versionId == 0)
        return;
    const auto &agenda = m_model->agenda();
    const QString path = chooseDocumentToSave(
        this, m_settings, tr("Xuất chương trình kỳ họp"),
        QStringLiteral("chuong-trinh-ky-hop-%1-khoa-%2-phien-ban-%3")
            .arg(agenda.session.ordinal)
            .arg(agenda.session.term)
            .arg(agenda.version.version.number));
    if (!path.isEmpty())
        exportAgendaTo(path);
}

bool SessionsPage::exportAgendaTo(const QString &path)
{
    const QString title = tr("Xuất chương trình kỳ họp");
    const BusyCursor busy;
    services::SessionDocuments documents(m_workspace.sessions());
    auto document = documents.agenda(m_actor, m_sessionId, m_versionId);
    if (!document) {
        showError(this, title, document.error());
        return false;
    }
    if (auto written = writeDocument(*document, path); !written) {
        showError(this, title, written.error());
        return false;
    }
    Q_EMIT transientMessage(tr("Đã xuất chương trình kỳ họp ra %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void SessionsPage::exportDay()
{
    if (m_versionId == 0)
        return;
    QDate date;
    if (auto slot = m_model->halfDayOf(editor()->currentIndex()))
        date = slot->first;
    if (!date.isValid()) {
        // No day chosen in the editor: the days that have items.
        QStringList labels;
        QList<QDate> dates;
        for (const services::AgendaDay &day : m_model->agenda().days) {
            int items = 0;
            for (const services::AgendaHalfDay &half : day.halfDays)
                items += int(half.items.size());
            if (items > 0) {
                labels << domain::agendaDayLabel(day.date, uiLanguage());
                dates << day.date;
            }
        }
        if (dates.isEmpty())
            return;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Xuất lịch làm việc một ngày"),
                                                     tr("Ngày:"), labels, 0, false, &ok);
        if (!ok)
            return;
        date = dates.value(int(labels.indexOf(chosen)));
    }
    const QString path = chooseDocumentToSave(this, m_settings, tr("Xuất lịch làm việc một ngày"),
                                              QStringLiteral("lich-lam-viec-%1").arg(date.toString(Qt::ISODate)));
    if (!path.isEmpty())
        exportDayTo(date, path);
}

bool SessionsPage::exportDayTo(const QDate &date, const QString &path)
{
    const QString title = tr("Xuất lịch làm việc một ngày");
    const BusyCursor busy;
    services::SessionDocuments documents(m_workspace.sessions());
    auto document = documents.daySchedule(m_actor, m_sessionId, m_versionId, date);
    if (!document) {
        showError(this, title, document.error());
        return false;
    }
    if (auto written = writeDocument(*document, path); !written) {
        showError(this, title, written.error());
        return false;
    }
    Q_EMIT transientMessage(tr("Đã xuất lịch làm việc ngày %1 ra %2.")
                                .arg(date.toString(QStringLiteral("dd/MM/yyyy")), QFileInfo(path).fileName()));
    return true;
}

void SessionsPage::exportIcs()
{
    if (m_versionId == 0)
        return;
    const QString title = tr("Xuất chương trình ra tệp .ics");
    QString filter;
    QString path = chooseSaveFile(this, title,
                                  m_settings.lastExportFolder() +
                                      QStringLiteral("/chuong-trinh-ky-hop-%1-khoa-%2.ics")
                                          .arg(m_model->agenda().session.ordinal)
                                          .arg(m_model->agenda().session.term),
                                  tr("Lịch iCalendar (*.ics)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != QLatin1String("ics"))
        path += QStringLiteral(".ics");
    m_settings.setLastExportFolder(QFileInfo(path).absolutePath());
    exportIcsTo(path);
}

bool SessionsPage::exportIcsTo(const QString &path)
{
    const QString title = tr("Xuất chương trình ra tệp .ics");
    const BusyCursor busy;
    services::SessionDocuments documents(m_workspace.sessions());
    auto events = documents.icsEvents(m_actor, m_sessionId, m_versionId);
    if (!events) {
        showError(this, title, events.error());
        return false;
    }
    if (auto written = documents::writeIcsFile(*events, kProductId, path); !written) {
        showError(this, title, written.error());
        return false;
    }
    Q_EMIT transientMessage(tr("Đã xuất %n nội dung ra %1.", nullptr, int(events->size()))
                                .arg(QFileInfo(path).fileName()));
    return true;
}

void SessionsPage::exportAnnex(Id from, Id to)
{
    const QString path = chooseDocumentToSave(this, m_settings, tr("Xuất phụ lục thay đổi"),
                                              QStringLiteral("phu-luc-thay-doi-%1-%2").arg(from).arg(to));
    if (!path.isEmpty())
        exportAnnexTo(from, to, path);
}

bool SessionsPage::exportAnnexTo(Id fromVersionId, Id toVersionId, const QString &path)
{
    const QString title = tr("Xuất phụ lục thay đổi");
    const BusyCursor busy;
    services::SessionDocuments documents(m_workspace.sessions());
    auto document = documents.changesAnnex(m_actor, fromVersionId, toVersionId);
    if (!document) {
        showError(this, title, document.error());
        return false;
    }
    if (auto written = writeDocument(*document, path); !written) {
        showError(this, title, written.error());
        return false;
    }
    Q_EMIT transientMessage(tr("Đã xuất phụ lục thay đổi ra %1.").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace thuky::ui
