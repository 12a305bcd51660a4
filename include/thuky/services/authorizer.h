#pragma once
// The single place where a service asks whether the acting user may do something.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QList>

namespace thuky::services {

/// Every action a service performs on behalf of a user.
enum class Action {
    ViewData,        ///< read any module
    EditReference,   ///< agencies, units, people
    EditProgramme,   ///< create programmes, import tasks, carry over
    AdoptProgramme,  ///< adopt or close a programme (ban hành)
    EditTask,        ///< create, edit, delete tasks
    RecordProgress,  ///< log progress on a task
    ManageUsers,     ///< accounts, roles, password resets
    ViewAudit,       ///< read the audit trail
    ViewHistory,     ///< read the history of one record (what one edits)
    ManageDatabase,  ///< demo data, backup, restore
    EditMeetings,    ///< Standing Committee meetings, their contents, documents, events
    ConfigureMeetings, ///< terms and the deadline rules of documents
    DraftNotice,     ///< create and edit draft notices, submit them, corrections, follow-ups
    ReviewNotice,    ///< comment on a submitted notice, return it to its drafter
    ApproveNotice,   ///< approve a submitted notice (never one's own draft)
    IssueNotice,     ///< number and issue an approved notice; void a number of the register
    ConfigureNotices, ///< issuers' profiles and the templates of each kind
    ViewDashboard,   ///< the leadership dashboard (bảng điều khiển)
    EditAgenda,      ///< National Assembly sessions, matters, agenda versions and their items
    AdoptAgenda,     ///< record the Assembly's adoption of an agenda version
    ConfigureReports, ///< the office's settings of the periodic reports (the cut-off day)
};
inline constexpr std::array kAllActions{Action::ViewData,      Action::EditReference,  Action::EditProgramme,
                                        Action::AdoptProgramme, Action::EditTask,       Action::RecordProgress,
                                        Action::ManageUsers,    Action::ViewAudit,      Action::ViewHistory,
                                        Action::ManageDatabase, Action::EditMeetings, Action::ConfigureMeetings,
                                        Action::DraftNotice,   Action::ReviewNotice,   Action::ApproveNotice,
                                        Action::IssueNotice,   Action::ConfigureNotices, Action::ViewDashboard,
                                        Action::EditAgenda,    Action::AdoptAgenda, Action::ConfigureReports};
QString actionKey(Action action);   ///< "edit_task"…
QString actionLabel(Action action); ///< Vietnamese, for messages
QString actionLabelEn(Action action);

/// The permission table: which roles may perform an action.
QList<domain::Role> rolesAllowed(Action action);

/// Decides whether an actor may perform an action.
class Authorizer
{
public:
    virtual ~Authorizer() = default;
    /// PermissionDenied (with both-language message naming the action) when not allowed.
    virtual Result<void> require(const domain::Actor &actor, Action action) const = 0;
};

/// Grants an action when the actor holds one of the roles of rolesAllowed().
class RoleAuthorizer final : public Authorizer
{
public:
    Result<void> require(const domain::Actor &actor, Action action) const override;
};

} // namespace thuky::services
