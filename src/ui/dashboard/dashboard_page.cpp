#include "dashboard/dashboard_page.h"

#include "dashboard/ui_dashboard_page.h"

#include "common/busy_cursor.h"
#include "common/icons.h"
#include "common/message_boxes.h"
#include "common/translations.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace thuky::ui {

using services::DashboardFigure;

namespace {

enum Figure { Completion, Timeliness, Months, Turnaround, LateDocuments, FigureCount };

QString figureTitle(int figure)
{
    switch (figure) {
    case Completion:
        return DashboardPage::tr("Hoàn thành chương trình theo đơn vị");
    case Timeliness:
        return DashboardPage::tr("Tình trạng thời hạn nhiệm vụ");
    case Months:
        return DashboardPage::tr("Tiến độ theo tháng");
    case Turnaround:
        return DashboardPage::tr("Ban hành thông báo (ngày làm việc)");
    case LateDocuments:
        return DashboardPage::tr("Tài liệu gửi muộn theo cơ quan");
    }
    return {};
}

/// The series' label in the interface's language.
QString seriesLabel(const services::DashboardSeries &s)
{
    if (s.key == u"done")
        return DashboardPage::tr("Đã hoàn thành");
    if (s.key == u"not_done")
        return DashboardPage::tr("Chưa hoàn thành");
    if (s.key == u"tasks")
        return DashboardPage::tr("Nhiệm vụ");
    if (s.key == u"due")
        return DashboardPage::tr("Đến hạn trong tháng");
    if (s.key == u"mean_days")
        return DashboardPage::tr("Số ngày làm việc bình quân");
    if (s.key == u"received_late")
        return DashboardPage::tr("Nhận muộn");
    if (s.key == u"overdue")
        return DashboardPage::tr("Quá hạn, chưa nhận");
    return s.label;
}

/// Which series of a figure the chart draws (the others serve the lists or the CLI).
bool drawn(int figure, const services::DashboardSeries &s)
{
    if (figure == Months)
        return s.key == u"due" || s.key == u"done";
    if (figure == Turnaround)
        return s.key == u"mean_days";
    return true;
}

/// Category labels short enough for a chart's axis.
QString shortLabel(const QString &text)
{
    return text.size() > 28 ? text.left(26) + QStringLiteral("…") : text;
}

} // namespace

DashboardPage::DashboardPage(services::Workspace &workspace, domain::Actor actor, QWidget *parent)
    : ModulePage(parent), m_ui(std::make_unique<Ui::DashboardPage>()), m_workspace(workspace),
      m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    m_ui->yearSpin->setValue(m_workspace.programmes().today().year());
    for (int i = 0; i < FigureCount; ++i) {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 150);
        m_views.append(view);
    }
    // The two lists of names (units, agencies) get the tall column on the left and right,
    // where every name has room (a short chart drops every other one); the three figures
    // of few categories share the middle.
    m_ui->chartsGrid->addWidget(m_views[Completion], 0, 0, 3, 1);
    m_ui->chartsGrid->addWidget(m_views[Timeliness], 0, 1);
    m_ui->chartsGrid->addWidget(m_views[Months], 1, 1);
    m_ui->chartsGrid->addWidget(m_views[Turnaround], 2, 1);
    m_ui->chartsGrid->addWidget(m_views[LateDocuments], 0, 2, 3, 1);
    for (int c = 0; c < 3; ++c)
        m_ui->chartsGrid->setColumnStretch(c, 1);

    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &DashboardPage::refresh);
    connect(m_ui->unitCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    reload();
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::title() const
{
    return tr("Bảng điều khiển");
}

QIcon DashboardPage::icon() const
{
    return icons::audit();
}

QString DashboardPage::statusText() const
{
    return m_status;
}

void DashboardPage::setYear(int year)
{
    m_ui->yearSpin->setValue(year);
}

void DashboardPage::setUnit(domain::Id unitId)
{
    m_ui->unitCombo->setCurrentIndex(std::max(0, m_ui->unitCombo->findData(qint64(unitId))));
}

services::DashboardFilter DashboardPage::filter() const
{
    return {m_ui->yearSpin->value(), m_ui->unitCombo->currentData().toLongLong()};
}

void DashboardPage::reload()
{
    {
        const QSignalBlocker blocker(m_ui->unitCombo);
        const qint64 current = m_ui->unitCombo->currentData().toLongLong();
        m_ui->unitCombo->clear();
        m_ui->unitCombo->addItem(tr("Tất cả đơn vị"), qint64(0));
        auto agencies = m_workspace.reference().agencies(m_actor);
        if (agencies) {
            QList<domain::Agency> list = *agencies;
            std::sort(list.begin(), list.end(), [](const domain::Agency &a, const domain::Agency &b) {
                return domain::compareVi(a.name, b.name) < 0;
            });
            m_shortNames.clear();
            for (const domain::Agency &a : list) {
                m_ui->unitCombo->addItem(a.name, qint64(a.id));
                m_shortNames.insert(a.id, a.shortName);
            }
        }
        m_ui->unitCombo->setCurrentIndex(std::max(0, m_ui->unitCombo->findData(current)));
    }
    refresh();
}

void DashboardPage::refresh()
{
    services::DashboardService &service = m_workspace.dashboard();
    const services::DashboardFilter f = filter();
    QList<DashboardFigure> figures;
    const Result<void> read = whileBusy([&]() -> Result<void> {
        for (auto get : {&services::DashboardService::completionByUnit, &services::DashboardService::timelinessMix,
                         &services::DashboardService::progressByMonth,
                         &services::DashboardService::noticeTurnaround,
                         &services::DashboardService::lateDocuments}) {
            auto figure = (service.*get)(m_actor, f);
            if (!figure)
                return figure.error();
            figures.append(*figure);
        }
        return {};
    });
    if (!read) {
        showError(this, title(), read.error());
        return;
    }
    m_figures = figures;
    for (int i = 0; i < FigureCount; ++i)
        chartOf(i);
    const int late = int(m_figures[Timeliness].series.first().bars.at(int(domain::Timeliness::Overdue)).value);
    m_status = tr("Năm %1: %2 nhiệm vụ quá hạn").arg(f.year).arg(late);
    Q_EMIT statusTextChanged(m_status);
}

QChartView *DashboardPage::chartOf(int index)
{
    const DashboardFigure &figure = m_figures[index];
    auto *chart = new QChart;
    chart->setTitle(figureTitle(index));
    // Notices have no unit of their own: with a unit chosen, the chart counts those on the
    // meeting contents it presents, and says so.
    const domain::Id unitId = filter().unitId;
    if (index == Turnaround && unitId != 0) {
        const QString shortName = m_shortNames.value(unitId);
        chart->setTitle(tr("Ban hành thông báo về nội dung do %1 trình (ngày làm việc)")
                            .arg(shortName.isEmpty() ? m_ui->unitCombo->currentText() : shortName));
    }
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = chart->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);

    const bool horizontal = index == Completion || index == Timeliness || index == LateDocuments;
    const bool stacked = index == Completion || index == LateDocuments;
    QAbstractBarSeries *bars = nullptr;
    if (stacked)
        bars = new QHorizontalStackedBarSeries;
    else if (horizontal)
        bars = new QHorizontalBarSeries;
    else
        bars = new QBarSeries;
    double top = 0;
    for (int s = 0; s < figure.series.size(); ++s) {
        const services::DashboardSeries &series = figure.series[s];
        if (!drawn(index, series))
            continue;
        auto *set = new QBarSet(seriesLabel(series));
        for (const services::DashboardBar &bar : series.bars) {
            set->append(bar.value);
            top = std::max(top, bar.value);
        }
        connect(set, &QBarSet::clicked, this, [this, index, s](int bar) { openBar(index, s, bar); });
        bars->append(set);
    }
    if (stacked) {
        top = 0;
        for (int c = 0; c < figure.categories.size(); ++c) {
            double sum = 0;
            for (const auto &series : figure.series)
                sum += series.bars.value(c).value;
            top = std::max(top, sum);
        }
    }
    chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis;
    // Agencies by their short names (CP, UBKTTC): the long ones would not fit beside the bars.
    for (int c = 0; c < figure.categories.size(); ++c) {
        const QString shortName = index == LateDocuments ? m_shortNames.value(figure.categoryKeys.value(c)) : QString();
        categories->append(shortName.isEmpty() ? shortLabel(figure.categories.at(c)) : shortName);
    }
    categories->setLabelsFont(small);
    // Short labels (months, short names) whole; unit names elided rather than cut at the edge.
    categories->setTruncateLabels(index == Completion || index == Timeliness);
    auto *values = new QValueAxis;
    values->setRange(0, top > 0 ? top * 1.1 : 1);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    values->setLabelsFont(small);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
    chart->legend()->setVisible(bars->count() > 1);
    chart->legend()->setFont(small);
    auto *view = m_views[index];
    view->setToolTip(index == Turnaround && unitId != 0
                         ? tr("Thông báo kết luận về các nội dung phiên họp do %1 trình. Nhấp vào "
                              "một cột để xem danh sách phía sau nó")
                               .arg(m_ui->unitCombo->currentText())
                         : tr("Nhấp vào một cột để xem danh sách phía sau nó"));
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return view;
}

QString DashboardPage::chartTitle(int figure) const
{
    const QChart *chart = figure >= 0 && figure < m_views.size() ? m_views[figure]->chart() : nullptr;
    return chart ? chart->title() : QString();
}

QList<services::DashboardRecord> DashboardPage::openBar(int figureIndex, int seriesIndex, int index, bool show)
{
    if (figureIndex < 0 || figureIndex >= m_figures.size())
        return {};
    const DashboardFigure &figure = m_figures[figureIndex];
    if (seriesIndex < 0 || seriesIndex >= figure.series.size())
        return {};
    const services::DashboardSeries &series = figure.series[seriesIndex];
    if (index < 0 || index >= series.bars.size())
        return {};
    auto records = m_workspace.dashboard().records(m_actor, figure.records, series.bars[index].ids);
    if (!records) {
        showError(this, title(), records.error());
        return {};
    }
    if (!show)
        return *records;

    QDialog dialog(this);
    dialog.setWindowTitle(tr("%1 — %2: %3")
                              .arg(figureTitle(figureIndex), figure.categories.value(index), seriesLabel(series)));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTableWidget(int(records->size()), 0, &dialog);
    table->setObjectName(QStringLiteral("recordsTable"));
    const QStringList headers = services::DashboardService::recordHeaders(figure.records, uiLanguage());
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < records->size(); ++r) {
        const services::DashboardRecord &record = records->at(r);
        for (int c = 0; c < record.columns.size(); ++c) {
            auto *item = new QTableWidgetItem(record.columns.at(c));
            item->setData(Qt::UserRole, qint64(record.id));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            table->setItem(r, c, item);
        }
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->setColumnWidth(1, std::min(table->columnWidth(1), 420));
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(table, &QTableWidget::itemDoubleClicked, &dialog, [&](QTableWidgetItem *item) {
        Q_EMIT openRecordRequested(figure.records, item->data(Qt::UserRole).toLongLong());
        dialog.accept();
    });
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Đóng"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(900, 480);
    dialog.exec();
    return *records;
}

} // namespace thuky::ui
