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
    ~ImportProblemsDialog() override;

    /// The problems as listed, one a line (what "copy" puts on the clipboard).
    QString text() const;

private:
    std::unique_ptr<Ui::ImportProblemsDialog> m_ui;
};

} // namespace thuky::ui
