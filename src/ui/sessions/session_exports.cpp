// Stand-in until services::SessionDocuments is merged (see /tmp pending file).
#include "sessions/sessions_page.h"
#include "common/message_boxes.h"
namespace thuky::ui {
using domain::Id;
void SessionsPage::exportAgenda() {}
bool SessionsPage::exportAgendaTo(const QString &) { return false; }
void SessionsPage::exportDay() {}
bool SessionsPage::exportDayTo(const QDate &, const QString &) { return false; }
void SessionsPage::exportIcs() {}
bool SessionsPage::exportIcsTo(const QString &) { return false; }
void SessionsPage::exportAnnex(Id, Id) {}
bool SessionsPage::exportAnnexTo(Id, Id, const QString &) { return false; }
}
