#pragma once
// FrozenTableView: a table whose leading columns (a number and what the row is about) stay in
// view while the others scroll sideways, and whose main text column takes the width the others
// leave. Every module's list uses it, so a row scrolled right still says what it is.

#include <QTableView>

namespace thuky::ui {

class FrozenTableView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenTableView(QWidget *parent = nullptr);
    ~FrozenTableView() override;

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;

    /// The logical columns that stay in view, in this order, at the left. Call after setModel().
    void setFrozenColumns(const QList<int> &columns);
    QList<int> frozenColumns() const { return m_frozen; }
    /// `column` widens to fill what the others leave, and never gets narrower than
    /// `minimumWidth` (the table scrolls instead).
    void setStretchColumn(int column, int minimumWidth);
    /// The view drawn over the frozen columns (it shares the model and the selection).
    QTableView *frozenView() const { return m_frozenView; }
    /// Puts the frozen columns first again (after a header's state was restored).
    void placeFrozenColumns();

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    void syncFrozenView();
    void fitStretchColumn();
    int frozenWidth() const;
    void frozenHeaderClicked(int column);

    QTableView *m_frozenView;
    QList<int> m_frozen;
    int m_stretchColumn = -1;
    int m_stretchMinimum = 0;
    bool m_fitting = false;
};

} // namespace thuky::ui
