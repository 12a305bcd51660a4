#pragma once
// The translations the GUI loads at start.

class QCoreApplication;

namespace thuky::ui {

/// Installs Thuky's Vietnamese translation of Qt's own texts (file dialogs, the context menu
/// of text fields, standard buttons, key names) on `app`, which owns it. False when it could
/// not be loaded (the texts then stay in English).
bool installQtTranslation(QCoreApplication &app);

} // namespace thuky::ui
