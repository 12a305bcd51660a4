#pragma once
// RecordHistoryDialog: every change to one record (lịch sử thay đổi), newest first, with the
// fields before and after each change.

#include "thuky/storage/audit_repository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RecordHistoryDialog;
}
namespace thuky::services {
class AuditService;
}

namespace thuky::ui {

class AuditLogModel;
class AuditLogWidget;

class RecordHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    /// `what` names the record as people know it ("Nhiệm vụ 3 “Xây dựng…”"); empty: by id.
    RecordHistoryDialog(services::AuditService &audit, const domain::Actor &actor,
                        storage::Entity entity, domain::Id id, const QString &what = {},
                        QWidget *parent = nullptr);
    ~RecordHistoryDialog() override;

    AuditLogModel *model() const { return m_model; }
    AuditLogWidget *log() const;

private:
    std::unique_ptr<Ui::RecordHistoryDialog> m_ui;
    AuditLogModel *m_model;
};

} // namespace thuky::ui
