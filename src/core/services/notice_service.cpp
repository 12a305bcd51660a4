#include "thuky/services/notice_service.h"

#include "service_errors.h"

#include "thuky/domain/meeting.h"
#include "thuky/domain/text.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/domain/working_days.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/calendar_service.h"
#include "thuky/services/programme_service.h"
#include "thuky/storage/database.h"
#include "thuky/storage/meeting_repository.h"
#include "thuky/storage/reference_repository.h"
#include "thuky/storage/transaction.h"

#include <QRegularExpression>

namespace thuky::services {

using domain::Actor;
using domain::Id;
using domain::IssuerProfile;
using domain::Notice;
using domain::NoticeKind;
using domain::NoticeStatus;
using domain::TextKind;
using domain::WorkingDays;
using storage::Entity;

namespace {

// The templates Thuky starts with (administrators edit them). The opening follows the
// usual wording of the Standing Committee's notices (DOMAIN.md).
struct DefaultTemplate
{
    NoticeKind kind;
    const char *subject;
    const char *opening;
    int dueDays;
};
constexpr DefaultTemplate kDefaultTemplates[] = {
    {NoticeKind::Ubtvqh, "Kết luận của Ủy ban Thường vụ Quốc hội về {noi_dung}",
     "Tại phiên họp thứ {so_phien_hop}, {ngay_hop_bang_chu}, sau khi nghe {co_quan_trinh} trình "
     "bày Tờ trình {so_to_trinh}{tham_tra} về {noi_dung}, ý kiến phát biểu của các đại biểu dự "
     "họp, Ủy ban Thường vụ Quốc hội kết luận như sau:",
     5},
    {NoticeKind::Leaders, "Kết luận của lãnh đạo Quốc hội tại cuộc họp về {noi_dung}",
     "Ngày {ngay_hop}, lãnh đạo Quốc hội đã họp về {noi_dung}. Sau khi nghe báo cáo và ý kiến "
     "của các đại biểu dự họp, đồng chí chủ trì cuộc họp kết luận như sau:",
     5},
    {NoticeKind::Other, "", "", 10},
};

/// The code of the Secretary General's issuer profile, which leaders' notices take.
const QString kSecretaryGeneralCode = QStringLiteral("TTKQH");

/// The Standing Committee and the Secretary General; the symbol carries the current term.
QList<IssuerProfile> defaultIssuers(int term)
{
    IssuerProfile ubtvqh;
    ubtvqh.code = QStringLiteral("UBTVQH");
    ubtvqh.parentBody = QStringLiteral("QUỐC HỘI");
    ubtvqh.issuingBody = QStringLiteral("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
    ubtvqh.symbol = QStringLiteral("TB-UBTVQH%1").arg(term);
    ubtvqh.authority = domain::SignatureAuthority::OnBehalf;
    ubtvqh.authorityBody = QStringLiteral("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
    ubtvqh.signerPosition = QStringLiteral("CHỦ TỊCH");
    ubtvqh.recipients = {QStringLiteral("Các đồng chí Thành viên UBTVQH"),
                         QStringLiteral("Hội đồng Dân tộc, các Ủy ban của Quốc hội"),
                         QStringLiteral("Các cơ quan liên quan"),
                         QStringLiteral("Văn phòng Quốc hội")};
    ubtvqh.archiveLine = QStringLiteral("Lưu: HC, TK");
    IssuerProfile ttkqh;
    ttkqh.code = kSecretaryGeneralCode;
    ttkqh.parentBody = QStringLiteral("QUỐC HỘI");
    ttkqh.issuingBody = QStringLiteral("TỔNG THƯ KÝ QUỐC HỘI");
    ttkqh.symbol = QStringLiteral("TB-TTKQH");
    ttkqh.signerPosition = QStringLiteral("TỔNG THƯ KÝ");
    ttkqh.recipients = {QStringLiteral("Lãnh đạo Quốc hội"),
                        QStringLiteral("Các cơ quan liên quan"),
                        QStringLiteral("Lãnh đạo Văn phòng Quốc hội")};
    ttkqh.archiveLine = QStringLiteral("Lưu: HC, TK");
    return {ubtvqh, ttkqh};
}

/// "số 123/TTr-CP" in a document's note → "số 123/TTr-CP"; empty when the note has none.
QString documentNumber(const QString &note)
{
    static const QRegularExpression number(QStringLiteral(R"((?:^|\s)[Ss]ố\s+(\d+/[^\s,;]+))"));
    const auto m = number.match(note);
    return m.hasMatch() ? QStringLiteral("số ") + m.captured(1) : QString();
}

/// "Cho ý kiến về dự án Luật Đất đai" → "dự án Luật Đất đai".
QString topicOf(const QString &title)
{
    QString t = title.trimmed();
    static const QRegularExpression lead(QStringLiteral(R"(^(Cho ý kiến về|Cho ý kiến)\s+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    t.remove(lead);
    if (!t.isEmpty())
        t[0] = t.at(0).toLower();
    return t;
}

domain::NoticeBlock paragraph(const QString &text)
{
    domain::NoticeBlock b;
    b.runs.append({text, false, false});
    return b;
}

QString stepLabel(const char *step)
{
    return QString::fromUtf8(step);
}

} // namespace

NoticeService::NoticeService(storage::Database &db, storage::NoticeRepository &repo,
                             storage::MeetingRepository &meetings,
                             storage::ReferenceRepository &reference, ProgrammeService &programmes,
                             CalendarService &calendar, AuditService &audit,
                             const Authorizer &authorizer)
    : m_db(db), m_repo(repo), m_meetings(meetings), m_reference(reference),
      m_programmes(programmes), m_calendar(calendar), m_audit(audit), m_auth(authorizer)
{
}

QDate NoticeService::today() const
{
    return m_db.today();
}

Result<void> NoticeService::record(const Actor &actor, const char *action, Entity entity, Id id,
                                   const std::optional<QByteArray> &before)
{
    return m_audit.record(actor, QString::fromLatin1(action), entity, id, before);
}

// ---------------------------------------------------------------- issuers and templates

Result<QList<IssuerProfile>> NoticeService::issuers(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.issuers();
}

Result<IssuerProfile> NoticeService::requireIssuer(Id id)
{
    return found(m_repo.issuer(id), QStringLiteral("Không có cơ quan ban hành mã số %1.").arg(id),
                 QStringLiteral("There is no issuer with id %1.").arg(id));
}

Result<IssuerProfile> NoticeService::issuer(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return requireIssuer(id);
}

Result<IssuerProfile> NoticeService::issuerByCode(const Actor &actor, const QString &code)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return found(m_repo.issuerByCode(code),
                 QStringLiteral("Không có cơ quan ban hành \"%1\".").arg(code),
                 QStringLiteral("There is no issuer \"%1\".").arg(code));
}

Result<Id> NoticeService::defaultIssuerId(NoticeKind kind)
{
    auto all = m_repo.issuers();
    if (!all)
        return all.error();
    // A leaders' working meeting is concluded by the Secretary General's notice.
    if (kind == NoticeKind::Leaders) {
        for (const IssuerProfile &i : *all) {
            if (i.active && i.code == kSecretaryGeneralCode)
                return i.id;
        }
    }
    for (const IssuerProfile &i : *all) {
        if (i.active)
            return i.id;
    }
    return notFound(QStringLiteral("Chưa có cơ quan ban hành thông báo."),
                    QStringLiteral("There is no notice issuer yet."));
}

Result<IssuerProfile> NoticeService::saveIssuer(const Actor &actor, IssuerProfile issuer)
{
    THUKY_TRY(m_auth.require(actor, Action::ConfigureNotices));
    for (QString *s :
         {&issuer.code, &issuer.parentBody, &issuer.issuingBody, &issuer.symbol, &issuer.place,
          &issuer.authorityBody, &issuer.signerPosition, &issuer.signerName, &issuer.archiveLine})
        *s = domain::cleanText(*s);
    for (QString &r : issuer.recipients)
        r = domain::cleanText(r);
    issuer.recipients.removeAll(QString());
    THUKY_TRY(domain::validateIssuer(issuer));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (issuer.id) {
        THUKY_TRY(requireIssuer(issuer.id));
        auto before = m_audit.image(Entity::NoticeIssuer, issuer.id);
        if (!before)
            return before.error();
        THUKY_TRY(m_repo.updateIssuer(issuer));
        THUKY_TRY(record(actor, "notice.issuer.update", Entity::NoticeIssuer, issuer.id, *before));
    } else {
        auto id = m_repo.insertIssuer(issuer);
        if (!id)
            return id.error();
        issuer.id = *id;
        THUKY_TRY(
            record(actor, "notice.issuer.add", Entity::NoticeIssuer, issuer.id, std::nullopt));
    }
    THUKY_TRY(tx->commit());
    return requireIssuer(issuer.id);
}

Result<domain::NoticeTemplate> NoticeService::noticeTemplate(const Actor &actor, NoticeKind kind)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto t = m_repo.noticeTemplate(kind);
    if (!t)
        return t.error();
    if (!*t) {
        domain::NoticeTemplate empty;
        empty.kind = kind;
        return empty;
    }
    return **t;
}

Result<domain::NoticeTemplate> NoticeService::saveTemplate(const Actor &actor,
                                                           domain::NoticeTemplate tmpl)
{
    THUKY_TRY(m_auth.require(actor, Action::ConfigureNotices));
    tmpl.subject = domain::cleanText(tmpl.subject);
    tmpl.opening = domain::cleanText(tmpl.opening, TextKind::MultiLine);
    if (tmpl.dueDays < 0 || tmpl.dueDays > 60)
        return invalid(QStringLiteral("Số ngày làm việc để ban hành phải từ 0 đến 60."),
                       QStringLiteral("The working days to issue must be from 0 to 60."),
                       "dueDays");
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto existing = m_repo.templateId(tmpl.kind);
    if (!existing)
        return existing.error();
    std::optional<QByteArray> before;
    if (*existing) {
        auto image = m_audit.image(Entity::NoticeTemplate, *existing);
        if (!image)
            return image.error();
        before = *image;
    }
    auto id = m_repo.saveTemplate(tmpl);
    if (!id)
        return id.error();
    THUKY_TRY(record(actor, *existing ? "notice.template.update" : "notice.template.add",
                     Entity::NoticeTemplate, *id, before));
    THUKY_TRY(tx->commit());
    return tmpl;
}

Result<void> NoticeService::addDefaults(const Actor &actor)
{
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto term = m_meetings.termOfYear(today().year());
    if (!term)
        return term.error();
    for (const IssuerProfile &i : defaultIssuers(*term ? (*term)->number : 15)) {
        auto existing = m_repo.issuerByCode(i.code);
        if (!existing)
            return existing.error();
        if (!*existing) {
            auto saved = saveIssuer(actor, i);
            if (!saved)
                return saved.error();
        }
    }
    for (const DefaultTemplate &d : kDefaultTemplates) {
        auto existing = m_repo.templateId(d.kind);
        if (!existing)
            return existing.error();
        if (!*existing) {
            auto saved = saveTemplate(actor, {d.kind, QString::fromUtf8(d.subject),
                                              QString::fromUtf8(d.opening), d.dueDays});
            if (!saved)
                return saved.error();
        }
    }
    return tx->commit();
}

// ---------------------------------------------------------------- drafting

Result<QHash<QString, QString>> NoticeService::templateValues(const Actor &actor, Id contentId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto content = requireContent(contentId);
    if (!content)
        return content.error();
    const domain::MeetingContent &c = *content;
    QHash<QString, QString> v;
    v.insert(QStringLiteral("noi_dung"), topicOf(c.title));
    QDate day = c.plannedDay;
    if (c.meetingId) {
        auto meeting = m_meetings.meeting(c.meetingId);
        if (!meeting)
            return meeting.error();
        if (*meeting) {
            v.insert(QStringLiteral("so_phien_hop"), QString::number((*meeting)->number));
            v.insert(QStringLiteral("khoa"), domain::toRoman((*meeting)->term));
            if (!day.isValid())
                day = (*meeting)->firstDay();
        }
    }
    if (day.isValid()) {
        v.insert(QStringLiteral("ngay_hop"), domain::shortDate(day));
        v.insert(QStringLiteral("ngay_hop_bang_chu"), domain::longDate(day));
    }
    auto agencyName = [&](Id id) -> Result<QString> {
        if (!id)
            return QString();
        auto a = m_reference.agency(id);
        if (!a)
            return a.error();
        return *a ? (*a)->name : QString();
    };
    auto presenting = agencyName(c.presentingAgencyId);
    if (!presenting)
        return presenting.error();
    auto reviewing = agencyName(c.reviewingAgencyId);
    if (!reviewing)
        return reviewing.error();
    v.insert(QStringLiteral("co_quan_trinh"), *presenting);
    v.insert(QStringLiteral("co_quan_tham_tra"), *reviewing);
    auto documents = m_meetings.documents(contentId);
    if (!documents)
        return documents.error();
    QString submission, review;
    for (const domain::RequiredDocument &d : *documents) {
        if (d.kind == domain::DocumentKind::Submission && submission.isEmpty())
            submission = documentNumber(d.note);
        if (d.kind == domain::DocumentKind::ReviewReport && review.isEmpty())
            review = documentNumber(d.note);
    }
    v.insert(QStringLiteral("so_to_trinh"), submission);
    v.insert(QStringLiteral("so_bao_cao_tham_tra"), review);
    v.insert(QStringLiteral("tham_tra"),
             reviewing->isEmpty() ? QString()
                                  : QStringLiteral(" và %1 trình bày Báo cáo thẩm tra %2")
                                        .arg(*reviewing, review)
                                        .trimmed()
                                        .prepend(QLatin1Char(' ')));
    return v;
}

Result<void> NoticeService::prepare(Notice &n)
{
    n.subject = domain::cleanText(n.subject);
    n.drafterInitials = domain::cleanText(n.drafterInitials);
    for (QString &r : n.recipients)
        r = domain::cleanText(r);
    n.recipients.removeAll(QString());
    for (domain::NoticeBlock &b : n.body.blocks) {
        // Each run is cleaned on its own, but the space between two runs ("cơ quan
        // **khẩn trương** hoàn thiện") belongs to the paragraph: only its ends are trimmed.
        for (domain::TextRun &r : b.runs) {
            const bool before = !r.text.isEmpty() && r.text.front().isSpace();
            const bool after = !r.text.isEmpty() && r.text.back().isSpace();
            const QString cleaned = domain::cleanText(r.text);
            r.text = cleaned.isEmpty() ? QString(before || after ? QStringLiteral(" ") : QString())
                                       : (before ? QStringLiteral(" ") : QString()) + cleaned +
                                             (after ? QStringLiteral(" ") : QString());
        }
        b.runs.removeIf([](const domain::TextRun &r) { return r.text.isEmpty(); });
        while (!b.runs.isEmpty() && b.runs.front().text.trimmed().isEmpty())
            b.runs.removeFirst();
        while (!b.runs.isEmpty() && b.runs.back().text.trimmed().isEmpty())
            b.runs.removeLast();
        if (!b.runs.isEmpty()) {
            QString &first = b.runs.front().text;
            while (!first.isEmpty() && first.front().isSpace())
                first.remove(0, 1);
            QString &last = b.runs.back().text;
            while (!last.isEmpty() && last.back().isSpace())
                last.chop(1);
        }
    }
    THUKY_TRY(domain::validateNotice(n));
    THUKY_TRY(requireIssuer(n.issuerId));
    for (Id contentId : n.contentIds)
        THUKY_TRY(requireContent(contentId));
    // The due date follows the meeting by the kind's working days.
    auto tmpl = m_repo.noticeTemplate(n.kind);
    if (!tmpl)
        return tmpl.error();
    if (n.meetingDate.isValid()) {
        auto calendar = m_calendar.workingDays(domain::Actor::system());
        if (!calendar)
            return calendar.error();
        n.dueDate = calendar->addWorkingDays(n.meetingDate, *tmpl ? (*tmpl)->dueDays : 5);
    } else {
        n.dueDate = {};
    }
    if (!n.isIssued())
        n.year = n.meetingDate.isValid() ? n.meetingDate.year() : today().year();
    return {};
}

Result<Notice> NoticeService::create(const Actor &actor, Notice n)
{
    THUKY_TRY(m_auth.require(actor, Action::DraftNotice));
    if (!n.issuerId) {
        auto id = defaultIssuerId(n.kind);
        if (!id)
            return id.error();
        n.issuerId = *id;
    }
    auto issuer = requireIssuer(n.issuerId);
    if (!issuer)
        return issuer.error();
    if (n.body.isEmpty()) {
        auto tmpl = m_repo.noticeTemplate(n.kind);
        if (!tmpl)
            return tmpl.error();
        QHash<QString, QString> values;
        if (n.meetingDate.isValid()) {
            values.insert(QStringLiteral("ngay_hop"), domain::shortDate(n.meetingDate));
            values.insert(QStringLiteral("ngay_hop_bang_chu"), domain::longDate(n.meetingDate));
        }
        if (*tmpl && !(*tmpl)->opening.isEmpty())
            n.body.blocks.append(paragraph(domain::fillPlaceholders((*tmpl)->opening, values)));
    }
    if (n.recipients.isEmpty())
        n.recipients = issuer->recipients;
    n.id = 0;
    n.status = NoticeStatus::Draft;
    n.approvedBy = 0;
    n.number = 0;
    n.symbol.clear();
    n.issueDate = {};
    n.pdfSha256.clear();
    n.drafterId = actor.userId;
    n.drafterName = actor.fullName.isEmpty() ? actor.userName : actor.fullName;
    THUKY_TRY(prepare(n));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.insertNotice(n);
    if (!id)
        return id.error();
    THUKY_TRY(record(actor, "notice.create", Entity::Notice, *id, std::nullopt));
    THUKY_TRY(tx->commit());
    return requireNotice(*id);
}

Result<Notice> NoticeService::createFromContent(const Actor &actor, Id contentId, Id issuerId)
{
    THUKY_TRY(m_auth.require(actor, Action::DraftNotice));
    auto values = templateValues(actor, contentId);
    if (!values)
        return values.error();
    auto tmpl = m_repo.noticeTemplate(NoticeKind::Ubtvqh);
    if (!tmpl)
        return tmpl.error();
    auto content = requireContent(contentId);
    if (!content)
        return content.error();
    Notice n;
    n.kind = NoticeKind::Ubtvqh;
    n.issuerId = issuerId;
    n.contentIds = {contentId};
    n.meetingDate = domain::parseDate(values->value(QStringLiteral("ngay_hop")));
    const QString subject = *tmpl ? (*tmpl)->subject : QString();
    n.subject = subject.isEmpty() ? content->title : domain::fillPlaceholders(subject, *values);
    if (*tmpl && !(*tmpl)->opening.isEmpty())
        n.body.blocks.append(paragraph(domain::fillPlaceholders((*tmpl)->opening, *values)));
    n.drafterInitials = QStringLiteral("TK");
    return create(actor, n);
}

Result<Notice> NoticeService::requireNotice(Id id)
{
    return found(m_repo.notice(id), QStringLiteral("Không có thông báo mã số %1.").arg(id),
                 QStringLiteral("There is no notice with id %1.").arg(id));
}

Result<domain::MeetingContent> NoticeService::requireContent(Id id)
{
    return found(m_meetings.content(id),
                 QStringLiteral("Không có nội dung phiên họp mã số %1.").arg(id),
                 QStringLiteral("There is no meeting content with id %1.").arg(id));
}

Result<Notice> NoticeService::noticeIn(Id id, std::initializer_list<NoticeStatus> allowed,
                                       const char *step)
{
    auto n = requireNotice(id);
    if (!n)
        return n.error();
    THUKY_TRY(checkStatus(*n, allowed, step));
    return n;
}

Result<void> NoticeService::checkStatus(const Notice &n,
                                        std::initializer_list<NoticeStatus> allowed,
                                        const char *step)
{
    for (NoticeStatus s : allowed) {
        if (n.status == s)
            return {};
    }
    QStringList from;
    for (NoticeStatus s : allowed)
        from << domain::noticeStatusLabel(s);
    QStringList fromEn;
    for (NoticeStatus s : allowed)
        fromEn << domain::noticeStatusLabel(s, Lang::En).toLower();
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("Thông báo %1 đang ở trạng thái \"%2\": chỉ %3 thông báo ở "
                                    "trạng thái %4.")
                         .arg(n.id)
                         .arg(domain::noticeStatusLabel(n.status), stepLabel(step),
                              from.join(QStringLiteral(" hoặc "))),
                     QStringLiteral("Notice %1 is %2: only a notice that is %3 can take this step.")
                         .arg(n.id)
                         .arg(domain::noticeStatusLabel(n.status, Lang::En).toLower(),
                              fromEn.join(QStringLiteral(" or "))),
                     domain::noticeStatusKey(n.status));
}

Result<Notice> NoticeService::updateDraft(const Actor &actor, Notice n)
{
    THUKY_TRY(m_auth.require(actor, Action::DraftNotice));
    auto existing = noticeIn(n.id, {NoticeStatus::Draft, NoticeStatus::Returned}, "sửa");
    if (!existing)
        return existing.error();
    n.status = existing->status;
    n.drafterId = existing->drafterId;
    n.drafterName = existing->drafterName;
    n.correctsId = existing->correctsId;
    THUKY_TRY(prepare(n));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::Notice, n.id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.updateNotice(n));
    THUKY_TRY(record(actor, "notice.update", Entity::Notice, n.id, *before));
    THUKY_TRY(tx->commit());
    return requireNotice(n.id);
}

Result<Notice> NoticeService::createCorrection(const Actor &actor, Id issuedId)
{
    THUKY_TRY(m_auth.require(actor, Action::DraftNotice));
    auto issued = noticeIn(issuedId, {NoticeStatus::Issued}, "đính chính");
    if (!issued)
        return issued.error();
    Notice n = *issued;
    n.correctsId = issuedId;
    return create(actor, n);
}

// ---------------------------------------------------------------- workflow

Result<domain::NoticeRevision> NoticeService::submit(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::DraftNotice));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto n = noticeIn(id, {NoticeStatus::Draft, NoticeStatus::Returned}, "trình");
    if (!n)
        return n.error();
    if (n->body.isEmpty())
        return invalid(QStringLiteral("Thông báo chưa có nội dung: chưa trình được."),
                       QStringLiteral("The notice has no body yet: it cannot be submitted."),
                       "body");
    auto before = m_audit.image(Entity::Notice, id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.setStatus(id, NoticeStatus::Submitted, 0));
    auto revision = m_repo.insertRevision(*n, false, actor);
    if (!revision)
        return revision.error();
    THUKY_TRY(record(actor, "notice.submit", Entity::Notice, id, *before));
    THUKY_TRY(tx->commit());
    return revision;
}

Result<Notice> NoticeService::setStatus(const Actor &actor, Id id,
                                        std::initializer_list<NoticeStatus> from, NoticeStatus to,
                                        const char *step, const char *action,
                                        const QString &commentText)
{
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto n = noticeIn(id, from, step);
    if (!n)
        return n.error();
    if (to == NoticeStatus::Approved && n->drafterId == actor.userId &&
        n->drafterName == (actor.fullName.isEmpty() ? actor.userName : actor.fullName))
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("Người soạn thảo không được tự duyệt thông báo của mình "
                                        "(thông báo %1).")
                             .arg(id),
                         QStringLiteral("The drafter of notice %1 may not approve it.").arg(id),
                         QStringLiteral("separation_of_duties"));
    auto before = m_audit.image(Entity::Notice, id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.setStatus(id, to, to == NoticeStatus::Approved ? actor.userId : 0));
    if (!commentText.isEmpty()) {
        auto revisions = m_repo.revisions(id);
        if (!revisions)
            return revisions.error();
        if (!revisions->isEmpty()) {
            domain::NoticeComment c;
            c.revisionId = revisions->last().id;
            c.userId = actor.userId;
            c.userName = actor.userName;
            c.text = commentText;
            THUKY_TRY(m_repo.insertComment(c));
        }
    }
    THUKY_TRY(record(actor, action, Entity::Notice, id, *before));
    THUKY_TRY(tx->commit());
    return requireNotice(id);
}

Result<Notice> NoticeService::returnNotice(const Actor &actor, Id id, const QString &comment)
{
    THUKY_TRY(m_auth.require(actor, Action::ReviewNotice));
    const QString text = domain::cleanText(comment, TextKind::MultiLine);
    if (text.isEmpty())
        return invalid(QStringLiteral("Trả lại thông báo cần có ý kiến cho người soạn thảo."),
                       QStringLiteral("Returning a notice needs a comment for its drafter."),
                       "comment");
    return setStatus(actor, id, {NoticeStatus::Submitted, NoticeStatus::Approved},
                     NoticeStatus::Returned, "trả lại", "notice.return", text);
}

Result<domain::NoticeComment> NoticeService::comment(const Actor &actor, Id id, const QString &text,
                                                     Id revisionId)
{
    THUKY_TRY(m_auth.require(actor, Action::ReviewNotice));
    domain::NoticeComment c;
    c.text = domain::cleanText(text, TextKind::MultiLine);
    if (c.text.isEmpty() || c.text.size() > 4000)
        return invalid(QStringLiteral("Ý kiến phải có từ 1 đến 4.000 ký tự."),
                       QStringLiteral("A comment has 1 to 4,000 characters."), "comment");
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    THUKY_TRY(requireNotice(id));
    auto revisions = m_repo.revisions(id);
    if (!revisions)
        return revisions.error();
    if (revisions->isEmpty())
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("Thông báo %1 chưa được trình: chưa có bản nào để cho ý kiến.").arg(id),
            QStringLiteral("Notice %1 was never submitted: there is no revision to "
                           "comment on.")
                .arg(id));
    // Reviewers comment on what is now before them: an older revision is history.
    if (revisionId && revisionId != revisions->last().id) {
        const auto older =
            std::find_if(revisions->cbegin(), revisions->cend(),
                         [&](const domain::NoticeRevision &r) { return r.id == revisionId; });
        if (older == revisions->cend())
            return notFound(
                QStringLiteral("Thông báo %1 không có bản trình mã số %2.").arg(id).arg(revisionId),
                QStringLiteral("Notice %1 has no revision with id %2.").arg(id).arg(revisionId));
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("Bản trình lần %1 của thông báo %2 đã có bản mới hơn (lần %3): chỉ "
                           "cho ý kiến về bản trình mới nhất.")
                .arg(older->number)
                .arg(id)
                .arg(revisions->last().number),
            QStringLiteral("Revision %1 of notice %2 has a newer one (%3): comments go on the "
                           "latest revision only.")
                .arg(older->number)
                .arg(id)
                .arg(revisions->last().number),
            QStringLiteral("revision"));
    }
    auto before = m_audit.image(Entity::Notice, id);
    if (!before)
        return before.error();
    c.revisionId = revisions->last().id;
    c.userId = actor.userId;
    c.userName = actor.userName;
    auto cid = m_repo.insertComment(c);
    if (!cid)
        return cid.error();
    c.id = *cid;
    c.at = QDateTime::currentDateTimeUtc();
    THUKY_TRY(record(actor, "notice.comment", Entity::Notice, id, *before));
    THUKY_TRY(tx->commit());
    return c;
}

Result<Notice> NoticeService::approve(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ApproveNotice));
    return setStatus(actor, id, {NoticeStatus::Submitted}, NoticeStatus::Approved, "duyệt",
                     "notice.approve");
}

Result<Notice> NoticeService::issue(const Actor &actor, Id id, QDate date,
                                    const NoticeRenderer &renderer)
{
    THUKY_TRY(m_auth.require(actor, Action::IssueNotice));
    if (!date.isValid())
        date = today();
    if (date > today())
        return invalid(
            QStringLiteral("Ngày ban hành %1 chưa đến.").arg(domain::shortDate(date)),
            QStringLiteral("The issue date %1 is in the future.").arg(date.toString(Qt::ISODate)),
            "date");
    // The number is read and taken under the write lock: BEGIN IMMEDIATE makes a second
    // process wait here, so it reads the number this one wrote.
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto n = noticeIn(id, {NoticeStatus::Approved}, "ban hành");
    if (!n)
        return n.error();
    auto issuer = requireIssuer(n->issuerId);
    if (!issuer)
        return issuer.error();
    auto lastDate = m_repo.lastIssueDate(issuer->id, issuer->symbol, date.year());
    if (!lastDate)
        return lastDate.error();
    if (lastDate->isValid() && date < *lastDate)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Sổ đăng ký %1 năm %2 đã có văn bản ban hành ngày %3: "
                                        "ngày ban hành không được sớm hơn.")
                             .arg(issuer->symbol)
                             .arg(date.year())
                             .arg(domain::shortDate(*lastDate)),
                         QStringLiteral("The %1 register of %2 already has a notice issued on %3: "
                                        "the issue date cannot be earlier.")
                             .arg(issuer->symbol)
                             .arg(date.year())
                             .arg(lastDate->toString(Qt::ISODate)));
    auto last = m_repo.lastNumber(issuer->id, issuer->symbol, date.year());
    if (!last)
        return last.error();
    auto before = m_audit.image(Entity::Notice, id);
    if (!before)
        return before.error();
    domain::RegisterEntry entry;
    entry.issuerId = issuer->id;
    entry.symbol = issuer->symbol;
    entry.year = date.year();
    entry.number = *last + 1;
    entry.noticeId = id;
    entry.issueDate = date;
    auto entryId = m_repo.insertNumber(entry);
    if (!entryId)
        return entryId.error();
    n->number = entry.number;
    n->symbol = entry.symbol;
    n->issueDate = date;
    n->year = date.year();
    // The PDF frozen now is the issued notice's: its number and date printed.
    n->status = NoticeStatus::Issued;
    QByteArray pdf;
    if (renderer) {
        auto rendered = renderer(*n, *issuer);
        if (!rendered)
            return rendered.error();
        pdf = *rendered;
    }
    THUKY_TRY(m_repo.markIssued(*n, pdf));
    THUKY_TRY(record(actor, "notice.number.take", Entity::NoticeNumber, *entryId, std::nullopt));
    auto revision = m_repo.insertRevision(*n, true, actor);
    if (!revision)
        return revision.error();
    THUKY_TRY(record(actor, "notice.issue", Entity::Notice, id, *before));
    THUKY_TRY(tx->commit());
    return requireNotice(id);
}

Result<domain::RegisterEntry> NoticeService::voidNumber(const Actor &actor, int year, int number,
                                                        const QString &reason, Id issuerId)
{
    THUKY_TRY(m_auth.require(actor, Action::IssueNotice));
    const QString why = domain::cleanText(reason);
    if (why.isEmpty())
        return invalid(QStringLiteral("Hủy số cần nêu lý do."),
                       QStringLiteral("Voiding a number needs a reason."), "reason");
    if (year < 1946 || year > 2200 || number < 1)
        return invalid(QStringLiteral("Năm hoặc số không hợp lệ."),
                       QStringLiteral("The year or number is not valid."), "number");
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (!issuerId) {
        auto first = defaultIssuerId();
        if (!first)
            return first.error();
        issuerId = *first;
    }
    auto issuer = requireIssuer(issuerId);
    if (!issuer)
        return issuer.error();
    auto existing = m_repo.number(issuerId, issuer->symbol, year, number);
    if (!existing)
        return existing.error();
    const QString numberText = domain::noticeNumberText(number) + QLatin1Char('/') + issuer->symbol;
    Id entryId = 0;
    if (*existing) {
        if ((*existing)->voided())
            return makeError(
                ErrorCode::Conflict,
                QStringLiteral("Số %1 năm %2 đã bị hủy.").arg(numberText).arg(year),
                QStringLiteral("Number %1 of %2 is already void.").arg(numberText).arg(year));
        entryId = (*existing)->id;
        auto before = m_audit.image(Entity::NoticeNumber, entryId);
        if (!before)
            return before.error();
        THUKY_TRY(m_repo.voidNumber(entryId, why, actor.userName));
        THUKY_TRY(record(actor, "notice.number.void", Entity::NoticeNumber, entryId, *before));
    } else {
        auto last = m_repo.lastNumber(issuerId, issuer->symbol, year);
        if (!last)
            return last.error();
        if (number != *last + 1)
            return makeError(
                ErrorCode::Conflict,
                QStringLiteral(
                    "Số %1 năm %2 chưa được cấp; chỉ hủy được số đã cấp hoặc số kế tiếp (%3).")
                    .arg(numberText)
                    .arg(year)
                    .arg(domain::noticeNumberText(*last + 1)),
                QStringLiteral("Number %1 of %2 was not given; only a given number or the next one "
                               "(%3) can be voided.")
                    .arg(numberText)
                    .arg(year)
                    .arg(domain::noticeNumberText(*last + 1)));
        domain::RegisterEntry e;
        e.issuerId = issuerId;
        e.symbol = issuer->symbol;
        e.year = year;
        e.number = number;
        e.voidReason = why;
        e.voidedBy = actor.userName;
        auto id = m_repo.insertNumber(e);
        if (!id)
            return id.error();
        entryId = *id;
        THUKY_TRY(record(actor, "notice.number.void", Entity::NoticeNumber, entryId, std::nullopt));
    }
    auto saved = m_repo.number(issuerId, issuer->symbol, year, number);
    if (!saved)
        return saved.error();
    THUKY_TRY(tx->commit());
    return **saved;
}

// ---------------------------------------------------------------- reading

Result<NoticeTiming> NoticeService::timingOf(const Notice &n, const WorkingDays &calendar)
{
    NoticeTiming t;
    if (n.isIssued() && n.meetingDate.isValid())
        t.workingDaysToIssue = calendar.workingDaysBetween(n.meetingDate, n.issueDate);
    if (n.dueDate.isValid()) {
        t.overdue = !n.isIssued() && today() > n.dueDate;
        t.late = n.isIssued() && n.issueDate > n.dueDate;
    }
    return t;
}

Result<NoticePage> NoticeService::list(const Actor &actor, const storage::NoticeFilter &filter)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto rows = m_repo.notices(filter);
    if (!rows)
        return rows.error();
    auto total = m_repo.countNotices(filter);
    if (!total)
        return total.error();
    auto calendar = m_calendar.workingDays(actor);
    if (!calendar)
        return calendar.error();
    NoticePage page;
    page.total = *total;
    for (const storage::NoticeRow &row : *rows) {
        auto timing = timingOf(row.notice, *calendar);
        if (!timing)
            return timing.error();
        page.rows.append({row, *timing});
    }
    return page;
}

Result<Notice> NoticeService::notice(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return requireNotice(id);
}

Result<QList<FollowUpStatus>> NoticeService::followUpStatuses(const Actor &actor, Id noticeId)
{
    auto links = m_repo.followUps(noticeId);
    if (!links)
        return links.error();
    QList<FollowUpStatus> out;
    for (const storage::FollowUpLink &link : *links) {
        auto row = m_programmes.taskRow(actor, link.taskId);
        if (!row)
            return row.error();
        FollowUpStatus s;
        s.link = link;
        s.taskNumber = row->qualifiedNumber();
        s.content = row->task.content;
        s.leadUnit = row->leadUnitName;
        s.deadline = row->task.deadline();
        s.status = row->task.status;
        s.progress = row->task.progress;
        s.timeliness = row->timeliness;
        out << s;
    }
    return out;
}

Result<NoticeDetails> NoticeService::details(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    NoticeDetails d;
    auto n = requireNotice(id);
    if (!n)
        return n.error();
    d.notice = *n;
    auto issuer = requireIssuer(n->issuerId);
    if (!issuer)
        return issuer.error();
    d.issuer = *issuer;
    auto calendar = m_calendar.workingDays(actor);
    if (!calendar)
        return calendar.error();
    auto timing = timingOf(*n, *calendar);
    if (!timing)
        return timing.error();
    d.timing = *timing;
    auto revisions = m_repo.revisions(id);
    if (!revisions)
        return revisions.error();
    d.revisions = *revisions;
    auto comments = m_repo.comments(id);
    if (!comments)
        return comments.error();
    d.comments = *comments;
    auto followUps = followUpStatuses(actor, id);
    if (!followUps)
        return followUps.error();
    d.followUps = *followUps;
    auto corrections = m_repo.corrections(id);
    if (!corrections)
        return corrections.error();
    d.corrections = *corrections;
    return d;
}

Result<QByteArray> NoticeService::pdf(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    THUKY_TRY(requireNotice(id));
    return m_repo.pdf(id);
}

Result<QList<domain::RegisterEntry>> NoticeService::registerOf(const Actor &actor, int year,
                                                               Id issuerId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.registerOf(year, issuerId);
}

Result<QList<domain::DiffSpan>> NoticeService::compare(const Actor &actor, Id fromRevision,
                                                       Id toRevision)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    QList<domain::NoticeRevision> pair;
    for (Id id : {fromRevision, toRevision}) {
        auto r = found(m_repo.revision(id), QStringLiteral("Không có bản trình mã số %1.").arg(id),
                       QStringLiteral("There is no revision with id %1.").arg(id));
        if (!r)
            return r.error();
        pair << *r;
    }
    auto textOf = [](const domain::NoticeRevision &r) -> QString {
        return r.subject + QLatin1Char('\n') + r.body.plainText();
    };
    return domain::wordDiff(textOf(pair.at(0)), textOf(pair.at(1)));
}

// ---------------------------------------------------------------- follow-up

Result<domain::Task> NoticeService::addFollowUpTask(const Actor &actor, Id noticeId,
                                                    const QString &conclusion, domain::Task task)
{
    THUKY_TRY(m_auth.require(actor, Action::DraftNotice));
    THUKY_TRY(m_auth.require(actor, Action::EditTask));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto n = noticeIn(noticeId, {NoticeStatus::Issued}, "giao nhiệm vụ theo");
    if (!n)
        return n.error();
    const QString label = conclusion.trimmed();
    if (label.isEmpty() || !n->body.conclusionLabels().contains(label))
        return invalid(
            QStringLiteral("Thông báo %1 không có kết luận số \"%2\".").arg(n->numberText(), label),
            QStringLiteral("Notice %1 has no conclusion \"%2\".").arg(n->numberText(), label),
            "conclusion");
    if (!task.programmeId) {
        auto programmes = m_programmes.programmes(actor);
        if (!programmes)
            return programmes.error();
        auto secretariat = m_reference.findAgency(QStringLiteral("BTK"));
        if (!secretariat)
            return secretariat.error();
        for (const domain::Programme &p : *programmes) {
            if (p.year != n->year)
                continue;
            if (!task.programmeId || (*secretariat && p.ownerUnitId == (*secretariat)->id))
                task.programmeId = p.id;
        }
        if (!task.programmeId)
            return notFound(QStringLiteral("Chưa có chương trình công tác năm %1.").arg(n->year),
                            QStringLiteral("There is no work programme for %1.").arg(n->year));
    }
    if (task.sourceRef.isEmpty())
        task.sourceRef = QStringLiteral("Thông báo số %1, kết luận %2").arg(n->numberText(), label);
    if (task.number.isEmpty()) {
        auto next = m_programmes.nextNumber(actor, task.programmeId, task.parentId, false);
        if (!next)
            return next.error();
        task.number = *next;
    }
    auto before = m_audit.image(Entity::Notice, noticeId);
    if (!before)
        return before.error();
    auto saved = m_programmes.addTask(actor, task);
    if (!saved)
        return saved.error();
    THUKY_TRY(m_repo.insertFollowUp({0, noticeId, label, saved->id}));
    THUKY_TRY(record(actor, "notice.followup", Entity::Notice, noticeId, *before));
    THUKY_TRY(tx->commit());
    return saved;
}

Result<std::optional<storage::FollowUpLink>> NoticeService::followUpOfTask(const Actor &actor,
                                                                           Id taskId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.followUpOfTask(taskId);
}

} // namespace thuky::services
