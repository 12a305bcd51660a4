#pragma once
// ChoiceButton: a tool button whose menu offers several checkable choices ("any of").

#include <QList>
#include <QToolButton>

namespace thuky::ui {

class ChoiceButton : public QToolButton
{
    Q_OBJECT

public:
    /// `what` names the choice in the button text: "Trạng thái: tất cả".
    explicit ChoiceButton(QWidget *parent = nullptr);

    void setCaption(const QString &what);
    /// Adds a choice with an int value (an enum), unchecked.
    void addChoice(const QString &label, int value, const QIcon &icon = {});
    /// The values checked; empty: no restriction.
    QList<int> checkedValues() const;
    void setCheckedValues(const QList<int> &values);
    void clearChoices(); ///< unchecks every choice

    QSize sizeHint() const override;

Q_SIGNALS:
    void choicesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateText();

    QString m_caption;
    QList<QAction *> m_choices;
};

} // namespace thuky::ui
