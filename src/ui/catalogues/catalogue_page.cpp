#include "catalogues/catalogue_page.h"

#include "ui_catalogue_page.h"

#include "catalogues/agency_dialog.h"
#include "catalogues/agency_tree_model.h"
#include "catalogues/catalogue_filter_proxy.h"
#include "catalogues/delete_entry_command.h"
#include "catalogues/merge_dialog.h"
#include "catalogues/merge_entries_command.h"
#include "catalogues/person_dialog.h"
#include "catalogues/person_list_model.h"
#include "catalogues/save_entry_command.h"
#include "common/busy_cursor.h"
#include "common/icons.h"
#include "common/import_problems_dialog.h"
#include "common/message_boxes.h"
#include "common/record_history_dialog.h"
#include "common/table_files.h"

#include "thuky/services/audit_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/audit_repository.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QUndoStack>

namespace thuky::ui {

using domain::Agency;
using domain::Id;
using domain::Person;
using services::Action;

namespace {

QString unitLabel(const Agency &a)
{
    return a.shortName.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.name, a.shortName);
}

} // namespace

CataloguePage::CataloguePage(services::Workspace &workspace, domain::Actor actor,
                             Settings &settings, QWidget *parent)
    : ModulePage(parent), m_ui(std::make_unique<Ui::CataloguePage>()), m_workspace(workspace),
      m_actor(std::move(actor)), m_permissions(workspace.authorizer(), m_actor),
      m_settings(settings), m_context{workspace.reference(),
                                      [this](const Error &error) { reportError(error); },
                                      [this](bool agency, Id id) { showChange(agency, id); }},
      m_undoStack(new QUndoStack(this)), m_unitModel(new AgencyTreeModel(this)),
      m_unitProxy(new CatalogueFilterProxy(0, 0, AgencyTreeModel::IdRole, this)),
      m_personModel(new PersonListModel(this)),
      m_personProxy(new CatalogueFilterProxy(0, PersonListModel::UnitIdRole,
                                             PersonListModel::IdRole, this))
{
    m_ui->setupUi(this);
    createActions();

    m_unitProxy->setSourceModel(m_unitModel);
    QTreeView *tree = m_ui->unitView;
    tree->setModel(m_unitProxy);
    tree->setSortingEnabled(true);
    tree->sortByColumn(AgencyTreeModel::NameColumn, Qt::AscendingOrder);
    // Names take what is left; the other columns are as wide as what they usually hold, so
    // both lists fit a 1366×768 laptop without a sideways scroll.
    const QFontMetrics metrics = fontMetrics();
    const auto fitting = [&metrics](const char *sample) {
        return metrics.horizontalAdvance(QString::fromUtf8(sample)) + 18;
    };
    QHeaderView *treeHeader = tree->header();
    treeHeader->setStretchLastSection(false);
    treeHeader->setMinimumSectionSize(fitting("Có"));
    treeHeader->setSectionResizeMode(AgencyTreeModel::NameColumn, QHeaderView::Stretch);
    const std::initializer_list<std::pair<int, int>> treeWidths{
        {AgencyTreeModel::ShortNameColumn, fitting("UBQPANĐN")},
        {AgencyTreeModel::KindColumn, fitting("Vụ, đơn vị")},
        {AgencyTreeModel::ActiveColumn, fitting("Dùng")}};
    for (const auto &[column, width] : treeWidths) {
        treeHeader->setSectionResizeMode(column, QHeaderView::Interactive);
        treeHeader->resizeSection(column, width);
    }

    m_personProxy->setSourceModel(m_personModel);
    QTableView *table = m_ui->peopleView;
    table->setModel(m_personProxy);
    table->setSortingEnabled(true);
    table->sortByColumn(PersonListModel::NameColumn, Qt::AscendingOrder);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    QHeaderView *peopleHeader = table->horizontalHeader();
    peopleHeader->setHighlightSections(false);
    peopleHeader->setStretchLastSection(false);
    peopleHeader->setMinimumSectionSize(fitting("Có"));
    for (const int column : {PersonListModel::NameColumn, PersonListModel::EmailColumn})
        peopleHeader->setSectionResizeMode(column, QHeaderView::Stretch);
    const std::initializer_list<std::pair<int, int>> peopleWidths{
        {PersonListModel::PositionColumn, fitting("Phó Vụ trưởng")},
        {PersonListModel::UnitColumn, fitting("UBQPANĐN")},
        {PersonListModel::PhoneColumn, fitting("024 3822 8888")},
        {PersonListModel::ActiveColumn, fitting("Dùng")}};
    for (const auto &[column, width] : peopleWidths) {
        peopleHeader->setSectionResizeMode(column, QHeaderView::Interactive);
        peopleHeader->resizeSection(column, width);
    }
    // The people have more columns than the tree.
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({2000, 3000});
    m_ui->unitOnlyCheck->setToolTip(
        tr("Chọn một đơn vị ở cây bên trái: chỉ hiện cán bộ của đơn vị đó "
           "và các đơn vị trực thuộc"));

    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->unitView), static_cast<QWidget *>(m_ui->unitFilter),
          static_cast<QWidget *>(m_ui->peopleView), static_cast<QWidget *>(m_ui->peopleFilter)})
        w->installEventFilter(this);

    connect(m_ui->unitFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        filterUnits();
        if (!text.isEmpty())
            m_ui->unitView->expandAll(); // what matches may sit deep in the tree
        updateStatus();
    });
    connect(m_ui->peopleFilter, &QLineEdit::textChanged, this, [this] {
        filterPeople();
        updateStatus();
    });
    connect(m_ui->unitOnlyCheck, &QCheckBox::toggled, this, &CataloguePage::unitChosen);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CataloguePage::unitChosen);
    // Selection, not the current index: a click moves the current index before it selects.
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CataloguePage::updateActions);
    connect(tree, &QTreeView::activated, this, &CataloguePage::openEntry);
    connect(table, &QTableView::activated, this, &CataloguePage::openEntry);
    connect(tree, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showContextMenu(m_ui->unitView, pos); });
    connect(table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showContextMenu(m_ui->peopleView, pos); });

    reload();
    setActivePane(Pane::Units);
}

CataloguePage::~CataloguePage() = default;

QString CataloguePage::key() const
{
    return QStringLiteral("catalogues");
}

QString CataloguePage::title() const
{
    return tr("Danh mục");
}

QIcon CataloguePage::icon() const
{
    return icons::catalogues();
}

QList<QAction *> CataloguePage::fileActions() const
{
    return {m_importAction, m_exportAction};
}

QList<QAction *> CataloguePage::editActions() const
{
    return {m_addAction, m_editAction, m_activeAction, m_mergeAction, m_deleteAction};
}

QTreeView *CataloguePage::unitView() const
{
    return m_ui->unitView;
}

QTableView *CataloguePage::peopleView() const
{
    return m_ui->peopleView;
}

void CataloguePage::createActions()
{
    // The same keys as the work programme's: Ctrl+N, F2 (or Enter), Del, Ctrl+H.
    m_addAction = makeAction(icons::addTask(), tr("&Thêm…"), QKeySequence(Qt::CTRL | Qt::Key_N),
                             &CataloguePage::addEntry);
    m_editAction = makeAction(icons::editTask(), tr("&Sửa…"), QKeySequence(Qt::Key_F2),
                              &CataloguePage::editEntry);
    m_activeAction =
        makeAction(icons::deactivateUser(), tr("&Ngừng sử dụng"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &CataloguePage::toggleActive);
    m_deleteAction = makeAction(icons::deleteTask(), tr("&Xóa…"),
                                QKeySequence(QKeySequence::Delete), &CataloguePage::deleteEntry);
    m_mergeAction = makeAction(icons::merge(), tr("&Gộp mục trùng…"),
                               QKeySequence(Qt::CTRL | Qt::Key_M), &CataloguePage::mergeEntries);
    m_historyAction = makeAction(icons::history(), tr("&Lịch sử thay đổi…"),
                                 QKeySequence(Qt::CTRL | Qt::Key_H), &CataloguePage::showHistory);
    m_importAction =
        makeAction(icons::importFile(), tr("&Nhập từ tệp…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                   &CataloguePage::importCatalogue);
    m_exportAction =
        makeAction(icons::exportFile(), tr("&Xuất ra tệp…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                   &CataloguePage::exportCatalogue);
}

bool CataloguePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (watched == m_ui->unitView || watched == m_ui->unitFilter)
            setActivePane(Pane::Units);
        else if (watched == m_ui->peopleView || watched == m_ui->peopleFilter)
            setActivePane(Pane::People);
    }
    return ModulePage::eventFilter(watched, event);
}

void CataloguePage::setActivePane(Pane pane)
{
    m_pane = pane;
    const bool units = pane == Pane::Units;
    // The commands name what they act on, so the menus and tooltips say which list is meant.
    m_addAction->setText(units ? tr("&Thêm đơn vị…") : tr("&Thêm cán bộ…"));
    m_editAction->setText(units ? tr("&Sửa đơn vị…") : tr("&Sửa cán bộ…"));
    m_deleteAction->setText(units ? tr("&Xóa đơn vị…") : tr("&Xóa cán bộ…"));
    m_mergeAction->setText(units ? tr("&Gộp đơn vị trùng…") : tr("&Gộp cán bộ trùng…"));
    m_importAction->setText(units ? tr("&Nhập danh mục đơn vị từ tệp…")
                                  : tr("&Nhập danh mục cán bộ từ tệp…"));
    m_exportAction->setText(units ? tr("&Xuất danh mục đơn vị ra tệp…")
                                  : tr("&Xuất danh mục cán bộ ra tệp…"));
    for (QAction *action : {m_importAction, m_exportAction})
        action->setIconText(action == m_importAction ? tr("Nhập") : tr("Xuất"));
    m_ui->unitsHeading->setText(units ? tr("<b>▸ Cơ quan, đơn vị</b>")
                                      : tr("<b>Cơ quan, đơn vị</b>"));
    updateActions();
    unitChosen();
}

void CataloguePage::reload()
{
    const auto agency = currentAgency();
    const auto person = currentPerson();
    auto agencies = m_workspace.reference().agencies(m_actor);
    auto people = m_workspace.reference().people(m_actor);
    if (!agencies || !people) {
        reportError(agencies ? people.error() : agencies.error());
        return;
    }
    QHash<Id, Agency> units;
    for (const Agency &a : std::as_const(*agencies))
        units.insert(a.id, a);
    {
        const QSignalBlocker blocker(m_ui->unitView->selectionModel());
        m_unitModel->setAgencies(*agencies);
        m_personModel->setPeople(*people, units);
    }
    filterUnits(); // the index has the names as they are now
    filterPeople();
    // The top levels open: the National Assembly, the Office and their councils show at once.
    m_ui->unitView->expandToDepth(0);
    if (!m_ui->unitFilter->text().isEmpty())
        m_ui->unitView->expandAll();
    const Pane pane = m_pane;
    if (agency)
        selectAgency(agency->id);
    if (person)
        selectPerson(person->id);
    setActivePane(pane);
}

void CataloguePage::showChange(bool agency, Id id)
{
    reload();
    m_hidden.reset();
    setActivePane(agency ? Pane::Units : Pane::People);
    if (id == 0)
        return;
    const bool shown = agency ? selectAgency(id) : selectPerson(id);
    if (!shown) {
        // Saved, but the filter hides it: say so rather than leave the user wondering.
        m_hidden = std::pair{agency, id};
        Q_EMIT hiddenByFilter(agency
                                  ? tr("Đơn vị đã được lưu nhưng không hiện vì bộ lọc đang ẩn nó.")
                                  : tr("Cán bộ đã được lưu nhưng không hiện vì bộ lọc đang ẩn."));
    }
    Q_EMIT sharedDataChanged();
}

bool CataloguePage::selectAgency(Id id)
{
    const QModelIndex index = m_unitProxy->mapFromSource(m_unitModel->indexOf(id));
    if (!index.isValid())
        return false;
    m_ui->unitView->scrollTo(index);
    m_ui->unitView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    setActivePane(Pane::Units);
    return true;
}

bool CataloguePage::openRecord(storage::Entity entity, Id id)
{
    if (entity != storage::Entity::Person && entity != storage::Entity::Agency)
        return false;
    const bool person = entity == storage::Entity::Person;
    const auto select = [&] { return person ? selectPerson(id) : selectAgency(id); };
    if (select())
        return true;
    m_hidden.reset();
    m_ui->unitFilter->clear();
    m_ui->peopleFilter->clear();
    if (select())
        return true;
    m_ui->unitOnlyCheck->setChecked(false); // a person of another unit than the one selected
    return select();
}

bool CataloguePage::selectPerson(Id id)
{
    const int row = m_personModel->rowOf(id);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_personProxy->mapFromSource(m_personModel->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->peopleView->scrollTo(index);
    m_ui->peopleView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
    setActivePane(Pane::People);
    return true;
}

std::optional<Agency> CataloguePage::currentAgency() const
{
    const QModelIndex index = m_ui->unitView->selectionModel()->currentIndex();
    const Agency *a = m_unitModel->agencyAt(m_unitProxy->mapToSource(index));
    return a ? std::optional<Agency>(*a) : std::nullopt;
}

std::optional<Person> CataloguePage::currentPerson() const
{
    const QModelIndexList rows = m_ui->peopleView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const Person *p = m_personModel->personAt(m_personProxy->mapToSource(rows.first()).row());
    return p ? std::optional<Person>(*p) : std::nullopt;
}

std::optional<CatalogueEntry> CataloguePage::currentEntry() const
{
    if (m_pane == Pane::Units) {
        if (auto a = currentAgency())
            return CatalogueEntry(*a);
    } else if (auto p = currentPerson()) {
        return CatalogueEntry(*p);
    }
    return std::nullopt;
}

void CataloguePage::setUnitFilter(const QString &text)
{
    m_ui->unitFilter->setText(text);
}

void CataloguePage::setPeopleFilter(const QString &text)
{
    m_ui->peopleFilter->setText(text);
}

void CataloguePage::filterUnits()
{
    // The units through the search index, as the other lists: every word the start of a
    // word of the name or the short name; a unit above one that matches stays, to show it.
    auto ids = m_workspace.reference().matchingAgencies(m_actor, m_ui->unitFilter->text());
    if (!ids) {
        reportError(ids.error());
        return;
    }
    m_unitProxy->setMatches(*ids ? std::optional(QSet<Id>((*ids)->begin(), (*ids)->end())) : std::nullopt);
}

void CataloguePage::filterPeople()
{
    // The people through the search index, as the other lists: every word the start of a
    // word of the name, position, e-mail, phone or unit.
    auto ids = m_workspace.reference().matchingPeople(m_actor, m_ui->peopleFilter->text());
    if (!ids) {
        reportError(ids.error());
        return;
    }
    m_personProxy->setMatches(*ids ? std::optional(QSet<Id>((*ids)->begin(), (*ids)->end())) : std::nullopt);
}

void CataloguePage::setUnitOnly(bool unitOnly)
{
    m_ui->unitOnlyCheck->setChecked(unitOnly);
}

void CataloguePage::unitChosen()
{
    // The people of the unit chosen in the tree, and of the units under it.
    const auto unit = currentAgency();
    if (unit && m_ui->unitOnlyCheck->isChecked()) {
        const QList<Id> ids = m_unitModel->subtree(unit->id);
        m_personProxy->setUnits(QSet<Id>(ids.begin(), ids.end()));
        m_ui->peopleHeading->setText(
            (m_pane == Pane::People ? tr("<b>▸ Cán bộ</b> của %1") : tr("<b>Cán bộ</b> của %1"))
                .arg(unitLabel(*unit).toHtmlEscaped()));
    } else {
        m_personProxy->setUnits(std::nullopt);
        m_ui->peopleHeading->setText(m_pane == Pane::People ? tr("<b>▸ Cán bộ</b> (tất cả)")
                                                            : tr("<b>Cán bộ</b> (tất cả)"));
    }
    m_ui->peopleHeading->setToolTip(m_ui->peopleHeading->text());
    updateActions();
    updateStatus();
}

void CataloguePage::updateActions()
{
    const auto entry = currentEntry();
    const bool selected = entry.has_value();
    m_permissions.apply(m_addAction, Action::EditReference);
    m_permissions.apply(m_editAction, Action::EditReference, selected);
    m_permissions.apply(m_activeAction, Action::EditReference, selected);
    m_permissions.apply(m_deleteAction, Action::EditReference, selected);
    m_permissions.apply(m_mergeAction, Action::EditReference, selected);
    m_permissions.apply(m_historyAction, Action::ViewHistory, selected);
    m_permissions.apply(m_importAction, Action::EditReference);
    m_permissions.apply(m_exportAction, Action::ViewData);
    const bool reactivate = entry && !entryActive(*entry);
    m_activeAction->setText(reactivate ? tr("&Dùng lại") : tr("&Ngừng sử dụng"));
    m_activeAction->setIconText(reactivate ? tr("Dùng lại") : tr("Ngừng dùng"));
}

void CataloguePage::updateStatus()
{
    const QLocale locale;
    const int units = int(m_unitModel->agencies().size());
    const int people = int(m_personModel->people().size());
    // Rows shown in the tree, at every depth.
    int unitsShown = 0;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_unitProxy->rowCount(parent); ++row) {
            ++unitsShown;
            pending.append(m_unitProxy->index(row, 0, parent));
        }
    }
    const int peopleShown = m_personProxy->rowCount();
    const QString unitText = unitsShown == units
                                 ? tr("%1 cơ quan, đơn vị").arg(locale.toString(units))
                                 : tr("bộ lọc giữ %1 trong %2 cơ quan, đơn vị")
                                       .arg(locale.toString(unitsShown), locale.toString(units));
    const QString peopleText =
        peopleShown == people ? tr("%1 cán bộ").arg(locale.toString(people))
                              : tr("hiện %1 trong %2 cán bộ")
                                    .arg(locale.toString(peopleShown), locale.toString(people));
    const QString text = tr("Danh mục · %1 · %2").arg(unitText, peopleText);
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged(text);
}

void CataloguePage::focusFilter()
{
    QLineEdit *filter = m_pane == Pane::Units ? m_ui->unitFilter : m_ui->peopleFilter;
    filter->setFocus(Qt::ShortcutFocusReason);
    filter->selectAll();
}

void CataloguePage::clearFilter()
{
    const auto hidden = m_hidden;
    m_hidden.reset();
    m_ui->unitFilter->clear();
    m_ui->peopleFilter->clear();
    if (!hidden)
        return;
    const auto [agency, id] = *hidden;
    if (agency) {
        selectAgency(id);
    } else if (!selectPerson(id)) {
        m_ui->unitOnlyCheck->setChecked(false); // the person is of another unit
        selectPerson(id);
    }
}

void CataloguePage::reportError(const Error &error)
{
    showError(this, tr("Danh mục"), error);
}

void CataloguePage::showContextMenu(QWidget *view, const QPoint &pos)
{
    setActivePane(view == m_ui->unitView ? Pane::Units : Pane::People);
    QMenu menu(this);
    menu.addAction(m_addAction);
    menu.addAction(m_editAction);
    menu.addAction(m_activeAction);
    menu.addAction(m_mergeAction);
    menu.addSeparator();
    menu.addAction(m_historyAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.setToolTipsVisible(true); // a disabled action's tooltip says why
    menu.exec(static_cast<QAbstractScrollArea *>(view)->viewport()->mapToGlobal(pos));
}

void CataloguePage::addEntry()
{
    const QList<Agency> &units = m_unitModel->agencies();
    const auto unit = currentAgency();
    if (m_pane == Pane::Units) {
        AgencyDialog dialog(units, this);
        Agency fresh;
        fresh.parentId = unit ? unit->id : 0; // under the unit chosen; the dialog may change it
        fresh.kind = unit ? unit->kind : domain::AgencyKind::Department;
        dialog.setAgency(fresh);
        dialog.setCommit([this](const Agency &agency) -> Result<void> {
            auto added = m_workspace.reference().addAgency(m_actor, agency);
            if (!added)
                return added.error();
            m_undoStack->push(new SaveEntryCommand(m_context, m_actor, std::nullopt, *added, true));
            return {};
        });
        dialog.exec();
        return;
    }
    PersonDialog dialog(units, this);
    Person fresh;
    fresh.unitId = unit && m_ui->unitOnlyCheck->isChecked() ? unit->id : 0;
    dialog.setPerson(fresh);
    dialog.setCommit([this](const Person &person) -> Result<void> {
        auto added = m_workspace.reference().addPerson(m_actor, person);
        if (!added)
            return added.error();
        m_undoStack->push(new SaveEntryCommand(m_context, m_actor, std::nullopt, *added, true));
        return {};
    });
    dialog.exec();
}

void CataloguePage::editEntry()
{
    const auto entry = currentEntry();
    if (!entry)
        return;
    const QList<Agency> &units = m_unitModel->agencies();
    if (const auto *before = std::get_if<Agency>(&*entry)) {
        AgencyDialog dialog(units, this);
        dialog.setAgency(*before, m_unitModel->subtree(before->id));
        dialog.setCommit([this, before = *before](const Agency &agency) -> Result<void> {
            auto saved = m_workspace.reference().updateAgency(m_actor, agency);
            if (!saved)
                return saved.error();
            m_undoStack->push(new SaveEntryCommand(m_context, m_actor, before, *saved, true));
            return {};
        });
        dialog.exec();
        return;
    }
    PersonDialog dialog(units, this);
    dialog.setPerson(std::get<Person>(*entry));
    dialog.setCommit(
        [this, before = std::get<Person>(*entry)](const Person &person) -> Result<void> {
            auto saved = m_workspace.reference().updatePerson(m_actor, person);
            if (!saved)
                return saved.error();
            m_undoStack->push(new SaveEntryCommand(m_context, m_actor, before, *saved, true));
            return {};
        });
    dialog.exec();
}

void CataloguePage::toggleActive()
{
    const auto entry = currentEntry();
    if (!entry)
        return;
    CatalogueEntry after = *entry;
    std::visit([](auto &e) { e.active = !e.active; }, after);
    m_undoStack->push(new SaveEntryCommand(m_context, m_actor, *entry, after));
}

void CataloguePage::deleteEntry()
{
    const auto entry = currentEntry();
    if (!entry)
        return;
    const bool agency = isAgency(*entry);
    const QString name = entryName(*entry);
    const QString title = agency ? tr("Xóa đơn vị") : tr("Xóa cán bộ");
    auto usage = agency ? m_workspace.reference().agencyUsage(m_actor, entryId(*entry))
                        : m_workspace.reference().personUsage(m_actor, entryId(*entry));
    if (!usage) {
        reportError(usage.error());
        return;
    }
    if (!usage->isEmpty()) {
        // Refused, with where it is used; what is used can stop being offered instead.
        const QString refusal = tr("Không xóa được “%1” vì đang được dùng ở: %2.")
                                    .arg(name, services::describeUsage(*usage).vi);
        if (!entryActive(*entry)) {
            inform(this, title,
                   refusal + u' ' +
                       tr("Mục này đã ngừng sử dụng; có thể gộp nó vào mục trùng (Ctrl+M)."));
            return;
        }
        if (confirm(
                this, title, refusal, tr("&Ngừng sử dụng"),
                tr("Mục ngừng sử dụng vẫn giữ nguyên ở mọi nơi đã dùng nhưng không còn được gợi ý "
                   "khi nhập mới; có thể dùng lại bất cứ lúc nào. Nếu đây là mục trùng, hãy gộp "
                   "nó vào mục đúng (Ctrl+M).")))
            toggleActive();
        return;
    }
    if (!confirm(this, title, (agency ? tr("Xóa đơn vị “%1”?") : tr("Xóa cán bộ “%1”?")).arg(name),
                 tr("&Xóa"), tr("Không nơi nào dùng mục này. Có thể hoàn tác (Ctrl+Z).")))
        return;
    m_undoStack->push(new DeleteEntryCommand(m_context, m_actor, *entry));
}

void CataloguePage::mergeEntries()
{
    const auto entry = currentEntry();
    if (!entry)
        return;
    const bool agency = isAgency(*entry);
    QList<std::pair<QString, Id>> others;
    QHash<Id, CatalogueEntry> byId;
    if (agency) {
        for (const Agency &a : m_unitModel->agencies()) {
            byId.insert(a.id, a);
            if (a.id != entryId(*entry))
                others.append({unitLabel(a), a.id});
        }
    } else {
        QHash<Id, QString> units;
        for (const Agency &a : m_unitModel->agencies())
            units.insert(a.id, a.shortName.isEmpty() ? a.name : a.shortName);
        for (const Person &p : m_personModel->people()) {
            byId.insert(p.id, p);
            if (p.id != entryId(*entry))
                others.append(
                    {p.unitId ? QStringLiteral("%1 — %2").arg(p.fullName, units.value(p.unitId))
                              : p.fullName,
                     p.id});
        }
    }
    MergeDialog dialog({entryName(*entry), entryId(*entry)}, others, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CatalogueEntry keep = byId.value(dialog.keepId());
    const CatalogueEntry drop = byId.value(dialog.dropId());
    auto usage = agency ? m_workspace.reference().agencyUsage(m_actor, entryId(drop))
                        : m_workspace.reference().personUsage(m_actor, entryId(drop));
    if (!usage) {
        reportError(usage.error());
        return;
    }
    const int moved = usage->movedRecords();
    const QString details =
        (moved > 0 ? tr("%n bản ghi đang dùng “%1” sẽ chuyển sang “%2”: %3.", nullptr, moved)
                         .arg(entryName(drop), entryName(keep), services::describeUsage(*usage).vi)
                   : tr("Không bản ghi nào dùng “%1”.").arg(entryName(drop))) +
        u' ' + tr("“%1” bị xóa khỏi danh mục. Có thể hoàn tác (Ctrl+Z).").arg(entryName(drop));
    if (!confirm(this, tr("Gộp mục trùng"),
                 tr("Gộp “%1” vào “%2”?").arg(entryName(drop), entryName(keep)), tr("&Gộp"),
                 details))
        return;
    m_undoStack->push(new MergeEntriesCommand(m_context, m_actor, keep, drop));
}

void CataloguePage::showHistory()
{
    const auto entry = currentEntry();
    if (!entry)
        return;
    const bool agency = isAgency(*entry);
    RecordHistoryDialog dialog(
        m_workspace.audit(), m_actor, agency ? storage::Entity::Agency : storage::Entity::Person,
        entryId(*entry), (agency ? tr("Đơn vị “%1”") : tr("Cán bộ “%1”")).arg(entryName(*entry)),
        this);
    dialog.exec();
}

void CataloguePage::openEntry()
{
    if (m_editAction->isEnabled())
        m_editAction->trigger();
    else if (const QString why = Permissions::refusalOf(m_editAction); !why.isEmpty())
        Q_EMIT transientMessage(why);
}

services::Catalogue CataloguePage::activeCatalogue() const
{
    return m_pane == Pane::Units ? services::Catalogue::Units : services::Catalogue::People;
}

void CataloguePage::importCatalogue()
{
    const QString path = chooseTableToOpen(this, m_settings, m_importAction->text().remove(u'&'));
    if (!path.isEmpty())
        importFile(path);
}

bool CataloguePage::importFile(const QString &path)
{
    const services::Catalogue catalogue = activeCatalogue();
    const bool units = catalogue == services::Catalogue::Units;
    const QString title = units ? tr("Nhập danh mục đơn vị") : tr("Nhập danh mục cán bộ");
    const QString fileName = QFileInfo(path).fileName();
    auto table = whileBusy([&] { return readTableFile(path); });
    if (!table) {
        showError(this, title, table.error());
        return false;
    }
    auto plan = whileBusy([&] {
        return m_workspace.reference().planCatalogueImport(m_actor, catalogue, *table, fileName);
    });
    if (!plan) {
        showError(this, title, plan.error());
        return false;
    }
    if (!plan->ok()) {
        ImportProblemsDialog(fileName, plan->problems, this).exec();
        return false;
    }
    if (plan->added() == 0 && plan->updated() == 0) {
        inform(this, title,
               tr("Tệp %1 không có gì mới: %n dòng đã có trong danh mục.", nullptr, plan->unchanged)
                   .arg(fileName));
        return false;
    }
    const QString question =
        units ? tr("Nhập tệp %1: thêm %2 đơn vị, cập nhật %3 đơn vị?")
                    .arg(fileName)
                    .arg(plan->added())
                    .arg(plan->updated())
              : tr("Nhập tệp %1: thêm %2 cán bộ?").arg(fileName).arg(plan->added());
    if (!confirm(this, title, question, tr("&Nhập"),
                 tr("%n dòng đã có, giữ nguyên. Việc nhập không hoàn tác được bằng lệnh Hoàn tác; "
                    "mỗi mục thêm, sửa đều được ghi nhật ký.",
                    nullptr, plan->unchanged)))
        return false;
    if (auto applied =
            whileBusy([&] { return m_workspace.reference().applyCatalogueImport(m_actor, *plan); });
        !applied) {
        showError(this, title, applied.error());
        return false;
    }
    reload();
    Q_EMIT sharedDataChanged();
    Q_EMIT transientMessage(tr("Đã nhập %1: thêm %2, cập nhật %3.")
                                .arg(fileName)
                                .arg(plan->added())
                                .arg(plan->updated()));
    return true;
}

void CataloguePage::exportCatalogue()
{
    const bool units = activeCatalogue() == services::Catalogue::Units;
    const QString path = chooseTableToSave(this, m_settings, m_exportAction->text().remove(u'&'),
                                           units ? QStringLiteral("danh-muc-don-vi")
                                                 : QStringLiteral("danh-muc-can-bo"));
    if (!path.isEmpty() && exportFile(path))
        Q_EMIT transientMessage(tr("Đã xuất ra %1.").arg(path));
}

bool CataloguePage::exportFile(const QString &path)
{
    const services::Catalogue catalogue = activeCatalogue();
    const bool units = catalogue == services::Catalogue::Units;
    const Result<void> written = whileBusy([&]() -> Result<void> {
        auto table = m_workspace.reference().exportCatalogue(m_actor, catalogue);
        if (!table)
            return table.error();
        return writeTableFile(*table, path, units ? tr("Đơn vị") : tr("Cán bộ"),
                              units ? tr("Danh mục cơ quan, đơn vị") : tr("Danh mục cán bộ"));
    });
    if (!written)
        showError(this, units ? tr("Xuất danh mục đơn vị") : tr("Xuất danh mục cán bộ"),
                  written.error());
    return written.ok();
}

} // namespace thuky::ui
