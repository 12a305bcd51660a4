#pragma once
// FieldErrors: shows a validation error under the field it is about. Core names the field
// in Error::detail ("number", "content", "leadUnit"…); a dialog registers which of its
// widgets and labels stand for each name.

#include "thuky/core/result.h"

#include <QHash>
#include <QPointer>

class QLabel;
class QWidget;

namespace thuky::ui {

class FieldErrors
{
public:
    /// The red label under a field. Hidden until an error is shown.
    void addField(const QString &key, QWidget *field, QLabel *label);
    /// Where errors that name no registered field are shown.
    void setGeneralLabel(QLabel *label);
    /// The field shown for an error that names none, by error code (e.g. Duplicate -> "number").
    void setFallback(ErrorCode code, const QString &key);

    /// Shows the error at its field (and focuses that field), or in the general label.
    /// Returns the key used; empty for the general label.
    QString show(const Error &error);
    /// Shows the error of a failed result; true if it failed. For chains of checks in accept().
    bool failed(const Result<void> &result);
    void show(const QString &key, const QString &message);
    void clear();

    /// The message shown at a field; empty if none.
    QString message(const QString &key) const;

private:
    struct Field
    {
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
        QString toolTip; ///< the field's own tooltip, put back when the error goes
    };

    QString keyFor(const Error &error) const;

    QHash<QString, Field> m_fields;
    QHash<int, QString> m_fallbacks;
    QPointer<QLabel> m_general;
};

/// Makes `label` look like a field error: red, wrapped, hidden while empty.
void styleErrorLabel(QLabel *label);
/// Makes the window of `widget` tall enough for what it now shows. A top-level window does
/// not grow on its own for a wrapped label that appeared (Qt applies height-for-width only
/// inside a window), so a message shown under a field would be cut off.
void growToFit(QWidget *widget);

} // namespace thuky::ui
