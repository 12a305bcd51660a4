#include "admin/user_dialog.h"

#include "ui_user_dialog.h"

#include "common/busy_cursor.h"
#include "common/display_text.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/authorizer.h"

#include <QCheckBox>
#include <QPushButton>

#include <algorithm>

namespace thuky::ui {

namespace {

// What a role may do, read from the permission table, for the role's tooltip.
QString roleAbilities(domain::Role role)
{
    QStringList abilities;
    for (const services::Action action : services::kAllActions) {
        if (services::rolesAllowed(action).contains(role))
            abilities.append(actionText(action));
    }
    return abilities.join(QStringLiteral("; "));
}

} // namespace

UserDialog::UserDialog(const QList<domain::Agency> &units, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));

    QList<domain::Agency> sorted = units;
    std::sort(sorted.begin(), sorted.end(), [](const domain::Agency &a, const domain::Agency &b) {
        return domain::compareVi(a.name, b.name) < 0;
    });
    m_ui->unitCombo->addItem(tr("— Không —"), qint64(0));
    for (const domain::Agency &a : std::as_const(sorted))
        m_ui->unitCombo->addItem(a.name, qint64(a.id));

    for (const domain::Role role : domain::kAllRoles) {
        auto *check = new QCheckBox(roleText(role), m_ui->rolesWidget);
        check->setToolTip(tr("Được: %1.").arg(roleAbilities(role)));
        m_ui->rolesLayout->addWidget(check);
        m_roleChecks.append(check);
    }
    setTabOrder(m_ui->unitCombo, m_roleChecks.first());
    for (int i = 1; i < m_roleChecks.size(); ++i)
        setTabOrder(m_roleChecks[i - 1], m_roleChecks[i]);
    setTabOrder(m_roleChecks.last(), m_ui->activeCheck);

    m_errors.addField(QStringLiteral("userName"), m_ui->userNameEdit, m_ui->userNameError);
    m_errors.addField(QStringLiteral("fullName"), m_ui->fullNameEdit, m_ui->fullNameError);
    m_errors.addField(QStringLiteral("unit"), m_ui->unitCombo, m_ui->unitError);
    m_errors.addField(QStringLiteral("roles"), m_roleChecks.first(), m_ui->rolesError);
    m_errors.addField(QStringLiteral("active"), m_ui->activeCheck, m_ui->activeError);
    m_ui->passwordFields->addFieldsTo(m_errors);
    m_errors.setGeneralLabel(m_ui->generalError);
    m_errors.setFallback(ErrorCode::Duplicate, QStringLiteral("userName"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    setUser(domain::User{});
}

UserDialog::~UserDialog() = default;

QCheckBox *UserDialog::roleCheck(domain::Role role) const
{
    const auto at = std::find(domain::kAllRoles.begin(), domain::kAllRoles.end(), role);
    return m_roleChecks.value(int(at - domain::kAllRoles.begin()));
}

void UserDialog::setUser(const domain::User &user)
{
    m_original = user;
    m_errors.clear();
    const bool fresh = user.id == 0;
    setWindowTitle(fresh ? tr("Thêm tài khoản") : tr("Sửa tài khoản %1").arg(user.userName));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(fresh ? tr("&Thêm") : tr("&Lưu"));
    m_ui->userNameEdit->setText(user.userName);
    m_ui->fullNameEdit->setText(user.fullName);
    m_ui->positionEdit->setText(user.position);
    int unit = m_ui->unitCombo->findData(qint64(user.unitId));
    m_ui->unitCombo->setCurrentIndex(std::max(unit, 0));
    for (int i = 0; i < m_roleChecks.size(); ++i)
        m_roleChecks[i]->setChecked(user.roles.contains(domain::kAllRoles[std::size_t(i)]));
    m_ui->activeCheck->setChecked(user.active);
    // A new account is active and needs a password; an existing one keeps its password
    // (an administrator resets it with its own command).
    m_ui->form->setRowVisible(m_ui->activeCheck, !fresh);
    m_ui->passwordBox->setVisible(fresh);
    m_ui->passwordFields->clear();
    adjustSize();
    m_ui->userNameEdit->setFocus();
}

domain::User UserDialog::user() const
{
    domain::User u = m_original;
    u.userName = m_ui->userNameEdit->text().trimmed();
    u.fullName = m_ui->fullNameEdit->text().trimmed();
    u.position = m_ui->positionEdit->text().trimmed();
    u.unitId = m_ui->unitCombo->currentData().toLongLong();
    u.roles.clear();
    for (int i = 0; i < m_roleChecks.size(); ++i) {
        if (m_roleChecks[i]->isChecked())
            u.roles.append(domain::kAllRoles[std::size_t(i)]);
    }
    u.active = m_original.id == 0 || m_ui->activeCheck->isChecked();
    return u;
}

void UserDialog::accept()
{
    m_errors.clear();
    const bool fresh = m_original.id == 0;
    if (fresh && !m_ui->passwordFields->confirmed(m_errors))
        return;
    if (m_commit) {
        const Result<void> saved = whileBusy(
            [&] { return m_commit(user(), fresh ? m_ui->passwordFields->password() : QString()); });
        if (!saved) {
            if (m_errors.show(saved.error()) == QStringLiteral("password"))
                m_ui->passwordFields->clear();
            return;
        }
    }
    QDialog::accept();
}

} // namespace thuky::ui
