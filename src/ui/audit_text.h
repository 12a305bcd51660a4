#pragma once
// How the audit trail reads in Vietnamese: labels of its actions and of the fields of the
// audited images, and what changed between an entry's before and after images.

#include "thuky/storage/audit_repository.h"

#include <QList>
#include <QString>

namespace thuky::ui {

/// "Thêm nhiệm vụ" for "task.create"; the key itself for an action this version does not know.
QString auditActionLabel(const QString &action);
/// "Nhiệm vụ #12": the record an entry is about.
QString auditRecordLabel(const QString &entity, domain::Id id);
/// "Nội dung" for "content"; the column name itself when unknown.
QString auditFieldLabel(const QString &field);

/// One field of an audited record, before and after a change, as display text.
struct AuditFieldChange
{
    QString field;  ///< the column name
    QString label;  ///< auditFieldLabel()
    QString before; ///< empty when the field was absent (a creation)
    QString after;  ///< empty when the field is gone (a deletion)
    bool changed = false;
    /// Kept by the program (timestamps, sort and search keys), not typed by anyone.
    bool derived = false;
};

/// Every field of the entry's images, the ones people edit first, then the derived ones.
QList<AuditFieldChange> auditFieldChanges(const storage::AuditEntry &entry);
/// A short line for lists: the labels of the fields people changed ("Tiến độ (%), Trạng
/// thái"), "Tạo mới", "Xóa", or "Không đổi" (a log-in leaves the record as it was).
QString auditChangeSummary(const storage::AuditEntry &entry);

} // namespace thuky::ui
