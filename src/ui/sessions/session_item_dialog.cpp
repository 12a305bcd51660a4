#include "sessions/session_item_dialog.h"

#include "ui_session_item_dialog.h"

#include "common/days_off.h"
#include "common/translations.h"
#include "meetings/form_helpers.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"

#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace thuky::ui {

using domain::Id;

namespace {

/// The role the completer matches: the entry's text and its accent-free form.
constexpr int kSearchRole = Qt::UserRole + 20;

/// Matches on the search role, but puts the entry's name, as written, into the field.
class FoldingCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override
    {
        return index.data(Qt::DisplayRole).toString();
    }
};

Id chosenId(const QComboBox *combo)
{
    return combo->currentIndex() >= 0 ? combo->currentData().toLongLong() : 0;
}

} // namespace

void makeSearchable(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (int i = 0; i < combo->count(); ++i) {
        const QString text = combo->itemText(i);
        combo->setItemData(i, QString(text + u' ' + search::fold(text)), kSearchRole);
    }
    // Once per combo: refilled, it only needs the new entries' search text above.
    if (combo->property("thukySearchable").toBool())
        return;
    combo->setProperty("thukySearchable", true);
    auto *completer = new FoldingCompleter(combo->model(), combo);
    combo->setCompleter(completer);
    completer->setCompletionRole(kSearchRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
        const QString typed = combo->lineEdit()->text();
        int found = combo->findText(typed, Qt::MatchFixedString);
        if (found < 0) {
            const QString folded = search::fold(typed);
            for (int i = 0; i < combo->count() && found < 0; ++i) {
                if (search::fold(combo->itemText(i)) == folded)
                    found = i;
            }
        }
        combo->setCurrentIndex(found >= 0 ? found : 0);
        combo->lineEdit()->setText(combo->currentText());
    });
}

SessionItemDialog::SessionItemDialog(SessionItemChoices choices, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SessionItemDialog>()), m_choices(std::move(choices))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Lưu"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    shadeDaysOff(m_ui->dateEdit->calendarWidget(), m_choices.workingDays);

    const Lang lang = uiLanguage();
    fillChoices(m_ui->halfDayCombo, domain::kAllHalfDays,
                [lang](auto v) { return domain::halfDayLabel(v, lang); });
    fillChoices(m_ui->activityCombo, domain::kAllActivityTypes,
                [lang](auto v) { return domain::activityTypeLabel(v, lang); });
    fillChoices(m_ui->categoryCombo, domain::kAllContentCategories,
                [lang](auto v) { return domain::contentCategoryLabel(v, lang); });
    fillChoices(m_ui->venueKindCombo, domain::kAllVenueKinds,
                [lang](auto v) { return domain::venueKindLabel(v, lang); });

    std::sort(m_choices.agencies.begin(), m_choices.agencies.end(),
              [](const domain::Agency &a, const domain::Agency &b) { return domain::compareVi(a.name, b.name) < 0; });
    std::sort(m_choices.people.begin(), m_choices.people.end(),
              [](const domain::Person &a, const domain::Person &b) {
                  return domain::compareVi(a.fullName, b.fullName) < 0;
              });
    m_ui->startEdit->setTime(QTime(8, 0));
    m_ui->endEdit->setTime(QTime(9, 0));
    connect(m_ui->startCheck, &QCheckBox::toggled, this, &SessionItemDialog::updateEnabled);
    connect(m_ui->endCheck, &QCheckBox::toggled, this, &SessionItemDialog::updateEnabled);
    connect(m_ui->venueKindCombo, &QComboBox::currentIndexChanged, this, &SessionItemDialog::updateEnabled);
    // Choosing a matter offers its agencies when none are set.
    connect(m_ui->matterCombo, &QComboBox::activated, this, [this] {
        const Id id = chosenId(m_ui->matterCombo);
        for (const domain::Matter &m : m_choices.matters) {
            if (m.id != id)
                continue;
            if (chosenId(m_ui->presentingCombo) == 0 && m.presentingAgencyId != 0)
                selectData(m_ui->presentingCombo, qint64(m.presentingAgencyId));
            if (chosenId(m_ui->reviewingCombo) == 0 && m.reviewingAgencyId != 0)
                selectData(m_ui->reviewingCombo, qint64(m.reviewingAgencyId));
        }
    });
    if (m_choices.addMatter) {
        connect(m_ui->addMatterButton, &QToolButton::clicked, this, [this] {
            if (auto matter = m_choices.addMatter(this)) {
                m_choices.matters.append(*matter);
                std::sort(m_choices.matters.begin(), m_choices.matters.end(),
                          [](const domain::Matter &a, const domain::Matter &b) {
                              return domain::compareVi(a.title, b.title) < 0;
                          });
                fillMatters(matter->id);
            }
        });
    } else {
        m_ui->addMatterButton->hide();
    }
    setItem({});
}

SessionItemDialog::~SessionItemDialog() = default;

void SessionItemDialog::fillMatters(Id selected)
{
    QComboBox *combo = m_ui->matterCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("— Không gắn với vấn đề nào —"), qint64(0));
    for (const domain::Matter &m : m_choices.matters)
        combo->addItem(m.title, qint64(m.id));
    selectData(combo, qint64(selected));
    makeSearchable(combo);
}

void SessionItemDialog::setItem(const domain::AgendaItem &item)
{
    m_item = item;
    setWindowTitle(item.id == 0 ? tr("Thêm nội dung chương trình") : tr("Sửa nội dung chương trình"));
    m_ui->dateEdit->setDate(item.date.isValid() ? item.date : QDate::currentDate());
    selectData(m_ui->halfDayCombo, int(item.halfDay));
    m_ui->startCheck->setChecked(item.startTime.isValid());
    if (item.startTime.isValid())
        m_ui->startEdit->setTime(item.startTime);
    m_ui->endCheck->setChecked(item.endTime.isValid());
    if (item.endTime.isValid())
        m_ui->endEdit->setTime(item.endTime);
    selectData(m_ui->activityCombo, int(item.activity));
    selectData(m_ui->categoryCombo, int(item.category));
    m_ui->titleEdit->setPlainText(item.title);
    fillMatters(item.matterId);
    const QString none = tr("— Chưa xác định —");
    fillAgencies(m_ui->presentingCombo, m_choices.agencies, item.presentingAgencyId, none);
    fillAgencies(m_ui->reviewingCombo, m_choices.agencies, item.reviewingAgencyId, none);
    fillPeople(m_ui->presenterCombo, m_choices.people, item.presenterId, none);
    fillPeople(m_ui->chairCombo, m_choices.people, item.chairId, none);
    for (QComboBox *combo : {m_ui->presentingCombo, m_ui->reviewingCombo, m_ui->presenterCombo, m_ui->chairCombo})
        makeSearchable(combo);
    selectData(m_ui->venueKindCombo, int(item.venueKind));
    m_ui->venueEdit->setText(item.venue);
    m_ui->broadcastCheck->setChecked(item.liveBroadcast);
    m_ui->minutesSpin->setValue(item.plannedMinutes);
    m_ui->notesEdit->setPlainText(item.notes);
    m_ui->errorLabel->hide();
    updateEnabled();
}

domain::AgendaItem SessionItemDialog::item() const
{
    domain::AgendaItem item = m_item;
    const QDate oldDate = item.date;
    const domain::HalfDay oldHalf = item.halfDay;
    item.date = m_ui->dateEdit->date();
    item.halfDay = domain::HalfDay(m_ui->halfDayCombo->currentData().toInt());
    if (item.id != 0 && (item.date != oldDate || item.halfDay != oldHalf))
        item.position = 0; // another half-day: at its end
    item.startTime = m_ui->startCheck->isChecked() ? m_ui->startEdit->time() : QTime();
    item.endTime = m_ui->startCheck->isChecked() && m_ui->endCheck->isChecked() ? m_ui->endEdit->time()
                                                                                : QTime();
    item.activity = domain::ActivityType(m_ui->activityCombo->currentData().toInt());
    item.category = domain::ContentCategory(m_ui->categoryCombo->currentData().toInt());
    item.title = m_ui->titleEdit->toPlainText().simplified();
    item.matterId = chosenId(m_ui->matterCombo);
    item.presentingAgencyId = chosenId(m_ui->presentingCombo);
    item.reviewingAgencyId = chosenId(m_ui->reviewingCombo);
    item.presenterId = chosenId(m_ui->presenterCombo);
    item.chairId = chosenId(m_ui->chairCombo);
    item.venueKind = domain::VenueKind(m_ui->venueKindCombo->currentData().toInt());
    item.venue = m_ui->venueEdit->text().trimmed();
    item.liveBroadcast = m_ui->broadcastCheck->isChecked();
    item.plannedMinutes = m_ui->minutesSpin->value();
    item.notes = m_ui->notesEdit->toPlainText().trimmed();
    return item;
}

void SessionItemDialog::updateEnabled()
{
    const bool timed = m_ui->startCheck->isChecked();
    m_ui->startEdit->setEnabled(timed);
    m_ui->endCheck->setEnabled(timed);
    m_ui->endEdit->setEnabled(timed && m_ui->endCheck->isChecked());
}

void SessionItemDialog::accept()
{
    domain::AgendaItem candidate = item();
    if (candidate.position == 0)
        candidate.position = 1; // "last" is the service's to decide; valid for the check
    if (showInvalid(m_ui->errorLabel, domain::validateAgendaItem(candidate))) {
        m_ui->titleEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace thuky::ui
