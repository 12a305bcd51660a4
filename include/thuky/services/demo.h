#pragma once
// Realistic, deterministic demo data, made through the same services the app uses.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace thuky::services {

class Workspace;

enum class DemoScale { Office, Decade, Stress };
std::optional<DemoScale> demoScaleFromKey(const QString &key); ///< "office", "decade", "stress"
QString demoScaleKey(DemoScale scale);

/// An account the demo creates so a newcomer can try each role.
struct DemoAccount
{
    QString userName;
    QString password;
    domain::Role role = domain::Role::Viewer;
};

/// The password of every demo account (meets the password policy).
inline QString demoPassword() { return QStringLiteral("Thuky@2025"); }

struct DemoReport
{
    QList<DemoAccount> accounts; ///< empty when the database already had accounts
    int programmes = 0;
    int tasks = 0;
    int progressEntries = 0;
    int people = 0;
    int meetings = 0;        ///< Standing Committee meetings
    int meetingContents = 0;
    int meetingDocuments = 0;
    int meetingEvents = 0;   ///< other events of the calendar
    int notices = 0;         ///< conclusion notices, in every state
    int issuedNotices = 0;   ///< of which issued, numbered per issuer, symbol and year
    int sessions = 0;        ///< National Assembly sessions, regular and extraordinary
    int agendaVersions = 0;  ///< versions of their agendas
    int agendaItems = 0;     ///< items of the sessions' newest versions
    int agendaItemRows = 0;  ///< items of every version
};

/// Fills an empty database (no programmes yet) with demo data for the scale. Refuses a
/// database that already holds programmes (Conflict). Needs Action::ManageDatabase. On a
/// database without accounts it also creates one account per role (see DemoReport). The same seed gives the same data.
/// `progress` is called with (done, total) now and then.
Result<DemoReport> generateDemo(Workspace &ws, const domain::Actor &actor, DemoScale scale,
                                std::uint64_t seed = 2025,
                                const std::function<void(int, int)> &progress = {});

} // namespace thuky::services
