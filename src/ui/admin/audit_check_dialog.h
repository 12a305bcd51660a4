#pragma once
// AuditCheckDialog: the result of checking the audit trail (kiểm tra toàn vẹn): whether its
// hash chain is whole, and which records were changed outside Thuky.

#include "common/entity_describer.h"

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
    /// `audit` and `actor` read the records listed, to show how each differs from the trail.
    AuditCheckDialog(const services::AuditCheck &check, services::AuditService &audit,
                     domain::Actor actor, QWidget *parent = nullptr);
    ~AuditCheckDialog() override;

    /// Adds problems found beside the trail (triggers, account seals) to the summary.
    void addFindings(const QList<Message> &findings);

    /// The summary, as plain text (for tests).
    QString summary() const;
    /// The records listed, one line each.
    QStringList mismatches() const;
    /// Shows how the listed record at `row` differs from its latest audit image.
    void showDifference(int row);
    /// What the detail pane shows: the latest audit image before, the record now after.
    const storage::AuditEntry &difference() const { return m_difference; }

Q_SIGNALS:
    /// The user asked for the history of a listed record.
    void historyRequested(thuky::storage::Entity entity, thuky::domain::Id id);

private:
    /// The record as the trail last recorded it (before) and as it is now (after).
    storage::AuditEntry differenceOf(const services::RecordMismatch &m) const;

    std::unique_ptr<Ui::AuditCheckDialog> m_ui;
    services::AuditService &m_audit;
    domain::Actor m_actor;
    QList<services::RecordMismatch> m_mismatches;
    storage::AuditEntry m_difference;
    RecordImages m_images;
};

} // namespace thuky::ui
