#pragma once
// ImportProblemsDialog: lists what is wrong in an import file; nothing was written.

#include "thuky/services/programme_service.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportProblemsDialog;
}

namespace thuky::ui {

class ImportProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Lists the plan's problems (the first 50, then how many more) and counts them all.
    ImportProblemsDialog(const QString &fileName, const services::ImportPlan &plan,
                         QWidget *parent = nullptr);
    /// Lists the problems of any other import (a catalogue…): nothing of the file was written.
    ImportProblemsDialog(const QString &fileName, const QList<services::ImportProblem> &problems,
                         QWidget *parent = nullptr);
    ~ImportProblemsDialog() override;

    /// The problems as listed, one a line (what "copy" puts on the clipboard).
    QString text() const;

private:
    void list(const QString &summary, const QList<services::ImportProblem> &problems);

    std::unique_ptr<Ui::ImportProblemsDialog> m_ui;
};

} // namespace thuky::ui
