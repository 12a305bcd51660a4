#pragma once
// SessionDialog: a National Assembly session (kỳ họp): its term, kind, ordinal (the next of
// its series when left to number itself), status, venue and its phases (đợt) with their days.

#include "thuky/domain/session_agenda.h"
#include "thuky/domain/working_days.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SessionDialog;
}

namespace thuky::ui {

class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    SessionDialog(const QList<domain::Term> &terms, const domain::WorkingDays &days,
                  QWidget *parent = nullptr);
    ~SessionDialog() override;

    /// A session without id is a new one.
    void setSession(const domain::Session &session);
    domain::Session session() const;
    Ui::SessionDialog &form() const { return *m_ui; }

    void accept() override;

private:
    void addPhase(const QDate &first, const QDate &last);

    std::unique_ptr<Ui::SessionDialog> m_ui;
    domain::WorkingDays m_days;
    domain::Session m_session;
};

} // namespace thuky::ui
