#include "programme/task_transfer.h"

#include "common/table_files.h"
#include "programme/import_dialog.h"
#include "common/import_problems_dialog.h"
#include "common/message_boxes.h"
#include "common/settings.h"
#include "common/busy_cursor.h"

#include "thuky/search/folding.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace thuky::ui {

namespace {

QString importTitle()
{
    return TaskTransfer::tr("Nhập nhiệm vụ từ tệp");
}

} // namespace

TaskTransfer::TaskTransfer(services::Workspace &workspace, domain::Actor actor, Settings &settings,
                           QWidget *parent)
    : m_workspace(workspace), m_actor(std::move(actor)), m_settings(settings), m_parent(parent)
{
}

std::optional<services::ImportResult> TaskTransfer::importTasks(int defaultYear,
                                                                domain::Id ownerUnitId)
{
    const QString title = importTitle();
    // Whose programme receives the tasks: named and chosen in the dialog, never guessed.
    QList<std::pair<QString, domain::Id>> owners;
    if (auto agencies = m_workspace.reference().agencies(m_actor)) {
        for (const domain::Agency &a : std::as_const(*agencies)) {
            if (a.active || a.id == ownerUnitId)
                owners.append({a.shortName.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.name, a.shortName), a.id});
        }
    }
    ImportDialog dialog(m_settings.lastImportFolder(), defaultYear, owners, ownerUnitId, m_parent);
    std::optional<services::ImportPlan> checked;
    std::optional<documents::Table> table;
    QFileInfo file;
    bool addMissing = false;
    // The list of problems goes back to the import dialog, file and year kept, so the user can
    // fix the file and try again without choosing it anew.
    while (!checked) {
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        file = QFileInfo(dialog.filePath());
        m_settings.setLastImportFolder(file.absolutePath());

        auto read = whileBusy([&] { return readTableFile(file.filePath()); });
        if (!read) {
            showError(m_parent, title, read.error());
            continue;
        }
        table = std::move(read).value();
        auto planned = whileBusy([&] {
            return m_workspace.programmes().planImport(m_actor, *table, file.fileName(), dialog.year(),
                                                       dialog.ownerId());
        });
        if (!planned) {
            showError(m_parent, title, planned.error());
            return std::nullopt;
        }
        // Units and people the catalogue lacks are added with the import when the user agrees;
        // the other problems are listed and nothing is written.
        addMissing = (!planned->unknownUnits.isEmpty() || !planned->unknownPeople.isEmpty())
                     && offerToAddMissing(*planned);
        const qsizetype unknownNames = addMissing ? planned->unknownUnits.size() + planned->unknownPeople.size() : 0;
        if (planned->problemCount() > unknownNames || (!addMissing && !planned->ok())) {
            ImportProblemsDialog(file.fileName(), *planned, m_parent).exec();
            continue;
        }
        checked = std::move(planned).value();
    }
    if (checked->tasks.isEmpty()) {
        inform(m_parent, title, tr("Tệp %1 không có nhiệm vụ nào.").arg(file.fileName()));
        return std::nullopt;
    }
    const auto sections = int(std::count_if(checked->tasks.begin(), checked->tasks.end(),
                                            [](const domain::Task &t) { return t.isSection(); }));
    const int tasks = int(checked->tasks.size()) - sections;
    const QString what = sections > 0
                             ? tr("%n nhiệm vụ (và %1 đề mục)", nullptr, tasks).arg(sections)
                             : tr("%n nhiệm vụ", nullptr, tasks);
    const QString question = checked->createsProgramme ? tr("Nhập %1 vào chương trình mới năm %2?")
                                                       : tr("Nhập %1 vào chương trình năm %2?");
    if (!confirm(m_parent, title, question.arg(what).arg(checked->year), tr("&Nhập"),
                 tr("Việc nhập không hoàn tác được bằng lệnh Hoàn tác; muốn bỏ thì xóa các nhiệm "
                    "vụ đã nhập.")))
        return std::nullopt;

    // A file of another year keeps its deadlines unless the user moves them to this one.
    int shiftYears = 0;
    if (checked->outOfYear > 0 && checked->usualYear != 0 &&
        confirm(m_parent, title,
                tr("%n nhiệm vụ trong tệp có thời hạn ngoài năm %1 (phần lớn trong năm %2). Dời các thời "
                   "hạn sang năm %1?",
                   nullptr, checked->outOfYear)
                    .arg(checked->year)
                    .arg(checked->usualYear),
                tr("&Dời thời hạn"),
                tr("Mỗi thời hạn được dời %n năm (ví dụ 15/03/%1 thành 15/03/%2). Chọn Hủy để nhập giữ "
                   "nguyên thời hạn.",
                   nullptr, checked->year - checked->usualYear)
                    .arg(checked->usualYear)
                    .arg(checked->year)))
        shiftYears = checked->year - checked->usualYear;
    auto outcome = whileBusy([&] {
        return m_workspace.programmes().importTable(m_actor, *table, file.fileName(), checked->year,
                                                    checked->ownerUnitId, addMissing, shiftYears);
    });
    if (!outcome) {
        showError(m_parent, title, outcome.error());
        return std::nullopt;
    }
    if (!outcome->result) { // the file changed since it was checked
        ImportProblemsDialog(file.fileName(), outcome->plan, m_parent).exec();
        return std::nullopt;
    }
    return std::move(outcome->result).value();
}

bool TaskTransfer::offerToAddMissing(const services::ImportPlan &plan)
{
    const QString title = tr("Đơn vị, cán bộ chưa có trong danh mục");
    const QString question =
        tr("Tệp nhắc đến %1 đơn vị và %2 cán bộ chưa có trong danh mục. Thêm họ vào danh mục "
           "cùng lúc với nhập nhiệm vụ? (Quản trị viên có thể sửa, gộp các mục này sau.)")
            .arg(plan.unknownUnits.size())
            .arg(plan.unknownPeople.size());
    QStringList listed;
    for (const QString &name : plan.unknownUnits)
        listed.append(tr("• Đơn vị: %1").arg(name));
    for (const QString &name : plan.unknownPeople)
        listed.append(tr("• Cán bộ: %1").arg(name));
    return confirm(m_parent, title, question, tr("&Thêm và nhập"), listed.join(u'\n'));
}

QString TaskTransfer::exportFileName(const domain::Programme &programme)
{
    // Whose programme it is, so the files of several bodies do not overwrite each other:
    // "chuong-trinh-cong-tac-ubtvqh-2026".
    QString owner;
    if (auto agencies = m_workspace.reference().agencies(m_actor)) {
        for (const domain::Agency &a : std::as_const(*agencies)) {
            if (a.id == programme.ownerUnitId)
                owner = search::fold(a.shortName.isEmpty() ? a.name : a.shortName);
        }
    }
    owner.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    owner = owner.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return owner.isEmpty()
               ? QStringLiteral("chuong-trinh-cong-tac-%1").arg(programme.year)
               : QStringLiteral("chuong-trinh-cong-tac-%1-%2").arg(owner).arg(programme.year);
}

std::optional<QString> TaskTransfer::exportTasks(const domain::Programme &programme)
{
    const QString title = tr("Xuất chương trình công tác");
    const QString path = chooseTableToSave(m_parent, m_settings, title, exportFileName(programme));
    if (path.isEmpty())
        return std::nullopt;

    const QString heading = programme.title.isEmpty()
                                ? tr("Chương trình công tác năm %1").arg(programme.year)
                                : programme.title;
    const Result<void> written = whileBusy([&]() -> Result<void> {
        auto table = m_workspace.programmes().exportTable(m_actor, programme.id);
        if (!table)
            return table.error();
        return writeTableFile(*table, path, tr("Nhiệm vụ"), heading);
    });
    if (!written) {
        showError(m_parent, title, written.error());
        return std::nullopt;
    }
    return path;
}

} // namespace thuky::ui
