#pragma once
// The language menu (Trợ giúp → Ngôn ngữ / Language): Vietnamese or English for the GUI.

class QMenu;
class QWidget;

namespace thuky::ui {

class Settings;

/// A menu with one checkable entry per language, the saved choice checked. Choosing one saves
/// it in `settings` and tells the user that it applies when Thuky starts again (the texts of
/// open windows are not rebuilt). The menu is owned by `parent`.
QMenu *createLanguageMenu(Settings &settings, QWidget *parent);

} // namespace thuky::ui
