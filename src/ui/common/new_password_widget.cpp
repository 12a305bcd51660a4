#include "common/new_password_widget.h"

#include "ui_new_password_widget.h"

#include "common/display_text.h"
#include "common/field_errors.h"

#include "thuky/domain/account.h"

#include <QEvent>

namespace thuky::ui {

NewPasswordWidget::NewPasswordWidget(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::NewPasswordWidget>())
{
    m_ui->setupUi(this);
    // The rule as the core words it: asking with an empty password returns its text, so
    // the hint cannot drift from the check.
    const Result<void> rule = domain::checkPasswordPolicy(QString(), QString());
    m_ui->ruleLabel->setText(rule ? QString() : errorText(rule.error()));
    QPalette hint = m_ui->ruleLabel->palette();
    hint.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_ui->ruleLabel->setPalette(hint);
    // A password refused by the policy gets the rule as its error: show it once, in red.
    m_ui->passwordError->installEventFilter(this);
    setAsksCurrent(false);
}

bool NewPasswordWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->passwordError &&
        (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        m_ui->ruleLabel->setVisible(event->type() == QEvent::HideToParent ||
                                    m_ui->passwordError->text() != m_ui->ruleLabel->text());
    return QWidget::eventFilter(watched, event);
}

NewPasswordWidget::~NewPasswordWidget() = default;

void NewPasswordWidget::setAsksCurrent(bool asks)
{
    m_ui->form->setRowVisible(m_ui->currentEdit, asks);
    if (!asks)
        m_ui->currentError->hide();
    setTabOrder(m_ui->currentEdit, m_ui->passwordEdit);
}

void NewPasswordWidget::setPasswordLabel(const QString &text)
{
    m_ui->passwordLabel->setText(text);
}

QString NewPasswordWidget::current() const
{
    return m_ui->currentEdit->text();
}

QString NewPasswordWidget::password() const
{
    return m_ui->passwordEdit->text();
}

QLineEdit *NewPasswordWidget::passwordEdit() const
{
    return m_ui->passwordEdit;
}

void NewPasswordWidget::addFieldsTo(FieldErrors &errors) const
{
    errors.addField(QStringLiteral("current"), m_ui->currentEdit, m_ui->currentError);
    errors.addField(QStringLiteral("password"), m_ui->passwordEdit, m_ui->passwordError);
    errors.addField(QStringLiteral("confirm"), m_ui->confirmEdit, m_ui->confirmError);
}

bool NewPasswordWidget::confirmed(FieldErrors &errors) const
{
    if (m_ui->passwordEdit->text() == m_ui->confirmEdit->text())
        return true;
    errors.show(QStringLiteral("confirm"), tr("Hai lần nhập mật khẩu không giống nhau."));
    return false;
}

void NewPasswordWidget::clear()
{
    m_ui->currentEdit->clear();
    m_ui->passwordEdit->clear();
    m_ui->confirmEdit->clear();
}

} // namespace thuky::ui
