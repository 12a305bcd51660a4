#include "common/frozen_table_view.h"

#include <QHeaderView>
#include <QScrollBar>

namespace thuky::ui {

FrozenTableView::FrozenTableView(QWidget *parent)
    : QTableView(parent), m_frozenView(new QTableView(this))
{
    // The overlay only shows: the keyboard stays in the table below it.
    m_frozenView->setObjectName(QStringLiteral("frozenView"));
    m_frozenView->setFocusPolicy(Qt::NoFocus);
    m_frozenView->verticalHeader()->hide();
    m_frozenView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozenView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozenView->setVerticalScrollMode(ScrollPerPixel);
    m_frozenView->setFrameShape(QFrame::NoFrame);
    m_frozenView->horizontalHeader()->setSectionsMovable(false);
    m_frozenView->horizontalHeader()->setHighlightSections(false);
    m_frozenView->hide();
    viewport()->stackUnder(m_frozenView);

    connect(verticalScrollBar(), &QAbstractSlider::valueChanged,
            m_frozenView->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(m_frozenView->verticalScrollBar(), &QAbstractSlider::valueChanged,
            verticalScrollBar(), &QAbstractSlider::setValue);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int, int size) {
                if (m_frozen.contains(column)) {
                    m_frozenView->setColumnWidth(column, size);
                    updateGeometries();
                }
                if (column != m_stretchColumn)
                    fitStretchColumn();
            });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozenView->setRowHeight(row, size); });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this,
            [this] { placeFrozenColumns(); });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                m_frozenView->horizontalHeader()->setSortIndicator(column, order);
            });
    connect(m_frozenView->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &FrozenTableView::frozenHeaderClicked);
    // What is done on the overlay is done on the table.
    connect(m_frozenView, &QAbstractItemView::activated, this, &QAbstractItemView::activated);
    connect(m_frozenView, &QAbstractItemView::doubleClicked, this,
            &QAbstractItemView::doubleClicked);
    connect(m_frozenView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        Q_EMIT customContextMenuRequested(
            viewport()->mapFromGlobal(m_frozenView->viewport()->mapToGlobal(pos)));
    });
}

FrozenTableView::~FrozenTableView() = default;

void FrozenTableView::setModel(QAbstractItemModel *model)
{
    // The overlay first: the table's new selection model is then handed on to it.
    m_frozenView->setModel(model);
    QTableView::setModel(model);
    syncFrozenView();
}

void FrozenTableView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTableView::setSelectionModel(selectionModel);
    if (selectionModel && selectionModel->model() == m_frozenView->model())
        m_frozenView->setSelectionModel(selectionModel);
}

void FrozenTableView::setFrozenColumns(const QList<int> &columns)
{
    m_frozen = columns;
    placeFrozenColumns();
    syncFrozenView();
}

void FrozenTableView::setStretchColumn(int column, int minimumWidth)
{
    m_stretchColumn = column;
    m_stretchMinimum = minimumWidth;
    fitStretchColumn();
}

void FrozenTableView::placeFrozenColumns()
{
    QHeaderView *header = horizontalHeader();
    const QSignalBlocker blocker(header);
    for (int i = 0; i < m_frozen.size(); ++i) {
        const int visual = header->visualIndex(m_frozen[i]);
        if (visual >= 0 && visual != i)
            header->moveSection(visual, i);
    }
    syncFrozenView();
}

void FrozenTableView::syncFrozenView()
{
    if (!model())
        return;
    m_frozenView->setVisible(!m_frozen.isEmpty());
    m_frozenView->setItemDelegate(itemDelegate());
    m_frozenView->setAlternatingRowColors(alternatingRowColors());
    m_frozenView->setSelectionBehavior(selectionBehavior());
    m_frozenView->setSelectionMode(selectionMode());
    m_frozenView->setEditTriggers(editTriggers());
    m_frozenView->setWordWrap(wordWrap());
    m_frozenView->setContextMenuPolicy(contextMenuPolicy());
    m_frozenView->setSortingEnabled(false);
    m_frozenView->horizontalHeader()->setSortIndicatorShown(isSortingEnabled());
    m_frozenView->horizontalHeader()->setSortIndicator(horizontalHeader()->sortIndicatorSection(),
                                                       horizontalHeader()->sortIndicatorOrder());
    m_frozenView->verticalHeader()->setDefaultSectionSize(
        verticalHeader()->defaultSectionSize());
    for (int column = 0; column < model()->columnCount(); ++column) {
        const bool frozen = m_frozen.contains(column);
        m_frozenView->setColumnHidden(column, !frozen);
        if (frozen)
            m_frozenView->setColumnWidth(column, columnWidth(column));
    }
    updateGeometries();
}

int FrozenTableView::frozenWidth() const
{
    int width = 0;
    for (const int column : m_frozen) {
        if (!isColumnHidden(column))
            width += columnWidth(column);
    }
    return width;
}

void FrozenTableView::fitStretchColumn()
{
    if (m_stretchColumn < 0 || !model() || m_fitting)
        return;
    int others = 0;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (column != m_stretchColumn && !isColumnHidden(column))
            others += columnWidth(column);
    }
    const int width = std::max(m_stretchMinimum, viewport()->width() - others);
    if (width != columnWidth(m_stretchColumn)) {
        m_fitting = true;
        setColumnWidth(m_stretchColumn, width);
        m_fitting = false;
    }
}

void FrozenTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitStretchColumn();
    updateGeometries();
}

void FrozenTableView::updateGeometries()
{
    QTableView::updateGeometries();
    if (!m_frozenView || m_frozen.isEmpty())
        return;
    m_frozenView->setGeometry(frameWidth(), frameWidth(), frozenWidth(),
                              viewport()->height() + horizontalHeader()->height());
    m_frozenView->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
}

QModelIndex FrozenTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Moving left onto a scrolled column: bring it out from under the frozen ones.
    if (cursorAction == MoveLeft && current.isValid() && !m_frozen.contains(current.column())) {
        const int x = visualRect(current).left();
        if (x < frozenWidth())
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + x - frozenWidth());
    }
    return current;
}

void FrozenTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // Only vertically for the frozen columns: they are always in view sideways.
    if (index.isValid() && m_frozen.contains(index.column())) {
        const int x = horizontalScrollBar()->value();
        QTableView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(x);
    } else {
        QTableView::scrollTo(index, hint);
    }
}

void FrozenTableView::frozenHeaderClicked(int column)
{
    if (!isSortingEnabled())
        return;
    const QHeaderView *header = horizontalHeader();
    const Qt::SortOrder order =
        header->sortIndicatorSection() == column && header->sortIndicatorOrder() == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
    sortByColumn(column, order);
}

} // namespace thuky::ui
