#pragma once
// The single place where a service asks whether the acting user may do something.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

namespace thuky::services {

/// Every action a service performs on behalf of a user.
enum class Action {
    ViewData,
    EditReference,
    EditProgramme,      ///< create/adopt programmes, carry over, import
    EditTask,           ///< create, edit, delete tasks
    RecordProgress,
    ManageDatabase,     ///< demo, backup, restore
};

/// Decides whether an actor may perform an action. The foundation grants everything to
/// every actor; accounts and roles replace this policy without touching the callers.
class Authorizer
{
public:
    virtual ~Authorizer() = default;
    virtual Result<void> require(const domain::Actor &actor, Action action) const = 0;
};

class AllowAllAuthorizer final : public Authorizer
{
public:
    Result<void> require(const domain::Actor &, Action) const override { return {}; }
};

} // namespace thuky::services
