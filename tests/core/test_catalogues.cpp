// Catalogues (danh mục): deleting what nothing uses, refusing what is used, merging duplicates.

#include "test_support.h"

#include "thuky/services/account_service.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/catalogue_transfer.h"
#include "thuky/services/maintenance.h"
#include "thuky/services/meeting_service.h"
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

/// `check`'s verdict: every record matches its latest audit image, the chain holds.
void requireHealthy(services::Workspace &ws)
{
    const auto health = ok(services::checkHealth(ws));
    QStringList findings;
    for (const Message &finding : health.findings())
        findings << finding.en;
    INFO(findings.join(QLatin1Char('\n')).toStdString());
    CHECK(health.ok());
}

domain::Meeting meeting(services::Workspace &ws, int number, domain::Id chair = 0)
{
    domain::Meeting m;
    m.term = 15;
    m.number = number;
    m.phases = {{QDate(2025, 7, 10), QDate(2025, 7, 11)}};
    m.chairId = chair;
    return ok(ws.meetings().createMeeting(actor(), m));
}

domain::MeetingContent content(domain::Id meetingId, const char *title, domain::Id presenting,
                               domain::Id reviewing)
{
    domain::MeetingContent c;
    c.meetingId = meetingId;
    c.title = QString::fromUtf8(title);
    c.presentingAgencyId = presenting;
    c.reviewingAgencyId = reviewing;
    return c;
}

domain::RequiredDocument owed(domain::DocumentKind kind, domain::Id agency)
{
    domain::RequiredDocument d;
    d.kind = kind;
    d.responsibleAgencyId = agency;
    return d;
}

domain::MeetingEvent event(services::Workspace &ws, const char *title,
                           const QList<domain::Invitee> &participants)
{
    domain::MeetingEvent e;
    e.title = QString::fromUtf8(title);
    e.startDay = QDate(2025, 7, 15);
    e.endDay = QDate(2025, 7, 15);
    e.participants = participants;
    return ok(ws.meetings().addEvent(actor(), e));
}

domain::Invitee agencyInvitee(domain::Id id)
{
    return domain::Invitee{0, id, 0};
}
domain::Invitee personInvitee(domain::Id id)
{
    return domain::Invitee{0, 0, id};
}

QList<domain::Invitee> invitees(services::Workspace &ws, domain::Id contentId)
{
    QList<domain::Invitee> out;
    for (const services::NamedInvitee &i : ok(ws.meetings().content(actor(), contentId)).invitees)
        out << i.invitee;
    return out;
}

QList<domain::Id> documentOwners(services::Workspace &ws, domain::Id contentId)
{
    QList<domain::Id> out;
    for (const services::DocumentStatus &d :
         ok(ws.meetings().content(actor(), contentId)).documents)
        out << d.document.responsibleAgencyId;
    return out;
}

QList<domain::Invitee> participants(services::Workspace &ws, domain::Id eventId)
{
    return ok(ws.meetings().event(actor(), eventId)).participants;
}

} // namespace

TEST_CASE("a catalogue entry nothing uses is deleted, one in use is refused with where it is used",
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

TEST_CASE("people files carry e-mail and phone, older files without them still import",
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

TEST_CASE("merging units moves the calendar's contents, documents and invitations, and back",
          "[services][catalogues][catalogue][meeting]")
{
    auto ws = test::workspace();
    const auto keep = unit(*ws, "Vụ Tổng hợp 2", "VTH2");
    const auto drop = unit(*ws, "Vu Tong hop II", "VTHII");
    const domain::Id btp = test::agencyId(*ws, "BTP");
    const domain::Id lan = person(*ws, "Phạm Thị Lan", keep.id).id;
    const auto m = meeting(*ws, 41);
    // Presented by the duplicate and reviewed by the one kept, both invited.
    const auto both =
        ok(ws->meetings().addContent(
               actor(), content(m.id, "Cho ý kiến về dự án Luật Lưu trữ", drop.id, keep.id),
               {owed(domain::DocumentKind::Submission, drop.id),
                owed(domain::DocumentKind::ReviewReport, keep.id)},
               {agencyInvitee(drop.id), agencyInvitee(keep.id), agencyInvitee(btp)}))
            .content;
    // Only owes a document and is invited.
    const auto other =
        ok(ws->meetings().addContent(
               actor(),
               content(m.id, "Báo cáo công tác dân nguyện", test::agencyId(*ws, "UBDNGS"), 0),
               {owed(domain::DocumentKind::Report, drop.id)}, {agencyInvitee(drop.id)}))
            .content;
    const auto conference =
        event(*ws, "Hội nghị tổng kết",
              {agencyInvitee(drop.id), personInvitee(lan), agencyInvitee(keep.id)});
    const auto mission = event(*ws, "Đoàn công tác", {agencyInvitee(drop.id)});

    const auto bothInvitees = invitees(*ws, both.id);
    const auto conferenceParticipants = participants(*ws, conference.id);
    const auto usage = ok(ws->reference().agencyUsage(actor(), drop.id));
    CHECK(usage.presentedContents == QList<domain::Id>{both.id});
    CHECK(usage.reviewedContents.isEmpty());
    CHECK(usage.documents.size() == 2);
    CHECK(usage.invitations.size() == 2);
    CHECK(usage.participations.size() == 2);
    CHECK(usage.movedRecords() == 4); // two contents, two events
    CHECK(services::describeUsage(usage).en ==
          QStringLiteral("1 meeting contents (presenting), 2 meeting documents owed, "
                         "2 meeting contents (invited), 2 other events (participant)"));

    services::CatalogueMerge undo;
    CHECK(ok(ws->reference().mergeAgencies(actor(), keep.id, drop.id, &undo)) == 4);
    const auto bothAfter = ok(ws->meetings().content(actor(), both.id)).content;
    CHECK(bothAfter.presentingAgencyId == keep.id);
    CHECK(bothAfter.reviewingAgencyId == keep.id); // left for the Secretariat to correct
    CHECK(documentOwners(*ws, both.id) == QList<domain::Id>{keep.id, keep.id});
    CHECK(documentOwners(*ws, other.id) == QList<domain::Id>{keep.id});
    // Invited once each.
    CHECK(invitees(*ws, both.id) == QList<domain::Invitee>{bothInvitees[1], bothInvitees[2]});
    REQUIRE(invitees(*ws, other.id).size() == 1);
    CHECK(invitees(*ws, other.id).first().agencyId == keep.id);
    CHECK(participants(*ws, conference.id) ==
          QList<domain::Invitee>{conferenceParticipants[1], conferenceParticipants[2]});
    REQUIRE(participants(*ws, mission.id).size() == 1);
    CHECK(participants(*ws, mission.id).first().agencyId == keep.id);
    CHECK(
        ok(ws->audit().history(actor(), storage::Entity::MeetingContent, both.id)).first().action ==
        QStringLiteral("agency.merge"));
    CHECK(ok(ws->audit().history(actor(), storage::Entity::MeetingEvent, mission.id))
              .first()
              .action == QStringLiteral("agency.merge"));
    CHECK(ok(ws->reference().agencyUsage(actor(), keep.id)).invitations.size() == 2);
    requireHealthy(*ws);

    ok(ws->reference().undoMerge(actor(), undo));
    const auto bothBack = ok(ws->meetings().content(actor(), both.id)).content;
    CHECK(bothBack.presentingAgencyId == drop.id);
    CHECK(bothBack.reviewingAgencyId == keep.id);
    CHECK(documentOwners(*ws, both.id) == QList<domain::Id>{drop.id, keep.id});
    CHECK(documentOwners(*ws, other.id) == QList<domain::Id>{drop.id});
    CHECK(invitees(*ws, both.id) == bothInvitees); // the same rows, ids and order
    CHECK(invitees(*ws, other.id).first().agencyId == drop.id);
    CHECK(participants(*ws, conference.id) == conferenceParticipants);
    CHECK(participants(*ws, mission.id).first().agencyId == drop.id);
    const auto usageBack = ok(ws->reference().agencyUsage(actor(), drop.id));
    CHECK(usageBack.movedRecords() == 4);
    CHECK(usageBack.invitations == usage.invitations);
    CHECK(usageBack.participations == usage.participations);
    CHECK(
        ok(ws->audit().history(actor(), storage::Entity::MeetingContent, both.id)).first().action ==
        QStringLiteral("agency.unmerge"));
    requireHealthy(*ws);
}

TEST_CASE("merging people moves the meetings they chair and the events they attend, and back",
          "[services][catalogues][catalogue][meeting]")
{
    auto ws = test::workspace();
    const auto keep = person(*ws, "Trần Thanh Mẫn", 0);
    const auto drop = person(*ws, "Tran Thanh Man", 0);
    const auto chaired = meeting(*ws, 42, drop.id);
    const auto other = meeting(*ws, 43, keep.id);
    const auto c = ok(ws->meetings().addContent(
                          actor(),
                          content(chaired.id, "Cho ý kiến về dự án Luật Dữ liệu",
                                  test::agencyId(*ws, "CP"), test::agencyId(*ws, "UBPLTP")),
                          {}, {personInvitee(keep.id), personInvitee(drop.id)}))
                       .content;
    const auto conference =
        event(*ws, "Hội nghị đại biểu chuyên trách",
              {personInvitee(drop.id), agencyInvitee(test::agencyId(*ws, "UBKTTC"))});
    const auto working =
        event(*ws, "Làm việc với Bộ Tư pháp", {personInvitee(keep.id), personInvitee(drop.id)});
    const auto contentInvitees = invitees(*ws, c.id);
    const auto workingParticipants = participants(*ws, working.id);

    const auto usage = ok(ws->reference().personUsage(actor(), drop.id));
    CHECK(usage.chairedMeetings == QList<domain::Id>{chaired.id});
    CHECK(usage.movedRecords() == 4); // a meeting, a content, two events
    services::CatalogueMerge undo;
    CHECK(ok(ws->reference().mergePeople(actor(), keep.id, drop.id, &undo)) == 4);
    CHECK(ok(ws->meetings().meeting(actor(), chaired.id)).chairId == keep.id);
    CHECK(ok(ws->meetings().meeting(actor(), other.id)).chairId == keep.id);
    CHECK(invitees(*ws, c.id) == QList<domain::Invitee>{contentInvitees[0]});
    CHECK(participants(*ws, conference.id).first().personId == keep.id);
    CHECK(participants(*ws, working.id) == QList<domain::Invitee>{workingParticipants[0]});
    CHECK(ok(ws->audit().history(actor(), storage::Entity::Meeting, chaired.id)).first().action ==
          QStringLiteral("person.merge"));
    requireHealthy(*ws);

    ok(ws->reference().undoMerge(actor(), undo));
    CHECK(ok(ws->meetings().meeting(actor(), chaired.id)).chairId == drop.id);
    CHECK(ok(ws->meetings().meeting(actor(), other.id)).chairId == keep.id);
    CHECK(invitees(*ws, c.id) == contentInvitees);
    CHECK(participants(*ws, conference.id).first().personId == drop.id);
    CHECK(participants(*ws, working.id) == workingParticipants);
    requireHealthy(*ws);
}

TEST_CASE("deleting an entry the calendar uses is refused, naming the meeting contents",
          "[services][catalogues][catalogue][meeting]")
{
    auto ws = test::workspace();
    const auto presenter = unit(*ws, "Vụ Trình thử", "VTRTH");
    const auto chair = person(*ws, "Nguyễn Thị Chủ Trì", 0);
    const auto m = meeting(*ws, 44, chair.id);
    ok(ws->meetings().addContent(
        actor(), content(m.id, "Báo cáo thử", presenter.id, test::agencyId(*ws, "UBPLTP"))));

    const auto refused = ws->reference().deleteAgency(actor(), presenter.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().text(Lang::Vi).contains(
        QStringLiteral("1 nội dung phiên họp (cơ quan trình)")));
    CHECK(
        refused.error().text(Lang::En).contains(QStringLiteral("1 meeting contents (presenting)")));
    const auto chairRefused = ws->reference().deletePerson(actor(), chair.id);
    REQUIRE_FALSE(chairRefused.ok());
    CHECK(chairRefused.error().code == ErrorCode::Conflict);
    CHECK(chairRefused.error().text(Lang::Vi).contains(QStringLiteral("1 phiên họp (chủ trì)")));
    CHECK(chairRefused.error().text(Lang::En).contains(QStringLiteral("1 meetings (chair)")));
    CHECK(ok(ws->reference().agency(actor(), presenter.id)).id == presenter.id);
    requireHealthy(*ws);
}

TEST_CASE("an undone merge brings back an invitation whose id was taken since, and leaves "
          "an event deleted since deleted",
          "[services][catalogues][catalogue][meeting]")
{
    auto ws = test::workspace();
    const auto keep = unit(*ws, "Vụ Tổng hợp 2", "VTH2");
    const auto drop = unit(*ws, "Vu Tong hop II", "VTHII");
    const auto m = meeting(*ws, 45);
    const domain::Id cp = test::agencyId(*ws, "CP");
    const auto first =
        ok(ws->meetings().addContent(actor(), content(m.id, "Nội dung thứ nhất", cp, 0), {},
                                     {agencyInvitee(keep.id), agencyInvitee(drop.id)}))
            .content;
    const auto second =
        ok(ws->meetings().addContent(actor(), content(m.id, "Nội dung thứ hai", cp, 0))).content;
    const auto before = invitees(*ws, first.id);
    const auto cancelled = event(*ws, "Hội thảo", {agencyInvitee(drop.id)});

    services::CatalogueMerge undo;
    CHECK(ok(ws->reference().mergeAgencies(actor(), keep.id, drop.id, &undo)) == 2);
    ok(ws->meetings().deleteEvent(actor(), cancelled.id));
    // The repeat's row is gone; the next invitation takes its id.
    const auto added = ok(
        ws->meetings().addInvitee(actor(), second.id, agencyInvitee(test::agencyId(*ws, "BTP"))));
    CHECK(added.invitee.id == before[1].id);

    ok(ws->reference().undoMerge(actor(), undo));
    const auto after = invitees(*ws, first.id);
    REQUIRE(after.size() == 2);
    CHECK(after[0] == before[0]);
    CHECK(after[1].agencyId == drop.id);
    CHECK(invitees(*ws, second.id) == QList<domain::Invitee>{added.invitee});
    CHECK_FALSE(ws->meetings().event(actor(), cancelled.id).ok());
    CHECK(ok(ws->audit().history(actor(), storage::Entity::MeetingEvent, cancelled.id))
              .first()
              .action == QStringLiteral("meeting.event.delete"));
    CHECK(ok(ws->reference().agencyUsage(actor(), drop.id)).participations.isEmpty());
    requireHealthy(*ws);
}

TEST_CASE("the people's text filter reads the search index, and a change shows at once",
          "[catalogues][people]")
{
    auto ws = test::workspace();
    const domain::Agency office = unit(*ws, "Vụ Đối ngoại mới", "VĐNM");
    domain::Person dung = person(*ws, "Lê Văn Dũng", office.id);
    const domain::Person duong = person(*ws, "Trần Thị Dương", test::agencyId(*ws, "VTK"));
    auto kept = [&](const char *text) {
        const auto ids = ok(ws->reference().matchingPeople(actor(), QString::fromUtf8(text)));
        REQUIRE(ids.has_value());
        return *ids;
    };
    CHECK(kept("le van dung") == QList<domain::Id>{dung.id});
    CHECK(kept("DŨNG lê") == QList<domain::Id>{dung.id}); // any order, case and accents ignored
    CHECK(kept("du") == QList<domain::Id>{dung.id, duong.id}); // the start of a word
    CHECK(kept("ung").isEmpty());                              // not its middle
    CHECK(kept("dung doi ngoai") == QList<domain::Id>{dung.id}); // the unit's name
    CHECK(kept("vdnm") == QList<domain::Id>{dung.id});           // and short name (đ = d)
    CHECK_FALSE(ok(ws->reference().matchingPeople(actor(), QStringLiteral(" ,;"))).has_value());

    dung.fullName = QStringLiteral("Lê Văn Dũng Anh");
    dung.position = QStringLiteral("Phó Vụ trưởng");
    dung.email = QStringLiteral("dung.lv@quochoi.vn");
    dung = ok(ws->reference().updatePerson(actor(), dung));
    CHECK(kept("dung anh pho vu") == QList<domain::Id>{dung.id});
    CHECK(kept("quochoi") == QList<domain::Id>{dung.id});
    const domain::Person added = person(*ws, "Đỗ Anh Tuấn", office.id);
    CHECK(kept("anh") == QList<domain::Id>{dung.id, added.id});
    domain::Agency renamed = office;
    renamed.name = QStringLiteral("Vụ Hợp tác liên nghị viện");
    renamed.shortName = QStringLiteral("VHTLNV");
    ok(ws->reference().updateAgency(actor(), renamed));
    CHECK(kept("hop tac anh") == QList<domain::Id>{dung.id, added.id});
    CHECK(kept("doi ngoai").isEmpty());
}
