#pragma once
// AuditDetailWidget: one audit entry in full: who, when, what, and every field before and
// after, the changed ones highlighted. Used by the audit page and the record history.

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

    /// Shows the entry; nullptr: a hint to choose one.
    void setEntry(const storage::AuditEntry *entry);
    AuditChangeModel *model() const { return m_model; }
    /// The heading shown above the fields (plain text, for tests).
    QString title() const;

private:
    std::unique_ptr<Ui::AuditDetailWidget> m_ui;
    AuditChangeModel *m_model;
};

} // namespace thuky::ui
