// Units and people to and from spreadsheets: checked as a whole, written in one transaction.

#include "thuky/services/catalogue_transfer.h"

#include "thuky/domain/text.h"
#include "thuky/search/folding.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/reference_service.h"
#include "thuky/storage/database.h"
#include "thuky/storage/reference_repository.h"
#include "thuky/storage/transaction.h"

#include <QHash>
#include <QSet>

namespace thuky::services {

using domain::Actor;
using domain::Agency;
using domain::Id;
using domain::Person;

namespace {

enum UnitColumn
{
    UnitName,
    UnitShort,
    UnitKind,
    UnitParent,
    UnitActive
};
enum PersonColumn
{
    PersonName,
    PersonPosition,
    PersonUnit,
    PersonActive,
    PersonEmail,
    PersonPhone
};

QString yesNo(bool value)
{
    return value ? QStringLiteral("Có") : QStringLiteral("Không");
}

/// "Có", "x", "1", or empty (the default) → true; "Không", "0" → false; else nothing.
std::optional<bool> parseYesNo(const QString &text)
{
    const QString folded = search::fold(text);
    if (folded.isEmpty() || folded == QLatin1String("co") || folded == QLatin1String("x") ||
        folded == QLatin1String("1") || folded == QLatin1String("yes"))
        return true;
    if (folded == QLatin1String("khong") || folded == QLatin1String("0") ||
        folded == QLatin1String("no"))
        return false;
    return std::nullopt;
}

std::optional<domain::AgencyKind> parseKind(const QString &text)
{
    const QString folded = search::fold(text);
    for (int i = 0; i <= int(domain::AgencyKind::Other); ++i) {
        const auto kind = domain::AgencyKind(i);
        if (folded == search::fold(domain::agencyKindKey(kind)) ||
            folded == search::fold(domain::agencyKindLabel(kind)))
            return kind;
    }
    return std::nullopt;
}

/// Reads the cells of a table by column, collecting problems with their row and column.
class Sheet
{
public:
    Sheet(const documents::Table &table, const QString &file, const QStringList &columns,
          QList<ImportProblem> &problems)
        : m_table(table), m_file(file), m_columns(columns), m_problems(problems)
    {
        m_index.fill(-1, columns.size());
        for (qsizetype h = 0; h < table.headers.size(); ++h) {
            const QString header = search::fold(table.headers.at(h));
            const qsizetype known =
                std::find_if(columns.begin(), columns.end(),
                             [&](const QString &c) { return search::fold(c) == header; }) -
                columns.begin();
            if (known < columns.size())
                m_index[known] = int(h);
            else if (!header.isEmpty())
                fileProblem(1, table.headers.at(h),
                            QStringLiteral("cột không rõ; các cột là: %1.")
                                .arg(columns.join(QStringLiteral(", "))),
                            QStringLiteral("unknown column; the columns are: %1.")
                                .arg(columns.join(QStringLiteral(", "))));
        }
        if (m_index[0] < 0)
            fileProblem(1, QString(), QStringLiteral("thiếu cột \"%1\".").arg(columns.first()),
                        QStringLiteral("the column \"%1\" is missing.").arg(columns.first()));
    }

    qsizetype rows() const { return m_table.rows.size(); }
    int fileRow(qsizetype row) const
    {
        return row < m_table.sourceRows.size() ? m_table.sourceRows.at(row) : int(row) + 2;
    }
    QString cell(qsizetype row, int column) const
    {
        const int index = m_index.at(column);
        const QStringList &cells = m_table.rows.at(row);
        return index >= 0 && index < cells.size() ? domain::cleanText(cells.at(index)) : QString();
    }
    void problem(qsizetype row, int column, const QString &vi, const QString &en)
    {
        fileProblem(fileRow(row), m_columns.at(column), vi, en);
    }

private:
    void fileProblem(int fileRow, const QString &column, const QString &vi, const QString &en)
    {
        m_problems.append(ImportProblem{m_file, fileRow, column, Message{vi, en}});
    }

    const documents::Table &m_table;
    QString m_file;
    QStringList m_columns;
    QList<ImportProblem> &m_problems;
    QList<int> m_index;
};

} // namespace

QStringList catalogueColumns(Catalogue catalogue)
{
    if (catalogue == Catalogue::Units)
        return {QStringLiteral("Tên cơ quan, đơn vị"), QStringLiteral("Tên viết tắt"),
                QStringLiteral("Loại"), QStringLiteral("Trực thuộc"),
                QStringLiteral("Đang sử dụng")};
    return {QStringLiteral("Họ và tên"),       QStringLiteral("Chức vụ"),
            QStringLiteral("Đơn vị công tác"), QStringLiteral("Đang sử dụng"),
            QStringLiteral("Thư điện tử"),     QStringLiteral("Điện thoại")};
}

int CatalogueImportPlan::added() const
{
    if (catalogue == Catalogue::People)
        return int(people.size());
    return int(
        std::count_if(units.begin(), units.end(), [](const Agency &a) { return a.id == 0; }));
}

int CatalogueImportPlan::updated() const
{
    if (catalogue == Catalogue::People)
        return 0;
    return int(
        std::count_if(units.begin(), units.end(), [](const Agency &a) { return a.id != 0; }));
}

Result<documents::Table> ReferenceService::exportCatalogue(const Actor &actor, Catalogue catalogue)
{
    auto agencies = this->agencies(actor);
    if (!agencies)
        return agencies.error();
    QHash<Id, QString> names;
    for (const Agency &a : *agencies)
        names.insert(a.id, a.name);
    documents::Table table;
    table.headers = catalogueColumns(catalogue);
    if (catalogue == Catalogue::Units) {
        for (const Agency &a : *agencies)
            table.rows.append({a.name, a.shortName, domain::agencyKindLabel(a.kind),
                               names.value(a.parentId), yesNo(a.active)});
        return table;
    }
    auto people = this->people(actor);
    if (!people)
        return people.error();
    for (const Person &p : *people)
        table.rows.append(
            {p.fullName, p.position, names.value(p.unitId), yesNo(p.active), p.email, p.phone});
    return table;
}

Result<CatalogueImportPlan> ReferenceService::planCatalogueImport(const Actor &actor,
                                                                  Catalogue catalogue,
                                                                  const documents::Table &table,
                                                                  const QString &fileName)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    CatalogueImportPlan plan;
    plan.catalogue = catalogue;
    Sheet sheet(table, fileName, catalogueColumns(catalogue), plan.problems);
    if (!plan.ok())
        return plan;
    auto agencies = m_repo.agencies();
    if (!agencies)
        return agencies.error();
    QHash<QString, Agency> byName; // folded name and short name → the unit
    for (const Agency &a : *agencies) {
        byName.insert(search::fold(a.name), a);
        if (!a.shortName.isEmpty())
            byName.insert(search::fold(a.shortName), a);
    }

    if (catalogue == Catalogue::People) {
        auto people = m_repo.people();
        if (!people)
            return people.error();
        QSet<std::pair<QString, Id>> known;
        for (const Person &p : *people)
            known.insert({search::fold(p.fullName), p.unitId});
        for (qsizetype row = 0; row < sheet.rows(); ++row) {
            Person p;
            p.fullName = sheet.cell(row, PersonName);
            p.position = sheet.cell(row, PersonPosition);
            if (p.fullName.isEmpty()) {
                sheet.problem(row, PersonName, QStringLiteral("thiếu họ và tên."),
                              QStringLiteral("the full name is missing."));
                continue;
            }
            if (const QString unit = sheet.cell(row, PersonUnit); !unit.isEmpty()) {
                const auto found = byName.constFind(search::fold(unit));
                if (found == byName.constEnd()) {
                    sheet.problem(
                        row, PersonUnit,
                        QStringLiteral("không có đơn vị \"%1\" trong danh mục; hãy nhập danh mục "
                                       "đơn vị trước.")
                            .arg(unit),
                        QStringLiteral("no unit \"%1\" in the catalogue; import the units first.")
                            .arg(unit));
                    continue;
                }
                p.unitId = found->id;
            }
            const auto active = parseYesNo(sheet.cell(row, PersonActive));
            if (!active) {
                sheet.problem(row, PersonActive, QStringLiteral("phải là \"Có\" hoặc \"Không\"."),
                              QStringLiteral("must be \"Có\" (yes) or \"Không\" (no)."));
                continue;
            }
            p.active = *active;
            // Optional columns (a file of an older Thuky has neither): checked like the dialog.
            p.email = sheet.cell(row, PersonEmail);
            p.phone = sheet.cell(row, PersonPhone);
            if (const auto problem = domain::emailProblem(p.email)) {
                sheet.problem(row, PersonEmail, problem->vi, problem->en);
                continue;
            }
            if (const auto problem = domain::phoneProblem(p.phone)) {
                sheet.problem(row, PersonPhone, problem->vi, problem->en);
                continue;
            }
            const std::pair<QString, Id> key{search::fold(p.fullName), p.unitId};
            if (known.contains(key)) {
                ++plan.unchanged;
                continue;
            }
            known.insert(key);
            plan.people.append(p);
        }
        return plan;
    }

    QHash<QString, qsizetype> inFile; // folded name and short name → the row that gives it
    for (qsizetype row = 0; row < sheet.rows(); ++row) {
        const QString name = sheet.cell(row, UnitName);
        const QString shortName = sheet.cell(row, UnitShort);
        if (name.isEmpty()) {
            sheet.problem(row, UnitName, QStringLiteral("thiếu tên cơ quan, đơn vị."),
                          QStringLiteral("the name is missing."));
            continue;
        }
        for (const QString &key : {name, shortName}) {
            if (key.isEmpty())
                continue;
            if (inFile.contains(search::fold(key)))
                sheet.problem(row, key == name ? UnitName : UnitShort,
                              QStringLiteral("\"%1\" đã có ở dòng %2 của tệp.")
                                  .arg(key)
                                  .arg(sheet.fileRow(inFile.value(search::fold(key)))),
                              QStringLiteral("\"%1\" is already on row %2 of the file.")
                                  .arg(key)
                                  .arg(sheet.fileRow(inFile.value(search::fold(key)))));
            inFile.insert(search::fold(key), row);
        }
    }
    for (qsizetype row = 0; row < sheet.rows(); ++row) {
        const QString name = sheet.cell(row, UnitName);
        if (name.isEmpty())
            continue;
        const QString shortName = sheet.cell(row, UnitShort);
        const auto byOwnName = byName.constFind(search::fold(name));
        const auto byShort =
            shortName.isEmpty() ? byName.constEnd() : byName.constFind(search::fold(shortName));
        if (byOwnName != byName.constEnd() && byShort != byName.constEnd() &&
            byOwnName->id != byShort->id) {
            sheet.problem(row, UnitShort,
                          QStringLiteral("tên viết tắt \"%1\" đã dùng cho \"%2\".")
                              .arg(shortName, byShort->name),
                          QStringLiteral("the short name \"%1\" belongs to \"%2\".")
                              .arg(shortName, byShort->name));
            continue;
        }
        Agency unit = byOwnName != byName.constEnd() ? *byOwnName
                      : byShort != byName.constEnd() ? *byShort
                                                     : Agency{};
        const Agency before = unit;
        unit.name = name;
        unit.shortName = shortName;
        if (const QString kind = sheet.cell(row, UnitKind); !kind.isEmpty()) {
            const auto parsed = parseKind(kind);
            if (!parsed) {
                sheet.problem(row, UnitKind,
                              QStringLiteral("loại \"%1\" không có trong danh sách.").arg(kind),
                              QStringLiteral("the kind \"%1\" is not known.").arg(kind));
                continue;
            }
            unit.kind = *parsed;
        }
        const auto active = parseYesNo(sheet.cell(row, UnitActive));
        if (!active) {
            sheet.problem(row, UnitActive, QStringLiteral("phải là \"Có\" hoặc \"Không\"."),
                          QStringLiteral("must be \"Có\" (yes) or \"Không\" (no)."));
            continue;
        }
        unit.active = *active;
        const QString parent = sheet.cell(row, UnitParent);
        const QString parentKey = search::fold(parent);
        Id parentId = 0;
        if (!parent.isEmpty()) {
            if (parentKey == search::fold(name) ||
                (!shortName.isEmpty() && parentKey == search::fold(shortName))) {
                sheet.problem(row, UnitParent,
                              QStringLiteral("một đơn vị không thể trực thuộc chính nó."),
                              QStringLiteral("a unit cannot be its own parent."));
                continue;
            }
            if (!inFile.contains(parentKey) && !byName.contains(parentKey)) {
                sheet.problem(
                    row, UnitParent,
                    QStringLiteral("không có đơn vị \"%1\" trong danh mục hay trong tệp.")
                        .arg(parent),
                    QStringLiteral("no unit \"%1\" in the catalogue or the file.").arg(parent));
                continue;
            }
            parentId = byName.value(parentKey).id;
        }
        // A parent that is new (only in the file) is a change; an existing one is compared.
        const bool parentKnown = parent.isEmpty() || byName.contains(parentKey);
        const bool same = unit.id && before.name == unit.name &&
                          before.shortName == unit.shortName && before.kind == unit.kind &&
                          before.active == unit.active && parentKnown &&
                          before.parentId == parentId;
        if (same) {
            ++plan.unchanged;
            continue;
        }
        plan.units.append(unit);
        plan.unitParents.append(parent);
    }
    std::stable_sort(plan.problems.begin(), plan.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    return plan;
}

Result<void> ReferenceService::applyCatalogueImport(const Actor &actor,
                                                    const CatalogueImportPlan &plan)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    if (!plan.ok())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Tệp còn lỗi; chưa ghi gì."),
                         QStringLiteral("The file has problems; nothing was written."));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (plan.catalogue == Catalogue::People) {
        for (const Person &p : plan.people)
            THUKY_TRY(addPerson(actor, p));
        return tx->commit();
    }
    // New units first, then every parent: a unit may sit under one further down the file.
    QList<Agency> saved;
    for (const Agency &unit : plan.units) {
        auto done = unit.id ? updateAgency(actor, unit) : addAgency(actor, unit);
        if (!done)
            return done.error();
        saved.append(*done);
    }
    for (qsizetype i = 0; i < saved.size(); ++i) {
        Id parentId = 0;
        if (!plan.unitParents.at(i).isEmpty()) {
            auto parent = m_repo.findAgency(plan.unitParents.at(i));
            if (!parent)
                return parent.error();
            parentId = *parent ? (*parent)->id : 0;
        }
        if (saved[i].parentId == parentId)
            continue;
        saved[i].parentId = parentId;
        THUKY_TRY(updateAgency(actor, saved[i]));
    }
    return tx->commit();
}

} // namespace thuky::services
