#pragma once
// The home page's entries (Hôm nay): for the logged-in user, the meetings of the next 14
// days, the documents due or late for the next meetings, the notices waiting for this
// user's action, the notices overdue for issuing and the tasks of the user's unit due this
// week or late. Each section is filled by providers; a module not built yet (the sessions
// of the National Assembly) adds its own with addProvider().

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace thuky::services {

class Workspace;

enum class HomeSection { Meetings, Documents, NoticesToAct, NoticesOverdue, Tasks };
inline constexpr std::array kAllHomeSections{HomeSection::Meetings, HomeSection::Documents,
                                             HomeSection::NoticesToAct, HomeSection::NoticesOverdue,
                                             HomeSection::Tasks};

/// One line of the home page and the record it opens.
struct HomeEntry
{
    HomeSection section = HomeSection::Meetings;
    QString moduleKey; ///< the page that opens it: "programme", "meetings", "notices"…
    domain::Id id = 0; ///< the record in that module (a task, a meeting, a notice)
    QDate date;        ///< the day it is about (meeting, deadline, due date)
    QString title;
    QString detail;    ///< a short second line: who, what state
    bool late = false; ///< past its date
};

/// Who is looking, and when.
struct HomeContext
{
    domain::Actor actor;
    domain::Id unitId = 0; ///< the account's unit; 0: none
    QDate today;
};

using HomeProvider = std::function<Result<QList<HomeEntry>>(const HomeContext &)>;

class HomeService
{
public:
    /// Registers the built-in providers over the workspace's services.
    explicit HomeService(Workspace &workspace);

    /// Adds a source of entries (the sessions module: its sessions of the next 14 days
    /// under HomeSection::Meetings, moduleKey "sessions").
    void addProvider(HomeProvider provider);

    /// ViewData. Every provider's entries, by section, then date, then title. The account's
    /// unit comes from its record; with none, the tasks are the whole year's (every unit).
    Result<QList<HomeEntry>> entries(const domain::Actor &actor);

    static constexpr int kMeetingDays = 14;

private:
    Workspace &m_workspace;
    QList<HomeProvider> m_providers;
};

} // namespace thuky::services
