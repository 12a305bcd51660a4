#pragma once
// AuditCheckDialog: the result of checking the audit trail (kiểm tra toàn vẹn): whether its
// hash chain is whole, and which records were changed outside Thuky.

#include "thuky/services/audit_service.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuditCheckDialog;
}

namespace thuky::ui {

class AuditCheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditCheckDialog(const services::AuditCheck &check, QWidget *parent = nullptr);
    ~AuditCheckDialog() override;

    /// The summary, as plain text (for tests).
    QString summary() const;
    /// The records listed, one line each.
    QStringList mismatches() const;

Q_SIGNALS:
    /// The user asked for the history of a listed record.
    void historyRequested(thuky::storage::Entity entity, thuky::domain::Id id);

private:
    std::unique_ptr<Ui::AuditCheckDialog> m_ui;
    QList<services::RecordMismatch> m_mismatches;
};

} // namespace thuky::ui
