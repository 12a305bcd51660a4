#pragma once
// NewPasswordWidget: a new password typed twice (and, to change one's own, the current
// one), with the rule shown under it. Shared by the first-administrator, user, reset and
// change-password dialogs.

#include <QWidget>

#include <memory>

class QLineEdit;

namespace Ui {
class NewPasswordWidget;
}

namespace thuky::ui {

class FieldErrors;

class NewPasswordWidget : public QWidget
{
    Q_OBJECT

public:
    explicit NewPasswordWidget(QWidget *parent = nullptr);
    ~NewPasswordWidget() override;

    /// Shows the "current password" row (changing one's own password).
    void setAsksCurrent(bool asks);
    /// Labels the new-password row ("Mật khẩu mới:" when changing one).
    void setPasswordLabel(const QString &text);

    QString current() const;
    QString password() const;
    QLineEdit *passwordEdit() const;

    /// Registers the rows with `errors` under "current", "password" and "confirm" (the
    /// details of the core's errors).
    void addFieldsTo(FieldErrors &errors) const;
    /// True when the two entries agree; otherwise shows why at "confirm".
    bool confirmed(FieldErrors &errors) const;
    /// Empties every row (after a failure, so nothing stays typed longer than needed).
    void clear();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<Ui::NewPasswordWidget> m_ui;
};

} // namespace thuky::ui
