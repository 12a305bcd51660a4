#include "shell/password_dialog.h"

#include "ui_password_dialog.h"

#include "common/busy_cursor.h"

#include <QPushButton>

namespace thuky::ui {

PasswordDialog::PasswordDialog(bool asksCurrent, Commit commit, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordDialog>()), m_asksCurrent(asksCurrent),
      m_commit(std::move(commit))
{
    m_ui->setupUi(this);
    m_ui->passwordFields->setAsksCurrent(asksCurrent);
    m_ui->passwordFields->setPasswordLabel(tr("Mật khẩu &mới:"));
    m_ui->passwordFields->addFieldsTo(m_errors);
    m_errors.setGeneralLabel(m_ui->generalError);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::setExplanation(const QString &html)
{
    m_ui->explanationLabel->setText(html);
}

void PasswordDialog::setAcceptText(const QString &text)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(text);
}

void PasswordDialog::accept()
{
    m_errors.clear();
    if (!m_ui->passwordFields->confirmed(m_errors))
        return;
    const Result<void> saved = whileBusy([&] {
        return m_commit(m_asksCurrent ? m_ui->passwordFields->current() : QString(),
                        m_ui->passwordFields->password());
    });
    if (!saved) {
        // A wrong current password is refused like a wrong log-in (same message and detail
        // "password"), but it is the current-password row that is wrong, not the new one.
        if (m_asksCurrent && saved.error().code == ErrorCode::PermissionDenied)
            m_errors.show(QStringLiteral("current"), tr("Mật khẩu hiện tại không đúng."));
        else
            m_errors.show(saved.error());
        m_ui->passwordFields->clear();
        return;
    }
    QDialog::accept();
}

ChangePasswordDialog::ChangePasswordDialog(const domain::Actor &actor, Commit commit,
                                           QWidget *parent)
    : PasswordDialog(true, std::move(commit), parent)
{
    setWindowTitle(tr("Đổi mật khẩu"));
    setExplanation(tr("Đổi mật khẩu của tài khoản <b>%1</b>.").arg(actor.userName.toHtmlEscaped()));
    setAcceptText(tr("Đổi mật khẩu"));
}

ResetPasswordDialog::ResetPasswordDialog(const domain::User &user, Commit commit, QWidget *parent)
    : PasswordDialog(false, std::move(commit), parent)
{
    setWindowTitle(tr("Đặt lại mật khẩu"));
    setExplanation(tr("Đặt mật khẩu mới cho <b>%1</b> (%2). Tài khoản đang bị tạm khóa cũng được "
                      "mở khóa. Hãy báo mật khẩu mới cho chủ tài khoản qua kênh an toàn và đề nghị "
                      "họ đổi lại sau khi đăng nhập.")
                       .arg(user.userName.toHtmlEscaped(), user.fullName.toHtmlEscaped()));
    setAcceptText(tr("Đặt mật khẩu"));
}

} // namespace thuky::ui
