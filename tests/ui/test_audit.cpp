// The audit trail in the GUI: the lazy log model, the audit page's filters, the before/after
// detail, a record's history and the integrity check.

#include "gui_fixtures.h"

#include "common/audit_text.h"
#include "admin/audit_check_dialog.h"
#include "common/record_history_dialog.h"
#include "common/audit_change_model.h"
#include "common/audit_log_model.h"
#include "common/audit_detail_widget.h"
#include "common/audit_log_widget.h"
#include "admin/audit_page.h"

#include "thuky/services/audit_service.h"
#include "thuky/services/demo.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QListWidget>
#include <QSet>

using namespace thuky;
using domain::Role;
using M = ui::AuditLogModel;

namespace {

// Two colleagues at work: the drafter adds tasks, the reviewer corrects one.
struct AuditFixture : test::ProgrammeFixture
{
    domain::Actor admin = test::account(*ws, "quantri", {Role::Administrator}, "Quản trị");
    domain::Actor drafter = test::account(*ws, "chuyenvien", {Role::Drafter}, "Thu Hà");
    domain::Actor reviewer = test::account(*ws, "lanhdaovu", {Role::Reviewer}, "Văn Minh");
    domain::Task first, second;

    AuditFixture() : test::ProgrammeFixture(2)
    {
        first = test::ok(service().addTask(drafter, test::task(*ws, programme.id, section.id, "3",
                                                               "Báo cáo giám sát", {2025, 9, 30})));
        second = test::ok(service().addTask(drafter, test::task(*ws, programme.id, section.id, "4",
                                                                "Tổng kết năm", {2025, 12, 20})));
        domain::Task corrected = first;
        corrected.content = QStringLiteral("Báo cáo kết quả giám sát chuyên đề");
        corrected.status = domain::TaskStatus::InProgress;
        first = test::ok(service().updateTask(reviewer, corrected));
    }

    storage::AuditFilter byUser(const char *userName) const
    {
        storage::AuditFilter f;
        f.userName = QString::fromLatin1(userName);
        return f;
    }
};

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

} // namespace

TEST_CASE("AuditLogModel fetches the trail a page at a time, newest first", "[ui][audit][model]")
{
    test::ProgrammeFixture fx(30);
    const int total = test::ok(fx.ws->audit().count(test::actor(), {}));
    REQUIRE(total > 30);

    ui::AuditLogModel model(fx.ws->audit(), test::actor());
    {
        // Two pages: the tester's own fetchMore reads the second. Qt 6.4's tester checks the
        // model (and fetches) from rowsInserted and modelReset before it marks the change
        // finished, so it is made after the reset and given no third page to trip on.
        model.setPageSize(total - 5);
        model.reload();
        CHECK(model.rowCount() == total - 5);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(model.rowCount() == total);
        CHECK_FALSE(model.canFetchMore({}));
    }

    // Many small pages, fetched as a view scrolling down would.
    model.setPageSize(7);
    model.reload();
    CHECK(model.totalCount() == total);
    CHECK(model.rowCount() == 7);
    CHECK(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == total);

    domain::Id previous = std::numeric_limits<domain::Id>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const domain::Id id = model.index(row, 0).data(M::IdRole).toLongLong();
        CHECK(id < previous);
        previous = id;
    }
    const storage::AuditEntry *newest = model.entryAt(0);
    REQUIRE(newest);
    CHECK(newest->action == QStringLiteral("task.create"));
    CHECK(model.index(0, M::ActionColumn).data() == QStringLiteral("Thêm nhiệm vụ"));
    CHECK(model.index(0, M::RecordColumn).data() ==
          QStringLiteral("Nhiệm vụ %1, mục I: “%2”")
              .arg(fx.tasks.last().number, fx.tasks.last().content));
    CHECK(model.index(0, M::ChangesColumn).data() == QStringLiteral("Tạo mới"));
    CHECK(model.index(0, M::UserColumn).data() == QStringLiteral("system"));
    CHECK(model.index(0, M::TimeColumn)
              .data()
              .toString()
              .contains(newest->at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK(model.headerData(M::TimeColumn, Qt::Horizontal) == QStringLiteral("Thời gian"));
}

TEST_CASE("AuditLogModel neither repeats nor skips entries written while it pages",
          "[ui][audit][model]")
{
    test::ProgrammeFixture fx(12);
    ui::AuditLogModel model(fx.ws->audit(), test::actor());
    model.setPageSize(5);
    model.reload();
    const int before = model.totalCount();
    for (int i = 0; i < 3; ++i) {
        const QByteArray number = QByteArray::number(100 + i);
        test::ok(fx.service().addTask(test::actor(),
                                      test::task(*fx.ws, fx.programme.id, fx.section.id,
                                                 number.constData(), "Thêm sau", {2025, 10, 1})));
    }
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(M::IdRole).toLongLong());
    CHECK(ids.size() == model.rowCount());
    CHECK(model.rowCount() == before); // the new ones come with the next reload
    model.reload();
    CHECK(model.totalCount() == before + 3);
}

TEST_CASE("The audit page filters by user and by kind of record", "[ui][audit]")
{
    AuditFixture fx;
    ui::AuditPage page(*fx.ws, fx.admin);
    CHECK(page.title() == QStringLiteral("Nhật ký thay đổi"));
    const int all = test::ok(fx.ws->audit().count(fx.admin, {}));
    CHECK(page.model()->totalCount() == all);

    auto *users = page.findChild<QComboBox *>(QStringLiteral("userCombo"));
    REQUIRE(users);
    CHECK(users->findText(QStringLiteral("chuyenvien")) >= 0);
    CHECK(users->findText(QStringLiteral("system")) >= 0);
    users->setCurrentIndex(users->findText(QStringLiteral("chuyenvien")));
    page.applyFilter();
    const int byDrafter = test::ok(fx.ws->audit().count(fx.admin, fx.byUser("chuyenvien")));
    CHECK(byDrafter >= 2);
    CHECK(page.model()->totalCount() == byDrafter);
    CHECK(column(*page.model(), M::UserColumn) ==
          QStringList(byDrafter, QStringLiteral("chuyenvien")));
    CHECK(page.statusText().contains(QStringLiteral("%1/%1").arg(byDrafter)));

    // The selected entry is shown in detail.
    REQUIRE(page.log()->currentEntry());
    CHECK(page.log()->detail()->title().contains(QStringLiteral("chuyenvien")));

    auto *entities = page.findChild<QComboBox *>(QStringLiteral("entityCombo"));
    REQUIRE(entities);
    users->setEditText(QString());
    entities->setCurrentIndex(entities->findData(storage::entityKey(storage::Entity::User)));
    page.applyFilter();
    CHECK(page.model()->totalCount() > 0);
    for (const QString &record : column(*page.model(), M::RecordColumn))
        CHECK(record.startsWith(QStringLiteral("Tài khoản ")));
}

TEST_CASE("A reviewer's audit page offers the names found in the trail", "[ui][audit]")
{
    AuditFixture fx;
    ui::AuditPage page(*fx.ws, fx.reviewer); // may read the trail, not list the accounts
    auto *users = page.findChild<QComboBox *>(QStringLiteral("userCombo"));
    REQUIRE(users);
    CHECK(users->findText(QStringLiteral("chuyenvien")) >= 0);
    CHECK(users->findText(QStringLiteral("lanhdaovu")) >= 0);
}

TEST_CASE("The history of a task lists its creation and its update in detail", "[ui][audit]")
{
    AuditFixture fx;
    ui::RecordHistoryDialog dialog(fx.ws->audit(), fx.reviewer, storage::Entity::Task, fx.first.id,
                                   QStringLiteral("Nhiệm vụ 3"));
    CHECK(dialog.windowTitle().contains(
        QStringLiteral("Nhiệm vụ 3, mục I: “Báo cáo kết quả giám sát chuyên đề”")));
    REQUIRE(dialog.model()->rowCount() == 2);
    CHECK(column(*dialog.model(), 0, M::ActionKeyRole) ==
          QStringList{QStringLiteral("task.update"), QStringLiteral("task.create")});
    CHECK(column(*dialog.model(), M::UserColumn) ==
          QStringList{QStringLiteral("lanhdaovu"), QStringLiteral("chuyenvien")});
    CHECK(dialog.model()->index(0, M::ChangesColumn).data().toString() ==
          QStringLiteral("Nội dung, Trạng thái"));

    // The newest entry is selected and its fields shown before and after.
    REQUIRE(dialog.log()->currentEntry());
    CHECK(dialog.log()->currentEntry()->action == QStringLiteral("task.update"));
    ui::AuditChangeModel *changes = dialog.log()->detail()->model();
    QAbstractItemModelTester tester(changes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QMap<QString, int> rowOf;
    for (int row = 0; row < changes->rowCount(); ++row)
        rowOf.insert(changes->index(row, 0).data(ui::AuditChangeModel::FieldKeyRole).toString(),
                     row);
    REQUIRE(rowOf.contains(QStringLiteral("content")));
    const int content = rowOf.value(QStringLiteral("content"));
    using C = ui::AuditChangeModel;
    CHECK(changes->index(content, C::FieldColumn).data() == QStringLiteral("Nội dung"));
    CHECK(changes->index(content, C::BeforeColumn).data() == QStringLiteral("Báo cáo giám sát"));
    CHECK(changes->index(content, C::AfterColumn).data() ==
          QStringLiteral("Báo cáo kết quả giám sát chuyên đề"));
    CHECK(changes->index(content, 0).data(C::ChangedRole).toBool());
    CHECK(changes->index(content, 0).data(Qt::BackgroundRole).isValid()); // highlighted
    const int status = rowOf.value(QStringLiteral("status"));
    CHECK(changes->index(status, C::AfterColumn).data() ==
          domain::taskStatusLabel(domain::TaskStatus::InProgress));
    const int number = rowOf.value(QStringLiteral("number"));
    CHECK_FALSE(changes->index(number, 0).data(C::ChangedRole).toBool());
    CHECK_FALSE(changes->index(number, 0).data(Qt::BackgroundRole).isValid());

    changes->setChangedOnly(true);
    CHECK(changes->rowCount() < rowOf.size());
    for (int row = 0; row < changes->rowCount(); ++row)
        CHECK(changes->index(row, 0).data(C::ChangedRole).toBool());
}

TEST_CASE("Audit texts: known actions in Vietnamese, unknown ones as their key", "[ui][audit]")
{
    CHECK(ui::auditActionLabel(QStringLiteral("task.create")) == QStringLiteral("Thêm nhiệm vụ"));
    CHECK(ui::auditActionLabel(QStringLiteral("baseline")) == QStringLiteral("Ghi nhận ban đầu"));
    CHECK(ui::auditActionLabel(QStringLiteral("user.login_failed")) ==
          QStringLiteral("Đăng nhập sai mật khẩu"));
    CHECK(ui::auditActionLabel(QStringLiteral("meeting.approve")) ==
          QStringLiteral("meeting.approve"));
    // A record that is gone and has no image of its own reads by its kind, never by its id.
    CHECK(ui::auditRecordLabel(QStringLiteral("tasks"), 5, ui::RecordImages()) ==
          QStringLiteral("Nhiệm vụ"));

    storage::AuditEntry login;
    login.action = QStringLiteral("user.login");
    login.entity = QStringLiteral("users");
    login.before = login.after = QByteArrayLiteral(R"({"active":1,"user_name":"a"})");
    CHECK(ui::auditChangeSummary(login) == QStringLiteral("Không đổi"));
    storage::AuditEntry removal = login;
    removal.after.clear();
    CHECK(ui::auditChangeSummary(removal) == QStringLiteral("Xóa"));
}

TEST_CASE("The integrity check names a record changed outside Thuky", "[ui][audit]")
{
    AuditFixture fx;
    {
        const services::AuditCheck clean = test::ok(fx.ws->audit().verify());
        ui::AuditCheckDialog dialog(clean, fx.ws->audit(), fx.admin);
        CHECK(dialog.summary().contains(QStringLiteral("toàn vẹn")));
        CHECK(dialog.summary().contains(QStringLiteral("Dữ liệu khớp")));
        CHECK(dialog.mismatches().isEmpty());
    }
    // What `sqlite3 thuky.sqlite "UPDATE tasks SET progress=77 WHERE id=…"` does.
    test::ok(fx.ws->db().exec("UPDATE tasks SET progress = 77 WHERE id = ?", fx.second.id));
    const services::AuditCheck tampered = test::ok(fx.ws->audit().verify());
    REQUIRE_FALSE(tampered.ok());
    ui::AuditCheckDialog dialog(tampered, fx.ws->audit(), fx.admin);
    CHECK(dialog.summary().contains(QStringLiteral("1 bản ghi")));
    REQUIRE(dialog.mismatches().size() == 1);
    CHECK(dialog.mismatches().first() ==
          QStringLiteral("Nhiệm vụ 4, mục I: “Tổng kết năm” — bị sửa ngoài Thuky"));
    // The first record is compared at once: the trail said 0 %, the database says 77 %.
    const QList<ui::AuditFieldChange> changes =
        ui::auditFieldChanges(dialog.difference(), ui::RecordImages());
    const auto progress = std::find_if(changes.begin(), changes.end(), [](const auto &c) {
        return c.field == QStringLiteral("progress");
    });
    REQUIRE(progress != changes.end());
    CHECK(progress->changed);
    CHECK(progress->before == QStringLiteral("0"));
    CHECK(progress->after == QStringLiteral("77"));

    storage::Entity asked = storage::Entity::Agency;
    domain::Id askedId = 0;
    QObject::connect(&dialog, &ui::AuditCheckDialog::historyRequested,
                     [&](storage::Entity e, domain::Id id) {
                         asked = e;
                         askedId = id;
                     });
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("mismatchList"));
    REQUIRE(list);
    Q_EMIT list->itemActivated(list->item(0));
    CHECK(asked == storage::Entity::Task);
    CHECK(askedId == fx.second.id);
}

TEST_CASE("History screens name units and sections and never show internal fields",
          "[ui][audit][usability]")
{
    AuditFixture fx;
    // A new task's creation: every field is listed, so every kind of value shows.
    ui::RecordHistoryDialog dialog(fx.ws->audit(), fx.reviewer, storage::Entity::Task,
                                   fx.second.id, QString());
    REQUIRE(dialog.model()->rowCount() == 1);
    CHECK(dialog.model()->index(0, M::RecordColumn).data() ==
          QStringLiteral("Nhiệm vụ 4, mục I: “Tổng kết năm”"));
    ui::AuditChangeModel *changes = dialog.log()->detail()->model();
    QMap<QString, QString> after;
    for (int row = 0; row < changes->rowCount(); ++row)
        after.insert(changes->index(row, ui::AuditChangeModel::FieldColumn).data().toString(),
                     changes->index(row, ui::AuditChangeModel::AfterColumn).data().toString());
    CHECK(after.value(QStringLiteral("Đơn vị chủ trì")) == QStringLiteral("Vụ Thư ký"));
    CHECK(after.value(QStringLiteral("Thuộc")) == QStringLiteral("mục I"));
    CHECK(after.value(QStringLiteral("Chương trình")) == QStringLiteral("năm 2025"));
    for (const char *internal : {"Mã số", "Khóa sắp xếp", "Chỉ mục tìm kiếm", "Cấp", "Tạo lúc",
                                 "Cập nhật lúc"})
        CHECK_FALSE(after.contains(QString::fromUtf8(internal)));
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        CHECK_FALSE(it.key().contains(QStringLiteral("(mã)")));
        CHECK_FALSE(it.value().contains(u'#'));
    }
    CHECK(dialog.log()->detail()->title().contains(QStringLiteral("Nhiệm vụ 4, mục I")));
}

TEST_CASE("The audit trail of the office demo reads in Vietnamese: every action and kind named",
          "[ui][audit]")
{
    auto ws = test::workspace();
    test::ok(services::generateDemo(*ws, test::actor(), services::DemoScale::Office, 2025));
    storage::AuditFilter all;
    all.limit = 100000;
    QSet<QString> unnamed;
    for (const storage::AuditEntry &e : test::ok(ws->audit().entries(test::actor(), all))) {
        if (ui::auditActionLabel(e.action) == e.action)
            unnamed.insert(e.action);
    }
    INFO(QStringList(unnamed.begin(), unnamed.end()).join(QStringLiteral(", ")).toStdString());
    CHECK(unnamed.isEmpty());
    for (const storage::Entity entity : storage::kAllEntities) {
        INFO(storage::entityKey(entity).toStdString());
        CHECK(ui::describerOf(storage::entityKey(entity)).entity() == storage::entityKey(entity));
    }
    CHECK(ui::auditActionLabel(QStringLiteral("report_settings.set")) ==
          QStringLiteral("Đổi ngày chốt số liệu báo cáo định kỳ"));
}
