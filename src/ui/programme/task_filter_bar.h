#pragma once
// TaskFilterBar: the conditions of the task list (bộ lọc): text, unit, status, timeliness,
// lateness and deadline range.

#include "thuky/domain/reference.h"
#include "thuky/storage/programme_repository.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class TaskFilterBar;
}

namespace thuky::ui {

class TaskFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kTextDelayMs = 250;

    explicit TaskFilterBar(QWidget *parent = nullptr);
    ~TaskFilterBar() override;

    /// The units offered, shown in Vietnamese order. Keeps the chosen unit if it is still there.
    void setAgencies(const QList<domain::Agency> &agencies);
    /// The year the deadline range starts in when it is switched on.
    void setYear(int year);

    /// The conditions chosen; programme, sort order and "today" are left to the caller.
    storage::TaskFilter filter() const;
    /// Clears every condition (one filterChanged()).
    void reset();
    void focusSearch();

Q_SIGNALS:
    /// A condition changed; text changes arrive after a short pause in typing.
    void filterChanged();

private:
    void emitChanged();

    std::unique_ptr<Ui::TaskFilterBar> m_ui;
    QTimer m_textTimer;
    bool m_resetting = false;
};

} // namespace thuky::ui
