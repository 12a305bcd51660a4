#include "shell/first_admin_dialog.h"

#include "ui_first_admin_dialog.h"

#include "common/busy_cursor.h"
#include "common/icons.h"

#include <QPushButton>

namespace thuky::ui {

FirstAdminDialog::FirstAdminDialog(Commit commit, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstAdminDialog>()), m_commit(std::move(commit))
{
    m_ui->setupUi(this);
    setWindowIcon(icons::application());
    m_ui->iconLabel->setPixmap(icons::application().pixmap(48, 48));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Tạo tài khoản và đăng nhập"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Thoát"));

    m_errors.addField(QStringLiteral("userName"), m_ui->userNameEdit, m_ui->userNameError);
    m_errors.addField(QStringLiteral("fullName"), m_ui->fullNameEdit, m_ui->fullNameError);
    m_ui->passwordFields->addFieldsTo(m_errors);
    m_errors.setGeneralLabel(m_ui->generalError);
    // The only clash possible on an empty database is a name taken meanwhile.
    m_errors.setFallback(ErrorCode::Duplicate, QStringLiteral("userName"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);
    m_ui->userNameEdit->setFocus();
}

FirstAdminDialog::~FirstAdminDialog() = default;

domain::User FirstAdminDialog::user() const
{
    domain::User u;
    u.userName = m_ui->userNameEdit->text().trimmed();
    u.fullName = m_ui->fullNameEdit->text().trimmed();
    u.roles = {domain::Role::Administrator};
    return u;
}

void FirstAdminDialog::accept()
{
    m_errors.clear();
    if (!m_ui->passwordFields->confirmed(m_errors))
        return;
    Result<domain::Actor> created =
        whileBusy([&] { return m_commit(user(), m_ui->passwordFields->password()); });
    if (!created) {
        if (m_errors.show(created.error()) == QStringLiteral("password"))
            m_ui->passwordFields->clear();
        return;
    }
    m_actor = std::move(created).value();
    QDialog::accept();
}

} // namespace thuky::ui
