#pragma once
// AuditDetailWidget: one audit entry in full: who, when, what, and every field before and
// after, the changed ones highlighted. Used by the audit page and the record history.

#include "common/entity_describer.h"

#include "thuky/storage/audit_repository.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AuditDetailWidget;
}

namespace thuky::ui {

class AuditChangeModel;

class AuditDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AuditDetailWidget(QWidget *parent = nullptr);
    ~AuditDetailWidget() override;

    /// Shows the entry; nullptr: a hint to choose one. An entry with id 0 is no entry of the
    /// trail but a record's latest audit image (before) beside its current state (after).
    void setEntry(const storage::AuditEntry *entry);
    /// Where the names of the records come from (kept by the caller).
    void setImages(const RecordImages *images);
    AuditChangeModel *model() const { return m_model; }
    /// Lists only the changed fields (ticks the box that says so).
    void setChangedOnly(bool only);
    /// The heading shown above the fields (plain text, for tests).
    QString title() const;

private:
    QString recordOf(const storage::AuditEntry &entry) const;

    std::unique_ptr<Ui::AuditDetailWidget> m_ui;
    AuditChangeModel *m_model;
    const RecordImages *m_images = nullptr;
};

} // namespace thuky::ui
