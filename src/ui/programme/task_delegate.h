#pragma once
// TaskDelegate: draws the task list's STT indented by depth and progress as a bar.

#include <QStyledItemDelegate>

namespace thuky::ui {

class TaskDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int indentOf(const QModelIndex &index) const;
};

} // namespace thuky::ui
