#include "common/choice_button.h"

#include <QAction>
#include <QMenu>
#include <QMouseEvent>
#include <QStyle>

namespace thuky::ui {

ChoiceButton::ChoiceButton(QWidget *parent) : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    menu->addAction(tr("Bỏ chọn tất cả"), this, [this] {
        clearChoices();
        Q_EMIT choicesChanged();
    });
    menu->addSeparator();
    // Several choices are usually ticked in a row: keep the menu open while ticking.
    menu->installEventFilter(this);
    setMenu(menu);
    updateText();
}

bool ChoiceButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == menu() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QAction *action = menu()->actionAt(mouse->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->toggle();
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

QSize ChoiceButton::sizeHint() const
{
    // QToolButton leaves no room for the menu arrow it draws in InstantPopup mode.
    QSize size = QToolButton::sizeHint();
    size.rwidth() += style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this) + 4;
    return size;
}

void ChoiceButton::setCaption(const QString &what)
{
    m_caption = what;
    updateText();
}

void ChoiceButton::addChoice(const QString &label, int value, const QIcon &icon)
{
    QAction *action = menu()->addAction(icon, label);
    action->setCheckable(true);
    action->setData(value);
    connect(action, &QAction::toggled, this, [this] {
        updateText();
        Q_EMIT choicesChanged();
    });
    m_choices.append(action);
    updateText();
}

QList<int> ChoiceButton::checkedValues() const
{
    QList<int> values;
    for (const QAction *action : m_choices) {
        if (action->isChecked())
            values.append(action->data().toInt());
    }
    return values;
}

void ChoiceButton::setCheckedValues(const QList<int> &values)
{
    for (QAction *action : std::as_const(m_choices)) {
        const QSignalBlocker blocker(action);
        action->setChecked(values.contains(action->data().toInt()));
    }
    updateText();
}

void ChoiceButton::clearChoices()
{
    setCheckedValues({});
}

void ChoiceButton::updateText()
{
    QStringList checked;
    for (const QAction *action : std::as_const(m_choices)) {
        if (action->isChecked())
            checked.append(action->text());
    }
    QString choice;
    if (checked.isEmpty())
        choice = tr("tất cả");
    else if (checked.size() == 1)
        choice = checked.first();
    else
        choice = tr("%n mục", nullptr, int(checked.size()));
    setText(m_caption.isEmpty() ? choice : m_caption + QStringLiteral(": ") + choice);
    setToolTip(checked.isEmpty() ? tr("Không giới hạn") : checked.join(u'\n'));
}

} // namespace thuky::ui
