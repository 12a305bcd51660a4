#pragma once
// File choosers with Vietnamese labels. Qt ships no Vietnamese translation, so the labels
// of its own file dialog are set here; a native dialog speaks the system's language.

#include <QString>

class QWidget;

namespace thuky::ui {

/// The file to open, or an empty string if the user cancelled.
QString chooseOpenFile(QWidget *parent, const QString &title, const QString &folder,
                       const QString &filters);
/// The file to save to, or an empty string; `selectedFilter` receives the filter chosen.
QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                       const QString &filters, QString *selectedFilter);

} // namespace thuky::ui
