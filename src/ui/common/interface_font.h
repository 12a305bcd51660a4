#pragma once
// The interface's font. A bare Debian system has no proportional sans-serif font, and Qt then
// sets the whole interface in a monospace one; at start-up the application picks a
// proportional font that covers Vietnamese instead, and logs its choice.

#include <QFont>
#include <QString>

#include <optional>

namespace thuky::ui {

/// The family to use instead of `font`'s when `font` resolves to a fixed-pitch family, or
/// one without Vietnamese; nothing when `font` is fine or no installed family is better.
/// Prefers common UI families (Noto Sans, DejaVu Sans, Liberation Sans…), then any
/// proportional family with Vietnamese.
std::optional<QString> uiFontReplacement(const QFont &font);

/// Applies uiFontReplacement() to the application's font (QApplication::setFont) and logs
/// the font in use. Call once, after the QApplication exists.
void ensureProportionalUiFont();

} // namespace thuky::ui
