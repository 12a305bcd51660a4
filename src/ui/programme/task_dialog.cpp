#include "programme/task_dialog.h"

#include "common/days_off.h"

#include "common/display_text.h"
#include "programme/task_tree.h"
#include "ui_task_dialog.h"

#include "common/message_boxes.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"

#include <QCompleter>
#include <QPushButton>

#include <algorithm>

namespace thuky::ui {

using domain::Period;

namespace {

constexpr int kParentTextLength = 70;
constexpr int kIndentSpaces = 4;

template <typename T, typename Key> QList<T> sortedVi(QList<T> list, Key key)
{
    std::sort(list.begin(), list.end(),
              [&](const T &a, const T &b) { return domain::compareVi(key(a), key(b)) < 0; });
    return list;
}

} // namespace

TaskDialog::TaskDialog(TaskDialogChoices choices, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TaskDialog>()), m_choices(std::move(choices))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Lưu"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));

    m_errors.addField(QStringLiteral("parent"), m_ui->parentCombo, m_ui->parentError);
    m_errors.addField(QStringLiteral("number"), m_ui->numberEdit, m_ui->numberError);
    m_errors.addField(QStringLiteral("content"), m_ui->contentEdit, m_ui->contentError);
    m_errors.addField(QStringLiteral("leadUnit"), m_ui->leadUnitCombo, m_ui->leadUnitError);
    m_errors.addField(QStringLiteral("partners"), m_ui->partnersList, m_ui->partnersError);
    m_errors.addField(QStringLiteral("period"), m_ui->periodKindCombo, m_ui->periodError);
    m_errors.addField(QStringLiteral("progress"), m_ui->progressSpin, m_ui->progressError);
    m_errors.setGeneralLabel(m_ui->generalError);
    // A unique-number clash names no field: it can only be the STT.
    m_errors.setFallback(ErrorCode::Duplicate, QStringLiteral("number"));

    fillChoices();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
    connect(m_ui->parentCombo, &QComboBox::currentIndexChanged, this, &TaskDialog::suggestNumber);
    connect(m_ui->sectionCheck, &QCheckBox::toggled, this, [this] {
        m_numberTyped = false;
        updateSectionState();
        suggestNumber();
    });
    connect(m_ui->numberEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_numberTyped = !text.trimmed().isEmpty();
        // What makes a section is its Roman STT; the box follows what is typed.
        domain::Task probe;
        probe.number = text.trimmed();
        const QSignalBlocker blocker(m_ui->sectionCheck);
        m_ui->sectionCheck->setChecked(probe.isSection());
        updateSectionState();
    });
    connect(m_ui->periodKindCombo, &QComboBox::currentIndexChanged, this,
            &TaskDialog::updatePeriodWidgets);
    connect(m_ui->partnerFilterEdit, &QLineEdit::textChanged, this, &TaskDialog::filterPartners);

    setTask(domain::Task{});
    resize(sizeHint());
}

TaskDialog::~TaskDialog() = default;

void TaskDialog::fillChoices()
{
    using Kind = Period::Kind;
    m_ui->periodKindCombo->addItem(tr("Ngày"), int(Kind::Date));
    m_ui->periodKindCombo->addItem(tr("Tháng"), int(Kind::Month));
    m_ui->periodKindCombo->addItem(tr("Quý"), int(Kind::Quarter));
    m_ui->periodKindCombo->addItem(tr("Cả năm"), int(Kind::Year));
    for (int month = 1; month <= 12; ++month)
        m_ui->periodMonthCombo->addItem(tr("Tháng %1").arg(month), month);
    for (int quarter = 1; quarter <= 4; ++quarter)
        m_ui->periodQuarterCombo->addItem(tr("Quý %1").arg(domain::toRoman(quarter)), quarter);

    const auto agencies =
        sortedVi(m_choices.agencies, [](const domain::Agency &a) { return a.name; });
    const int rowHeight = m_ui->partnersList->fontMetrics().height() + 6;
    for (const domain::Agency &a : agencies) {
        m_ui->leadUnitCombo->addItem(a.name, qint64(a.id));
        auto *item = new QListWidgetItem(a.name, m_ui->partnersList);
        item->setData(Qt::UserRole, qint64(a.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setSizeHint(QSize(0, rowHeight)); // room for stacked Vietnamese diacritics
        if (!a.shortName.isEmpty())
            item->setToolTip(a.shortName);
    }
    QCompleter *completer = m_ui->leadUnitCombo->completer();
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->leadUnitCombo->lineEdit()->setPlaceholderText(tr("Gõ để tìm đơn vị…"));

    m_choices.people = sortedVi(m_choices.people, [](const domain::Person &p) { return p.fullName; });
    fillResponsible(0);
    // The lead unit's people come first in the list of who is responsible.
    connect(m_ui->leadUnitCombo, &QComboBox::currentIndexChanged, this,
            [this] { fillResponsible(m_ui->leadUnitCombo->currentData().toLongLong()); });

    shadeDaysOff(m_ui->periodDateEdit->calendarWidget(), m_choices.workingDays);

    m_ui->plannedCombo->addItem(tr("Theo kế hoạch"), true);
    m_ui->plannedCombo->addItem(tr("Bổ sung trong năm"), false);
    for (const domain::TaskStatus s : domain::kAllTaskStatuses)
        m_ui->statusCombo->addItem(taskStatusText(s), int(s));
}

void TaskDialog::fillParents(domain::Id exclude)
{
    const QSignalBlocker blocker(m_ui->parentCombo);
    m_ui->parentCombo->clear();
    m_ui->parentCombo->addItem(tr("— Cấp cao nhất —"), qint64(0));
    // A task cannot move under itself or its subtasks.
    const auto [skipFrom, skipTo] = subtreeRange(m_choices.parents, exclude);
    for (int i = 0; i < m_choices.parents.size(); ++i) {
        if (i >= skipFrom && i < skipTo)
            continue;
        const storage::TaskRow &row = m_choices.parents[i];
        const QString text = QString(row.depth * kIndentSpaces, u' ') + row.task.number + u' ' +
                             elided(row.task.content, kParentTextLength);
        m_ui->parentCombo->addItem(text, qint64(row.task.id));
        m_ui->parentCombo->setItemData(m_ui->parentCombo->count() - 1, row.task.content,
                                       Qt::ToolTipRole);
    }
}

void TaskDialog::fillResponsible(domain::Id unitId)
{
    const qint64 chosen = m_ui->responsibleCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->responsibleCombo);
    m_ui->responsibleCombo->clear();
    m_ui->responsibleCombo->addItem(tr("— Không có —"), qint64(0));
    const auto add = [this](const domain::Person &p) {
        const QString text =
            p.position.isEmpty() ? p.fullName : p.fullName + QStringLiteral(" — ") + p.position;
        m_ui->responsibleCombo->addItem(text, qint64(p.id));
    };
    int ofUnit = 0;
    for (const domain::Person &p : std::as_const(m_choices.people)) {
        if (unitId && p.unitId == unitId) {
            add(p);
            ++ofUnit;
        }
    }
    if (ofUnit > 0)
        m_ui->responsibleCombo->insertSeparator(m_ui->responsibleCombo->count());
    for (const domain::Person &p : std::as_const(m_choices.people)) {
        if (!unitId || p.unitId != unitId)
            add(p);
    }
    m_ui->responsibleCombo->setCurrentIndex(std::max(m_ui->responsibleCombo->findData(chosen), 0));
}

void TaskDialog::setTask(const domain::Task &task)
{
    m_original = task;
    m_errors.clear();
    fillParents(task.id);
    {
        const QSignalBlocker parentBlocker(m_ui->parentCombo);
        const int parentIndex = m_ui->parentCombo->findData(qint64(task.parentId));
        m_ui->parentCombo->setCurrentIndex(std::max(parentIndex, 0));
        const QSignalBlocker sectionBlocker(m_ui->sectionCheck);
        m_ui->sectionCheck->setChecked(task.isSection());
    }
    m_ui->numberEdit->setText(task.number);
    m_ui->contentEdit->setPlainText(task.content);

    const int leadIndex = m_ui->leadUnitCombo->findData(qint64(task.leadUnitId));
    m_ui->leadUnitCombo->setCurrentIndex(leadIndex);
    if (leadIndex < 0)
        m_ui->leadUnitCombo->clearEditText();
    for (int i = 0; i < m_ui->partnersList->count(); ++i) {
        QListWidgetItem *item = m_ui->partnersList->item(i);
        const bool partner = task.partnerUnitIds.contains(item->data(Qt::UserRole).toLongLong());
        item->setCheckState(partner ? Qt::Checked : Qt::Unchecked);
    }
    fillResponsible(task.leadUnitId);
    m_ui->responsibleCombo->setCurrentIndex(
        std::max(m_ui->responsibleCombo->findData(qint64(task.responsibleId)), 0));
    const int year = m_choices.year > 0 ? m_choices.year : QDate::currentDate().year();
    setPeriod(task.period.isValid() ? task.period : Period::ofYear(year));
    m_ui->productEdit->setText(task.product);
    m_ui->sourceEdit->setText(task.sourceRef);
    m_ui->notesEdit->setPlainText(task.notes);
    m_ui->plannedCombo->setCurrentIndex(task.planned ? 0 : 1);
    m_ui->statusCombo->setCurrentIndex(std::max(m_ui->statusCombo->findData(int(task.status)), 0));
    m_ui->progressSpin->setValue(task.progress);

    m_numberTyped = false;
    if (task.id == 0 && task.number.isEmpty())
        suggestNumber();
    setWindowTitle(task.id == 0 ? tr("Thêm nhiệm vụ") : tr("Sửa nhiệm vụ %1").arg(task.number));
    updateSectionState();
    m_ui->contentEdit->setFocus();
}

domain::Task TaskDialog::task() const
{
    domain::Task t = m_original;
    t.parentId = m_ui->parentCombo->currentData().toLongLong();
    t.number = m_ui->numberEdit->text().trimmed();
    t.content = m_ui->contentEdit->toPlainText().trimmed();
    t.leadUnitId = leadUnitId();
    t.partnerUnitIds.clear();
    for (int i = 0; i < m_ui->partnersList->count(); ++i) {
        const QListWidgetItem *item = m_ui->partnersList->item(i);
        if (item->checkState() == Qt::Checked)
            t.partnerUnitIds.append(item->data(Qt::UserRole).toLongLong());
    }
    t.responsibleId = m_ui->responsibleCombo->currentData().toLongLong();
    t.period = period();
    t.product = m_ui->productEdit->text().trimmed();
    t.sourceRef = m_ui->sourceEdit->text().trimmed();
    t.notes = m_ui->notesEdit->toPlainText().trimmed();
    t.planned = m_ui->plannedCombo->currentData().toBool();
    t.status = domain::TaskStatus(m_ui->statusCombo->currentData().toInt());
    t.progress = m_ui->progressSpin->value();
    return t;
}

void TaskDialog::accept()
{
    m_errors.clear();
    if (!checkLeadUnitText())
        return;
    const domain::Task t = task();
    if (m_errors.failed(domain::validateTask(t)) || !confirmDeadlineYear(t) ||
        (m_commit && m_errors.failed(m_commit(t))))
        return;
    QDialog::accept();
}

bool TaskDialog::confirmDeadlineYear(const domain::Task &t)
{
    const QDate deadline = t.deadline();
    if (t.isSection() || m_choices.year <= 0 || !deadline.isValid() ||
        deadline.year() == m_choices.year)
        return true;
    return confirm(this, tr("Hạn chót ngoài năm của chương trình"),
                   tr("Hạn chót %1 không thuộc năm %2 của chương trình này. Vẫn lưu?")
                       .arg(domain::shortDate(deadline))
                       .arg(m_choices.year),
                   tr("&Vẫn lưu"),
                   tr("Nhiệm vụ của năm khác nên được ghi vào chương trình năm đó, hoặc chuyển "
                      "tiếp sang năm sau."));
}

bool TaskDialog::checkLeadUnitText()
{
    const QString typed = m_ui->leadUnitCombo->currentText().trimmed();
    if (m_ui->sectionCheck->isChecked() || typed.isEmpty() || leadUnitId() != 0)
        return true;
    m_errors.show(QStringLiteral("leadUnit"),
                  tr("Không có đơn vị \"%1\" trong danh mục. Hãy chọn một đơn vị trong danh sách.")
                      .arg(typed));
    return false;
}

domain::Id TaskDialog::leadUnitId() const
{
    const QString typed = m_ui->leadUnitCombo->currentText().trimmed();
    if (typed.isEmpty())
        return 0;
    const int index = m_ui->leadUnitCombo->findText(typed, Qt::MatchFixedString);
    if (index >= 0)
        return m_ui->leadUnitCombo->itemData(index).toLongLong();
    // People also type the short name ("VPQH").
    for (const domain::Agency &a : std::as_const(m_choices.agencies)) {
        if (!a.shortName.isEmpty() && a.shortName.compare(typed, Qt::CaseInsensitive) == 0)
            return a.id;
    }
    return 0;
}

void TaskDialog::updateSectionState()
{
    const bool section = m_ui->sectionCheck->isChecked();
    if (section) {
        const QSignalBlocker blocker(m_ui->parentCombo);
        m_ui->parentCombo->setCurrentIndex(0); // sections are always top level
    }
    const QList<QWidget *> taskOnly{
        m_ui->parentCombo,    m_ui->leadUnitCombo,    m_ui->partnerFilterEdit,
        m_ui->partnersList,   m_ui->responsibleCombo, m_ui->periodKindCombo,
        m_ui->periodDateEdit, m_ui->periodMonthCombo, m_ui->periodQuarterCombo,
        m_ui->periodYearSpin, m_ui->statusCombo,      m_ui->progressSpin,
        m_ui->plannedCombo};
    for (QWidget *w : taskOnly)
        w->setEnabled(!section);
}

void TaskDialog::updatePeriodWidgets()
{
    using Kind = Period::Kind;
    const auto kind = Kind(m_ui->periodKindCombo->currentData().toInt());
    m_ui->periodDateEdit->setVisible(kind == Kind::Date);
    m_ui->periodMonthCombo->setVisible(kind == Kind::Month);
    m_ui->periodQuarterCombo->setVisible(kind == Kind::Quarter);
    m_ui->periodYearSpin->setVisible(kind != Kind::Date);
}

void TaskDialog::setPeriod(const Period &p)
{
    const int year = p.year > 0 ? p.year : m_choices.year;
    m_ui->periodKindCombo->setCurrentIndex(m_ui->periodKindCombo->findData(int(p.kind)));
    m_ui->periodYearSpin->setValue(year);
    m_ui->periodDateEdit->setDate(p.kind == Period::Kind::Date ? p.date : QDate(year, 12, 31));
    m_ui->periodMonthCombo->setCurrentIndex(p.kind == Period::Kind::Month ? p.value - 1 : 11);
    m_ui->periodQuarterCombo->setCurrentIndex(p.kind == Period::Kind::Quarter ? p.value - 1 : 3);
    updatePeriodWidgets();
}

Period TaskDialog::period() const
{
    const int year = m_ui->periodYearSpin->value();
    switch (Period::Kind(m_ui->periodKindCombo->currentData().toInt())) {
    case Period::Kind::Date:
        return Period::ofDate(m_ui->periodDateEdit->date());
    case Period::Kind::Month:
        return Period::ofMonth(year, m_ui->periodMonthCombo->currentData().toInt());
    case Period::Kind::Quarter:
        return Period::ofQuarter(year, m_ui->periodQuarterCombo->currentData().toInt());
    case Period::Kind::Year:
        break;
    }
    return Period::ofYear(year);
}

void TaskDialog::suggestNumber()
{
    if (m_numberTyped || !m_choices.nextNumber)
        return;
    const domain::Id parentId = m_ui->parentCombo->currentData().toLongLong();
    // Editing: keep the STT while the task stays where it is.
    if (m_original.id != 0 && parentId == m_original.parentId &&
        m_ui->sectionCheck->isChecked() == m_original.isSection()) {
        m_ui->numberEdit->setText(m_original.number);
        return;
    }
    m_ui->numberEdit->setText(m_choices.nextNumber(parentId, m_ui->sectionCheck->isChecked()));
}

void TaskDialog::filterPartners(const QString &text)
{
    const QString wanted = search::fold(text);
    for (int i = 0; i < m_ui->partnersList->count(); ++i) {
        QListWidgetItem *item = m_ui->partnersList->item(i);
        const bool match = wanted.isEmpty() || search::fold(item->text()).contains(wanted) ||
                           search::fold(item->toolTip()).contains(wanted);
        item->setHidden(!match);
    }
}

} // namespace thuky::ui
