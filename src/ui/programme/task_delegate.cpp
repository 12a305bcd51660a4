#include "programme/task_delegate.h"

#include "programme/task_list_model.h"

#include <QApplication>
#include <QPainter>

namespace thuky::ui {

namespace {
constexpr int kIndentPerLevel = 14;
} // namespace

int TaskDelegate::indentOf(const QModelIndex &index) const
{
    if (index.column() != TaskListModel::NumberColumn)
        return 0;
    return index.data(TaskListModel::DepthRole).toInt() * kIndentPerLevel;
}

void TaskDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (const int indent = indentOf(index))
        option->rect.adjust(indent, 0, 0, 0);
}

void TaskDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const bool progressCell = index.column() == TaskListModel::ProgressColumn &&
                              !index.data(TaskListModel::IsSectionRole).toBool();
    if (!progressCell) {
        // The background of the whole cell first, so that the indent is not left blank.
        if (indentOf(index)) {
            QStyleOptionViewItem background = option;
            QStyledItemDelegate::initStyleOption(&background, index);
            background.text.clear();
            background.icon = {};
            const QWidget *widget = option.widget;
            QStyle *style = widget ? widget->style() : QApplication::style();
            style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        }
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // Selection and row background as any other cell, then the bar on top.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(4, 3, -4, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = index.data(TaskListModel::ProgressRole).toInt();
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize TaskDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += indentOf(index);
    return size;
}

} // namespace thuky::ui
