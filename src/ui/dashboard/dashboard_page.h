#pragma once
// DashboardPage: the leadership dashboard (bảng điều khiển) — five charts of the year's
// work, filtered by year and unit; a click on a bar lists the records behind it.

#include "common/module_page.h"
#include "common/permissions.h"

#include "thuky/domain/reference.h"
#include "thuky/services/dashboard_service.h"

#include <QHash>

#include <memory>

namespace Ui {
class DashboardPage;
}

class QChartView;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class DashboardPage : public ModulePage
{
    Q_OBJECT

public:
    DashboardPage(services::Workspace &workspace, domain::Actor actor, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString key() const override { return QStringLiteral("dashboard"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;
    QString statusText() const override;

    /// The figures on screen, in the order of the charts: completion by unit, timeliness,
    /// months, notice turnaround, late documents.
    const QList<services::DashboardFigure> &figures() const { return m_figures; }
    /// What a click on bar `index` of series `series` of figure `figure` does: the list of
    /// the records behind it (returned for the tests; shown unless `show` is false).
    QList<services::DashboardRecord> openBar(int figure, int series, int index, bool show = true);
    void setYear(int year);
    void setUnit(domain::Id unitId);
    /// The title chart `figure` shows (it names the unit the notices' chart is filtered by).
    QString chartTitle(int figure) const;

Q_SIGNALS:
    /// A record of a list was double-clicked: the window opens it in its module.
    void openRecordRequested(services::DashboardRecords records, domain::Id id);

private:
    void refresh();
    QChartView *chartOf(int figure);
    services::DashboardFilter filter() const;

    std::unique_ptr<Ui::DashboardPage> m_ui;
    services::Workspace &m_workspace;
    domain::Actor m_actor;
    QList<services::DashboardFigure> m_figures;
    QList<QChartView *> m_views;
    QHash<qint64, QString> m_shortNames; ///< agency id → short name, for the axes
    QString m_status;
};

} // namespace thuky::ui
