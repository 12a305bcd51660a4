#pragma once
// NoticeSettingsDialog: for administrators, the issuers' profiles (who issues a notice and
// how it is signed) and the template of each kind of notice (subject, opening paragraph with
// placeholders filled from the meeting content, days allowed to issue), saved through
// NoticeService::saveIssuer and saveTemplate. Others see them read-only.

#include "common/permissions.h"
#include "thuky/domain/notice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class NoticeSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeSettingsDialog(services::Workspace &workspace, domain::Actor actor,
                         QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *issuerList() const { return m_issuers; }
    /// The issuer the form shows (id 0: a new one).
    domain::IssuerProfile issuerInForm() const;
    void showIssuer(const domain::IssuerProfile &issuer);
    /// Saves the form's issuer; false with the message shown.
    bool saveIssuer();
    void newIssuer();

    domain::NoticeTemplate templateInForm() const;
    void showTemplate(domain::NoticeKind kind);
    bool saveTemplate();

    QLineEdit *symbolEdit() const { return m_symbol; }
    QLineEdit *templateSubjectEdit() const { return m_tmplSubject; }
    QSpinBox *dueDaysSpin() const { return m_dueDays; }

Q_SIGNALS:
    void changed();

private:
    QWidget *createIssuerTab();
    QWidget *createTemplateTab();
    void loadIssuers(domain::Id select);

    services::Workspace &m_workspace;
    Permissions m_permissions;
    QTabWidget *m_tabs;
    QList<domain::IssuerProfile> m_list;
    domain::Id m_issuerId = 0;

    QListWidget *m_issuers = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_parentBody = nullptr;
    QLineEdit *m_issuingBody = nullptr;
    QLineEdit *m_symbol = nullptr;
    QLineEdit *m_place = nullptr;
    QComboBox *m_authority = nullptr;
    QLineEdit *m_authorityBody = nullptr;
    QLineEdit *m_signerPosition = nullptr;
    QLineEdit *m_signerName = nullptr;
    QPlainTextEdit *m_recipients = nullptr;
    QLineEdit *m_archive = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_saveIssuer = nullptr;
    QPushButton *m_addIssuer = nullptr;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_tmplSubject = nullptr;
    QPlainTextEdit *m_opening = nullptr;
    QSpinBox *m_dueDays = nullptr;
    QPushButton *m_saveTemplate = nullptr;
};

} // namespace thuky::ui
