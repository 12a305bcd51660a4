// Search: folding (đ, case, stacked tone marks), how queries are read, ranking on a fixed
// corpus, phrases and prefixes, the index kept in step by every write (services, raw SQL,
// a rolled-back transaction), hostile input, permissions, and the index a migration builds.

#include "test_support.h"

#include "thuky/domain/account.h"
#include "thuky/domain/notice.h"
#include "thuky/search/query.h"
#include "thuky/services/account_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/search_service.h"
#include "thuky/services/session_service.h"
#include "thuky/storage/database.h"
#include "thuky/storage/migrations.h"
#include "thuky/storage/transaction.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace thuky;
using namespace thuky::domain;
using services::SearchKind;
using services::SearchRequest;
using thuky::test::actor;
using thuky::test::ok;

namespace {

struct SearchFixture
{
    std::unique_ptr<services::Workspace> ws = thuky::test::workspace();
    Programme programme = thuky::test::programme(*ws);

    Task addTask(const char *number, const char *content, const char *product = "", const char *lead = "VTK")
    {
        Task t = thuky::test::task(*ws, programme.id, 0, number, content, QDate(2025, 9, 30), lead);
        t.product = QString::fromUtf8(product);
        return ok(ws->programmes().addTask(actor(), t));
    }

    services::SearchResults find(const QString &text, QList<SearchKind> kinds = {},
                                 search::PrefixMode mode = search::PrefixMode::Marked)
    {
        SearchRequest r;
        r.text = text;
        r.kinds = kinds;
        r.limit = 50;
        r.prefix = mode;
        return ok(ws->search().search(actor(), r));
    }

    /// The titles of the hits of one kind, best first.
    QStringList titles(const QString &text, SearchKind kind = SearchKind::Task,
                       search::PrefixMode mode = search::PrefixMode::Marked)
    {
        QStringList out;
        for (const auto &g : find(text, {kind}, mode).groups)
            for (const auto &h : g.hits)
                out << h.title;
        return out;
    }

    void integrityCheck()
    {
        ok(ws->db().exec("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"));
    }
};

QString marked(const QString &text, const QList<search::Mark> &marks)
{
    QString out = text;
    for (auto it = marks.crbegin(); it != marks.crend(); ++it)
        out.insert(it->start + it->length, u']').insert(it->start, u'[');
    return out;
}

} // namespace

TEST_CASE("queries are folded and read into words, phrases and prefixes", "[search]")
{
    using search::parseQuery;
    using search::QueryTerm;
    using L = QStringList;
    CHECK(parseQuery(QStringLiteral("Đảng")) == QList<QueryTerm>{{L{QStringLiteral("dang")}, false}});
    CHECK(parseQuery(QStringLiteral("  KẾT   luận ")) ==
          QList<QueryTerm>{{L{QStringLiteral("ket")}, false}, {L{QStringLiteral("luan")}, false}});
    CHECK(parseQuery(QStringLiteral("\"kết luận\" thường*")) ==
          QList<QueryTerm>{{L{QStringLiteral("ket"), QStringLiteral("luan")}, false}, {L{QStringLiteral("thuong")}, true}});
    CHECK(parseQuery(QStringLiteral("05/TB-UBTVQH15")) ==
          QList<QueryTerm>{{L{QStringLiteral("05"), QStringLiteral("tb"), QStringLiteral("ubtvqh15")}, false}});
    // Stacked marks: ệ ở ữ ặ ợ ỹ.
    CHECK(parseQuery(QStringLiteral("bệnh ở những đặc lợi Mỹ")).size() == 6);
    CHECK(parseQuery(QStringLiteral("bệnh ở những đặc lợi Mỹ"))[2].tokens == L{QStringLiteral("nhung")});
    CHECK(parseQuery(QStringLiteral("bệnh ở những đặc lợi Mỹ"))[3].tokens == L{QStringLiteral("dac")});
    // Unclosed quote: a phrase to the end; operators and brackets only separate words.
    CHECK(parseQuery(QStringLiteral("\"ket luan")) ==
          QList<QueryTerm>{{L{QStringLiteral("ket"), QStringLiteral("luan")}, false}});
    CHECK(parseQuery(QStringLiteral("a AND (b OR -c) NEAR/2 {d}:e")).size() == 7);
    CHECK(parseQuery(QStringLiteral("\"\" * ^ : - ()")).isEmpty());
    // Search as you type: the last unquoted word is a prefix; lists: every word.
    CHECK(parseQuery(QStringLiteral("ket lu"), search::PrefixMode::LastWord).last().prefix);
    CHECK_FALSE(parseQuery(QStringLiteral("ket lu"), search::PrefixMode::LastWord).first().prefix);
    CHECK_FALSE(parseQuery(QStringLiteral("\"ket lu\""), search::PrefixMode::LastWord).last().prefix);
    CHECK(parseQuery(QStringLiteral("ket lu"), search::PrefixMode::Every).first().prefix);
    CHECK_FALSE(parseQuery(QStringLiteral("ket l"), search::PrefixMode::LastWord).last().prefix);
}

TEST_CASE("search ignores accents and case and folds đ to d", "[search]")
{
    SearchFixture f;
    f.addTask("1", "Báo cáo công tác Đảng năm 2025");
    f.addTask("2", "Thông báo kết luận của Ủy ban Thường vụ Quốc hội");
    f.addTask("3", "Kiểm tra bệnh viện ở những địa phương đặc biệt khó khăn");

    CHECK(f.titles(QStringLiteral("dang")) == QStringList{QStringLiteral("Báo cáo công tác Đảng năm 2025")});
    CHECK(f.titles(QStringLiteral("ĐẢNG")).size() == 1);
    CHECK(f.titles(QStringLiteral("ket luan")).size() == 1);
    CHECK(f.titles(QStringLiteral("KẾT LUẬN")).size() == 1);
    CHECK(f.titles(QStringLiteral("uy ban thuong vu quoc hoi")).size() == 1);
    // Stacked marks in the stored text: ệ, ở, ữ, ặ, ị.
    CHECK(f.titles(QStringLiteral("benh vien o nhung dia phuong dac biet")).size() == 1);
    CHECK(f.titles(QStringLiteral("bênh viên")).size() == 1);

    // The title comes back as stored, đ included, with the matching words marked.
    const auto hits = f.find(QStringLiteral("dang"), {SearchKind::Task}).groups.at(0).hits;
    CHECK(marked(hits.at(0).title, hits.at(0).titleMarks) == QStringLiteral("Báo cáo công tác [Đảng] năm 2025"));
}

TEST_CASE("ranking: title before body, more matches first, a snippet around the match", "[search]")
{
    SearchFixture f;
    f.addTask("1", "Chuẩn bị phiên họp", "Báo cáo về giám sát ngân sách");
    f.addTask("2", "Giám sát chuyên đề về ngân sách nhà nước");
    f.addTask("3", "Giám sát việc giám sát ngân sách");
    f.addTask("4", "Tổng hợp ý kiến");

    CHECK(f.titles(QStringLiteral("giam sat ngan sach")) ==
          QStringList{QStringLiteral("Giám sát việc giám sát ngân sách"),
                      QStringLiteral("Giám sát chuyên đề về ngân sách nhà nước"), QStringLiteral("Chuẩn bị phiên họp")});
    const auto group = f.find(QStringLiteral("ngan sach"), {SearchKind::Task}).groups.at(0);
    CHECK(group.total == 3);
    const auto &bodyHit = group.hits.last();
    CHECK(bodyHit.title == QStringLiteral("Chuẩn bị phiên họp"));
    INFO(marked(bodyHit.snippet, bodyHit.snippetMarks).toStdString());
    CHECK(marked(bodyHit.snippet, bodyHit.snippetMarks) == QStringLiteral("Báo cáo về giám sát [ngân] [sách]"));
    CHECK(bodyHit.score > group.hits.first().score);

    // The limit cuts each kind; total still counts every hit.
    SearchRequest r;
    r.text = QStringLiteral("ngan sach");
    r.limit = 1;
    const auto one = ok(f.ws->search().search(actor(), r));
    REQUIRE(one.groups.size() == 1);
    CHECK(one.groups[0].hits.size() == 1);
    CHECK(one.groups[0].total == 3);
}

TEST_CASE("phrases in quotes and prefixes", "[search]")
{
    SearchFixture f;
    f.addTask("1", "Thông báo kết luận phiên họp");
    f.addTask("2", "Kết quả thảo luận dự án luật");
    f.addTask("3", "Thường trực Hội đồng Dân tộc");
    f.addTask("4", "Hiệp định thương mại tự do");

    CHECK(f.titles(QStringLiteral("ket luan")).size() == 2);
    CHECK(f.titles(QStringLiteral("\"ket luan\"")) == QStringList{QStringLiteral("Thông báo kết luận phiên họp")});
    CHECK(f.titles(QStringLiteral("\"luan ket\"")).isEmpty());
    CHECK(f.titles(QStringLiteral("thuon")).isEmpty());
    CHECK(f.titles(QStringLiteral("thuon*")).size() == 2);
    CHECK(f.titles(QStringLiteral("thuong*")).size() == 2);
    CHECK(f.titles(QStringLiteral("\"hiep dinh thuong\"*")).size() == 1);
    CHECK(f.titles(QStringLiteral("thuon"), SearchKind::Task, search::PrefixMode::LastWord).size() == 2);
    // A piece from the middle of a word is not a match.
    CHECK(f.titles(QStringLiteral("uat"), SearchKind::Task, search::PrefixMode::Every).isEmpty());
}

TEST_CASE("a prefix longer than the index's prefix entries reads the words that start so", "[search]")
{
    SearchFixture f;
    // 30 words sharing "tongh": more than a prefix is expanded to, so FTS5 reads it itself.
    for (int i = 0; i < 30; ++i) {
        // tongha … tonghz, then tonghaa … tonghad
        const QString word = i < 26 ? QStringLiteral("tongh") + QChar(u'a' + i) : QStringLiteral("tongha") + QChar(u'a' + i - 26);
        f.addTask(QByteArray::number(i + 1).constData(), (QStringLiteral("Mã ") + word + QStringLiteral(" của hồ sơ")).toUtf8().constData());
    }
    f.addTask("31", "Báo cáo tình hình thực hiện");
    f.addTask("32", "Báo cáo tình huống khẩn cấp");

    CHECK(f.titles(QStringLiteral("tongh*")).size() == 30);
    CHECK(f.titles(QStringLiteral("tonghz*")).size() == 1);
    CHECK(f.titles(QStringLiteral("tongha*")).size() == 5);
    CHECK(f.titles(QStringLiteral("khongco*")).isEmpty());
    // A phrase whose last word is a prefix: each word it stands for, in its place.
    CHECK(f.titles(QStringLiteral("\"bao cao tinh hin\"*")) == QStringList{QStringLiteral("Báo cáo tình hình thực hiện")});
    CHECK(f.titles(QStringLiteral("bao cao tinh huon"), SearchKind::Task, search::PrefixMode::LastWord) ==
          QStringList{QStringLiteral("Báo cáo tình huống khẩn cấp")});
    // The word found through the prefix is marked.
    const auto hit = f.find(QStringLiteral("tinh huo"), {SearchKind::Task}, search::PrefixMode::LastWord).groups.at(0).hits.at(0);
    CHECK(marked(hit.title, hit.titleMarks) == QStringLiteral("Báo cáo [tình] [huống] khẩn cấp"));
    // A word written a moment ago is among those a prefix reads.
    f.addTask("33", "Phiên giải trình chuyên đề");
    CHECK(f.titles(QStringLiteral("chuyen de"), SearchKind::Task, search::PrefixMode::LastWord) ==
          QStringList{QStringLiteral("Phiên giải trình chuyên đề")});
}

TEST_CASE("the ranking is bm25: the same scores as FTS5's own bm25() under the count cap", "[search]")
{
    SearchFixture f;
    f.addTask("1", "Chuẩn bị phiên họp", "Báo cáo về giám sát ngân sách");
    f.addTask("2", "Giám sát chuyên đề về ngân sách nhà nước");
    f.addTask("3", "Giám sát việc giám sát ngân sách");
    f.addTask("4", "Ngân sách địa phương năm 2026", "Giám sát");
    f.addTask("5", "Tổng hợp ý kiến");

    const auto group = f.find(QStringLiteral("giam sat ngan sach"), {SearchKind::Task}).groups.at(0);
    REQUIRE(group.hits.size() == 4);
    auto stmt = ok(f.ws->db().prepare(
        "SELECT d.title, bm25(search_fts, 10.0, 2.0, 5.0, 1.0, 0.0),"
        " thuky_rank(search_fts, NULL, 10.0, 2.0, 5.0, 1.0, 0.0)"
        " FROM search_fts JOIN search_docs d ON d.doc_id = search_fts.rowid"
        " WHERE search_fts MATCH '{facets} : (\"ktask\") AND (\"giam\" \"sat\" \"ngan\" \"sach\")'"
        " ORDER BY 2"));
    int row = 0;
    while (ok(stmt.step())) {
        INFO(stmt.text(0).toStdString());
        // Counted by itself, thuky_rank() is bm25(); given the search's counts, the same.
        CHECK(stmt.real(2) == Approx(stmt.real(1)).epsilon(1e-12));
        REQUIRE(row < group.hits.size());
        CHECK(group.hits[row].title == stmt.text(0));
        CHECK(group.hits[row].score == Approx(stmt.real(1)).epsilon(1e-12));
        ++row;
    }
    CHECK(row == 4);
}

TEST_CASE("units and agencies are a kind of their own, by name and short name, kept in step", "[search]")
{
    SearchFixture f;
    CHECK(f.titles(QStringLiteral("uy ban kinh te"), SearchKind::Agency) ==
          QStringList{QStringLiteral("Ủy ban Kinh tế và Tài chính")});
    CHECK(f.titles(QStringLiteral("ubkttc"), SearchKind::Agency) == QStringList{QStringLiteral("Ủy ban Kinh tế và Tài chính")});
    CHECK(f.titles(QStringLiteral("vu thu"), SearchKind::Agency, search::PrefixMode::LastWord)
              .contains(QStringLiteral("Vụ Thư ký")));
    // The unit filter of the search finds the unit itself.
    SearchRequest r;
    r.text = QStringLiteral("vu thu ky");
    r.kinds = {SearchKind::Agency};
    r.unitId = ok(f.ws->reference().findAgency(actor(), QStringLiteral("VTK")))->id;
    CHECK(ok(f.ws->search().search(actor(), r)).total() == 1);

    Agency added;
    added.name = QStringLiteral("Tổ công tác đặc biệt");
    added.shortName = QStringLiteral("TCTĐB");
    added = ok(f.ws->reference().addAgency(actor(), added));
    CHECK(f.titles(QStringLiteral("to cong tac"), SearchKind::Agency) == QStringList{added.name});
    added.name = QStringLiteral("Tổ công tác thường trực");
    ok(f.ws->reference().updateAgency(actor(), added));
    CHECK(f.titles(QStringLiteral("dac biet"), SearchKind::Agency).isEmpty());
    CHECK(f.titles(QStringLiteral("thuong truc"), SearchKind::Agency) == QStringList{added.name});
    CHECK(f.titles(QStringLiteral("tctdb"), SearchKind::Agency) == QStringList{added.name});
    CHECK(*ok(f.ws->reference().matchingAgencies(actor(), QStringLiteral("to cong"))) == QList<Id>{added.id});
    CHECK(!ok(f.ws->reference().matchingAgencies(actor(), QStringLiteral("  "))).has_value());
    ok(f.ws->reference().deleteAgency(actor(), added.id));
    CHECK(f.titles(QStringLiteral("thuong truc"), SearchKind::Agency).isEmpty());
    f.integrityCheck();
}

TEST_CASE("the index follows inserts, updates and deletes of every kind", "[search]")
{
    SearchFixture f;
    auto &programmes = f.ws->programmes();
    Task t = f.addTask("1", "Rà soát văn bản quy phạm");
    CHECK(f.titles(QStringLiteral("ra soat")).size() == 1);
    t.content = QStringLiteral("Tổng kết công tác đối ngoại");
    t = ok(programmes.updateTask(actor(), t));
    CHECK(f.titles(QStringLiteral("ra soat")).isEmpty());
    CHECK(f.titles(QStringLiteral("doi ngoai")).size() == 1);
    // The lead unit's name is searched too, and follows a rename.
    CHECK(f.titles(QStringLiteral("vu thu ky")).size() == 1);
    Agency vtk = ok(f.ws->reference().agency(actor(), thuky::test::agencyId(*f.ws, "VTK")));
    vtk.name = QStringLiteral("Vụ Thư ký biên tập mới");
    ok(f.ws->reference().updateAgency(actor(), vtk));
    CHECK(f.titles(QStringLiteral("bien tap moi")).size() == 1);
    ok(programmes.deleteTask(actor(), t.id));
    CHECK(f.titles(QStringLiteral("doi ngoai")).isEmpty());

    // People.
    Person p;
    p.fullName = QStringLiteral("Nguyễn Thị Đào");
    p.position = QStringLiteral("Vụ trưởng");
    p.unitId = thuky::test::agencyId(*f.ws, "VTK");
    p = ok(f.ws->reference().addPerson(actor(), p));
    CHECK(f.titles(QStringLiteral("dao"), SearchKind::Person) == QStringList{QStringLiteral("Nguyễn Thị Đào")});
    p.fullName = QStringLiteral("Nguyễn Thị Đào Hạnh");
    ok(f.ws->reference().updatePerson(actor(), p));
    CHECK(f.titles(QStringLiteral("hanh"), SearchKind::Person).size() == 1);
    ok(f.ws->reference().deletePerson(actor(), p.id));
    CHECK(f.titles(QStringLiteral("dao"), SearchKind::Person).isEmpty());

    // Meeting contents (and their meeting).
    Meeting m;
    m.term = 15;
    m.number = 7;
    m.phases = {{QDate(2025, 6, 10), QDate(2025, 6, 11)}};
    m = ok(f.ws->meetings().createMeeting(actor(), m));
    MeetingContent c;
    c.meetingId = m.id;
    c.title = QStringLiteral("Cho ý kiến về dự án Luật Đất đai (sửa đổi)");
    c.presentingAgencyId = thuky::test::agencyId(*f.ws, "CP");
    c.plannedDay = QDate(2025, 6, 11);
    c = ok(f.ws->meetings().addContent(actor(), c)).content;
    const auto contentHits = f.find(QStringLiteral("luat dat dai"), {SearchKind::Content}).groups;
    REQUIRE(contentHits.size() == 1);
    CHECK(contentHits[0].hits[0].id == c.id);
    CHECK(contentHits[0].hits[0].parentId == m.id);
    CHECK(contentHits[0].hits[0].year == 2025);
    CHECK(f.titles(QStringLiteral("phien hop thu 7"), SearchKind::Content).size() == 1);
    c.title = QStringLiteral("Cho ý kiến về dự án Luật Thủ đô");
    ok(f.ws->meetings().updateContent(actor(), c));
    CHECK(f.titles(QStringLiteral("dat dai"), SearchKind::Content).isEmpty());
    CHECK(f.titles(QStringLiteral("thu do"), SearchKind::Content).size() == 1);
    ok(f.ws->meetings().removeContent(actor(), c.id));
    CHECK(f.titles(QStringLiteral("thu do"), SearchKind::Content).isEmpty());

    // Notices: the subject, the body's text, the number once issued.
    c = ok(f.ws->meetings().addContent(actor(), c)).content;
    User admin;
    admin.userName = QStringLiteral("quantri");
    admin.fullName = QStringLiteral("Quản trị");
    admin.roles = {Role::Administrator};
    ok(f.ws->accounts().addUser(actor(), admin, QStringLiteral("Thuky@2025x")));
    User u;
    u.userName = QStringLiteral("lanhdao");
    u.fullName = QStringLiteral("Lãnh đạo");
    u.roles = {Role::Drafter};
    const Actor boss = ok(f.ws->accounts().addUser(actor(), u, QStringLiteral("Thuky@2025x"))).actor();
    u.userName = QStringLiteral("tongthuky");
    u.roles = {Role::Approver};
    const Actor approver = ok(f.ws->accounts().addUser(actor(), u, QStringLiteral("Thuky@2025x"))).actor();
    auto &notices = f.ws->notices();
    auto issuer = ok(notices.issuerByCode(actor(), QStringLiteral("UBTVQH")));
    issuer.symbol = QStringLiteral("TB-UBTVQH15");
    ok(notices.saveIssuer(actor(), issuer));
    Notice n = ok(notices.createFromContent(boss, c.id));
    n.body.blocks.append(NoticeBody::fromMarkedText(QStringLiteral("1. Cơ bản **tán thành** sự cần thiết.")).blocks);
    n = ok(notices.updateDraft(boss, n));
    const auto noticeHits = f.find(QStringLiteral("tan thanh"), {SearchKind::Notice}).groups;
    REQUIRE(noticeHits.size() == 1);
    CHECK(noticeHits[0].hits[0].id == n.id);
    CHECK(marked(noticeHits[0].hits[0].snippet, noticeHits[0].hits[0].snippetMarks)
              .contains(QStringLiteral("[tán] [thành]")));
    ok(notices.submit(boss, n.id));
    ok(notices.approve(approver, n.id));
    n = ok(notices.issue(approver, n.id));
    CHECK(f.titles(n.numberText(), SearchKind::Notice).size() == 1);
    CHECK(f.titles(QStringLiteral("tb ubtvqh15"), SearchKind::Notice).size() == 1);
    f.integrityCheck();
}

TEST_CASE("a rolled-back write leaves the index as it was", "[search]")
{
    SearchFixture f;
    Task t = f.addTask("1", "Rà soát văn bản quy phạm");
    {
        auto tx = ok(storage::Transaction::begin(f.ws->db()));
        t.content = QStringLiteral("Tổng kết công tác đối ngoại");
        ok(f.ws->programmes().updateTask(actor(), t));
        f.addTask("2", "Tiếp công dân định kỳ");
        // Seen inside the transaction…
        CHECK(f.titles(QStringLiteral("doi ngoai")).size() == 1);
        // …and gone with it.
    }
    CHECK(f.titles(QStringLiteral("doi ngoai")).isEmpty());
    CHECK(f.titles(QStringLiteral("tiep cong dan")).isEmpty());
    CHECK(f.titles(QStringLiteral("ra soat")).size() == 1);
    // A refused write (the number is taken) changes nothing either.
    Task dup = thuky::test::task(*f.ws, f.programme.id, 0, "1", "Hội nghị trùng số", QDate(2025, 9, 30));
    CHECK_FALSE(f.ws->programmes().addTask(actor(), dup).ok());
    CHECK(f.titles(QStringLiteral("trung so")).isEmpty());
    f.integrityCheck();
}

TEST_CASE("another writer (plain SQL, no Thuky functions) keeps the index right", "[search]")
{
    SearchFixture f;
    const Task t = f.addTask("1", "Rà soát văn bản quy phạm");
    ok(f.ws->db().exec("UPDATE tasks SET content = ? WHERE id = ?", QStringLiteral("Đôn đốc giải quyết kiến nghị"), t.id));
    CHECK(f.titles(QStringLiteral("don doc")).size() == 1);
    CHECK(f.titles(QStringLiteral("ra soat")).isEmpty());
    ok(f.ws->db().exec("DELETE FROM tasks WHERE id = ?", t.id));
    CHECK(f.titles(QStringLiteral("don doc")).isEmpty());
    f.integrityCheck();
}

TEST_CASE("hostile queries never fail", "[search]")
{
    SearchFixture f;
    f.addTask("1", "Báo cáo \"kết luận\" (AND) OR NOT * ^ {title}: NEAR/3 - 100%_");
    const QString alphabet = QStringLiteral("\"'*^:(){}[]-+/\\.,;!?%_&|~<>=@#$`aăđêô ĐUƯ0 19\t\n\x01");
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 1500; ++i) {
        QString q;
        const int n = int(rng->bounded(1, 24));
        for (int j = 0; j < n; ++j)
            q.append(alphabet.at(rng->bounded(int(alphabet.size()))));
        for (auto mode : {search::PrefixMode::Marked, search::PrefixMode::LastWord, search::PrefixMode::Every}) {
            SearchRequest r;
            r.text = q;
            r.prefix = mode;
            auto result = f.ws->search().search(actor(), r);
            INFO(q.toStdString());
            REQUIRE(result.ok());
        }
        storage::TaskFilter filter;
        filter.programmeId = f.programme.id;
        filter.text = q;
        INFO(q.toStdString());
        REQUIRE(f.ws->programmes().tasks(actor(), filter, 0, 50).ok());
    }
    CHECK(f.titles(QStringLiteral("AND OR NOT")).size() == 1);
    CHECK(f.titles(QStringLiteral("{title}: NEAR/3")).size() == 1);
    CHECK(f.find(QStringLiteral("\"\"\"")).groups.isEmpty());
}

TEST_CASE("search needs the right to view and checks its limits", "[search]")
{
    SearchFixture f;
    f.addTask("1", "Báo cáo công tác");
    Actor nobody{99, QStringLiteral("khach"), QStringLiteral("Khách"), {}};
    SearchRequest r;
    r.text = QStringLiteral("bao cao");
    CHECK(f.ws->search().search(nobody, r).error().code == ErrorCode::PermissionDenied);
    r.kinds = {SearchKind::Task};
    CHECK(f.ws->search().search(nobody, r).error().code == ErrorCode::PermissionDenied);
    Actor viewer{98, QStringLiteral("xem"), QStringLiteral("Người xem"), {Role::Viewer}};
    CHECK(ok(f.ws->search().search(viewer, r)).total() == 1);
    r.limit = 0;
    CHECK(f.ws->search().search(viewer, r).error().detail == QStringLiteral("limit"));
    r.limit = 10;
    r.year = 1200;
    CHECK(f.ws->search().search(viewer, r).error().detail == QStringLiteral("year"));
}

TEST_CASE("filters by year and unit", "[search]")
{
    SearchFixture f;
    const Programme next = thuky::test::programme(*f.ws, 2026);
    f.addTask("1", "Báo cáo tổng kết", "", "VTK");
    ok(f.ws->programmes().addTask(actor(), thuky::test::task(*f.ws, next.id, 0, "1", "Báo cáo sơ kết", QDate(2026, 3, 1), "VTH")));
    SearchRequest r;
    r.text = QStringLiteral("bao cao");
    r.kinds = {SearchKind::Task};
    CHECK(ok(f.ws->search().search(actor(), r)).total() == 2);
    r.year = 2026;
    auto y = ok(f.ws->search().search(actor(), r));
    REQUIRE(y.total() == 1);
    CHECK(y.groups[0].hits[0].parentId == next.id);
    CHECK(y.groups[0].hits[0].year == 2026);
    r.year.reset();
    r.unitId = thuky::test::agencyId(*f.ws, "VTK");
    auto u = ok(f.ws->search().search(actor(), r));
    REQUIRE(u.total() == 1);
    CHECK(u.groups[0].hits[0].title == QStringLiteral("Báo cáo tổng kết"));
}

TEST_CASE("the programme's text filter goes through the index: words are prefixes", "[search][programme]")
{
    SearchFixture f;
    f.addTask("1", "Giám sát việc thực hiện Luật Đất đai");
    f.addTask("2", "Báo cáo công tác dân nguyện", "Báo cáo giám sát");
    storage::TaskFilter q;
    q.programmeId = f.programme.id;
    const auto count = [&](const char *text) {
        q.text = QString::fromUtf8(text);
        return ok(f.ws->programmes().tasks(actor(), q, 0, 50)).size();
    };
    CHECK(count("giam sat") == 2);
    CHECK(count("gia") == 2);
    CHECK(count("luat da") == 1);
    CHECK(count("\"sat viec\"") == 1);
    CHECK(count("uat") == 0);       // not from the middle of a word
    CHECK(count("vu thu ky") == 0); // the unit's name is the unit filter's business
    CHECK(count("***") == 2);       // no word: nothing narrowed
    CHECK(count("nguye") == 1);     // a prefix longer than the index's prefix entries
    CHECK(count("nguyen giam") == 1);
    CHECK(count("nguyenx") == 0);
    // The index is asked for the programme's year: a programme moved to another year
    // still finds its tasks, and sums stay right.
    domain::Programme moved = f.programme;
    moved.year += 1;
    ok(f.ws->programmes().updateProgramme(actor(), moved));
    CHECK(count("giam sat") == 2);
    CHECK(ok(f.ws->programmes().countTasks(actor(), q)) == 2);
    CHECK(ok(f.ws->programmes().summary(actor(), q)).total == 2);
}

TEST_CASE("upgrading to the search schema indexes the records already there", "[search][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto old = ok(services::Workspace::open(path, true, 8));
        old->setToday(thuky::test::kToday);
        const Programme p = thuky::test::programme(*old);
        ok(old->programmes().addTask(actor(), thuky::test::task(*old, p.id, 0, "1", "Tổng hợp kiến nghị cử tri", QDate(2025, 9, 1))));
        Person person;
        person.fullName = QStringLiteral("Trần Văn Đức");
        ok(old->reference().addPerson(actor(), person));
        CHECK(old->db().userVersion() == 8);
    }
    auto ws = ok(services::Workspace::open(path));
    CHECK(ws->db().userVersion() == storage::schemaVersion());
    SearchRequest r;
    r.text = QStringLiteral("kien nghi cu tri");
    CHECK(ok(ws->search().search(actor(), r)).total() == 1);
    r.text = QStringLiteral("duc");
    CHECK(ok(ws->search().search(actor(), r)).groups.at(0).kind == SearchKind::Person);
}

TEST_CASE("a word most records hold: the newest matches are ranked, counts stop at 1,000", "[search]")
{
    SearchFixture f;
    f.addTask("1", "Giám sát chuyên đề chung chung"); // the best match, but the oldest
    for (int i = 2; i <= 1005; ++i)
        f.addTask(QByteArray::number(i).constData(), "Nhiệm vụ chung của các đơn vị");
    SearchRequest r;
    r.text = QStringLiteral("chung");
    r.kinds = {SearchKind::Task};
    r.limit = 5;
    const auto found = ok(f.ws->search().search(actor(), r));
    REQUIRE(found.groups.size() == 1);
    CHECK(found.groups[0].hits.size() == 5);
    CHECK(found.groups[0].total == 1000);
    CHECK(found.groups[0].more);
    // Outside the newest matches: not ranked. A second word brings it back.
    CHECK(found.groups[0].hits[0].title != QStringLiteral("Giám sát chuyên đề chung chung"));
    r.text = QStringLiteral("chung giam");
    CHECK(ok(f.ws->search().search(actor(), r)).groups.at(0).hits.at(0).title ==
          QStringLiteral("Giám sát chuyên đề chung chung"));
    r.limit = 301;
    CHECK(f.ws->search().search(actor(), r).error().detail == QStringLiteral("limit"));
}

TEST_CASE("search finds the items of each session's newest agenda version, and follows new and undone versions",
          "[search][agenda]")
{
    SearchFixture fx;
    services::SessionService &svc = fx.ws->sessions();
    Session s;
    s.term = 15;
    s.ordinal = 8;
    s.phases = {{0, 1, QDate(2024, 10, 21), QDate(2024, 11, 30)}};
    s = ok(svc.createSession(actor(), s));
    const AgendaVersion first = ok(svc.newVersion(actor(), s.id));
    AgendaItem it;
    it.versionId = first.id;
    it.title = QStringLiteral("Thảo luận ở Tổ về dự án Luật Đất đai (sửa đổi)");
    it.date = QDate(2024, 10, 22);
    it.halfDay = HalfDay::Morning;
    const AgendaItem added = ok(svc.addItem(actor(), it));

    const auto ids = [&](const char *text) {
        QList<Id> out;
        for (const auto &g : fx.find(QString::fromUtf8(text), {SearchKind::Agenda}).groups)
            for (const auto &h : g.hits) {
                CHECK(h.entity == storage::Entity::AgendaItem);
                CHECK(h.parentId == s.id);
                CHECK(h.year == 2024);
                out << h.id;
            }
        return out;
    };
    CHECK(ids("dat dai") == QList<Id>{added.id});

    // A new version copies the item: the copy is found, not the superseded original.
    const AgendaVersion second = ok(svc.newVersion(actor(), s.id));
    const QList<AgendaItem> copies = ok(svc.items(actor(), second.id));
    REQUIRE(copies.size() == 1);
    CHECK(ids("dat dai") == QList<Id>{copies.first().id});

    // Renamed in the newest version: the new words are found, the old ones no longer.
    AgendaItem renamed = copies.first();
    renamed.title = QStringLiteral("Biểu quyết thông qua Luật Đất đai (sửa đổi)");
    ok(svc.updateItem(actor(), renamed));
    CHECK(ids("bieu quyet") == QList<Id>{renamed.id});
    CHECK(ids("thao luan").isEmpty());

    // Undoing the new version brings the first version's item back.
    ok(svc.deleteVersion(actor(), second.id));
    CHECK(ids("thao luan") == QList<Id>{added.id});
    CHECK(ids("bieu quyet").isEmpty());
}
