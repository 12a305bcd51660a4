// Conclusion notices: the body and templates, the word diff, each allowed and refused step
// of the workflow, numbering (four processes issuing at once), immutability through the
// service and through raw SQL, follow-up tasks, and the audit trail.

#include "test_support.h"

#include "thuky/domain/account.h"
#include "thuky/domain/notice.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/domain/word_diff.h"
#include "thuky/domain/working_days.h"
#include "thuky/services/account_service.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/notice_service.h"
#include "thuky/storage/database.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTemporaryDir>

#include <sys/wait.h>
#include <unistd.h>

using namespace thuky;
using namespace thuky::domain;
using services::NoticeService;
using thuky::test::actor;
using thuky::test::ok;

namespace {

/// A workspace with one account per role, a held meeting and a content with its documents.
struct NoticeFixture
{
    std::unique_ptr<services::Workspace> ws;
    Actor drafter, reviewer, approver, admin, viewer;
    Id contentId = 0;

    explicit NoticeFixture(
        std::unique_ptr<services::Workspace> workspace = thuky::test::workspace())
        : ws(std::move(workspace))
    {
        admin = addUser("quantri", Role::Administrator);
        drafter = addUser("chuyenvien", Role::Drafter);
        reviewer = addUser("lanhdaovu", Role::Reviewer);
        approver = addUser("tongthuky", Role::Approver);
        viewer = addUser("nguoixem", Role::Viewer);
        Meeting m;
        m.term = 15;
        m.phases = {{QDate(2025, 6, 10), QDate(2025, 6, 11)}};
        m.status = MeetingStatus::Held;
        m = ok(ws->meetings().createMeeting(actor(), m));
        MeetingContent c;
        c.meetingId = m.id;
        c.title = QStringLiteral("Cho ý kiến về dự án Luật Đất đai (sửa đổi)");
        c.presentingAgencyId = thuky::test::agencyId(*ws, "CP");
        c.reviewingAgencyId = thuky::test::agencyId(*ws, "UBKTTC");
        c.plannedDay = QDate(2025, 6, 11);
        RequiredDocument submission;
        submission.kind = DocumentKind::Submission;
        submission.responsibleAgencyId = c.presentingAgencyId;
        submission.note = QStringLiteral("Tờ trình số 123/TTr-CP ngày 20/5/2025");
        RequiredDocument review;
        review.kind = DocumentKind::ReviewReport;
        review.responsibleAgencyId = c.reviewingAgencyId;
        review.note = QStringLiteral("số 456/BC-UBKTTC15");
        contentId = ok(ws->meetings().addContent(actor(), c, {submission, review})).content.id;
        // The seeded symbol carries the term of the day the database was made.
        IssuerProfile ubtvqh = ok(svc().issuerByCode(actor(), QStringLiteral("UBTVQH")));
        ubtvqh.symbol = QStringLiteral("TB-UBTVQH15");
        ok(svc().saveIssuer(admin, ubtvqh));
    }

    Actor addUser(const char *name, Role role)
    {
        User u;
        u.userName = QString::fromLatin1(name);
        u.fullName = QStringLiteral("Cán bộ %1").arg(u.userName);
        u.roles = {role};
        return ok(ws->accounts().addUser(actor(), u, QStringLiteral("Thuky@2025x"))).actor();
    }

    NoticeService &svc() { return ws->notices(); }

    /// A notice with one numbered conclusion, taken to `status`.
    Notice noticeIn(NoticeStatus status)
    {
        Notice n = ok(svc().createFromContent(drafter, contentId));
        n.body.blocks.append(
            NoticeBody::fromMarkedText(QStringLiteral("1. Cơ bản **tán thành**.")).blocks);
        n = ok(svc().updateDraft(drafter, n));
        if (status == NoticeStatus::Draft)
            return n;
        ok(svc().submit(drafter, n.id));
        if (status == NoticeStatus::Returned)
            return ok(svc().returnNotice(reviewer, n.id, QStringLiteral("Sửa đoạn 2")));
        if (status == NoticeStatus::Submitted)
            return ok(svc().notice(actor(), n.id));
        n = ok(svc().approve(approver, n.id));
        if (status == NoticeStatus::Approved)
            return n;
        return ok(svc().issue(approver, n.id));
    }
};

std::optional<ErrorCode> codeOf(const auto &result)
{
    return result ? std::nullopt : std::optional(result.error().code);
}

} // namespace

TEST_CASE("notice words, numbers and dates read as Decree 30 writes them", "[notices][domain]")
{
    for (NoticeStatus s : kAllNoticeStatuses)
        CHECK(noticeStatusFromText(noticeStatusLabel(s)) == s);
    for (NoticeKind k : kAllNoticeKinds)
        CHECK(noticeKindFromText(noticeKindKey(k)) == k);
    CHECK(noticeStatusFromText(QStringLiteral("ban hanh")) == NoticeStatus::Issued);
    CHECK(noticeNumberText(5) == QStringLiteral("05"));
    CHECK(noticeNumberText(12) == QStringLiteral("12"));
    Notice n;
    n.number = 5;
    n.symbol = QStringLiteral("TB-UBTVQH15");
    CHECK(n.numberText() == QStringLiteral("05/TB-UBTVQH15"));
    // The leading-zero rule: days below 10 and months 1 and 2.
    CHECK(longDate(QDate(2027, 1, 5)) == QStringLiteral("ngày 05 tháng 01 năm 2027"));
    CHECK(longDate(QDate(2027, 6, 29)) == QStringLiteral("ngày 29 tháng 6 năm 2027"));
    CHECK(longDate(QDate(2027, 2, 9)) == QStringLiteral("ngày 09 tháng 02 năm 2027"));
    IssuerProfile i;
    i.authority = SignatureAuthority::OnBehalf;
    i.authorityBody = QStringLiteral("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
    CHECK(i.authorityLine() == QStringLiteral("TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"));
}

TEST_CASE("a notice body nests its conclusions and keeps bold and italic", "[notices][domain]")
{
    const NoticeBody body = NoticeBody::fromMarkedText(QStringLiteral(
        "Tại phiên họp thứ 40, *Ủy ban* kết luận:\n"
        "1. Về **sự cần thiết**\n1.1. Tán thành\n1.2. Đề nghị ***bổ sung***\n2. Giao cơ quan\n"
        "- Thêm một ý"));
    REQUIRE(body.blocks.size() == 6);
    CHECK(body.blocks[0].type == NoticeBlock::Type::Paragraph);
    CHECK(body.blocks[0].runs[1] == TextRun{QStringLiteral("Ủy ban"), false, true});
    CHECK(body.blocks[1].runs[1] == TextRun{QStringLiteral("sự cần thiết"), true, false});
    CHECK(body.blocks[3].runs[1] == TextRun{QStringLiteral("bổ sung"), true, true});
    CHECK(body.conclusionLabels() == QStringList{QString(), QStringLiteral("1"),
                                                 QStringLiteral("1.1"), QStringLiteral("1.2"),
                                                 QStringLiteral("2"), QStringLiteral("3")});
    CHECK(body.plainText().contains(QStringLiteral("\n1.2. Đề nghị bổ sung\n")));
    CHECK(ok(NoticeBody::fromJson(body.toJson())) == body);
    CHECK(NoticeBody::fromMarkedText(body.toMarkedText()) == body);
    CHECK_FALSE(NoticeBody::fromJson(QByteArrayLiteral(R"({"blocks":[{"type":"x"}]})")).ok());
    CHECK_FALSE(
        NoticeBody::fromJson(QByteArrayLiteral(R"({"blocks":[{"type":"conclusion","level":4}]})"))
            .ok());
}

TEST_CASE("placeholders are filled and the spaces they leave closed up", "[notices][domain]")
{
    const QHash<QString, QString> v{{QStringLiteral("a"), QStringLiteral("40")},
                                    {QStringLiteral("empty"), QString()}};
    CHECK(fillPlaceholders(QStringLiteral("Phiên họp thứ {a}, {empty} ngày {unknown}."), v) ==
          QStringLiteral("Phiên họp thứ 40, ngày {unknown}."));
    CHECK(fillPlaceholders(QStringLiteral("Tờ trình {empty}, và"), v) ==
          QStringLiteral("Tờ trình, và"));
}

TEST_CASE("the word diff marks insertions and deletions word by word", "[notices][diff]")
{
    SECTION("Vietnamese words keep their tone marks, and composed equals decomposed")
    {
        CHECK(wordTokens(QStringLiteral("Kết luận số 05/TB-UBTVQH15, mục 1.1.")) ==
              QStringList{QStringLiteral("Kết "), QStringLiteral("luận "), QStringLiteral("số "),
                          QStringLiteral("05/TB-UBTVQH15"), QStringLiteral(", "),
                          QStringLiteral("mục "), QStringLiteral("1.1"), QStringLiteral(".")});
        const QString decomposed =
            QStringLiteral("Kết luận").normalized(QString::NormalizationForm_D);
        CHECK(wordDiff(decomposed, QStringLiteral("Kết luận")) ==
              QList<DiffSpan>{{DiffOp::Equal, QStringLiteral("Kết luận")}});
    }
    SECTION("a changed word is its deletion then its insertion")
    {
        const auto spans = wordDiff(QStringLiteral("Ủy ban cơ bản tán thành dự án."),
                                    QStringLiteral("Ủy ban tán thành toàn bộ dự án."));
        CHECK(spans == QList<DiffSpan>{{DiffOp::Equal, QStringLiteral("Ủy ban ")},
                                       {DiffOp::Delete, QStringLiteral("cơ bản ")},
                                       {DiffOp::Equal, QStringLiteral("tán thành ")},
                                       {DiffOp::Insert, QStringLiteral("toàn bộ ")},
                                       {DiffOp::Equal, QStringLiteral("dự án.")}});
        const auto replaced = wordDiff(QStringLiteral("giao Chính phủ chỉ đạo"),
                                       QStringLiteral("giao Bộ Tư pháp chỉ đạo"));
        CHECK(replaced == QList<DiffSpan>{{DiffOp::Equal, QStringLiteral("giao ")},
                                          {DiffOp::Delete, QStringLiteral("Chính phủ ")},
                                          {DiffOp::Insert, QStringLiteral("Bộ Tư pháp ")},
                                          {DiffOp::Equal, QStringLiteral("chỉ đạo")}});
    }
    SECTION("the spans give both texts back")
    {
        const QString a =
            QStringLiteral("1. Đề nghị Chính phủ tiếp thu.\n2. Giao Ủy ban Pháp luật.");
        const QString b =
            QStringLiteral("1. Đề nghị Chính phủ khẩn trương tiếp thu, hoàn thiện.\n2. Giao.");
        QString before, after;
        for (const DiffSpan &s : wordDiff(a, b)) {
            if (s.op != DiffOp::Insert)
                before += s.text;
            if (s.op != DiffOp::Delete)
                after += s.text;
        }
        CHECK(before == a);
        CHECK(after == b);
        CHECK(wordDiff(QString(), QString()).isEmpty());
        CHECK(wordDiff(QString(), QStringLiteral("mới")) ==
              QList<DiffSpan>{{DiffOp::Insert, QStringLiteral("mới")}});
    }
}

TEST_CASE("a notice from a meeting content starts with its opening paragraph written", "[notices]")
{
    NoticeFixture f;
    const auto values = ok(f.svc().templateValues(actor(), f.contentId));
    CHECK(values.value(QStringLiteral("ngay_hop_bang_chu")) ==
          QStringLiteral("ngày 11 tháng 6 năm 2025"));
    CHECK(values.value(QStringLiteral("so_to_trinh")) == QStringLiteral("số 123/TTr-CP"));
    const Notice n = ok(f.svc().createFromContent(f.drafter, f.contentId));
    CHECK(n.status == NoticeStatus::Draft);
    CHECK(n.subject ==
          QStringLiteral("Kết luận của Ủy ban Thường vụ Quốc hội về dự án Luật Đất đai (sửa đổi)"));
    REQUIRE(n.body.blocks.size() == 1);
    CHECK(n.body.blocks[0].text() ==
          QStringLiteral(
              "Tại phiên họp thứ 1, ngày 11 tháng 6 năm 2025, sau khi nghe Chính phủ trình bày "
              "Tờ trình số 123/TTr-CP và Ủy ban Kinh tế và Tài chính trình bày Báo cáo thẩm "
              "tra số 456/BC-UBKTTC15 về dự án Luật Đất đai (sửa đổi), ý kiến phát biểu của "
              "các đại biểu dự họp, Ủy ban Thường vụ Quốc hội kết luận như sau:"));
    CHECK(n.contentIds == QList<Id>{f.contentId});
    CHECK(n.meetingDate == QDate(2025, 6, 11));
    CHECK(n.dueDate == QDate(2025, 6, 18)); // five working days
    CHECK(n.recipients.contains(QStringLiteral("Văn phòng Quốc hội")));
    CHECK(n.drafterId == f.drafter.userId);

    SECTION("an administrator edits the template; the next notice follows it")
    {
        CHECK(codeOf(f.svc().saveTemplate(f.drafter, {NoticeKind::Ubtvqh, {}, {}, 3})) ==
              ErrorCode::PermissionDenied);
        ok(f.svc().saveTemplate(f.admin,
                                {NoticeKind::Ubtvqh, QStringLiteral("Về {noi_dung}"),
                                 QStringLiteral("Phiên họp thứ {so_phien_hop} khóa {khoa}."), 3}));
        const Notice m = ok(f.svc().createFromContent(f.drafter, f.contentId));
        CHECK(m.subject == QStringLiteral("Về dự án Luật Đất đai (sửa đổi)"));
        CHECK(m.body.blocks[0].text() == QStringLiteral("Phiên họp thứ 1 khóa XV."));
        CHECK(m.dueDate == QDate(2025, 6, 16));
    }
}

TEST_CASE("each workflow step, allowed and refused", "[notices][workflow]")
{
    NoticeFixture f;
    auto &svc = f.svc();

    SECTION("only drafters write drafts")
    {
        CHECK(codeOf(svc.createFromContent(f.viewer, f.contentId)) == ErrorCode::PermissionDenied);
        CHECK(codeOf(svc.createFromContent(f.approver, f.contentId)) ==
              ErrorCode::PermissionDenied);
        CHECK(codeOf(svc.createFromContent(f.reviewer, f.contentId)) == std::nullopt);
    }
    SECTION("the happy path: draft, submit, return, resubmit, approve, issue")
    {
        Notice n = f.noticeIn(NoticeStatus::Draft);
        CHECK(codeOf(svc.approve(f.approver, n.id)) == ErrorCode::Conflict); // not submitted
        CHECK(codeOf(svc.issue(f.approver, n.id)) == ErrorCode::Conflict);
        const NoticeRevision first = ok(svc.submit(f.drafter, n.id));
        CHECK(first.number == 1);
        CHECK(codeOf(svc.submit(f.drafter, n.id)) == ErrorCode::Conflict); // twice
        CHECK(codeOf(svc.updateDraft(f.drafter, n)) ==
              ErrorCode::Conflict); // frozen while submitted
        CHECK(codeOf(svc.returnNotice(f.drafter, n.id, QStringLiteral("x"))) ==
              ErrorCode::PermissionDenied);
        CHECK(codeOf(svc.returnNotice(f.reviewer, n.id, QString())) == ErrorCode::InvalidInput);
        n = ok(svc.returnNotice(f.reviewer, n.id, QStringLiteral("Bổ sung ý kiến của Chính phủ.")));
        CHECK(n.status == NoticeStatus::Returned);
        n.body.blocks.append(
            NoticeBody::fromMarkedText(QStringLiteral("2. Giao Chính phủ tiếp thu.")).blocks);
        n = ok(svc.updateDraft(f.drafter, n));
        const NoticeRevision second = ok(svc.submit(f.drafter, n.id));
        CHECK(second.number == 2);
        ok(svc.comment(f.approver, n.id, QStringLiteral("Được.")));
        CHECK(codeOf(svc.approve(f.reviewer, n.id)) == ErrorCode::PermissionDenied);
        n = ok(svc.approve(f.approver, n.id));
        CHECK(n.status == NoticeStatus::Approved);
        CHECK(n.approvedBy == f.approver.userId);
        CHECK(codeOf(svc.issue(f.drafter, n.id)) == ErrorCode::PermissionDenied);
        CHECK(codeOf(svc.issue(f.approver, n.id, QDate(2025, 6, 17))) == ErrorCode::InvalidInput);
        n = ok(svc.issue(f.admin, n.id, QDate(2025, 6, 13)));
        CHECK(n.status == NoticeStatus::Issued);
        CHECK(n.numberText() == QStringLiteral("01/TB-UBTVQH15"));
        CHECK(n.issueDate == QDate(2025, 6, 13));

        const auto details = ok(svc.details(f.viewer, n.id));
        CHECK(details.revisions.size() == 3);
        CHECK(details.revisions.last().issued);
        REQUIRE(details.comments.size() == 2);
        CHECK(details.comments[0].revisionId == first.id);
        CHECK(details.comments[1].userName == QStringLiteral("tongthuky"));
        CHECK(details.timing.workingDaysToIssue == 2); // 11 June → 13 June
        CHECK_FALSE(details.timing.late);

        const auto diff = ok(svc.compare(f.viewer, first.id, second.id));
        QString inserted;
        for (const DiffSpan &s : diff)
            if (s.op == DiffOp::Insert)
                inserted += s.text;
        CHECK(inserted.contains(QStringLiteral("Giao Chính phủ tiếp thu")));
    }
    SECTION("the drafter may not approve a notice, even holding the approver's role")
    {
        const Actor both = f.addUser("kiemnhiem", Role::Approver);
        Actor drafterApprover = both;
        drafterApprover.roles << Role::Drafter;
        Notice n = ok(svc.createFromContent(drafterApprover, f.contentId));
        ok(svc.submit(drafterApprover, n.id));
        const auto refused = svc.approve(drafterApprover, n.id);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(refused.error().detail == QStringLiteral("separation_of_duties"));
        CHECK(ok(svc.notice(actor(), n.id)).status == NoticeStatus::Submitted);
        CHECK(ok(svc.approve(f.approver, n.id)).status == NoticeStatus::Approved);
    }
    SECTION("an approved notice can still be returned; an issued one cannot")
    {
        const Notice approved = f.noticeIn(NoticeStatus::Approved);
        CHECK(
            ok(svc.returnNotice(f.reviewer, approved.id, QStringLiteral("Đổi trích yếu"))).status ==
            NoticeStatus::Returned);
        const Notice issued = f.noticeIn(NoticeStatus::Issued);
        CHECK(codeOf(svc.returnNotice(f.reviewer, issued.id, QStringLiteral("x"))) ==
              ErrorCode::Conflict);
        CHECK(codeOf(svc.issue(f.approver, issued.id)) == ErrorCode::Conflict);
        CHECK(codeOf(svc.submit(f.drafter, issued.id)) == ErrorCode::Conflict);
    }
    SECTION("a correction is a new draft that refers to the issued notice")
    {
        const Notice issued = f.noticeIn(NoticeStatus::Issued);
        CHECK(codeOf(svc.createCorrection(f.drafter, f.noticeIn(NoticeStatus::Draft).id)) ==
              ErrorCode::Conflict);
        const Notice fix = ok(svc.createCorrection(f.drafter, issued.id));
        CHECK(fix.status == NoticeStatus::Draft);
        CHECK(fix.correctsId == issued.id);
        CHECK(fix.body == issued.body);
        CHECK(fix.number == 0);
        CHECK(ok(svc.details(actor(), issued.id)).corrections == QList<Id>{fix.id});
    }
}

TEST_CASE("numbers run from 01 each year per issuer, gap-free, and are never reused",
          "[notices][numbering]")
{
    NoticeFixture f;
    auto &svc = f.svc();
    f.ws->setToday(QDate(2026, 1, 20));
    const Notice a = f.noticeIn(NoticeStatus::Approved);
    const Notice b = f.noticeIn(NoticeStatus::Approved);
    const Notice c = f.noticeIn(NoticeStatus::Approved);
    CHECK(ok(svc.issue(f.approver, a.id, QDate(2025, 12, 30))).numberText() ==
          QStringLiteral("01/TB-UBTVQH15"));
    CHECK(ok(svc.issue(f.approver, b.id, QDate(2026, 1, 5))).numberText() ==
          QStringLiteral("01/TB-UBTVQH15"));
    // Earlier than the register's last date of that year: refused, nothing taken.
    CHECK(codeOf(svc.issue(f.approver, c.id, QDate(2026, 1, 2))) == ErrorCode::Conflict);
    CHECK(ok(svc.registerOf(actor(), 2026)).size() == 1);

    SECTION("another issuer numbers on its own")
    {
        Notice leaders = ok(svc.create(f.drafter, [&] {
            Notice n;
            n.kind = NoticeKind::Leaders;
            n.issuerId = ok(svc.issuerByCode(actor(), QStringLiteral("ttkqh"))).id;
            n.subject = QStringLiteral("Kết luận cuộc họp về công tác chuẩn bị kỳ họp");
            return n;
        }()));
        CHECK_FALSE(leaders.body.isEmpty()); // the kind's opening
        ok(svc.submit(f.drafter, leaders.id));
        ok(svc.approve(f.approver, leaders.id));
        CHECK(ok(svc.issue(f.approver, leaders.id, QDate(2026, 1, 6))).numberText() ==
              QStringLiteral("01/TB-TTKQH"));
    }
    SECTION("voiding: an issued number stays taken, the next one is skipped, others refused")
    {
        CHECK(codeOf(svc.voidNumber(f.drafter, 2026, 1, QStringLiteral("x"))) ==
              ErrorCode::PermissionDenied);
        CHECK(codeOf(svc.voidNumber(f.admin, 2026, 1, QString())) == ErrorCode::InvalidInput);
        CHECK(codeOf(svc.voidNumber(f.admin, 2026, 3, QStringLiteral("x"))) == ErrorCode::Conflict);
        const RegisterEntry skipped =
            ok(svc.voidNumber(f.admin, 2026, 2, QStringLiteral("Số cấp nhầm")));
        CHECK(skipped.voided());
        CHECK(skipped.noticeId == 0);
        const RegisterEntry recalled =
            ok(svc.voidNumber(f.admin, 2026, 1, QStringLiteral("Thu hồi")));
        CHECK(recalled.noticeId == b.id);
        CHECK(codeOf(svc.voidNumber(f.admin, 2026, 1, QStringLiteral("lần nữa"))) ==
              ErrorCode::Conflict);
        CHECK(ok(svc.notice(actor(), b.id)).status == NoticeStatus::Issued); // the notice stays
        CHECK(ok(svc.issue(f.approver, c.id, QDate(2026, 1, 7))).number == 3);
        const auto reg = ok(svc.registerOf(actor(), 2026));
        REQUIRE(reg.size() == 3);
        CHECK(reg[0].voidReason == QStringLiteral("Thu hồi"));
        CHECK(reg[1].voided());
        CHECK(reg[2].noticeId == c.id);
    }
}

TEST_CASE("four processes issuing at once take unique, gap-free numbers",
          "[notices][numbering][processes]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notices.sqlite"));
    constexpr int kProcesses = 4;
    constexpr int kEach = 8;
    QList<Id> ids;
    Actor approver;
    {
        NoticeFixture f(ok(services::Workspace::open(path)));
        f.ws->setToday(QDate(2025, 6, 16));
        for (int i = 0; i < kProcesses * kEach; ++i)
            ids << f.noticeIn(NoticeStatus::Approved).id;
        approver = f.approver;
    }
    // Each child opens its own connection; they start together and issue in turn.
    QList<pid_t> children;
    for (int p = 0; p < kProcesses; ++p) {
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            int code = 0;
            try {
                auto ws = services::Workspace::open(path, false);
                if (!ws)
                    ::_exit(10);
                (*ws)->setToday(QDate(2025, 6, 16));
                for (int i = p; i < ids.size(); i += kProcesses) {
                    if (!(*ws)->notices().issue(approver, ids.at(i), QDate(2025, 6, 16)))
                        code = 20;
                }
            } catch (...) {
                code = 30;
            }
            ::_exit(code);
        }
        children << pid;
    }
    for (pid_t pid : children) {
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }
    auto ws = ok(services::Workspace::open(path, false));
    const auto reg = ok(ws->notices().registerOf(actor(), 2025));
    REQUIRE(reg.size() == kProcesses * kEach);
    QSet<Id> notices;
    for (int i = 0; i < reg.size(); ++i) {
        CHECK(reg.at(i).number == i + 1);
        notices.insert(reg.at(i).noticeId);
        CHECK(ok(ws->notices().notice(actor(), reg.at(i).noticeId)).number == i + 1);
    }
    CHECK(notices.size() == kProcesses * kEach);
    CHECK(ok(ws->audit().verify()).ok());
}

TEST_CASE("an issued notice never changes: through the service and through raw SQL",
          "[notices][immutability]")
{
    NoticeFixture f;
    auto &svc = f.svc();
    Notice issued = f.noticeIn(NoticeStatus::Approved);
    issued = ok(svc.issue(f.approver, issued.id, {},
                          [](const Notice &n, const IssuerProfile &i) -> Result<QByteArray> {
                              return QByteArray(
                                  QByteArrayLiteral("%PDF-1.7 ") +
                                  QString(n.numberText() + QLatin1Char(' ') + i.code).toUtf8());
                          }));
    const QByteArray stored = ok(svc.pdf(actor(), issued.id));
    CHECK(stored == QByteArrayLiteral("%PDF-1.7 01/TB-UBTVQH15 UBTVQH"));
    CHECK(
        issued.pdfSha256 ==
        QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex()));

    SECTION("the service refuses every change")
    {
        Notice edited = issued;
        edited.subject = QStringLiteral("Đổi");
        CHECK(codeOf(svc.updateDraft(f.drafter, edited)) == ErrorCode::Conflict);
        CHECK(codeOf(svc.returnNotice(f.reviewer, issued.id, QStringLiteral("x"))) ==
              ErrorCode::Conflict);
    }
    SECTION("the triggers refuse every change from any writer")
    {
        storage::Database &db = f.ws->db();
        const Id id = issued.id;
        for (
            const char *sql :
            {"UPDATE notices SET subject = 'sửa lén' WHERE id = ?",
             "UPDATE notice_bodies SET body = '{\"blocks\":[]}' WHERE notice_id = ?",
             "DELETE FROM notice_bodies WHERE notice_id = ?",
             "UPDATE notices SET status = 'draft', number = NULL, issue_date = NULL, symbol = NULL,"
             " pdf = NULL, pdf_sha256 = NULL WHERE id = ?",
             "DELETE FROM notices WHERE id = ?",
             "UPDATE notice_revisions SET subject = 'x' WHERE notice_id = ?",
             "DELETE FROM notice_revisions WHERE notice_id = ?",
             "DELETE FROM notice_contents WHERE notice_id = ?",
             "INSERT INTO notice_contents(notice_id, content_id) SELECT ?, id FROM "
             "meeting_contents",
             "DELETE FROM notice_numbers WHERE notice_id = ?",
             "UPDATE notice_numbers SET number = 7 WHERE notice_id = ?",
             "UPDATE notice_numbers SET notice_id = NULL, void_reason = 'x' WHERE notice_id = ?"}) {
            INFO(sql);
            const auto done = db.exec(sql, id);
            REQUIRE_FALSE(done.ok());
            CHECK(done.error().code == ErrorCode::Conflict);
        }
        // A gap, a reused number, or a notice issued without its register row.
        CHECK_FALSE(
            db.exec("INSERT INTO notice_numbers(issuer_id, symbol, year, number, void_reason)"
                    " VALUES (?, 'TB-UBTVQH15', 2025, 3, 'x')",
                    issued.issuerId)
                .ok());
        CHECK_FALSE(
            db.exec("INSERT INTO notice_numbers(issuer_id, symbol, year, number, void_reason)"
                    " VALUES (?, 'TB-UBTVQH15', 2025, 1, 'x')",
                    issued.issuerId)
                .ok());
        const Notice approved = f.noticeIn(NoticeStatus::Approved);
        CHECK_FALSE(
            db.exec("UPDATE notices SET status = 'issued', number = 2, symbol = 'TB-UBTVQH15',"
                    " issue_date = '2025-06-16' WHERE id = ?",
                    approved.id)
                .ok());
        CHECK_FALSE(db.exec("UPDATE notices SET status = 'issued' WHERE id = ?", approved.id).ok());
        CHECK(ok(svc.notice(actor(), id)).subject == issued.subject);
        CHECK(ok(f.ws->audit().verify()).ok());
    }
}

TEST_CASE("a numbered conclusion sends follow-up tasks to the work programme",
          "[notices][followup]")
{
    NoticeFixture f;
    auto &svc = f.svc();
    const domain::Programme programme = thuky::test::programme(*f.ws);
    const Notice draft = f.noticeIn(NoticeStatus::Draft);
    Task task;
    task.content = QStringLiteral("Chuẩn bị hồ sơ trình Quốc hội");
    task.leadUnitId = thuky::test::agencyId(*f.ws, "VTK");
    task.period = Period::ofDate(QDate(2025, 9, 30));
    CHECK(codeOf(svc.addFollowUpTask(f.drafter, draft.id, QStringLiteral("1"), task)) ==
          ErrorCode::Conflict);
    ok(svc.submit(f.drafter, draft.id));
    ok(svc.approve(f.approver, draft.id));
    const Notice issued = ok(svc.issue(f.approver, draft.id));
    CHECK(codeOf(svc.addFollowUpTask(f.drafter, issued.id, QStringLiteral("9"), task)) ==
          ErrorCode::InvalidInput);
    const Task added = ok(svc.addFollowUpTask(f.drafter, issued.id, QStringLiteral("1"), task));
    CHECK(added.programmeId == programme.id);
    CHECK(added.sourceRef == QStringLiteral("Thông báo số 01/TB-UBTVQH15, kết luận 1"));
    const auto link = ok(svc.followUpOfTask(actor(), added.id));
    REQUIRE(link.has_value());
    CHECK(link->noticeId == issued.id);
    ProgressEntry progress;
    progress.taskId = added.id;
    progress.percent = 40;
    progress.date = QDate(2025, 6, 16);
    ok(f.ws->programmes().recordProgress(f.drafter, progress, TaskStatus::InProgress));
    const auto details = ok(svc.details(actor(), issued.id));
    REQUIRE(details.followUps.size() == 1);
    CHECK(details.followUps[0].link.conclusion == QStringLiteral("1"));
    CHECK(details.followUps[0].progress == 40);
    CHECK(details.followUps[0].status == TaskStatus::InProgress);
    CHECK(ok(f.ws->audit().verify()).ok());
}

TEST_CASE("the list shows days to issue and overdue notices, a page at a time", "[notices][list]")
{
    NoticeFixture f;
    auto &svc = f.svc();
    const Notice late = f.noticeIn(NoticeStatus::Draft); // due 18 June
    f.ws->setToday(QDate(2025, 6, 20));
    const Notice issued = f.noticeIn(NoticeStatus::Issued);
    storage::NoticeFilter all;
    const auto page = ok(svc.list(f.viewer, all));
    CHECK(page.total == 2);
    REQUIRE(page.rows.size() == 2);
    CHECK(page.rows[0].row.notice.id == issued.id); // newest first
    CHECK(page.rows[0].timing.workingDaysToIssue == 7);
    CHECK(page.rows[0].timing.late);
    CHECK(page.rows[1].timing.overdue);
    storage::NoticeFilter drafts;
    drafts.status = NoticeStatus::Draft;
    CHECK(ok(svc.list(actor(), drafts)).total == 1);
    storage::NoticeFilter other;
    other.year = 2024;
    CHECK(ok(svc.list(actor(), other)).total == 0);
    storage::NoticeFilter paged;
    paged.limit = 1;
    paged.offset = 1;
    const auto second = ok(svc.list(actor(), paged));
    CHECK(second.total == 2);
    REQUIRE(second.rows.size() == 1);
    CHECK(second.rows[0].row.notice.id == late.id);
}

TEST_CASE("the list filters by kind and by words without accents, sorts in Vietnamese order",
          "[notices][list]")
{
    NoticeFixture f;
    auto &svc = f.svc();
    auto draft = [&](NoticeKind kind, const char *subject, const char *drafter) {
        Notice n;
        n.kind = kind;
        n.subject = QString::fromUtf8(subject);
        Notice made = ok(svc.create(f.drafter, n));
        // The drafter's name as the list shows it (the service writes the account's).
        ok(f.ws->db().exec("UPDATE notices SET drafter_name = ? WHERE id = ?",
                                 QString::fromUtf8(drafter), made.id));
        return made;
    };
    const Notice dat = draft(NoticeKind::Ubtvqh, "Kết luận về dự án Luật Đất đai", "Đỗ Văn An");
    const Notice dan = draft(NoticeKind::Leaders, "Kết luận về công tác dân nguyện", "Bùi Thị Ánh");
    const Notice an = draft(NoticeKind::Other, "Ấn định lịch làm việc 50% thời gian", "Ân Thị Hà");

    storage::NoticeFilter leaders;
    leaders.kind = NoticeKind::Leaders;
    auto page = ok(svc.list(actor(), leaders));
    REQUIRE(page.total == 1);
    CHECK(page.rows[0].row.notice.id == dan.id);

    storage::NoticeFilter words;
    words.text = QStringLiteral("LUAT dat");
    page = ok(svc.list(actor(), words));
    REQUIRE(page.total == 1);
    CHECK(page.rows[0].row.notice.id == dat.id);
    words.text = QStringLiteral("dat luat"); // words in any order, as the programme's filter
    CHECK(ok(svc.list(actor(), words)).total == 1);
    words.text = QStringLiteral("\"dat luat\""); // a phrase keeps its order
    CHECK(ok(svc.list(actor(), words)).total == 0);
    words.text = QStringLiteral("bui thi anh"); // the drafter
    CHECK(ok(svc.list(actor(), words)).total == 1);
    words.text = QStringLiteral("50%"); // punctuation only separates words
    CHECK(ok(svc.list(actor(), words)).total == 1);
    words.text = QStringLiteral("%_%"); // no word: no filter
    CHECK(ok(svc.list(actor(), words)).total == 3);
    words.kind = NoticeKind::Ubtvqh;
    words.text = QStringLiteral("ket luan");
    CHECK(ok(svc.list(actor(), words)).total == 1);

    auto order = [&](storage::NoticeSort sort, bool descending) {
        storage::NoticeFilter f2;
        f2.sort = sort;
        f2.descending = descending;
        QList<Id> ids;
        for (const auto &r : ok(svc.list(actor(), f2)).rows)
            ids.append(r.row.notice.id);
        return ids;
    };
    // "Ấn" < "Kết luận về công" < "Kết luận về dự": Vietnamese order, not code points.
    CHECK(order(storage::NoticeSort::Subject, false) == QList<Id>{an.id, dan.id, dat.id});
    CHECK(order(storage::NoticeSort::Subject, true) == QList<Id>{dat.id, dan.id, an.id});
    // "Ân" < "Bùi" < "Đỗ" (Đ after D).
    CHECK(order(storage::NoticeSort::Drafter, false) == QList<Id>{an.id, dan.id, dat.id});
    CHECK(order(storage::NoticeSort::Kind, false) == QList<Id>{dat.id, dan.id, an.id});
    CHECK(order(storage::NoticeSort::Newest, false) == QList<Id>{an.id, dan.id, dat.id});
}

TEST_CASE("the list's text filter reads the search index: word starts, the body, the number, "
          "the drafter, and a change at once",
          "[notices][list]")
{
    NoticeFixture f;
    auto &svc = f.svc();
    auto found = [&](const QString &text) {
        storage::NoticeFilter filter;
        filter.text = text;
        QList<Id> ids;
        const auto page = ok(svc.list(actor(), filter));
        for (const auto &r : page.rows)
            ids.append(r.row.notice.id);
        CHECK(page.total == ids.size());
        return ids;
    };
    const Notice issued = f.noticeIn(NoticeStatus::Issued); // 01/TB-UBTVQH15
    REQUIRE(issued.number == 1);
    Notice draft;
    draft.kind = NoticeKind::Leaders;
    draft.subject = QStringLiteral("Kết luận về công tác đối ngoại của Quốc hội");
    draft = ok(svc.create(f.drafter, draft));

    // Every word the start of a word, accents and case ignored, đ = d.
    CHECK(found(QStringLiteral("doi ngoai")) == QList<Id>{draft.id});
    CHECK(found(QStringLiteral("ĐỐI NGO")) == QList<Id>{draft.id});
    CHECK(found(QStringLiteral("ngoai doi")) == QList<Id>{draft.id});
    CHECK(found(QStringLiteral("oai")).isEmpty()); // a piece from the middle of a word
    CHECK(found(QStringLiteral("ket lu")) == QList<Id>{draft.id, issued.id}); // newest first
    // The body's text, and the number once issued ("05/TB" as users type it).
    CHECK(found(QStringLiteral("tan thanh")) == QList<Id>{issued.id});
    CHECK(found(QStringLiteral("01/TB")) == QList<Id>{issued.id});
    CHECK(found(QStringLiteral("01/TB-UBTVQH15")) == QList<Id>{issued.id});
    CHECK(found(QStringLiteral("ubtvqh15")) == QList<Id>{issued.id});
    CHECK(found(QStringLiteral("02/TB")).isEmpty());
    // The drafter's name (the service writes the account's): its words, any order.
    CHECK(found(QStringLiteral("can bo chuyenvien")).size() == 2);
    CHECK(found(QStringLiteral("chuyenv")).size() == 2);
    CHECK(found(QStringLiteral("chuyenvien doi ngoai")).isEmpty()); // drafter or text, not both

    // A change shows in the next list of the same session: the triggers keep the index.
    draft.subject = QStringLiteral("Kết luận về giám sát chuyên đề");
    draft.body = NoticeBody::fromMarkedText(QStringLiteral("1. Đồng ý **thành lập** Đoàn giám sát."));
    draft = ok(svc.updateDraft(f.drafter, draft));
    CHECK(found(QStringLiteral("doi ngoai")).isEmpty());
    CHECK(found(QStringLiteral("giam sat chuyen")) == QList<Id>{draft.id});
    CHECK(found(QStringLiteral("dong y thanh lap")) == QList<Id>{draft.id});
    Notice added;
    added.kind = NoticeKind::Other;
    added.subject = QStringLiteral("Thông báo lịch đối ngoại tháng 7");
    added = ok(svc.create(f.drafter, added));
    CHECK(found(QStringLiteral("doi ngoai")) == QList<Id>{added.id});
    // Filters and text together.
    storage::NoticeFilter both;
    both.text = QStringLiteral("ket luan");
    both.status = NoticeStatus::Issued;
    const auto page = ok(svc.list(actor(), both));
    REQUIRE(page.total == 1);
    CHECK(page.rows[0].row.notice.id == issued.id);
}

TEST_CASE("every notice step is in the audit trail, and the trail verifies", "[notices][audit]")
{
    NoticeFixture f;
    const Notice n = f.noticeIn(NoticeStatus::Issued);
    ok(f.ws->notices().voidNumber(f.admin, 2025, 1, QStringLiteral("Thu hồi")));
    const auto history = ok(f.ws->audit().history(actor(), storage::Entity::Notice, n.id));
    QStringList actions;
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        actions << it->action;
    CHECK(actions == QStringList{QStringLiteral("notice.create"), QStringLiteral("notice.update"),
                                 QStringLiteral("notice.submit"), QStringLiteral("notice.approve"),
                                 QStringLiteral("notice.issue")});
    CHECK(history.first().userName == QStringLiteral("tongthuky"));
    storage::AuditFilter numbers;
    numbers.entity = storage::entityKey(storage::Entity::NoticeNumber);
    const auto entries = ok(f.ws->audit().entries(actor(), numbers));
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].action == QStringLiteral("notice.number.void"));
    CHECK(entries[1].action == QStringLiteral("notice.number.take"));
    // The seeded issuers and templates were audited at the migration.
    const auto check = ok(f.ws->audit().verify());
    CHECK(check.mismatches.isEmpty());
    CHECK(check.ok());
}

TEST_CASE("reviewers comment on the latest revision only", "[notices][workflow]")
{
    NoticeFixture f;
    auto &svc = f.svc();
    Notice n = f.noticeIn(NoticeStatus::Returned);
    ok(svc.submit(f.drafter, n.id)); // a second revision
    const auto revisions = ok(svc.details(actor(), n.id)).revisions;
    REQUIRE(revisions.size() == 2);

    const auto older = svc.comment(f.reviewer, n.id, QStringLiteral("Xem lại"), revisions[0].id);
    REQUIRE_FALSE(older);
    CHECK(older.error().code == ErrorCode::Conflict);
    CHECK(older.error().text(Lang::En).contains(QStringLiteral("latest revision")));
    CHECK(older.error().text(Lang::Vi).contains(QStringLiteral("bản trình mới nhất")));

    Notice other = f.noticeIn(NoticeStatus::Submitted);
    const Id foreign = ok(svc.details(actor(), other.id)).revisions.last().id;
    CHECK(codeOf(svc.comment(f.reviewer, n.id, QStringLiteral("x"), foreign)) ==
          ErrorCode::NotFound);
    CHECK(codeOf(svc.comment(f.reviewer, 999999, QStringLiteral("x"))) == ErrorCode::NotFound);
    CHECK(ok(svc.details(actor(), n.id)).comments.size() == 1); // only the return's

    const auto latest = ok(svc.comment(f.reviewer, n.id, QStringLiteral("Đạt"), revisions[1].id));
    CHECK(latest.revisionId == revisions[1].id);
    CHECK(ok(svc.comment(f.reviewer, n.id, QStringLiteral("Thêm"))).revisionId == revisions[1].id);
    CHECK(ok(svc.details(actor(), n.id)).comments.size() == 3);
}

TEST_CASE("the due date is the template's working days after the meeting, announced days off "
          "skipped",
          "[notices][dates]")
{
    NoticeFixture f;
    auto &svc = f.svc();
    // Meeting Wednesday 11 June 2025, 5 working days: Wednesday 18 June.
    CHECK(f.noticeIn(NoticeStatus::Draft).dueDate == QDate(2025, 6, 18));

    // A day off announced for Monday 16 June pushes it to Thursday 19 June.
    CalendarException off;
    off.date = QDate(2025, 6, 16);
    off.working = false;
    off.reason = QStringLiteral("Nghỉ theo thông báo");
    ok(f.ws->calendar().addException(f.admin, off));
    CHECK(f.noticeIn(NoticeStatus::Draft).dueDate == QDate(2025, 6, 19));

    // A leaders' meeting with its own template: 2 working days after Friday 13 June.
    NoticeTemplate leaders = ok(svc.noticeTemplate(actor(), NoticeKind::Leaders));
    leaders.dueDays = 2;
    ok(svc.saveTemplate(f.admin, leaders));
    Notice n;
    n.kind = NoticeKind::Leaders;
    n.subject = QStringLiteral("Kết luận cuộc họp");
    n.meetingDate = QDate(2025, 6, 13);
    const Notice created = ok(svc.create(f.drafter, n));
    CHECK(created.dueDate == QDate(2025, 6, 18)); // Mon 16 off: Tue 17, Wed 18
    n.meetingDate = {};
    CHECK_FALSE(ok(svc.create(f.drafter, n)).dueDate.isValid()); // no meeting, no due date
}

TEST_CASE("a leaders' working meeting is the Secretary General's notice by default",
          "[notices][issuers]")
{
    NoticeFixture f;
    auto &svc = f.svc();
    Notice n;
    n.kind = NoticeKind::Leaders;
    n.subject = QStringLiteral("Kết luận của lãnh đạo Quốc hội tại cuộc họp về công tác đối ngoại");
    n.meetingDate = QDate(2025, 6, 12);
    const Notice created = ok(svc.create(f.drafter, n));
    const IssuerProfile ttkqh = ok(svc.issuerByCode(actor(), QStringLiteral("TTKQH")));
    CHECK(created.issuerId == ttkqh.id);
    CHECK(created.recipients == ttkqh.recipients);
    // The opening of the leaders' template, with the meeting's day.
    CHECK(created.body.plainText().startsWith(QStringLiteral("Ngày 12/06/2025, lãnh đạo")));

    // A Standing Committee notice keeps the Standing Committee, and an explicit issuer wins.
    n.kind = NoticeKind::Ubtvqh;
    CHECK(ok(svc.create(f.drafter, n)).issuerId ==
          ok(svc.issuerByCode(actor(), QStringLiteral("UBTVQH"))).id);
    n.kind = NoticeKind::Leaders;
    n.issuerId = ok(svc.issuerByCode(actor(), QStringLiteral("UBTVQH"))).id;
    CHECK(ok(svc.create(f.drafter, n)).issuerId == n.issuerId);

    // Without an active Secretary General, the first active issuer.
    IssuerProfile inactive = ttkqh;
    inactive.active = false;
    ok(svc.saveIssuer(f.admin, inactive));
    n.issuerId = 0;
    CHECK(ok(svc.create(f.drafter, n)).issuerId ==
          ok(svc.issuerByCode(actor(), QStringLiteral("UBTVQH"))).id);
}

TEST_CASE("bold and italic runs keep the spaces around them", "[notices][domain]")
{
    NoticeFixture f;
    Notice n = f.noticeIn(NoticeStatus::Draft);
    n.body = NoticeBody::fromMarkedText(
        QStringLiteral("1. Đề nghị cơ quan **khẩn trương** hoàn thiện, báo cáo *kết quả* trước "
                       "ngày 20/6.\n\n  Đoạn  có **đậm**"));
    const Notice saved = ok(f.svc().updateDraft(f.drafter, n));
    INFO(saved.body.plainText().toStdString());
    CHECK(saved.body.plainText().contains(QStringLiteral(
        "Đề nghị cơ quan khẩn trương hoàn thiện, báo cáo kết quả trước ngày 20/6.")));
    CHECK(saved.body.blocks.last().runs.first().text == QStringLiteral("Đoạn  có "));
    CHECK(saved.body.blocks.last().runs.last().text == QStringLiteral("đậm"));
    CHECK(saved.body.blocks.last().runs.last().bold);
}

TEST_CASE("the PDF frozen at issue is rendered from the issued notice: number and date",
          "[notices][workflow]")
{
    NoticeFixture f;
    const Notice approved = f.noticeIn(NoticeStatus::Approved);
    Notice rendered;
    ok(f.svc().issue(f.approver, approved.id, QDate(2025, 6, 16),
                     [&](const Notice &n, const IssuerProfile &) -> Result<QByteArray> {
                         rendered = n;
                         return QByteArrayLiteral("%PDF-1.4 stub");
                     }));
    CHECK(rendered.isIssued());
    CHECK(rendered.numberText() == QStringLiteral("01/TB-UBTVQH15"));
    CHECK(rendered.issueDate == QDate(2025, 6, 16));
}
