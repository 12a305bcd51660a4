#pragma once
// The language of the GUI and the translations it loads at start.
//
// Thuky's texts are written in Vietnamese; English is a translation (thuky_en.ts, see
// docs/translation.md). In Vietnamese Thuky also loads its own translation of Qt's texts
// (qt_vi.ts), since Qt ships none; in English Qt's texts need no translation.

#include "thuky/core/result.h"

#include <QString>

#include <optional>

class QCoreApplication;

namespace thuky::ui {

/// Installs the translations of `language` on `app` (which owns them), in place of those of
/// the language installed before, and makes that language's QLocale the default one (numbers,
/// dates of the GUI). False when a translation could not be loaded: the texts then stay in
/// Vietnamese (Thuky's) and English (Qt's).
bool setUiLanguage(QCoreApplication &app, Lang language);
/// The language chosen by setUiLanguage(); Vietnamese until then.
Lang uiLanguage();

/// Installs Thuky's Vietnamese translation of Qt's own texts (file dialogs, the context menu
/// of text fields, standard buttons, key names): setUiLanguage(app, Lang::Vi).
bool installQtTranslation(QCoreApplication &app);

/// "vi", "en": the language's code on the command line and in the settings.
QString languageCode(Lang language);
/// The language of a code ("vi", "en", case-insensitive); nullopt for any other text.
std::optional<Lang> languageFromCode(const QString &code);
/// The language's name in that language ("Tiếng Việt", "English"), for the language menu.
QString languageName(Lang language);

} // namespace thuky::ui
