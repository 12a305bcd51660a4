#pragma once
// ModulePage: what the main window needs from each module's page (the work programme, the
// audit trail and administration now; agendas, meetings and notices later): its place in the
// sidebar, its undo stack, the actions it adds to the menus, and a line for the status bar.

#include "thuky/domain/reference.h"

#include <QAction>
#include <QIcon>
#include <QList>
#include <QWidget>

class QUndoStack;

namespace thuky::storage {
enum class Entity;
}

namespace thuky::ui {

class ModulePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Stable key for the settings ("programme").
    virtual QString key() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// nullptr: the page's changes cannot be undone (Undo and Redo are disabled there).
    virtual QUndoStack *undoStack() const { return nullptr; }
    /// Actions for the File menu (import, export…) and for the Edit menu and toolbar.
    virtual QList<QAction *> fileActions() const { return {}; }
    virtual QList<QAction *> editActions() const { return {}; }
    /// Actions for the View menu (sort order, columns…), after the window's own.
    virtual QList<QAction *> viewActions() const { return {}; }
    /// Reads everything again from the database.
    virtual void reload() = 0;
    /// Puts the keyboard in the page's search box.
    virtual void focusFilter() {}
    /// Drops every condition of the page's filter (after hiddenByFilter()).
    virtual void clearFilter() {}
    /// Writes the page's view state (columns, choices) to the settings.
    virtual void saveState() {}
    virtual QString statusText() const = 0;
    /// Shows one record of this module (a search hit): switches the page to where it is
    /// (its programme, its month), selects it, clears a filter that hides it. false: this
    /// page does not show that kind of record, or the record is gone.
    virtual bool openRecord(storage::Entity entity, domain::Id id)
    {
        Q_UNUSED(entity);
        Q_UNUSED(id);
        return false;
    }

protected:
    /// A command of the page, calling `slot` of the page. Its shortcut works wherever the
    /// page is shown, and only there.
    template <typename Page>
    QAction *makeAction(const QIcon &icon, const QString &text, const QKeySequence &shortcut,
                        void (Page::*slot)())
    {
        auto *action = new QAction(icon, text, this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, static_cast<Page *>(this), slot);
        addAction(action);
        if (!shortcut.isEmpty())
            explainWhenDisabled(action);
        return action;
    }

    /// While `action` is disabled, its shortcut says why in the status bar instead of doing
    /// nothing without a word.
    void explainWhenDisabled(QAction *action);

Q_SIGNALS:
    void statusTextChanged(const QString &text);
    /// A passing note for the status bar ("Đã xuất …").
    void transientMessage(const QString &text);
    /// What was just saved is not listed because of the filter: the window says so and offers
    /// to clear the filter (clearFilter()).
    void hiddenByFilter(const QString &text);
    /// The page changed what other modules show (a unit renamed, two people merged): the
    /// window has the other pages read again when they are next shown.
    void sharedDataChanged();
};

} // namespace thuky::ui
