// Catalogues (danh mục): deleting what nothing uses, refusing what is used, merging duplicates.

#include "test_support.h"

#include "thuky/services/account_service.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/catalogue_transfer.h"
#include "thuky/services/reference_service.h"

using namespace thuky;
using test::actor;
using test::ok;

namespace {

domain::Agency unit(services::Workspace &ws, const char *name, const char *shortName,
                    domain::Id parent = 0)
{
    domain::Agency a;
    a.name = QString::fromUtf8(name);
    a.shortName = QString::fromUtf8(shortName);
    a.kind = domain::AgencyKind::Department;
    a.parentId = parent;
    return ok(ws.reference().addAgency(actor(), a));
}

domain::Person person(services::Workspace &ws, const char *name, domain::Id unitId)
{
    domain::Person p;
    p.fullName = QString::fromUtf8(name);
    p.unitId = unitId;
    return ok(ws.reference().addPerson(actor(), p));
}

/// Two units that are one: a unit, a person and tasks (led, partnered) use the duplicate.
struct DuplicateUnits
{
    domain::Agency keep, drop, child;
    domain::Person staff;
    domain::Programme programme;
    domain::Task section, led, partnered;

    explicit DuplicateUnits(services::Workspace &ws)
    {
        keep = unit(ws, "Vụ Tổng hợp 2", "VTH2");
        drop = unit(ws, "Vu Tong hop II", "VTHII");
        child = unit(ws, "Phòng Tổng hợp", "PTH", drop.id);
        staff = person(ws, "Lê Văn Dũng", drop.id);
        programme = test::programme(ws);
        section =
            ok(ws.programmes().addTask(actor(), test::section(programme.id, "I", "Lập pháp")));
        led = test::task(ws, programme.id, section.id, "1", "Chủ trì bởi bản trùng",
                         QDate(2025, 9, 1), "VTHII");
        led.partnerUnitIds = {keep.id, test::agencyId(ws, "VTK")};
        led = ok(ws.programmes().addTask(actor(), led));
        partnered = test::task(ws, programme.id, section.id, "2", "Phối hợp với cả hai",
                               QDate(2025, 9, 1), "VTK");
        partnered.partnerUnitIds = {drop.id, keep.id};
        partnered = ok(ws.programmes().addTask(actor(), partnered));
    }
};

} // namespace

TEST_CASE("a catalogue entry nothing uses is deleted; one in use is refused with where it is used",
          "[services][catalogues]")
{
    auto ws = test::workspace();
    const auto unused = unit(*ws, "Vụ Thử nghiệm", "VTN");
    ok(ws->reference().deleteAgency(actor(), unused.id));
    CHECK_FALSE(ok(ws->reference().findAgency(actor(), QStringLiteral("VTN"))).has_value());

    const auto programme = test::programme(*ws);
    const auto section =
        ok(ws->programmes().addTask(actor(), test::section(programme.id, "I", "Lập pháp")));
    const auto used = unit(*ws, "Vụ Dùng thử", "VDT");
    auto task =
        test::task(*ws, programme.id, section.id, "1", "Thẩm tra", QDate(2025, 9, 1), "VDT");
    ok(ws->programmes().addTask(actor(), task));
    person(*ws, "Nguyễn Văn Bình", used.id);

    const auto refused = ws->reference().deleteAgency(actor(), used.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(
        refused.error().text(Lang::Vi).contains(QStringLiteral("1 nhiệm vụ (chủ trì), 1 cán bộ")));
    CHECK(refused.error().text(Lang::En).contains(QStringLiteral("1 tasks (lead), 1 people")));

    // Deactivating keeps every reference and the history.
    domain::Agency inactive = used;
    inactive.active = false;
    CHECK_FALSE(ok(ws->reference().updateAgency(actor(), inactive)).active);

    const auto bob = person(*ws, "Trần Thị Cúc", 0);
    domain::Person renamed = bob;
    renamed.fullName = QStringLiteral("Trần Thị Cúc\u200B ");
    renamed.position = QStringLiteral("Chuyên viên chính");
    CHECK(ok(ws->reference().updatePerson(actor(), renamed)).fullName ==
          QStringLiteral("Trần Thị Cúc"));
    ok(ws->reference().deletePerson(actor(), bob.id));
    CHECK(ok(ws->audit().verify()).ok());
}

TEST_CASE("merging two units moves every reference to the one kept, audited, in one step",
          "[services][catalogues]")
{
    auto ws = test::workspace();
    const DuplicateUnits units(*ws);
    const auto &[keep, drop, child, staff, programme, section, led, partnered] = units;
    auto partnerOnly = test::task(*ws, programme.id, section.id, "3", "Phối hợp với bản trùng",
                                  QDate(2025, 9, 1), "VTH2");
    partnerOnly.partnerUnitIds = {drop.id};
    partnerOnly = ok(ws->programmes().addTask(actor(), partnerOnly));
    domain::Programme owned;
    owned.year = 2026;
    owned.ownerUnitId = drop.id;
    owned = ok(ws->programmes().createProgramme(actor(), owned));

    const int moved = ok(ws->reference().mergeAgencies(actor(), keep.id, drop.id));
    CHECK(moved == 6); // three tasks, a person, a unit, a programme

    CHECK_FALSE(ok(ws->reference().findAgency(actor(), QStringLiteral("VTHII"))).has_value());
    const auto ledAfter = ok(ws->programmes().task(actor(), led.id));
    CHECK(ledAfter.leadUnitId == keep.id);
    CHECK(ledAfter.partnerUnitIds ==
          QList<domain::Id>{test::agencyId(*ws, "VTK")}); // not its own partner
    CHECK(ok(ws->programmes().task(actor(), partnered.id)).partnerUnitIds ==
          QList<domain::Id>{keep.id});
    CHECK(ok(ws->programmes().task(actor(), partnerOnly.id)).partnerUnitIds.isEmpty());
    CHECK(ok(ws->reference().agency(actor(), child.id)).parentId == keep.id);
    CHECK(ok(ws->programmes().programme(actor(), owned.id)).ownerUnitId == keep.id);
    const auto people = ok(ws->reference().people(actor()));
    CHECK(std::any_of(people.begin(), people.end(), [&](const domain::Person &p) {
        return p.id == staff.id && p.unitId == keep.id;
    }));

    CHECK(ok(ws->audit().history(actor(), storage::Entity::Task, led.id)).first().action ==
          QStringLiteral("agency.merge"));
    CHECK(ok(ws->audit().verify()).ok());
}

TEST_CASE("a merge that cannot be whole is refused and changes nothing", "[services][catalogues]")
{
    auto ws = test::workspace();
    const auto keep = unit(*ws, "Vụ A", "VA");
    const auto drop = unit(*ws, "Vụ A trùng", "VAT");
    CHECK(ws->reference().mergeAgencies(actor(), keep.id, keep.id).error().code ==
          ErrorCode::InvalidInput);

    // Accounts are moved by the administrator, not by a merge.
    domain::User u;
    u.userName = QStringLiteral("admin");
    u.roles = {domain::Role::Administrator};
    u.unitId = drop.id;
    ok(ws->accounts().addUser(actor(), u, QStringLiteral("Hanoi2025!")));
    const auto withAccount = ws->reference().mergeAgencies(actor(), keep.id, drop.id);
    REQUIRE_FALSE(withAccount.ok());
    CHECK(withAccount.error().code == ErrorCode::Conflict);
    CHECK(ok(ws->reference().agency(actor(), drop.id)).name == QStringLiteral("Vụ A trùng"));

    // Both own the 2025 programme.
    const auto other = unit(*ws, "Vụ B", "VB");
    const auto otherDup = unit(*ws, "Vụ B trùng", "VBT");
    for (domain::Id owner : {other.id, otherDup.id}) {
        domain::Programme p;
        p.year = 2025;
        p.ownerUnitId = owner;
        ok(ws->programmes().createProgramme(actor(), p));
    }
    const auto sameYear = ws->reference().mergeAgencies(actor(), other.id, otherDup.id);
    REQUIRE_FALSE(sameYear.ok());
    CHECK(
        sameYear.error().text(Lang::Vi).contains(QStringLiteral("cùng có chương trình công tác")));
    CHECK(ok(ws->reference().agency(actor(), otherDup.id)).id == otherDup.id);
    CHECK(ok(ws->audit().verify()).ok());
}

TEST_CASE("merging two people moves their tasks to the one kept", "[services][catalogues]")
{
    auto ws = test::workspace();
    const auto keep = person(*ws, "Phạm Thị Lan", 0);
    const auto drop = person(*ws, "Pham Thi Lan", 0);
    const auto programme = test::programme(*ws);
    const auto section =
        ok(ws->programmes().addTask(actor(), test::section(programme.id, "I", "Lập pháp")));
    auto t = test::task(*ws, programme.id, section.id, "1", "Giám sát", QDate(2025, 9, 1));
    t.responsibleId = drop.id;
    t = ok(ws->programmes().addTask(actor(), t));
    CHECK(ok(ws->reference().mergePeople(actor(), keep.id, drop.id)) == 1);
    CHECK(ok(ws->programmes().task(actor(), t.id)).responsibleId == keep.id);
    CHECK(ok(ws->reference().people(actor())).size() == 1);
    CHECK(ok(ws->audit().verify()).ok());
}

TEST_CASE("units and people go to a spreadsheet and come back the same",
          "[services][catalogues][import]")
{
    auto ws = test::workspace();
    const auto dept = unit(*ws, "Vụ Công tác đại biểu mới", "VCTĐBM", test::agencyId(*ws, "VPQH"));
    person(*ws, "Hoàng Văn Em", dept.id);
    const documents::Table units =
        ok(ws->reference().exportCatalogue(actor(), services::Catalogue::Units));
    const documents::Table people =
        ok(ws->reference().exportCatalogue(actor(), services::Catalogue::People));
    CHECK(units.headers == services::catalogueColumns(services::Catalogue::Units));

    // Into the same catalogue: nothing to do.
    const auto same = ok(ws->reference().planCatalogueImport(actor(), services::Catalogue::Units,
                                                             units, QStringLiteral("u.csv")));
    CHECK(same.ok());
    CHECK(same.units.isEmpty());
    CHECK(same.unchanged == units.rows.size());

    // Into a fresh database: the new unit and its person arrive, the seeded ones are there.
    auto fresh = test::workspace();
    const auto unitsPlan = ok(fresh->reference().planCatalogueImport(
        actor(), services::Catalogue::Units, units, QStringLiteral("u.csv")));
    REQUIRE(unitsPlan.ok());
    CHECK(unitsPlan.added() == 1);
    ok(fresh->reference().applyCatalogueImport(actor(), unitsPlan));
    const auto peoplePlan = ok(fresh->reference().planCatalogueImport(
        actor(), services::Catalogue::People, people, QStringLiteral("p.xlsx")));
    REQUIRE(peoplePlan.ok());
    ok(fresh->reference().applyCatalogueImport(actor(), peoplePlan));
    const auto arrived = ok(fresh->reference().findAgency(actor(), QStringLiteral("VCTĐBM")));
    REQUIRE(arrived.has_value());
    CHECK(arrived->parentId == test::agencyId(*fresh, "VPQH"));
    CHECK(ok(fresh->reference().exportCatalogue(actor(), services::Catalogue::People)).rows ==
          people.rows);
    CHECK(ok(fresh->audit().verify()).ok());
}

TEST_CASE("a catalogue file with problems names each row and column and writes nothing",
          "[services][catalogues][import]")
{
    auto ws = test::workspace();
    documents::Table table;
    table.headers = services::catalogueColumns(services::Catalogue::Units);
    table.rows = {
        {QStringLiteral("Phòng Một"), QStringLiteral("P1"), QStringLiteral("Vụ, đơn vị"),
         QStringLiteral("Vụ Mới"), QString()},
        {QStringLiteral("Vụ Mới"), QStringLiteral("VM"), QStringLiteral("department"),
         QStringLiteral("VPQH"), QStringLiteral("Có")},
        {QString(), QStringLiteral("X"), QString(), QString(), QString()},
        {QStringLiteral("Phòng Hai"), QString(), QStringLiteral("Loại lạ"), QString(), QString()},
        {QStringLiteral("Phòng Ba"), QString(), QString(), QStringLiteral("Không có"), QString()},
        {QStringLiteral("phong mot"), QString(), QString(), QString(), QStringLiteral("có lẽ")},
    };
    table.sourceRows = {2, 3, 4, 5, 6, 7};
    const auto plan = ok(ws->reference().planCatalogueImport(actor(), services::Catalogue::Units,
                                                             table, QStringLiteral("dv.csv")));
    REQUIRE(plan.problems.size() == 5);
    CHECK(plan.problems[0].row == 4); // no name
    CHECK(plan.problems[1].row == 5);
    CHECK(plan.problems[1].column == QStringLiteral("Loại"));
    CHECK(plan.problems[2].row == 6);
    CHECK(plan.problems[2].column == QStringLiteral("Trực thuộc"));
    CHECK(plan.problems[3].row == 7); // the same name as row 2
    CHECK(plan.problems[3].column == QStringLiteral("Tên cơ quan, đơn vị"));
    CHECK(plan.problems[4].row == 7);
    CHECK(plan.problems[4].column == QStringLiteral("Đang sử dụng"));
    CHECK(plan.problems[4].text(Lang::Vi).contains(QStringLiteral("dv.csv")));
    CHECK_FALSE(ws->reference().applyCatalogueImport(actor(), plan).ok());
    CHECK_FALSE(ok(ws->reference().findAgency(actor(), QStringLiteral("VM"))).has_value());

    // Without the bad rows, a unit may sit under one further down the file.
    table.rows = table.rows.mid(0, 2);
    table.sourceRows = {2, 3};
    const auto good = ok(ws->reference().planCatalogueImport(actor(), services::Catalogue::Units,
                                                             table, QStringLiteral("dv.csv")));
    REQUIRE(good.ok());
    ok(ws->reference().applyCatalogueImport(actor(), good));
    const auto child = ok(ws->reference().findAgency(actor(), QStringLiteral("P1")));
    REQUIRE(child.has_value());
    CHECK(child->parentId == ok(ws->reference().findAgency(actor(), QStringLiteral("VM")))->id);
}

TEST_CASE("a person's e-mail and phone are checked, stored and cleared", "[services][catalogues]")
{
    auto ws = test::workspace();
    domain::Person p;
    p.fullName = QStringLiteral("Vũ Thị Hà");
    p.email = QStringLiteral("ha.vt@quochoi");
    const auto badEmail = ws->reference().addPerson(actor(), p);
    REQUIRE_FALSE(badEmail.ok());
    CHECK(badEmail.error().code == ErrorCode::InvalidInput);
    CHECK(badEmail.error().detail == QStringLiteral("email"));
    CHECK(badEmail.error().text(Lang::Vi).contains(QStringLiteral("thư điện tử")));
    CHECK(badEmail.error().text(Lang::En).contains(QStringLiteral("e-mail")));

    p.email = QStringLiteral(" ha.vt@quochoi.vn ");
    p.phone = QStringLiteral("091-234");
    const auto badPhone = ws->reference().addPerson(actor(), p);
    REQUIRE_FALSE(badPhone.ok());
    CHECK(badPhone.error().detail == QStringLiteral("phone"));
    CHECK(badPhone.error().text(Lang::Vi).contains(QStringLiteral("8 đến 15 chữ số")));

    for (const char *phone :
         {"024 3822 8888", "+84 912 345 678", "(024) 3822.8888", "0912345678"}) {
        INFO(phone);
        CHECK_FALSE(domain::phoneProblem(QString::fromUtf8(phone)).has_value());
    }
    for (const char *phone : {"+84 91a 345 678", "12 34", "0912 + 345 678", "1234567890123456"}) {
        INFO(phone);
        CHECK(domain::phoneProblem(QString::fromUtf8(phone)).has_value());
    }
    for (const char *email : {"a@b", "a b@c.vn", "@quochoi.vn", "ha@-quochoi.vn"}) {
        INFO(email);
        CHECK(domain::emailProblem(QString::fromUtf8(email)).has_value());
    }

    p.phone = QStringLiteral("+84 912 345 678");
    const auto added = ok(ws->reference().addPerson(actor(), p));
    CHECK(added.email == QStringLiteral("ha.vt@quochoi.vn"));
    const auto stored = ok(ws->reference().findPerson(actor(), QStringLiteral("vu thi ha")));
    REQUIRE(stored.has_value());
    CHECK(stored->email == QStringLiteral("ha.vt@quochoi.vn"));
    CHECK(stored->phone == QStringLiteral("+84 912 345 678"));

    domain::Person cleared = *stored;
    cleared.email.clear();
    cleared.phone.clear();
    ok(ws->reference().updatePerson(actor(), cleared));
    CHECK(ok(ws->db().queryInt(
              "SELECT count(*) FROM people WHERE email IS NULL AND phone IS NULL")) == 1);
    CHECK(ok(ws->audit().verify()).ok());
}

TEST_CASE("people files carry e-mail and phone; older files without them still import",
          "[services][catalogues][import]")
{
    auto ws = test::workspace();
    documents::Table table;
    table.headers = {QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"),
                     QStringLiteral("Đơn vị công tác"), QStringLiteral("Đang sử dụng")};
    table.rows = {{QStringLiteral("Đỗ Văn Giang"), QStringLiteral("Chuyên viên"),
                   QStringLiteral("VPQH"), QStringLiteral("Có")}};
    const auto old = ok(ws->reference().planCatalogueImport(actor(), services::Catalogue::People,
                                                            table, QStringLiteral("cu.csv")));
    REQUIRE(old.ok());
    CHECK(old.added() == 1);

    table.headers = services::catalogueColumns(services::Catalogue::People);
    table.rows = {
        {QStringLiteral("Đỗ Văn Giang"), QString(), QString(), QString(),
         QStringLiteral("giang.dv@quochoi.vn"), QStringLiteral("024 3822 8888")},
        {QStringLiteral("Bùi Thị Hồng"), QString(), QString(), QString(), QStringLiteral("hong@"),
         QString()},
        {QStringLiteral("Lý Văn Ích"), QString(), QString(), QString(), QString(),
         QStringLiteral("số máy lẻ 12")},
    };
    table.sourceRows = {2, 3, 4};
    const auto bad = ok(ws->reference().planCatalogueImport(actor(), services::Catalogue::People,
                                                            table, QStringLiteral("cb.xlsx")));
    REQUIRE(bad.problems.size() == 2);
    CHECK(bad.problems[0].row == 3);
    CHECK(bad.problems[0].column == QStringLiteral("Thư điện tử"));
    CHECK(bad.problems[1].row == 4);
    CHECK(bad.problems[1].column == QStringLiteral("Điện thoại"));
    CHECK_FALSE(ws->reference().applyCatalogueImport(actor(), bad).ok());

    table.rows = table.rows.mid(0, 1);
    table.sourceRows = {2};
    const auto good = ok(ws->reference().planCatalogueImport(actor(), services::Catalogue::People,
                                                             table, QStringLiteral("cb.xlsx")));
    REQUIRE(good.ok());
    ok(ws->reference().applyCatalogueImport(actor(), good));
    const auto exported = ok(ws->reference().exportCatalogue(actor(), services::Catalogue::People));
    CHECK(exported.headers == services::catalogueColumns(services::Catalogue::People));
    REQUIRE(exported.rows.size() == 1);
    CHECK(exported.rows.first().mid(4) ==
          QStringList{QStringLiteral("giang.dv@quochoi.vn"), QStringLiteral("024 3822 8888")});
}

TEST_CASE("a merge is undone: the dropped entry and every reference come back",
          "[services][catalogues]")
{
    auto ws = test::workspace();
    const DuplicateUnits units(*ws);
    const auto &[keep, drop, child, staff, programme, section, led, partnered] = units;
    services::CatalogueMerge undo;
    CHECK(ok(ws->reference().mergeAgencies(actor(), keep.id, drop.id, &undo)) == 4);
    ok(ws->reference().undoMerge(actor(), undo));
    CHECK(ok(ws->reference().agency(actor(), drop.id)).name == drop.name);
    const auto ledAfter = ok(ws->programmes().task(actor(), led.id));
    CHECK(ledAfter.leadUnitId == drop.id);
    CHECK(ledAfter.partnerUnitIds == led.partnerUnitIds);
    CHECK(ok(ws->programmes().task(actor(), partnered.id)).partnerUnitIds ==
          partnered.partnerUnitIds);
    CHECK(ok(ws->reference().agency(actor(), child.id)).parentId == drop.id);
    const auto people = ok(ws->reference().people(actor()));
    CHECK(std::any_of(people.begin(), people.end(), [&](const domain::Person &p) {
        return p.id == staff.id && p.unitId == drop.id;
    }));
    CHECK(ok(ws->audit().history(actor(), storage::Entity::Agency, drop.id)).first().action ==
          QStringLiteral("agency.unmerge"));

    // People: the tasks go back to the one dropped; a deleted person comes back with its id.
    const auto lan = person(*ws, "Phạm Thị Lan", 0);
    const auto lan2 = person(*ws, "Pham Thi Lan", 0);
    auto t = test::task(*ws, programme.id, section.id, "3", "Giám sát", QDate(2025, 9, 1));
    t.responsibleId = lan2.id;
    t = ok(ws->programmes().addTask(actor(), t));
    services::CatalogueMerge undoPeople;
    CHECK(ok(ws->reference().mergePeople(actor(), lan.id, lan2.id, &undoPeople)) == 1);
    ok(ws->reference().undoMerge(actor(), undoPeople));
    CHECK(ok(ws->programmes().task(actor(), t.id)).responsibleId == lan2.id);
    ok(ws->reference().deletePerson(actor(), lan.id));
    CHECK(ok(ws->reference().restorePerson(actor(), lan)).id == lan.id);
    CHECK(ok(ws->audit().verify()).ok());
}
