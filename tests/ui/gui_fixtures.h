#pragma once
// Fixtures of the GUI tests: a programme with a section and many tasks in an in-memory
// workspace whose "today" is test::kToday (16/06/2025).

#include "test_support.h"

#include "common/settings.h"
#include "shell/main_window.h"
#include "programme/programme_page.h"
#include "programme/task_dialog.h"

#include "thuky/services/account_service.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <QTest>
#include <memory>

// Failed checks print Qt strings as text, not as lists of "{?}".
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return value.toStdString(); }
};
template <> struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value) { return value.toString().toStdString(); }
};
} // namespace Catch

namespace thuky::test {

struct ProgrammeFixture
{
    std::unique_ptr<services::Workspace> ws = workspace();
    domain::Programme programme = test::programme(*ws);
    domain::Task section;
    QList<domain::Task> tasks;

    services::ProgrammeService &service() { return ws->programmes(); }

    /// Section "I" with `count` tasks "1".."count": even ones about land law ("đất đai"),
    /// odd ones about the budget ("ngân sách"); deadlines spread over the year, so some are
    /// overdue on 16/06/2025.
    explicit ProgrammeFixture(int count = 0)
    {
        section =
            ok(service().addTask(actor(), test::section(programme.id, "I", "Công tác lập pháp")));
        for (int i = 1; i <= count; ++i) {
            const QByteArray number = QByteArray::number(i);
            const QString about =
                i % 2 == 0 ? QStringLiteral("Luật Đất đai") : QStringLiteral("dự toán ngân sách");
            const QByteArray content =
                QStringLiteral("Nhiệm vụ %1 về %2").arg(i).arg(about).toUtf8();
            const QDate deadline = QDate(2025, 1, 1).addDays((i * 7) % 365);
            tasks.append(ok(
                service().addTask(actor(), task(*ws, programme.id, section.id, number.constData(),
                                                content.constData(), deadline))));
        }
    }

    storage::TaskFilter filter() const
    {
        storage::TaskFilter f;
        f.programmeId = programme.id;
        return f;
    }
};

/// What the task dialog offers for the fixture's programme: its parents, units, people, year.
inline ui::TaskDialogChoices taskDialogChoices(ProgrammeFixture &fx)
{
    ui::TaskDialogChoices c;
    c.parents = ok(fx.service().parentCandidates(actor(), fx.programme.id));
    c.agencies = ok(fx.ws->reference().agencies(actor()));
    c.people = ok(fx.ws->reference().people(actor()));
    c.year = fx.programme.year;
    c.nextNumber = [&fx](domain::Id parentId, bool section) {
        return ok(fx.service().nextNumber(actor(), fx.programme.id, parentId, section));
    };
    return c;
}

/// A programme fixture with the settings a main window needs, in a scratch folder.
struct WindowFixture : ProgrammeFixture
{
    QTemporaryDir dir;
    ui::Settings settings{dir.filePath(QStringLiteral("thuky.ini"))};

    explicit WindowFixture(int count = 12) : ProgrammeFixture(count) {}
};

/// The work-programme page (the window's second, after the home page), shown.
inline ui::ProgrammePage *programmePage(ui::MainWindow &window)
{
    auto *page = qobject_cast<ui::ProgrammePage *>(window.page(QStringLiteral("programme")));
    REQUIRE(page);
    if (window.currentPage() != page)
        window.showPage(int(window.pages().indexOf(page)));
    return page;
}

/// The page's task table, shown in `window`.
inline QTableView *taskView(ui::ProgrammePage *page)
{
    auto *view = page->findChild<QTableView *>(QStringLiteral("taskView"));
    REQUIRE(view);
    return view;
}

/// The main window on screen, with its programme page.
inline ui::ProgrammePage *showWindow(ui::MainWindow &window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    return programmePage(window);
}

/// The password of the test accounts (meets the password policy).
inline const QString kPassword = QStringLiteral("Thuky@2025");

/// Adds an account with the given roles and returns it as an actor, as if it had logged in.
inline domain::Actor account(services::Workspace &ws, const char *userName,
                             QList<domain::Role> roles, const char *fullName = "")
{
    domain::User u;
    u.userName = QString::fromLatin1(userName);
    u.fullName = QString::fromUtf8(fullName);
    u.roles = std::move(roles);
    return ok(ws.accounts().addUser(domain::Actor::system(), u, kPassword)).actor();
}

/// An actor with the given roles that has no account (enough for the permission checks).
inline domain::Actor actorWith(QList<domain::Role> roles, const char *userName = "thu")
{
    return domain::Actor{42, QString::fromLatin1(userName), QStringLiteral("Người thử"),
                         std::move(roles)};
}

/// Answers the next message box that opens: clicks the button whose text (without its
/// mnemonic) is `button` (or
/// rejects the box when it has none). Sets `*question` to the box's text when given.
inline void answerNextMessageBox(const QString &button, QString *question = nullptr)
{
    QTimer::singleShot(0, [button, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (question)
            *question = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton *b : box->buttons()) {
            if (QString(b->text()).remove(u'&') == button) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}

/// Clicks the button of a message box that reads `text` (mnemonics ignored), once the event
/// loop runs again; fails the test when the box has no such button.
inline void clickMessageBoxButton(QWidget *modal, const QString &text)
{
    auto *box = qobject_cast<QMessageBox *>(modal);
    REQUIRE(box);
    for (QAbstractButton *b : box->buttons()) {
        if (QString(b->text()).remove(u'&') == text) {
            QMetaObject::invokeMethod(b, "click", Qt::QueuedConnection);
            return;
        }
    }
    FAIL("no button " << text.toStdString());
}

/// Calls `act` with the next modal dialog as soon as it is shown (within `ms` milliseconds).
template <typename F> void whenModalShown(F act, int ms = 3000)
{
    auto *timer = new QTimer;
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, act, ms]() mutable {
        *waited += 10;
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && *waited < ms)
            return;
        timer->stop();
        timer->deleteLater();
        if (modal)
            act(modal);
    });
    timer->start(10);
}

/// Waits (processing events) until `done` holds, at most `ms` milliseconds.
template <typename F> bool waitFor(F done, int ms = 3000)
{
    return QTest::qWaitFor(done, ms);
}

} // namespace thuky::test
