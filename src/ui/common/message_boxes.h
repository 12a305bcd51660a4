#pragma once
// Message boxes with Vietnamese buttons (Qt ships no Vietnamese translation of its own
// buttons), so every question and warning of the application reads the same.

#include "thuky/core/result.h"

#include <QString>

class QWidget;

namespace thuky::ui {

/// Asks a yes/no question; `acceptText` names what yes does ("Xóa", "Nhập"). true: accepted.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
             const QString &details = {});
/// A failed service call, with the technical detail folded away.
void showError(QWidget *parent, const QString &title, const Error &error);
void inform(QWidget *parent, const QString &title, const QString &text);

} // namespace thuky::ui
