#include "common/field_errors.h"

#include "common/display_text.h"

#include <QLabel>
#include <QLayout>
#include <QRegularExpression>
#include <QTimer>
#include <QWidget>

namespace thuky::ui {

void styleErrorLabel(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop); // right under its field
    label->clear();
    label->hide();
}

void growToFit(QWidget *widget)
{
    QWidget *window = widget ? widget->window() : nullptr;
    if (!window || !window->layout())
        return;
    // Once the layout has taken in the label that appeared; a window the user made larger
    // keeps its size.
    QTimer::singleShot(0, window, [window, before = window->size()] {
        if (window->size() != before)
            return;
        window->layout()->activate();
        const int width = window->width();
        const int needed = window->hasHeightForWidth() ? window->heightForWidth(width)
                                                       : window->sizeHint().height();
        if (needed > window->height())
            window->resize(width, needed);
    });
}

void FieldErrors::addField(const QString &key, QWidget *field, QLabel *label)
{
    styleErrorLabel(label);
    m_fields.insert(key, Field{field, label, field ? field->toolTip() : QString()});
}

void FieldErrors::setGeneralLabel(QLabel *label)
{
    styleErrorLabel(label);
    m_general = label;
}

void FieldErrors::setFallback(ErrorCode code, const QString &key)
{
    m_fallbacks.insert(int(code), key);
}

QString FieldErrors::keyFor(const Error &error) const
{
    // The detail is the field name; tolerate a longer detail that mentions it as a word.
    if (m_fields.contains(error.detail))
        return error.detail;
    static const QRegularExpression nonWord(QStringLiteral("\\W+"));
    const QStringList words = error.detail.split(nonWord, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (m_fields.contains(word))
            return word;
    }
    return m_fallbacks.value(int(error.code));
}

QString FieldErrors::show(const Error &error)
{
    const QString key = keyFor(error);
    if (!key.isEmpty()) {
        show(key, errorText(error));
    } else if (m_general) {
        m_general->setText(errorText(error));
        m_general->show();
        growToFit(m_general);
    }
    return key;
}

bool FieldErrors::failed(const Result<void> &result)
{
    if (result)
        return false;
    show(result.error());
    return true;
}

void FieldErrors::show(const QString &key, const QString &message)
{
    const auto it = m_fields.constFind(key);
    if (it == m_fields.constEnd())
        return;
    if (it->label) {
        it->label->setText(message);
        it->label->show();
        growToFit(it->label);
    }
    if (it->widget) {
        it->widget->setToolTip(message);
        it->widget->setFocus(Qt::OtherFocusReason);
    }
}

void FieldErrors::clear()
{
    for (const Field &f : std::as_const(m_fields)) {
        if (f.label) {
            f.label->clear();
            f.label->hide();
        }
        if (f.widget)
            f.widget->setToolTip(f.toolTip);
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

QString FieldErrors::message(const QString &key) const
{
    const auto it = m_fields.constFind(key);
    return it != m_fields.constEnd() && it->label && it->label->isVisibleTo(it->label->window())
               ? it->label->text()
               : QString();
}

} // namespace thuky::ui
