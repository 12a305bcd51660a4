#pragma once
// Small text helpers shared by the views and dialogs.

#include <QString>

namespace thuky::ui {

/// The text on one line, cut to at most `length` characters with an ellipsis.
QString elided(const QString &text, int length);

} // namespace thuky::ui
