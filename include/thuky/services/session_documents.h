#pragma once
// The session agendas going out: the official agenda document (chương trình kỳ họp), the
// one-day schedule (lịch làm việc ngày …), the "what changed" annex of a new version, as
// RichDocuments (DOCX and PDF through documents/rich_document.h), and the items as
// iCalendar events for Outlook and Thunderbird.

#include "thuky/core/result.h"
#include "thuky/documents/ics.h"
#include "thuky/documents/rich_document.h"
#include "thuky/domain/session_agenda.h"

namespace thuky::services {

class SessionService;

class SessionDocuments
{
public:
    explicit SessionDocuments(SessionService &sessions) : m_sessions(sessions) {}

    /// The agenda of a version (the newest when 0): A4 in the Decree 30 look, the session and
    /// term in the heading with the version ("Dự kiến lần 2", "Chính thức"…), then a table by
    /// date ("Thứ Hai, ngày 21/10/2024") and half-day with each item's title, time, agencies,
    /// presenter, venue and live broadcast. Days without items are left out.
    Result<documents::RichDocument> agenda(const domain::Actor &actor, domain::Id sessionId,
                                           domain::Id versionId = 0);
    /// One day of a version: "LỊCH LÀM VIỆC" of that day, each half-day with its items and
    /// their times (the planned ones when the items have none). NotFound when the version has
    /// nothing on that day.
    Result<documents::RichDocument> daySchedule(const domain::Actor &actor, domain::Id sessionId,
                                                domain::Id versionId, const QDate &date);
    /// The annex that accompanies a new version: items added, removed, moved (old and new
    /// slot) and changed (each field before and after), from `fromVersionId` to
    /// `toVersionId`.
    Result<documents::RichDocument> changesAnnex(const domain::Actor &actor,
                                                 domain::Id fromVersionId, domain::Id toVersionId);

    /// A version's items (the newest when 0) as iCalendar events. UIDs are stable per item
    /// key, so a newer version's export updates the events an earlier one created
    /// (SEQUENCE: the version number). Items without times take their place in the half-day
    /// from the planned minutes of those before them. Adopted versions are CONFIRMED, others
    /// TENTATIVE.
    Result<QList<documents::IcsEvent>> icsEvents(const domain::Actor &actor, domain::Id sessionId,
                                                 domain::Id versionId = 0);
    /// "ky-hop-<item key>@thuky".
    static QString itemUid(const QString &itemKey);

private:
    SessionService &m_sessions;
};

} // namespace thuky::services
