#pragma once
// CataloguePage: the catalogues module (danh mục): agencies and units as a tree by parent, and
// the people of the unit chosen there. Everyone reads; administrators add, edit, deactivate,
// delete what nothing uses, merge duplicates (undoable), import and export.

#include "catalogues/catalogue_command.h"
#include "common/module_page.h"
#include "common/permissions.h"

#include "thuky/services/catalogue_transfer.h"

#include <memory>
#include <optional>

class QTreeView;
class QTableView;
class QUndoStack;

namespace Ui {
class CataloguePage;
}

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class AgencyTreeModel;
class CatalogueFilterProxy;
class PersonListModel;
class Settings;

class CataloguePage : public ModulePage
{
    Q_OBJECT

public:
    /// The list the commands act on: the one the keyboard was last in.
    enum class Pane
    {
        Units,
        People
    };

    CataloguePage(services::Workspace &workspace, domain::Actor actor, Settings &settings,
                  QWidget *parent = nullptr);
    ~CataloguePage() override;

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QUndoStack *undoStack() const override { return m_undoStack; }
    QList<QAction *> fileActions() const override;
    QList<QAction *> editActions() const override;
    void reload() override;
    void focusFilter() override;
    void clearFilter() override;
    QString statusText() const override { return m_statusText; }
    /// A person (or a unit): selected in its list, the filters cleared if they hide it.
    bool openRecord(storage::Entity entity, domain::Id id) override;

    Pane activePane() const { return m_pane; }
    void setActivePane(Pane pane);
    /// The selected unit or person; nothing when none is.
    std::optional<domain::Agency> currentAgency() const;
    std::optional<domain::Person> currentPerson() const;
    /// Selects the entry in its list (and makes that list active); false if it is not shown.
    bool selectAgency(domain::Id id);
    bool selectPerson(domain::Id id);
    void setUnitFilter(const QString &text);
    void setPeopleFilter(const QString &text);
    /// Whether the people listed are only those of the unit chosen in the tree.
    void setUnitOnly(bool unitOnly);

    AgencyTreeModel *unitModel() const { return m_unitModel; }
    PersonListModel *personModel() const { return m_personModel; }
    QTreeView *unitView() const;
    QTableView *peopleView() const;
    CatalogueContext &commandContext() { return m_context; }

    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *activeAction() const { return m_activeAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *mergeAction() const { return m_mergeAction; }
    QAction *historyAction() const { return m_historyAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }

    void addEntry();
    void editEntry();
    /// Ngừng sử dụng / dùng lại: the entry stays wherever it is used.
    void toggleActive();
    /// Deletes an entry nothing uses; for one in use, says where and offers to deactivate it.
    void deleteEntry();
    void mergeEntries();
    void showHistory();
    /// Enter or a double click: edit for those who may; the others are told why not.
    void openEntry();
    void importCatalogue();
    void exportCatalogue();
    /// The import of the active list's catalogue from `path`: problems listed with row and
    /// column (nothing written), or the file written once confirmed. Returns whether it was.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void showChange(bool agency, domain::Id id);
    void unitChosen();
    /// Applies the people filter's text (again after a change: the index follows the records).
    void filterUnits();
    void filterPeople();
    void updateActions();
    void updateStatus();
    void showContextMenu(QWidget *view, const QPoint &pos);
    void reportError(const Error &error);
    services::Catalogue activeCatalogue() const;
    std::optional<CatalogueEntry> currentEntry() const;

    std::unique_ptr<Ui::CataloguePage> m_ui;
    services::Workspace &m_workspace;
    domain::Actor m_actor;
    Permissions m_permissions;
    Settings &m_settings;
    CatalogueContext m_context;
    QUndoStack *m_undoStack;
    AgencyTreeModel *m_unitModel;
    CatalogueFilterProxy *m_unitProxy;
    PersonListModel *m_personModel;
    CatalogueFilterProxy *m_personProxy;
    Pane m_pane = Pane::Units;
    QString m_statusText;
    std::optional<std::pair<bool, domain::Id>> m_hidden; ///< saved last, hidden by the filter

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_activeAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace thuky::ui
