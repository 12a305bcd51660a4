#pragma once
// SessionMatterDialog: a matter (vấn đề) the agenda's items follow across sessions: a bill
// or resolution with its procedure, and the agencies that present and review it.

#include "thuky/domain/session_agenda.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SessionMatterDialog;
}

namespace thuky::ui {

class SessionMatterDialog : public QDialog
{
    Q_OBJECT

public:
    SessionMatterDialog(const QList<domain::Agency> &agencies, int term, QWidget *parent = nullptr);
    ~SessionMatterDialog() override;

    domain::Matter matter() const;
    Ui::SessionMatterDialog &form() const { return *m_ui; }

    void accept() override;

private:
    std::unique_ptr<Ui::SessionMatterDialog> m_ui;
    int m_term;
};

} // namespace thuky::ui
