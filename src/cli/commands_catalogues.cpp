// units list|add|merge, people list|add|merge: the catalogues every module points at.

#include "commands.h"
#include "programme_support.h"

#include "thuky/services/catalogue_transfer.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace thuky::cli {

namespace {

using domain::Agency;
using domain::Person;

QJsonObject agencyJson(const Agency &a, const QHash<domain::Id, Agency> &byId)
{
    return {{QStringLiteral("id"), qint64(a.id)},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("shortName"), a.shortName},
            {QStringLiteral("kind"), domain::agencyKindKey(a.kind)},
            {QStringLiteral("parent"), byId.value(a.parentId).name},
            {QStringLiteral("active"), a.active}};
}

int runUnitsList(Context &ctx, const Invocation &inv)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto agencies = (*ws)->reference().agencies(ctx.actor());
    if (!agencies)
        return ctx.fail(agencies.error());
    QHash<domain::Id, Agency> byId;
    for (const Agency &a : *agencies)
        byId.insert(a.id, a);
    // Through the search index, as the catalogue page's filter.
    auto matching = (*ws)->reference().matchingAgencies(ctx.actor(), inv.args.value(QStringLiteral("text")));
    if (!matching)
        return ctx.fail(matching.error());
    const std::optional<QSet<domain::Id>> kept =
        *matching ? std::optional(QSet<domain::Id>((*matching)->begin(), (*matching)->end())) : std::nullopt;
    QJsonArray items;
    for (const Agency &a : *agencies) {
        if (!kept || kept->contains(a.id))
            items.append(agencyJson(a, byId));
    }
    printList(ctx, QStringLiteral("units"), items,
              {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("shortName"),
               QStringLiteral("kind"), QStringLiteral("parent"), QStringLiteral("active")},
              {ctx.tr("Mã", "Id"), ctx.tr("Tên", "Name"), ctx.tr("Viết tắt", "Short"),
               ctx.tr("Loại", "Kind"), ctx.tr("Trực thuộc", "Parent"),
               ctx.tr("Đang dùng", "Active")},
              ctx.tr("%1 mục.", "%1 entries.").arg(items.size()));
    return 0;
}

int runUnitsAdd(Context &ctx, const Invocation &inv)
{
    Agency agency;
    agency.name = inv.positionals.at(0);
    agency.shortName = inv.args.value(QStringLiteral("short"));
    if (inv.args.has(QStringLiteral("kind"))) {
        const QString kind = inv.args.value(QStringLiteral("kind"));
        agency.kind = domain::agencyKindFromKey(kind);
        if (domain::agencyKindKey(agency.kind) != kind)
            return ctx.usageError(
                ctx.tr("--kind phải là một trong: national_assembly, council, office, department, "
                       "government, ministry, judicial, other.",
                       "--kind must be one of: national_assembly, council, office, department, "
                       "government, ministry, judicial, other."));
    }
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    if (inv.args.has(QStringLiteral("parent"))) {
        auto parent = resolveUnit(ctx, **ws, inv.args.value(QStringLiteral("parent")));
        if (!parent)
            return ctx.fail(parent.error());
        agency.parentId = *parent;
    }
    auto added = (*ws)->reference().addAgency(ctx.actor(), agency);
    if (!added)
        return ctx.fail(added.error());
    ctx.report(ctx.tr("Đã thêm cơ quan, đơn vị.", "Added the agency."),
               {Field{QStringLiteral("id"), ctx.tr("Mã", "Id"), qint64(added->id)},
                Field{QStringLiteral("name"), ctx.tr("Tên", "Name"), added->name},
                Field{QStringLiteral("shortName"), ctx.tr("Viết tắt", "Short"), added->shortName},
                Field{QStringLiteral("kind"), ctx.tr("Loại", "Kind"),
                      domain::agencyKindKey(added->kind)}});
    return 0;
}

Result<domain::Id> resolvePerson(const Context &ctx, services::Workspace &ws, const QString &name)
{
    auto found = ws.reference().findPerson(ctx.actor(), name);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Không có cán bộ nào tên \"%1\".").arg(name),
                         QStringLiteral("No person is named \"%1\".").arg(name));
    return (*found)->id;
}

int runPeopleList(Context &ctx, const Invocation &inv)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto people = (*ws)->reference().people(ctx.actor());
    if (!people)
        return ctx.fail(people.error());
    auto agencies = (*ws)->reference().agencies(ctx.actor());
    if (!agencies)
        return ctx.fail(agencies.error());
    QHash<domain::Id, QString> unitNames;
    for (const Agency &a : *agencies)
        unitNames.insert(a.id, a.name);
    std::optional<domain::Id> unit;
    if (inv.args.has(QStringLiteral("unit"))) {
        auto id = resolveUnit(ctx, **ws, inv.args.value(QStringLiteral("unit")));
        if (!id)
            return ctx.fail(id.error());
        unit = *id;
    }
    // Through the search index, as the catalogue page's filter.
    auto matching = (*ws)->reference().matchingPeople(ctx.actor(), inv.args.value(QStringLiteral("text")));
    if (!matching)
        return ctx.fail(matching.error());
    const std::optional<QSet<domain::Id>> kept =
        *matching ? std::optional(QSet<domain::Id>((*matching)->begin(), (*matching)->end())) : std::nullopt;
    QJsonArray items;
    for (const Person &p : *people) {
        if ((unit && p.unitId != *unit) || (kept && !kept->contains(p.id)))
            continue;
        items.append(QJsonObject{{QStringLiteral("id"), qint64(p.id)},
                                 {QStringLiteral("fullName"), p.fullName},
                                 {QStringLiteral("position"), p.position},
                                 {QStringLiteral("unit"), unitNames.value(p.unitId)},
                                 {QStringLiteral("email"), p.email},
                                 {QStringLiteral("phone"), p.phone},
                                 {QStringLiteral("active"), p.active}});
    }
    printList(ctx, QStringLiteral("people"), items,
              {QStringLiteral("id"), QStringLiteral("fullName"), QStringLiteral("position"),
               QStringLiteral("unit"), QStringLiteral("email"), QStringLiteral("phone"),
               QStringLiteral("active")},
              {ctx.tr("Mã", "Id"), ctx.tr("Họ và tên", "Full name"), ctx.tr("Chức vụ", "Position"),
               ctx.tr("Đơn vị", "Unit"), ctx.tr("Thư điện tử", "E-mail"),
               ctx.tr("Điện thoại", "Phone"), ctx.tr("Đang dùng", "Active")},
              ctx.tr("%1 mục.", "%1 entries.").arg(items.size()));
    return 0;
}

int runPeopleAdd(Context &ctx, const Invocation &inv)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    Person person;
    person.fullName = inv.positionals.at(0);
    person.position = inv.args.value(QStringLiteral("position"));
    person.email = inv.args.value(QStringLiteral("email"));
    person.phone = inv.args.value(QStringLiteral("phone"));
    if (inv.args.has(QStringLiteral("unit"))) {
        auto unit = resolveUnit(ctx, **ws, inv.args.value(QStringLiteral("unit")));
        if (!unit)
            return ctx.fail(unit.error());
        person.unitId = *unit;
    }
    auto added = (*ws)->reference().addPerson(ctx.actor(), person);
    if (!added)
        return ctx.fail(added.error());
    ctx.report(
        ctx.tr("Đã thêm cán bộ.", "Added the person."),
        {Field{QStringLiteral("id"), ctx.tr("Mã", "Id"), qint64(added->id)},
         Field{QStringLiteral("fullName"), ctx.tr("Họ và tên", "Full name"), added->fullName},
         Field{QStringLiteral("position"), ctx.tr("Chức vụ", "Position"), added->position},
         Field{QStringLiteral("email"), ctx.tr("Thư điện tử", "E-mail"), added->email},
         Field{QStringLiteral("phone"), ctx.tr("Điện thoại", "Phone"), added->phone}});
    return 0;
}

/// units merge KEEP DROP / people merge KEEP DROP.
template <typename Resolve, typename Merge>
int runMerge(Context &ctx, const Invocation &inv, Resolve resolve, Merge merge)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto keep = resolve(ctx, **ws, inv.positionals.at(0));
    if (!keep)
        return ctx.fail(keep.error());
    auto drop = resolve(ctx, **ws, inv.positionals.at(1));
    if (!drop)
        return ctx.fail(drop.error());
    auto moved = merge((*ws)->reference(), ctx.actor(), *keep, *drop);
    if (!moved)
        return ctx.fail(moved.error());
    ctx.report(
        ctx.tr("Đã gộp: mọi bản ghi dùng mục trùng nay dùng mục được giữ; mục trùng đã xóa.",
               "Merged: every record that used the duplicate now uses the entry kept; the "
               "duplicate is gone."),
        {Field{QStringLiteral("kept"), ctx.tr("Giữ lại", "Kept"), inv.positionals.at(0)},
         Field{QStringLiteral("removed"), ctx.tr("Đã gộp và xóa", "Merged and removed"),
               inv.positionals.at(1)},
         Field{QStringLiteral("moved"), ctx.tr("Số bản ghi đã chuyển", "Records moved"), *moved}});
    return 0;
}

int runUnitsMerge(Context &ctx, const Invocation &inv)
{
    return runMerge(ctx, inv, resolveUnit,
                    [](services::ReferenceService &s, const domain::Actor &a, domain::Id keep,
                       domain::Id drop) { return s.mergeAgencies(a, keep, drop); });
}

int runPeopleMerge(Context &ctx, const Invocation &inv)
{
    return runMerge(ctx, inv, resolvePerson,
                    [](services::ReferenceService &s, const domain::Actor &a, domain::Id keep,
                       domain::Id drop) { return s.mergePeople(a, keep, drop); });
}

int runCatalogueImport(Context &ctx, const Invocation &inv, services::Catalogue catalogue)
{
    const QString file = inv.positionals.at(0);
    if (tableFileKind(file) == TableFileKind::Other)
        return ctx.usageError(badExtensionMessage(ctx, file));
    auto table = readTableFile(file);
    if (!table)
        return ctx.fail(table.error());
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto &reference = (*ws)->reference();
    auto plan =
        reference.planCatalogueImport(ctx.actor(), catalogue, *table, QFileInfo(file).fileName());
    if (!plan)
        return ctx.fail(plan.error());
    if (!plan->ok()) {
        for (const services::ImportProblem &p : plan->problems)
            ctx.err(p.text(ctx.lang()));
        ctx.err(ctx.tr("Không ghi gì vào danh mục.", "Nothing was written to the catalogue."));
        return 1;
    }
    if (auto applied = reference.applyCatalogueImport(ctx.actor(), *plan); !applied)
        return ctx.fail(applied.error());
    ctx.report(
        ctx.tr("Đã nhập danh mục.", "Imported the catalogue."),
        {Field{QStringLiteral("added"), ctx.tr("Thêm mới", "Added"), plan->added()},
         Field{QStringLiteral("updated"), ctx.tr("Cập nhật", "Updated"), plan->updated()},
         Field{QStringLiteral("unchanged"), ctx.tr("Không đổi", "Unchanged"), plan->unchanged}});
    return 0;
}

int runCatalogueExport(Context &ctx, const Invocation &inv, services::Catalogue catalogue)
{
    const QString out = inv.args.value(QStringLiteral("out"));
    if (tableFileKind(out) == TableFileKind::Other)
        return ctx.usageError(badExtensionMessage(ctx, out));
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto table = (*ws)->reference().exportCatalogue(ctx.actor(), catalogue);
    if (!table)
        return ctx.fail(table.error());
    documents::XlsxOptions options;
    options.sheetName = catalogue == services::Catalogue::Units ? QStringLiteral("Cơ quan, đơn vị")
                                                                : QStringLiteral("Cán bộ");
    if (auto written = writeTableFile(*table, out, options); !written)
        return ctx.fail(written.error());
    ctx.report(ctx.tr("Đã xuất danh mục.", "Exported the catalogue."),
               {Field{QStringLiteral("file"), ctx.tr("Tệp", "File"), out},
                Field{QStringLiteral("rows"), ctx.tr("Số dòng", "Rows"), table->rows.size()}});
    return 0;
}

int runUnitsImport(Context &ctx, const Invocation &inv)
{
    return runCatalogueImport(ctx, inv, services::Catalogue::Units);
}
int runUnitsExport(Context &ctx, const Invocation &inv)
{
    return runCatalogueExport(ctx, inv, services::Catalogue::Units);
}
int runPeopleImport(Context &ctx, const Invocation &inv)
{
    return runCatalogueImport(ctx, inv, services::Catalogue::People);
}
int runPeopleExport(Context &ctx, const Invocation &inv)
{
    return runCatalogueExport(ctx, inv, services::Catalogue::People);
}

} // namespace

QList<Command> catalogueCommands()
{
    return {
        {names({"units", "list"}),
         names({"text"}),
         {},
         {},
         runUnitsList,
         "liệt kê cơ quan, đơn vị (--text: lọc theo tên, không cần dấu)",
         "list agencies and units (--text: filter by name, accents optional)"},
        {names({"units", "add"}),
         names({"short", "parent", "kind"}),
         {},
         names({"NAME"}),
         runUnitsAdd,
         "thêm cơ quan, đơn vị (quản trị)",
         "add an agency or unit (administrators)",
         Access::Login},
        {names({"units", "import"}),
         {},
         {},
         names({"FILE"}),
         runUnitsImport,
         "nhập danh mục cơ quan, đơn vị từ tệp CSV hoặc XLSX (thêm mới, cập nhật theo tên); có lỗi "
         "thì không ghi gì",
         "import agencies and units from a CSV or XLSX file (added, or updated by name); nothing "
         "is written if "
         "it has problems",
         Access::Login},
        {names({"units", "export"}),
         names({"out"}),
         names({"out"}),
         {},
         runUnitsExport,
         "xuất danh mục cơ quan, đơn vị ra tệp CSV hoặc XLSX",
         "export the agencies and units to a CSV or XLSX file"},
        {names({"units", "merge"}),
         {},
         {},
         names({"KEEP", "DROP"}),
         runUnitsMerge,
         "gộp đơn vị trùng DROP vào KEEP: mọi nhiệm vụ, cán bộ, chương trình, nội dung và sự "
         "kiện của lịch họp chuyển sang KEEP (quản trị)",
         "merge the duplicate DROP into KEEP: every task, person, programme, meeting content "
         "and event moves to KEEP (administrators)",
         Access::Login},
        {names({"people", "list"}),
         names({"unit", "text"}),
         {},
         {},
         runPeopleList,
         "liệt kê cán bộ (--unit: của một đơn vị; --text: lọc theo tên)",
         "list people (--unit: of one unit; --text: filter by name)"},
        {names({"people", "add"}),
         names({"position", "unit", "email", "phone"}),
         {},
         names({"NAME"}),
         runPeopleAdd,
         "thêm cán bộ (quản trị); --email, --phone: thư điện tử, điện thoại",
         "add a person (administrators); --email, --phone: e-mail address, phone number",
         Access::Login},
        {names({"people", "import"}),
         {},
         {},
         names({"FILE"}),
         runPeopleImport,
         "nhập danh mục cán bộ từ tệp CSV hoặc XLSX (đơn vị phải có trong danh mục); có lỗi thì "
         "không ghi gì",
         "import people from a CSV or XLSX file (their units must exist); nothing is written if it "
         "has problems",
         Access::Login},
        {names({"people", "export"}),
         names({"out"}),
         names({"out"}),
         {},
         runPeopleExport,
         "xuất danh mục cán bộ ra tệp CSV hoặc XLSX",
         "export the people to a CSV or XLSX file"},
        {names({"people", "merge"}),
         {},
         {},
         names({"KEEP", "DROP"}),
         runPeopleMerge,
         "gộp cán bộ trùng DROP vào KEEP: nhiệm vụ, phiên họp chủ trì, lời mời chuyển sang "
         "KEEP (quản trị)",
         "merge the duplicate person DROP into KEEP: tasks, meetings chaired and invitations "
         "move to KEEP (administrators)",
         Access::Login},
    };
}

} // namespace thuky::cli
