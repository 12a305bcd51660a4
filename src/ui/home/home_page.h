#pragma once
// HomePage (Hôm nay): what the logged-in user has on today — meetings of the next two weeks,
// documents due for them, notices waiting for this user, notices overdue, tasks due this
// week or late. Double-click or Enter opens the record in its module.

#include "common/module_page.h"

#include "thuky/domain/reference.h"
#include "thuky/services/home_service.h"

#include <QSet>

#include <memory>

namespace Ui {
class HomePage;
}

class QTreeWidget;
class QTreeWidgetItem;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class HomePage : public ModulePage
{
    Q_OBJECT

public:
    HomePage(services::Workspace &workspace, domain::Actor actor, QWidget *parent = nullptr);
    ~HomePage() override;

    QString key() const override { return QStringLiteral("home"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;
    QString statusText() const override;

    const QList<services::HomeEntry> &entries() const { return m_entries; }
    QTreeWidget *entryTree() const;
    /// Opens the entry of a line (the tests' click).
    void openItem(QTreeWidgetItem *item);

Q_SIGNALS:
    /// The window shows the record in the module of `moduleKey`.
    void openRecordRequested(const QString &moduleKey, domain::Id id);

private:
    std::unique_ptr<Ui::HomePage> m_ui;
    services::Workspace &m_workspace;
    domain::Actor m_actor;
    QList<services::HomeEntry> m_entries;
    QSet<int> m_wholeSections; ///< sections shown whole (HomeSection values), not their first lines
    QString m_status;
};

} // namespace thuky::ui
