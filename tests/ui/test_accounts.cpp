// Accounts in the GUI: start-up (first administrator, log-in), the password dialogs and the
// administration page with its user list.

#include "gui_fixtures.h"

#include "common/app_options.h"
#include "shell/first_admin_dialog.h"
#include "shell/login_dialog.h"
#include "shell/password_dialog.h"
#include "admin/user_dialog.h"
#include "admin/user_list_model.h"
#include "common/session.h"
#include "common/settings.h"
#include "admin/admin_page.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace thuky;
using domain::Role;

namespace {

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

void type(QWidget &parent, const char *name, const QString &text)
{
    child<QLineEdit>(parent, name)->setText(text);
}

ui::LoginDialog::Login loginWith(services::Workspace &ws)
{
    return [&ws](const QString &user, const QString &password) {
        return ws.accounts().login(user, password);
    };
}

struct AccountFixture
{
    std::unique_ptr<services::Workspace> ws = test::workspace();
    QTemporaryDir dir;
    ui::Settings settings{dir.filePath(QStringLiteral("thuky.ini"))};
};

} // namespace

TEST_CASE("LoginDialog shows a refusal and stays open, then logs in", "[ui][accounts]")
{
    AccountFixture fx;
    test::account(*fx.ws, "quantri", {Role::Administrator});
    test::account(*fx.ws, "chuyenvien", {Role::Drafter, Role::Reviewer}, "Nguyễn Thị Thu Hà");

    ui::LoginDialog dialog(loginWith(*fx.ws));
    dialog.show();
    type(dialog, "userNameEdit", QStringLiteral("chuyenvien"));
    type(dialog, "passwordEdit", QStringLiteral("sai-mat-khau-1"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.message() == QStringLiteral("Tên đăng nhập hoặc mật khẩu không đúng."));
    CHECK(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());

    type(dialog, "passwordEdit", test::kPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.message().isEmpty());
    CHECK(dialog.actor().userName == QStringLiteral("chuyenvien"));
    CHECK(dialog.actor().fullName == QStringLiteral("Nguyễn Thị Thu Hà"));
    CHECK(dialog.actor().roles == QList<Role>{Role::Drafter, Role::Reviewer});
}

TEST_CASE("LoginDialog tells a locked or inactive account why", "[ui][accounts]")
{
    AccountFixture fx;
    const domain::Actor admin = test::account(*fx.ws, "quantri", {Role::Administrator});
    const domain::Actor viewer = test::account(*fx.ws, "nguoixem", {Role::Viewer});

    ui::LoginDialog dialog(loginWith(*fx.ws));
    dialog.setUserName(QStringLiteral("nguoixem"));
    for (int i = 0; i < services::kMaxFailedLogins; ++i) {
        type(dialog, "passwordEdit", QStringLiteral("sai-mat-khau-%1").arg(i));
        dialog.accept();
    }
    type(dialog, "passwordEdit", test::kPassword);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.message().contains(QStringLiteral("tạm khóa")));
    CHECK(dialog.message().contains(QStringLiteral("phút")));

    test::ok(fx.ws->accounts().resetPassword(admin, viewer.userId, test::kPassword));
    test::ok(fx.ws->accounts().deactivate(admin, viewer.userId));
    type(dialog, "passwordEdit", test::kPassword);
    dialog.accept();
    CHECK(dialog.message() == QStringLiteral("Tài khoản đã ngừng hoạt động."));
}

TEST_CASE("Session creates the first administrator on an empty database", "[ui][accounts]")
{
    AccountFixture fx;
    ui::Session session(*fx.ws, fx.settings, QStringLiteral(":memory:"));
    QString weakError;
    bool wasFirstAdmin = false;
    session.setRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<ui::FirstAdminDialog *>(&d);
        wasFirstAdmin = dialog != nullptr;
        REQUIRE(dialog);
        dialog->show();
        type(*dialog, "userNameEdit", QStringLiteral("quantri"));
        type(*dialog, "fullNameEdit", QStringLiteral("Quản trị hệ thống"));
        type(*dialog, "passwordEdit", QStringLiteral("ngan1"));
        type(*dialog, "confirmEdit", QStringLiteral("ngan1"));
        dialog->accept();
        weakError = dialog->fieldError(QStringLiteral("password"));
        CHECK(child<QLabel>(*dialog, "passwordError")->isVisible());
        CHECK(dialog->result() != QDialog::Accepted);

        // Two different entries are caught before the core is asked.
        type(*dialog, "passwordEdit", test::kPassword);
        type(*dialog, "confirmEdit", QStringLiteral("Thuky@2026"));
        dialog->accept();
        CHECK_FALSE(dialog->fieldError(QStringLiteral("confirm")).isEmpty());

        type(*dialog, "passwordEdit", test::kPassword);
        type(*dialog, "confirmEdit", test::kPassword);
        dialog->accept();
        return dialog->result();
    });
    const auto actor = test::ok(session.ask());
    CHECK(wasFirstAdmin);
    CHECK(weakError.contains(QStringLiteral("10 ký tự")));
    REQUIRE(actor.has_value());
    CHECK(actor->userName == QStringLiteral("quantri"));
    CHECK(actor->roles == QList<Role>{Role::Administrator});
    CHECK(test::ok(fx.ws->accounts().hasAccounts()));
    CHECK(fx.settings.lastUserName(QStringLiteral(":memory:")) == QStringLiteral("quantri"));
}

TEST_CASE("FirstAdminDialog shows a bad user name at its field", "[ui][accounts]")
{
    AccountFixture fx;
    ui::Session session(*fx.ws, fx.settings, QStringLiteral(":memory:"));
    session.setRunner([](QDialog &d) {
        auto *dialog = qobject_cast<ui::FirstAdminDialog *>(&d);
        REQUIRE(dialog);
        type(*dialog, "userNameEdit", QStringLiteral("Quản trị"));
        type(*dialog, "passwordEdit", test::kPassword);
        type(*dialog, "confirmEdit", test::kPassword);
        dialog->accept();
        CHECK(dialog->result() != QDialog::Accepted);
        CHECK_FALSE(dialog->fieldError(QStringLiteral("userName")).isEmpty());
        CHECK(dialog->fieldError(QStringLiteral("password")).isEmpty());
        dialog->reject(); // "Thoát"
        return dialog->result();
    });
    CHECK_FALSE(test::ok(session.ask()).has_value());
    CHECK_FALSE(test::ok(fx.ws->accounts().hasAccounts()));
}

TEST_CASE("Session asks for a log-in once accounts exist, offering the last name", "[ui][accounts]")
{
    AccountFixture fx;
    test::account(*fx.ws, "quantri", {Role::Administrator});
    test::account(*fx.ws, "lanhdaovu", {Role::Reviewer});
    fx.settings.setLastUserName(QStringLiteral("/tmp/thuky.sqlite"), QStringLiteral("lanhdaovu"));
    ui::Session session(*fx.ws, fx.settings, QStringLiteral("/tmp/thuky.sqlite"));

    session.setRunner([](QDialog &d) {
        auto *dialog = qobject_cast<ui::LoginDialog *>(&d);
        REQUIRE(dialog);
        CHECK(dialog->userName() == QStringLiteral("lanhdaovu"));
        type(*dialog, "passwordEdit", test::kPassword);
        dialog->accept();
        return dialog->result();
    });
    const auto actor = test::ok(session.ask());
    REQUIRE(actor.has_value());
    CHECK(actor->roles == QList<Role>{Role::Reviewer});

    // Esc or "Thoát": no one, and the application quits.
    session.setRunner([](QDialog &dialog) {
        dialog.reject();
        return dialog.result();
    });
    CHECK_FALSE(test::ok(session.ask()).has_value());
}

TEST_CASE("Session logs in without a dialog for --user", "[ui][accounts]")
{
    AccountFixture fx;
    ui::Session session(*fx.ws, fx.settings, QStringLiteral(":memory:"));
    auto none = session.logIn(QStringLiteral("quantri"), test::kPassword);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().text().contains(QStringLiteral("chưa có tài khoản")));

    test::account(*fx.ws, "quantri", {Role::Administrator});
    auto empty = session.logIn(QStringLiteral("quantri"), QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().text().contains(QLatin1String(ui::kPasswordVariable)));
    CHECK(test::ok(session.logIn(QStringLiteral("quantri"), test::kPassword)).userName ==
          QStringLiteral("quantri"));

    const auto options = ui::parseAppOptions(
        {QStringLiteral("thuky"), QStringLiteral("--user"), QStringLiteral("quantri")});
    REQUIRE(options);
    CHECK(options->userName == QStringLiteral("quantri"));
    CHECK(ui::appUsage().contains(QLatin1String(ui::kPasswordVariable)));
}

TEST_CASE("ChangePasswordDialog shows a wrong current password at its own field", "[ui][accounts]")
{
    AccountFixture fx;
    test::account(*fx.ws, "quantri", {Role::Administrator});
    const domain::Actor me = test::account(*fx.ws, "chuyenvien", {Role::Drafter});
    ui::ChangePasswordDialog dialog(me, [&](const QString &current, const QString &next) {
        return fx.ws->accounts().changePassword(me, current, next);
    });
    type(dialog, "currentEdit", QStringLiteral("khong-dung-1"));
    type(dialog, "passwordEdit", QStringLiteral("MatKhauMoi2025"));
    type(dialog, "confirmEdit", QStringLiteral("MatKhauMoi2025"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.fieldError(QStringLiteral("current")).isEmpty());
    CHECK(dialog.fieldError(QStringLiteral("password")).isEmpty());

    type(dialog, "currentEdit", test::kPassword);
    type(dialog, "passwordEdit", QStringLiteral("MatKhauMoi2025"));
    type(dialog, "confirmEdit", QStringLiteral("MatKhauMoi2025"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fx.ws->accounts()
              .login(QStringLiteral("chuyenvien"), QStringLiteral("MatKhauMoi2025"))
              .ok());
}

TEST_CASE("UserListModel lists accounts by name with Vietnamese roles", "[ui][accounts][model]")
{
    AccountFixture fx;
    const domain::Actor admin = test::account(*fx.ws, "quantri", {Role::Administrator});
    test::account(*fx.ws, "nguoixem", {Role::Viewer}, "Phạm Thị Lan");
    const domain::Actor drafter =
        test::account(*fx.ws, "chuyenvien", {Role::Drafter, Role::Reviewer}, "Nguyễn Thị Thu Hà");
    test::ok(fx.ws->accounts().deactivate(admin, drafter.userId));

    ui::UserListModel model(fx.ws->accounts(), admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    REQUIRE(model.rowCount() == 3);
    using M = ui::UserListModel;
    CHECK(model.index(0, M::UserNameColumn).data() == QStringLiteral("chuyenvien"));
    CHECK(model.index(1, M::UserNameColumn).data() == QStringLiteral("nguoixem"));
    CHECK(model.index(2, M::UserNameColumn).data() == QStringLiteral("quantri"));
    CHECK(model.index(0, M::RolesColumn).data() ==
          QStringLiteral("Chuyên viên, Lãnh đạo Vụ (rà soát)"));
    CHECK(model.index(0, M::ActiveColumn).data() == QStringLiteral("Ngừng hoạt động"));
    CHECK_FALSE(model.index(0, 0).data(M::ActiveRole).toBool());
    CHECK(model.index(1, M::FullNameColumn).data() == QStringLiteral("Phạm Thị Lan"));
    CHECK(model.index(1, M::LockedColumn).data().toString().isEmpty());
    CHECK(model.headerData(M::LockedColumn, Qt::Horizontal) == QStringLiteral("Tạm khóa đến"));

    // Someone without the right to manage accounts gets an error and an empty list.
    ui::UserListModel refused(fx.ws->accounts(), drafter);
    QList<Error> errors;
    QObject::connect(&refused, &ui::UserListModel::errorOccurred,
                     [&](const Error &e) { errors.append(e); });
    refused.reload();
    CHECK(refused.rowCount() == 0);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().code == ErrorCode::PermissionDenied);
}

TEST_CASE("UserDialog adds an account and shows core errors at their fields", "[ui][accounts]")
{
    AccountFixture fx;
    const domain::Actor admin = test::account(*fx.ws, "quantri", {Role::Administrator});
    ui::UserDialog dialog(test::ok(fx.ws->reference().agencies(admin)));
    dialog.setUser(domain::User{});
    dialog.setCommit([&](const domain::User &user, const QString &password) -> Result<void> {
        auto added = fx.ws->accounts().addUser(admin, user, password);
        if (!added)
            return added.error();
        return {};
    });
    type(dialog, "userNameEdit", QStringLiteral("chuyenvien2"));
    type(dialog, "fullNameEdit", QStringLiteral("Trần Văn Minh"));
    type(dialog, "passwordEdit", test::kPassword);
    type(dialog, "confirmEdit", test::kPassword);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.fieldError(QStringLiteral("roles")).isEmpty()); // none ticked

    dialog.roleCheck(Role::Drafter)->setChecked(true);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const domain::User added =
        test::ok(fx.ws->accounts().userByName(admin, QStringLiteral("chuyenvien2")));
    CHECK(added.fullName == QStringLiteral("Trần Văn Minh"));
    CHECK(added.roles == QList<Role>{Role::Drafter});
}

TEST_CASE("UserDialog keeps the last administrator", "[ui][accounts]")
{
    AccountFixture fx;
    const domain::Actor admin = test::account(*fx.ws, "quantri", {Role::Administrator});
    ui::UserDialog dialog(test::ok(fx.ws->reference().agencies(admin)));
    dialog.setUser(test::ok(fx.ws->accounts().userByName(admin, QStringLiteral("quantri"))));
    CHECK(child<QWidget>(dialog, "passwordBox")->isHidden()); // editing keeps the password
    dialog.setCommit([&](const domain::User &user, const QString &) -> Result<void> {
        auto saved = fx.ws->accounts().updateUser(admin, user);
        if (!saved)
            return saved.error();
        return {};
    });
    dialog.roleCheck(Role::Administrator)->setChecked(false);
    dialog.roleCheck(Role::Viewer)->setChecked(true);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.fieldError(QStringLiteral("roles")).contains(QStringLiteral("quản trị")));
}

TEST_CASE("AdminPage lists the accounts and follows the selection", "[ui][accounts]")
{
    AccountFixture fx;
    const domain::Actor admin = test::account(*fx.ws, "quantri", {Role::Administrator});
    const domain::Actor viewer = test::account(*fx.ws, "nguoixem", {Role::Viewer});
    ui::AdminPage page(*fx.ws, admin);
    CHECK(page.title() == QStringLiteral("Quản trị"));
    CHECK(page.model()->rowCount() == 2);
    CHECK(page.statusText().contains(QStringLiteral("2 tài khoản")));
    CHECK(page.addUserAction()->isEnabled());
    REQUIRE(page.currentUser()); // the first account, so the commands are ready
    CHECK(page.currentUser()->userName == QStringLiteral("nguoixem"));

    REQUIRE(page.selectUser(viewer.userId));
    CHECK(page.currentUser()->userName == QStringLiteral("nguoixem"));
    CHECK(page.editUserAction()->isEnabled());
    CHECK(page.resetPasswordAction()->isEnabled());
    CHECK(page.deactivateAction()->isEnabled());

    test::ok(fx.ws->accounts().deactivate(admin, viewer.userId));
    page.reload();
    CHECK(page.currentUser()->userName == QStringLiteral("nguoixem"));
    CHECK_FALSE(page.deactivateAction()->isEnabled()); // already inactive
    CHECK(page.statusText().contains(QStringLiteral("1 đang hoạt động")));
}
