#pragma once
// NoticeRegisterDialog: the register of outgoing numbers (sổ đăng ký văn bản đi) of a year:
// every number per issuer with its notice's subject, issue date and state (in force, or
// voided with the reason and who voided it). Exported to XLSX or CSV; a double click opens
// the notice.

#include "thuky/domain/notice.h"

#include <QDialog>

class QComboBox;
class QSpinBox;
class QTableWidget;
class QPushButton;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class Settings;

class NoticeRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeRegisterDialog(services::Workspace &workspace, domain::Actor actor, Settings &settings,
                         int year, QWidget *parent = nullptr);

    void setYear(int year);
    int year() const;
    /// Reads the register again.
    void reload();
    QTableWidget *table() const { return m_table; }
    const QList<domain::RegisterEntry> &entries() const { return m_entries; }
    /// Writes the register shown as XLSX or CSV (by the extension); false with a message.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void noticeActivated(thuky::domain::Id noticeId);

private:
    void askExport();

    services::Workspace &m_workspace;
    domain::Actor m_actor;
    Settings &m_settings;
    QSpinBox *m_year;
    QComboBox *m_issuer;
    QTableWidget *m_table;
    QPushButton *m_export;
    QList<domain::RegisterEntry> m_entries;
};

} // namespace thuky::ui
