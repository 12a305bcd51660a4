#include "common/permissions.h"

#include "common/display_text.h"

#include <QAction>
#include <QWidget>

namespace thuky::ui {

Permissions::Permissions(const services::Authorizer &authorizer, domain::Actor actor)
    : m_authorizer(authorizer), m_actor(std::move(actor))
{
}

bool Permissions::allows(services::Action action) const
{
    return m_authorizer.require(m_actor, action).ok();
}

QString Permissions::refusal(services::Action action) const
{
    const Result<void> allowed = m_authorizer.require(m_actor, action);
    if (allowed)
        return {};
    return errorText(allowed.error()) + u'\n' +
           tr("Cần vai trò: %1.").arg(roleLabels(services::rolesAllowed(action)));
}

namespace {
// The tooltip a target had before a refusal replaced it, so a later apply() can put it back.
constexpr char kOwnToolTip[] = "thukyOwnToolTip";
constexpr char kRefusal[] = "thukyRefusal";

template <typename Target>
void applyTo(const Permissions &permissions, Target *target, services::Action action, bool enabled)
{
    const QString why = permissions.refusal(action);
    if (!target->property(kOwnToolTip).isValid())
        target->setProperty(kOwnToolTip, target->toolTip());
    target->setToolTip(why.isEmpty() ? target->property(kOwnToolTip).toString() : why);
    target->setProperty(kRefusal, why);
    target->setEnabled(enabled && why.isEmpty());
}
} // namespace

void Permissions::apply(QAction *target, services::Action action, bool enabled) const
{
    applyTo(*this, target, action, enabled);
}

void Permissions::apply(QWidget *target, services::Action action, bool enabled) const
{
    applyTo(*this, target, action, enabled);
}

QString Permissions::refusalOf(const QAction *action)
{
    return action->property(kRefusal).toString();
}

QString roleLabels(const QList<domain::Role> &roles)
{
    QStringList labels;
    for (const domain::Role role : domain::kAllRoles) {
        if (roles.contains(role))
            labels.append(roleText(role));
    }
    return labels.join(QStringLiteral(", "));
}

QString actorLabel(const domain::Actor &actor)
{
    const QString name = actor.fullName.isEmpty() ? actor.userName : actor.fullName;
    return actor.roles.isEmpty() ? name
                                 : QStringLiteral("%1 (%2)").arg(name, roleLabels(actor.roles));
}

} // namespace thuky::ui
