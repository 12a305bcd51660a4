#pragma once
// SessionItemDialog: the form of an agenda item (nội dung chương trình kỳ họp): date and
// half-day, optional times, activity type, category, title, matter (a new one added from
// here), presenting and reviewing agencies, presenter and chair (typing part of a name finds
// it, accents or not), venue, live broadcast, planned minutes, notes.

#include "thuky/domain/session_agenda.h"
#include "thuky/domain/working_days.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;

namespace Ui {
class SessionItemDialog;
}

namespace thuky::ui {

/// What the item form offers.
struct SessionItemChoices
{
    QList<domain::Agency> agencies;
    QList<domain::Person> people;
    QList<domain::Matter> matters; ///< the session's term's
    domain::WorkingDays workingDays;
    int term = 0;
    /// Saves a new matter (an undoable command of the page); nullopt when it failed or was
    /// cancelled. Not set: no "add matter" button.
    std::function<std::optional<domain::Matter>(QWidget *parent)> addMatter;
};

class SessionItemDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SessionItemDialog(SessionItemChoices choices, QWidget *parent = nullptr);
    ~SessionItemDialog() override;

    /// An item without id is a new one.
    void setItem(const domain::AgendaItem &item);
    domain::AgendaItem item() const;

    Ui::SessionItemDialog &form() const { return *m_ui; }

    void accept() override;

private:
    void fillMatters(domain::Id selected);
    void updateEnabled();

    std::unique_ptr<Ui::SessionItemDialog> m_ui;
    SessionItemChoices m_choices;
    domain::AgendaItem m_item;
};

/// Makes an editable combo find its entries by any part of their text, accents and case
/// ignored ("nguyen van" finds "Nguyễn Văn An"); leaving it with text that names no entry
/// goes back to the first entry ("none" when it has one).
void makeSearchable(QComboBox *combo);

} // namespace thuky::ui
