#include "shell/login_dialog.h"

#include "ui_login_dialog.h"

#include "common/busy_cursor.h"
#include "common/display_text.h"
#include "common/field_errors.h"
#include "common/icons.h"

#include <QDir>
#include <QPushButton>

namespace thuky::ui {

LoginDialog::LoginDialog(Login login, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_login(std::move(login))
{
    m_ui->setupUi(this);
    setWindowIcon(icons::application());
    m_ui->iconLabel->setPixmap(icons::application().pixmap(48, 48));
    m_ui->titleLabel->setText(tr("<b>Thuky</b><br>Vụ Thư ký, Văn phòng Quốc hội"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Đăng nhập"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Thoát"));
    styleErrorLabel(m_ui->messageLabel);
    m_ui->databaseLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_ui->userNameEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUserName(const QString &userName)
{
    m_ui->userNameEdit->setText(userName);
    if (!userName.isEmpty())
        m_ui->passwordEdit->setFocus();
}

void LoginDialog::focusUserName()
{
    m_ui->userNameEdit->setFocus();
    m_ui->userNameEdit->selectAll();
}

QString LoginDialog::userName() const
{
    return m_ui->userNameEdit->text().trimmed();
}

void LoginDialog::setDatabasePath(const QString &path)
{
    QPalette dim = m_ui->databaseLabel->palette();
    dim.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_ui->databaseLabel->setPalette(dim);
    m_ui->databaseLabel->setText(tr("Cơ sở dữ liệu: %1").arg(QDir::toNativeSeparators(path)));
    m_ui->databaseLabel->setVisible(!path.isEmpty());
}

QString LoginDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void LoginDialog::accept()
{
    m_ui->messageLabel->hide();
    if (userName().isEmpty()) {
        m_ui->messageLabel->setText(tr("Hãy nhập tên đăng nhập."));
        m_ui->messageLabel->show();
        m_ui->userNameEdit->setFocus();
        return;
    }
    // An empty password is never right: say so here instead of counting a failed log-in.
    if (m_ui->passwordEdit->text().isEmpty()) {
        m_ui->messageLabel->setText(tr("Hãy nhập mật khẩu."));
        m_ui->messageLabel->show();
        m_ui->passwordEdit->setFocus();
        return;
    }
    // The password hash takes a noticeable moment.
    Result<domain::Actor> actor =
        whileBusy([&] { return m_login(userName(), m_ui->passwordEdit->text()); });
    if (!actor) {
        // The core logs and audits the attempt; the message says what the user can do.
        m_ui->messageLabel->setText(errorText(actor.error()));
        m_ui->messageLabel->show();
        growToFit(m_ui->messageLabel);
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_actor = std::move(actor).value();
    QDialog::accept();
}

} // namespace thuky::ui
