#pragma once
// AuditLogWidget: a list of audit entries beside the detail of the selected one. The audit
// page shows the whole trail in it, the record history one record's entries.

#include "thuky/storage/audit_repository.h"

#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class AuditLogWidget;
}

namespace thuky::ui {

class AuditDetailWidget;
class AuditLogModel;

class AuditLogWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogWidget(QWidget *parent = nullptr);
    ~AuditLogWidget() override;

    /// The entries to list; the caller owns the model.
    void setModel(AuditLogModel *model);
    AuditLogModel *model() const { return m_model; }
    QTableView *view() const;
    AuditDetailWidget *detail() const;

    /// The selected entry; nullptr when none is.
    const storage::AuditEntry *currentEntry() const;
    /// Selects the entry if it is among the fetched rows.
    bool selectEntry(domain::Id id);
    /// Selects the first row, if any.
    void selectFirst();

Q_SIGNALS:
    void currentEntryChanged();

private:
    void showCurrent();

    std::unique_ptr<Ui::AuditLogWidget> m_ui;
    AuditLogModel *m_model = nullptr;
};

} // namespace thuky::ui
