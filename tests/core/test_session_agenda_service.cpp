// The session agendas' service and repository: sessions, versions (copies, read-only old
// versions in the service and in the database), item writes and their undo, move and
// reorder semantics, the day-by-day view, permissions, the audit trail, plenary days.

#include "test_support.h"

#include "thuky/services/audit_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/session_service.h"
#include "thuky/storage/database.h"
#include "thuky/storage/session_repository.h"

using namespace thuky;
using namespace thuky::domain;
using thuky::test::actor;
using thuky::test::agencyId;
using thuky::test::ok;

namespace {

const QDate kMonday{2024, 10, 21};

Actor as(Role role)
{
    return Actor{7, QStringLiteral("thu"), QStringLiteral("Thử"), {role}};
}

struct Fixture
{
    std::unique_ptr<services::Workspace> ws = thuky::test::workspace();
    services::SessionService &svc = ws->sessions();
    Session session = make();
    AgendaVersion version = ok(svc.newVersion(actor(), session.id));

    Session make()
    {
        Session s;
        s.term = 15;
        s.ordinal = 8;
        s.phases = {{0, 1, QDate(2024, 10, 21), QDate(2024, 11, 14)},
                    {0, 2, QDate(2024, 11, 20), QDate(2024, 11, 30)}};
        return ok(ws->sessions().createSession(actor(), s));
    }

    AgendaItem item(const char *title, QDate date = kMonday, HalfDay half = HalfDay::Morning,
                    int position = 0)
    {
        AgendaItem it;
        it.versionId = version.id;
        it.title = QString::fromUtf8(title);
        it.date = date;
        it.halfDay = half;
        it.position = position;
        it.presentingAgencyId = agencyId(*ws, "CP");
        return it;
    }

    AgendaItem add(const char *title, QDate date = kMonday, HalfDay half = HalfDay::Morning,
                   int position = 0)
    {
        return ok(svc.addItem(actor(), item(title, date, half, position)));
    }

    /// Titles of a half-day in order.
    QStringList titles(QDate date = kMonday, HalfDay half = HalfDay::Morning, Id versionId = 0)
    {
        QStringList out;
        auto list = ok(ws->sessionRepository().halfDayItems(versionId ? versionId : version.id, date, half));
        int expected = 1;
        for (const AgendaItem &it : list) {
            CHECK(it.position == expected++);
            out << it.title;
        }
        return out;
    }

    bool auditClean() { return ok(ws->audit().verify()).mismatches.isEmpty(); }
};

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST_CASE("a session is created with its phases, numbered in its kind's series", "[agenda][service]")
{
    Fixture fx;
    CHECK(fx.session.id > 0);
    CHECK(fx.session.phases.size() == 2);
    CHECK(fx.session.phases[1].number == 2);
    CHECK(fx.session.fullTitle() == QStringLiteral("Kỳ họp thứ Tám, Quốc hội khóa XV"));

    Session extra;
    extra.term = 15;
    extra.kind = SessionKind::Extraordinary;
    extra.phases = {{0, 1, QDate(2025, 2, 12), QDate(2025, 2, 19)}};
    extra = ok(fx.svc.createSession(actor(), extra));
    CHECK(extra.ordinal == 1); // its own series

    Session same;
    same.term = 15;
    same.ordinal = 8;
    same.phases = {{0, 1, QDate(2025, 5, 5), QDate(2025, 5, 6)}};
    auto dup = fx.svc.createSession(actor(), same);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::Duplicate);

    Session bad;
    bad.term = 15;
    bad.phases = {{0, 1, QDate(2025, 5, 10), QDate(2025, 5, 5)}};
    auto refused = fx.svc.createSession(actor(), bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().detail == QStringLiteral("phases"));

    Session unknownTerm = same;
    unknownTerm.term = 40;
    unknownTerm.ordinal = 1;
    CHECK(fx.svc.createSession(actor(), unknownTerm).error().detail == QStringLiteral("term"));

    // Texts are cleaned at the boundary.
    Session s = fx.session;
    s.venue = QStringLiteral("  Hội trường Diên Hồng\u202E, Nhà Quốc hội ");
    const auto change = ok(fx.svc.updateSession(actor(), s));
    CHECK(change.after.venue == QStringLiteral("Hội trường Diên Hồng, Nhà Quốc hội"));
    CHECK(change.before.venue != change.after.venue);

    // A session with an agenda is not deleted.
    CHECK(fx.svc.deleteSession(actor(), fx.session.id).error().code == ErrorCode::Conflict);
    CHECK(ok(fx.svc.deleteSession(actor(), extra.id)).id == extra.id);
    CHECK(fx.auditClean());
}

TEST_CASE("items are added, placed and closed up within their half-day", "[agenda][service]")
{
    Fixture fx;
    fx.add("A");
    fx.add("C");
    fx.add("B", kMonday, HalfDay::Morning, 2); // between
    CHECK(fx.titles() == list({"A", "B", "C"}));
    fx.add("Đầu", kMonday, HalfDay::Morning, 1);
    CHECK(fx.titles() == list({"Đầu", "A", "B", "C"}));
    fx.add("Cuối", kMonday, HalfDay::Morning, 99);
    CHECK(fx.titles() == list({"Đầu", "A", "B", "C", "Cuối"}));

    const auto items = ok(fx.svc.items(actor(), fx.version.id));
    const Id b = items[2].id;
    const AgendaItem removed = ok(fx.svc.deleteItem(actor(), b));
    CHECK(fx.titles() == list({"Đầu", "A", "C", "Cuối"}));
    // Undo: the same id, key and place.
    const AgendaItem back = ok(fx.svc.addItem(actor(), removed));
    CHECK(back.id == removed.id);
    CHECK(back.key == removed.key);
    CHECK(fx.titles() == list({"Đầu", "A", "B", "C", "Cuối"}));

    const AgendaItem copy = ok(fx.svc.duplicateItem(actor(), b));
    CHECK(copy.key != removed.key);
    CHECK(copy.position == 4);
    CHECK(fx.titles() == list({"Đầu", "A", "B", "B", "C", "Cuối"}));
    CHECK(fx.auditClean());
}

TEST_CASE("moving an item: to another half-day and within one, and back by its inverse", "[agenda][service]")
{
    Fixture fx;
    const AgendaItem a = fx.add("A");
    fx.add("B");
    const AgendaItem c = fx.add("C");
    fx.add("X", kMonday, HalfDay::Afternoon);
    fx.add("Y", kMonday, HalfDay::Afternoon);

    // Within the half-day: C to the top.
    const auto up = ok(fx.svc.moveItem(actor(), c.id, {kMonday, HalfDay::Morning, 1}));
    CHECK(fx.titles() == list({"C", "A", "B"}));
    CHECK(up.from == AgendaSlot{kMonday, HalfDay::Morning, 3});
    CHECK(up.to == AgendaSlot{kMonday, HalfDay::Morning, 1});
    ok(fx.svc.moveItem(actor(), up.inverse().itemId, up.inverse().to));
    CHECK(fx.titles() == list({"A", "B", "C"}));

    // To the afternoon, between X and Y; the morning closes up.
    const auto across = ok(fx.svc.moveItem(actor(), a.id, {kMonday, HalfDay::Afternoon, 2}));
    CHECK(fx.titles() == list({"B", "C"}));
    CHECK(fx.titles(kMonday, HalfDay::Afternoon) == list({"X", "A", "Y"}));
    // Past the end: last.
    ok(fx.svc.moveItem(actor(), a.id, {kMonday.addDays(1), HalfDay::Evening, 50}));
    CHECK(fx.titles(kMonday.addDays(1), HalfDay::Evening) == list({"A"}));
    ok(fx.svc.moveItem(actor(), a.id, {kMonday, HalfDay::Afternoon, 2}));
    // Undo of the first move puts everything back.
    ok(fx.svc.moveItem(actor(), a.id, across.from));
    CHECK(fx.titles() == list({"A", "B", "C"}));
    CHECK(fx.titles(kMonday, HalfDay::Afternoon) == list({"X", "Y"}));
    CHECK(fx.auditClean());
}

TEST_CASE("editing an item keeps its key, a new slot in the edit moves it, undo writes before back",
          "[agenda][service]")
{
    Fixture fx;
    fx.add("A");
    const AgendaItem b = fx.add("B");
    fx.add("C");
    AgendaItem edited = b;
    edited.title = QStringLiteral("  B đã sửa\u200B ");
    edited.halfDay = HalfDay::Afternoon;
    edited.position = 0;
    edited.key = QStringLiteral("khác");
    const auto change = ok(fx.svc.updateItem(actor(), edited));
    CHECK(change.after.title == QStringLiteral("B đã sửa"));
    CHECK(change.after.key == b.key);
    CHECK(fx.titles() == list({"A", "C"}));
    CHECK(fx.titles(kMonday, HalfDay::Afternoon) == list({"B đã sửa"}));
    ok(fx.svc.updateItem(actor(), change.before));
    CHECK(fx.titles() == list({"A", "B", "C"}));

    AgendaItem bad = b;
    bad.startTime = QTime(10, 0);
    bad.endTime = QTime(9, 0);
    auto refused = fx.svc.updateItem(actor(), bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail == QStringLiteral("endTime"));
    bad = b;
    bad.presenterId = 999999;
    CHECK(fx.svc.updateItem(actor(), bad).error().detail == QStringLiteral("presenter"));
    CHECK(fx.auditClean());
}

TEST_CASE("a new version copies the last one, keys kept, and the old one becomes read-only",
          "[agenda][service][versions]")
{
    Fixture fx;
    const AgendaItem a = fx.add("A");
    fx.add("B");
    const AgendaVersion v2 = ok(fx.svc.newVersion(actor(), fx.session.id, QStringLiteral("Theo ý kiến UBTVQH")));
    CHECK(v2.number == 2);
    CHECK(v2.state == AgendaVersionState::Draft);
    const auto copied = ok(fx.svc.items(actor(), v2.id));
    REQUIRE(copied.size() == 2);
    CHECK(copied[0].key == a.key);
    CHECK(copied[0].id != a.id);

    const auto versions = ok(fx.svc.versions(actor(), fx.session.id));
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].version.readOnly);
    CHECK(versions[0].label == QStringLiteral("Dự kiến lần 1"));
    CHECK(versions[1].label == QStringLiteral("Dự kiến lần 2"));
    CHECK(versions[1].itemCount == 2);

    // The service refuses writes to the old version, naming it...
    auto refused = fx.svc.updateItem(actor(), a);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().text().contains(QStringLiteral("Dự kiến lần 1")));
    CHECK(fx.svc.deleteItem(actor(), a.id).error().code == ErrorCode::Conflict);
    CHECK(fx.svc.moveItem(actor(), a.id, {kMonday, HalfDay::Afternoon, 1}).error().code == ErrorCode::Conflict);
    AgendaItem more = fx.item("Thêm vào bản cũ");
    CHECK(fx.svc.addItem(actor(), more).error().code == ErrorCode::Conflict);

    // ... and so does the database, whatever program writes.
    auto &db = fx.ws->db();
    CHECK_FALSE(db.exec("UPDATE agenda_items SET title = 'x' WHERE id = ?", a.id).ok());
    CHECK_FALSE(db.exec("DELETE FROM agenda_items WHERE id = ?", a.id).ok());
    CHECK_FALSE(db.exec("UPDATE agenda_items SET version_id = ? WHERE id = ?", fx.version.id, copied[0].id).ok());
    CHECK(ok(fx.ws->sessionRepository().item(a.id))->title == QStringLiteral("A"));

    // Undo of the new version: deleted, the previous one editable again.
    ok(fx.svc.deleteVersion(actor(), v2.id));
    CHECK_FALSE(ok(fx.svc.latestVersion(actor(), fx.session.id)).version.readOnly);
    ok(fx.svc.updateItem(actor(), a));
    CHECK(fx.auditClean());
}

TEST_CASE("adoption freezes a version and the next one is an amendment", "[agenda][service][versions]")
{
    Fixture fx;
    fx.add("A");
    CHECK(fx.svc.adopt(as(Role::Drafter), fx.version.id, kMonday).error().code == ErrorCode::PermissionDenied);
    const AgendaVersion adopted = ok(fx.svc.adopt(as(Role::Approver), fx.version.id, kMonday));
    CHECK(adopted.state == AgendaVersionState::Adopted);
    CHECK(adopted.readOnly);
    CHECK(fx.svc.adopt(actor(), fx.version.id, kMonday).error().code == ErrorCode::Conflict);
    CHECK(fx.svc.addItem(actor(), fx.item("B")).error().code == ErrorCode::Conflict);
    CHECK(fx.svc.deleteVersion(actor(), fx.version.id).error().code == ErrorCode::Conflict);
    CHECK_FALSE(fx.ws->db().exec("UPDATE agenda_versions SET read_only = 0 WHERE id = ?", fx.version.id).ok());
    CHECK_FALSE(fx.ws->db().exec("DELETE FROM agenda_versions WHERE id = ?", fx.version.id).ok());

    const AgendaVersion amended = ok(fx.svc.newVersion(actor(), fx.session.id));
    CHECK(amended.state == AgendaVersionState::Amended);
    const auto info = ok(fx.svc.latestVersion(actor(), fx.session.id));
    CHECK(info.label == QStringLiteral("Điều chỉnh lần 1 (dự thảo)"));
    ok(fx.svc.addItem(actor(), [&] {
        AgendaItem it = fx.item("B");
        it.versionId = amended.id;
        return it;
    }()));
    // An older version cannot be adopted once a newer one exists.
    const AgendaVersion later = ok(fx.svc.newVersion(actor(), fx.session.id));
    CHECK(fx.svc.adopt(actor(), amended.id).error().code == ErrorCode::Conflict);
    CHECK(ok(fx.svc.adopt(actor(), later.id, kMonday.addDays(10))).state == AgendaVersionState::Amended);
    CHECK(fx.auditClean());
}

TEST_CASE("the diff through the service names people and matches copies", "[agenda][service][diff]")
{
    Fixture fx;
    const AgendaItem a = fx.add("A");
    const AgendaItem b = fx.add("B");
    fx.add("C");
    const AgendaVersion v2 = ok(fx.svc.newVersion(actor(), fx.session.id));
    const auto items = ok(fx.svc.items(actor(), v2.id));
    Person p;
    p.fullName = QStringLiteral("Nguyễn Khắc Định");
    const Id person = ok(fx.ws->reference().addPerson(actor(), p)).id;
    AgendaItem changed = items[0];
    changed.presenterId = person;
    ok(fx.svc.updateItem(actor(), changed));
    ok(fx.svc.moveItem(actor(), items[1].id, {kMonday.addDays(1), HalfDay::Morning, 1}));
    ok(fx.svc.deleteItem(actor(), items[2].id));
    AgendaItem added = fx.item("D");
    added.versionId = v2.id;
    ok(fx.svc.addItem(actor(), added));

    const AgendaDiff d = ok(fx.svc.diff(actor(), fx.version.id, v2.id));
    REQUIRE(d.added.size() == 1);
    REQUIRE(d.removed.size() == 1);
    CHECK(d.removed[0].title == QStringLiteral("C"));
    REQUIRE(d.moved.size() == 1);
    CHECK(d.moved[0].before.key == b.key);
    REQUIRE(d.changed.size() == 1);
    CHECK(d.changed[0].after.key == a.key);
    CHECK(d.changed[0].fields[0].after == QStringLiteral("Nguyễn Khắc Định"));
}

TEST_CASE("the day-by-day view has every phase day, evenings when used, and the findings",
          "[agenda][service]")
{
    Fixture fx;
    fx.add("Khai mạc");
    AgendaItem evening = fx.item("Họp tối", kMonday.addDays(1), HalfDay::Evening);
    evening.plannedMinutes = 150;
    ok(fx.svc.addItem(actor(), evening));
    fx.add("Thứ Bảy", QDate(2024, 10, 26));

    const services::SessionAgenda agenda = ok(fx.svc.days(actor(), fx.session.id));
    CHECK(agenda.itemCount == 3);
    CHECK(agenda.version.version.id == fx.version.id);
    // 25 days of phase 1 and 11 of phase 2.
    REQUIRE(agenda.days.size() == 25 + 11);
    CHECK(agenda.days[0].date == kMonday);
    CHECK(agenda.days[0].phase == 1);
    CHECK(agenda.days[0].halfDays.size() == 2);
    CHECK(agenda.days[0].halfDays[0].items.size() == 1);
    CHECK(agenda.days[0].halfDays[0].items[0].presentingAgency == QStringLiteral("Chính phủ"));
    CHECK(agenda.days[1].halfDays.size() == 3);
    CHECK(agenda.days[1].halfDays[2].plannedMinutes == 150);
    CHECK(agenda.days[5].date == QDate(2024, 10, 26));
    CHECK_FALSE(agenda.days[5].workingDay);
    CHECK(agenda.days.last().phase == 2);

    const auto findings = ok(fx.svc.check(actor(), fx.session.id));
    QList<FindingRule> rules;
    for (const AgendaFinding &f : findings)
        rules << f.rule;
    CHECK(rules == QList<FindingRule>{FindingRule::HalfDayOverrun, FindingRule::DayOff});
}

TEST_CASE("agenda writes need their roles and write nothing when refused", "[agenda][service]")
{
    Fixture fx;
    const int before = ok(fx.ws->audit().count(actor(), {}));
    CHECK(fx.svc.addItem(as(Role::Viewer), fx.item("Không được")).error().code == ErrorCode::PermissionDenied);
    CHECK(fx.svc.newVersion(as(Role::Approver), fx.session.id).error().code == ErrorCode::PermissionDenied);
    CHECK(ok(fx.svc.items(actor(), fx.version.id)).isEmpty());
    CHECK(ok(fx.ws->audit().count(actor(), {})) == before);
    CHECK(ok(fx.svc.days(as(Role::Viewer), fx.session.id)).itemCount == 0);
    ok(fx.svc.addItem(as(Role::Drafter), fx.item("Được")));
}

TEST_CASE("matters: added, used by items, not deleted while used", "[agenda][service]")
{
    Fixture fx;
    Matter m;
    m.term = 15;
    m.title = QStringLiteral("Dự án Luật Dữ liệu");
    m.procedure = MatterProcedure::TwoSession;
    m.presentingAgencyId = agencyId(*fx.ws, "CP");
    m = ok(fx.svc.addMatter(actor(), m));
    AgendaItem it = fx.item("Nghe Tờ trình dự án Luật Dữ liệu");
    it.matterId = m.id;
    it.activity = ActivityType::Submission;
    it = ok(fx.svc.addItem(actor(), it));
    CHECK(ok(fx.svc.item(actor(), it.id)).matter == m.title);
    CHECK(fx.svc.deleteMatter(actor(), m.id).error().code == ErrorCode::Conflict);
    ok(fx.svc.deleteItem(actor(), it.id));
    CHECK(ok(fx.svc.deleteMatter(actor(), m.id)).id == m.id);
    CHECK(ok(fx.svc.matters(actor(), 15)).isEmpty());
    CHECK(fx.auditClean());
}

TEST_CASE("the calendar sees the sessions' phases as plenary days", "[agenda][service][calendar]")
{
    Fixture fx;
    const auto days = fx.svc.plenaryDays(QDate(2024, 11, 1), QDate(2024, 11, 30));
    REQUIRE(days.size() == 2);
    CHECK(days[0].first == QDate(2024, 10, 21));
    CHECK(days[1].second == QDate(2024, 11, 30));
    CHECK(fx.svc.plenaryDays(QDate(2024, 12, 1), QDate(2024, 12, 31)).isEmpty());

    const auto range = ok(fx.ws->meetings().calendar(actor(), QDate(2024, 11, 1), QDate(2024, 11, 30)));
    CHECK(range.plenaryDays == days);
    Meeting m;
    m.term = 15;
    m.number = 40;
    m.phases = {{QDate(2024, 11, 12), QDate(2024, 11, 12)}};
    ok(fx.ws->meetings().createMeeting(actor(), m));
    const auto conflicts = ok(fx.ws->meetings().conflicts(actor(), QDate(2024, 11, 1), QDate(2024, 11, 30)));
    CHECK(std::any_of(conflicts.begin(), conflicts.end(), [](const services::Conflict &c) {
        return c.kind == services::ConflictKind::PlenaryDay;
    }));
}

TEST_CASE("merging duplicate people and agencies repoints agenda items, read-only ones too",
          "[agenda][service][catalogues]")
{
    Fixture fx;
    Person p;
    p.fullName = QStringLiteral("Lê Minh Hoan");
    const Id keep = ok(fx.ws->reference().addPerson(actor(), p)).id;
    p.fullName = QStringLiteral("Lê Minh Hoan (trùng)");
    const Id drop = ok(fx.ws->reference().addPerson(actor(), p)).id;
    AgendaItem it = fx.item("Nghe Tờ trình");
    it.presenterId = drop;
    it.reviewingAgencyId = agencyId(*fx.ws, "UBPLTP");
    it = ok(fx.svc.addItem(actor(), it));
    ok(fx.svc.adopt(actor(), fx.version.id, kMonday)); // read-only from now on

    services::CatalogueMerge undo;
    CHECK(ok(fx.ws->reference().mergePeople(actor(), keep, drop, &undo)) >= 1);
    CHECK(ok(fx.ws->sessionRepository().item(it.id))->presenterId == keep);
    CHECK(ok(fx.ws->audit().verify()).mismatches.isEmpty());
    ok(fx.ws->reference().undoMerge(actor(), undo));
    CHECK(ok(fx.ws->sessionRepository().item(it.id))->presenterId == drop);

    Agency duplicate;
    duplicate.name = QStringLiteral("Ủy ban Pháp luật (trùng)");
    const Id dup = ok(fx.ws->reference().addAgency(actor(), duplicate)).id;
    const AgendaVersion v2 = ok(fx.svc.newVersion(actor(), fx.session.id));
    AgendaItem copy = ok(fx.svc.items(actor(), v2.id)).first();
    copy.reviewingAgencyId = dup;
    ok(fx.svc.updateItem(actor(), copy));
    CHECK(ok(fx.ws->reference().mergeAgencies(actor(), agencyId(*fx.ws, "UBPLTP"), dup)) >= 1);
    CHECK(ok(fx.ws->sessionRepository().item(copy.id))->reviewingAgencyId == agencyId(*fx.ws, "UBPLTP"));
    // Still no other change to the adopted version's items.
    CHECK_FALSE(fx.ws->db().exec("UPDATE agenda_items SET title = 'x' WHERE id = ?", it.id).ok());
    CHECK(ok(fx.ws->audit().verify()).mismatches.isEmpty());
}
