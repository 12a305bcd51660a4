#pragma once
// How the audit trail reads in Vietnamese: labels of its actions, the record an entry is about
// and what changed between its before and after images, all through the records' describers
// (entity_describer.h), so that no screen shows an id or a field kept only for the program.

#include "common/entity_describer.h"

#include "thuky/storage/audit_repository.h"

#include <QList>
#include <QString>

namespace thuky::services {
class AuditService;
}

namespace thuky::ui {

/// The records' current images as the audit service reads them, to name references.
RecordImages recordImagesOf(services::AuditService &audit);

/// "Thêm nhiệm vụ" for "task.create"; the key itself for an action this version does not know.
QString auditActionLabel(const QString &action);
/// "Nhiệm vụ 2, mục I: “…”": the record an entry is about, named from the entry's own images
/// (a deleted record keeps its name), else from the record as it is now.
QString auditRecordLabel(const storage::AuditEntry &entry, const RecordImages &images);
/// The record `id` of `entity` as it is now; its kind alone if it is gone.
QString auditRecordLabel(const QString &entity, domain::Id id, const RecordImages &images);

/// One field of an audited record, before and after a change, as display text.
struct AuditFieldChange
{
    QString field;  ///< the column name
    QString label;  ///< EntityDescriber::fieldLabel()
    QString before; ///< empty when the field was absent (a creation)
    QString after;  ///< empty when the field is gone (a deletion)
    bool changed = false;
    /// Stands for the fields the program keeps for itself (sort and search keys, timestamps):
    /// one line saying whether they changed, never their values.
    bool derived = false;
};

/// The fields people edit, in reading order, references by name; then, if the program's own
/// fields differ (a change made outside Thuky may touch only them), one line that says so.
QList<AuditFieldChange> auditFieldChanges(const storage::AuditEntry &entry,
                                          const RecordImages &images);
/// A short line for lists: the labels of the fields people changed ("Tiến độ (%), Trạng
/// thái"), "Tạo mới", "Xóa", or "Không đổi" (a log-in leaves the record as it was).
QString auditChangeSummary(const storage::AuditEntry &entry);

} // namespace thuky::ui
