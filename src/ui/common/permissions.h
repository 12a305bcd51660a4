#pragma once
// Permissions: what the logged-in user may do, asked of the core's Authorizer (the one
// permission table), so the UI can disable what the services would refuse and say why.

#include "thuky/domain/reference.h"
#include "thuky/services/authorizer.h"

#include <QCoreApplication>

class QAction;
class QWidget;

namespace thuky::ui {

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    Permissions(const services::Authorizer &authorizer, domain::Actor actor);

    const domain::Actor &actor() const { return m_actor; }
    bool allows(services::Action action) const;
    /// Why the actor may not: the service's message and the roles that may. Empty if allowed.
    QString refusal(services::Action action) const;

    /// Enables `target` when `enabled` and the action is allowed. A refused action stays
    /// visible but disabled, its tooltip saying why (an action keeps its own tooltip otherwise).
    void apply(QAction *target, services::Action action, bool enabled = true) const;
    void apply(QWidget *target, services::Action action, bool enabled = true) const;
    /// Why apply() last refused `action` ("" if it did not), for a refused shortcut's message.
    static QString refusalOf(const QAction *action);

private:
    const services::Authorizer &m_authorizer;
    domain::Actor m_actor;
};

/// "Chuyên viên, Lãnh đạo Vụ (rà soát)": the Vietnamese labels of roles, in their order.
QString roleLabels(const QList<domain::Role> &roles);
/// "Nguyễn Thị Thu Hà (Chuyên viên)": who is working, for the status bar and titles.
QString actorLabel(const domain::Actor &actor);

} // namespace thuky::ui
