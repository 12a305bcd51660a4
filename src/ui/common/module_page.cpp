#include "common/module_page.h"

#include "common/permissions.h"

#include <QShortcut>

namespace thuky::ui {

void ModulePage::explainWhenDisabled(QAction *action)
{
    auto *refused = new QShortcut(action->shortcut(), this);
    refused->setEnabled(!action->isEnabled());
    connect(action, &QAction::enabledChanged, refused,
            [refused](bool enabled) { refused->setEnabled(!enabled); });
    connect(refused, &QShortcut::activated, this, [this, action] {
        const QString name = action->text().remove(u'&').remove(QStringLiteral("…"));
        const QString why = Permissions::refusalOf(action);
        if (!why.isEmpty())
            Q_EMIT transientMessage(
                tr("Không thể “%1”: %2").arg(name, QString(why).replace(u'\n', u' ')));
        else if (!action->statusTip().isEmpty())
            Q_EMIT transientMessage(action->statusTip());
        else
            Q_EMIT transientMessage(tr("“%1” chưa dùng được lúc này.").arg(name));
    });
}

} // namespace thuky::ui
