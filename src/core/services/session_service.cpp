#include "thuky/services/session_service.h"

#include "service_errors.h"

#include "thuky/core/logging.h"
#include "thuky/domain/text.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/calendar_service.h"
#include "thuky/storage/database.h"
#include "thuky/storage/meeting_repository.h"
#include "thuky/storage/reference_repository.h"
#include "thuky/storage/transaction.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <set>

namespace thuky::services {

using domain::Actor;
using domain::AgendaItem;
using domain::AgendaSlot;
using domain::AgendaVersion;
using domain::AgendaVersionState;
using domain::HalfDay;
using domain::Id;
using domain::Matter;
using domain::Session;
using domain::TextKind;
using domain::WorkingDays;
using storage::Entity;

namespace {

Error conflict(const QString &vi, const QString &en)
{
    return makeError(ErrorCode::Conflict, vi, en);
}

/// Names of agencies, people and matters, each looked up once.
class NameCache
{
public:
    NameCache(storage::ReferenceRepository &reference, storage::SessionRepository &repo)
        : m_reference(reference), m_repo(repo)
    {
    }

    QString agency(Id id)
    {
        return cached(m_agencies, id, [this](Id key) {
            auto a = m_reference.agency(key);
            return a && *a ? (*a)->name : QString();
        });
    }

    QString person(Id id)
    {
        return cached(m_people, id, [this](Id key) {
            auto p = m_reference.person(key);
            return p && *p ? (*p)->fullName : QString();
        });
    }

    QString matter(Id id)
    {
        return cached(m_matters, id, [this](Id key) {
            auto m = m_repo.matter(key);
            return m && *m ? (*m)->title : QString();
        });
    }

    domain::AgendaNames names()
    {
        return {[this](Id id) { return person(id); }, [this](Id id) { return agency(id); },
                [this](Id id) { return matter(id); }};
    }

    NamedAgendaItem named(const AgendaItem &item)
    {
        return {item,
                agency(item.presentingAgencyId),
                agency(item.reviewingAgencyId),
                person(item.presenterId),
                person(item.chairId),
                matter(item.matterId)};
    }

private:
    /// The name of `id` (empty for 0), read once through `lookup`.
    template <typename Lookup> static QString cached(QHash<Id, QString> &names, Id id, Lookup lookup)
    {
        if (!id)
            return {};
        auto it = names.constFind(id);
        if (it == names.constEnd())
            it = names.insert(id, lookup(id));
        return *it;
    }

    storage::ReferenceRepository &m_reference;
    storage::SessionRepository &m_repo;
    QHash<Id, QString> m_agencies, m_people, m_matters;
};

/// The versions of a session with their labels: drafts and amendments counted apart.
QList<AgendaVersionInfo> labelled(const QList<AgendaVersion> &versions,
                                  const QList<std::pair<Id, int>> &counts)
{
    QHash<Id, int> byVersion;
    for (const auto &[id, n] : counts)
        byVersion.insert(id, n);
    QList<AgendaVersionInfo> out;
    int drafts = 0, amendments = 0;
    for (const AgendaVersion &v : versions) {
        int ordinal = 1;
        if (v.state == AgendaVersionState::Draft)
            ordinal = ++drafts;
        else if (v.state == AgendaVersionState::Amended)
            ordinal = ++amendments;
        out.append({v, v.label(ordinal), v.label(ordinal, Lang::En), byVersion.value(v.id)});
    }
    return out;
}

QString versionName(const AgendaVersionInfo &v)
{
    return QStringLiteral("\"%1\" (phiên bản %2)").arg(v.label).arg(v.version.number);
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

SessionService::SessionService(storage::Database &db, storage::SessionRepository &repo,
                               storage::MeetingRepository &meetings,
                               storage::ReferenceRepository &reference, CalendarService &calendar,
                               AuditService &audit, const Authorizer &authorizer)
    : m_db(db), m_repo(repo), m_meetings(meetings), m_reference(reference), m_calendar(calendar),
      m_audit(audit), m_auth(authorizer)
{
}

QDate SessionService::today() const
{
    return m_db.today();
}

Result<WorkingDays> SessionService::workingDays(const Actor &actor)
{
    return m_calendar.workingDays(actor);
}

Result<QList<domain::Term>> SessionService::terms(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_meetings.terms();
}

// ---------------------------------------------------------------- lookups

Result<Session> SessionService::requireSession(Id id)
{
    return found(m_repo.session(id), QStringLiteral("Không tìm thấy kỳ họp có mã %1.").arg(id),
                 QStringLiteral("No session has id %1.").arg(id));
}

Result<AgendaVersion> SessionService::requireVersion(Id id)
{
    return found(m_repo.version(id),
                 QStringLiteral("Không tìm thấy phiên bản chương trình có mã %1.").arg(id),
                 QStringLiteral("No agenda version has id %1.").arg(id));
}

Result<AgendaVersion> SessionService::requireWritable(Id versionId)
{
    auto v = requireVersion(versionId);
    if (!v)
        return v.error();
    if (v->readOnly) {
        auto info = infoOf(*v);
        if (!info)
            return info.error();
        return conflict(
            QStringLiteral("Phiên bản %1 chỉ được xem: %2.")
                .arg(versionName(*info),
                     v->adoptedOn.isValid()
                         ? QStringLiteral("đã được thông qua ngày %1; hãy tạo phiên bản điều chỉnh")
                               .arg(domain::shortDate(v->adoptedOn))
                         : QStringLiteral("đã có phiên bản mới hơn")),
            QStringLiteral("Version %1 (\"%2\") is read-only: %3.")
                .arg(v->number)
                .arg(info->labelEn,
                     v->adoptedOn.isValid()
                         ? QStringLiteral("it was adopted; make an amended version")
                         : QStringLiteral("a newer version exists")));
    }
    return v;
}

Result<AgendaItem> SessionService::requireItem(Id id)
{
    return found(m_repo.item(id),
                 QStringLiteral("Không tìm thấy nội dung chương trình có mã %1.").arg(id),
                 QStringLiteral("No agenda item has id %1.").arg(id));
}

Result<AgendaVersionInfo> SessionService::infoOf(const AgendaVersion &version)
{
    auto all = m_repo.versions(version.sessionId);
    if (!all)
        return all.error();
    auto counts = m_repo.itemCounts(version.sessionId);
    if (!counts)
        return counts.error();
    for (const AgendaVersionInfo &info : labelled(*all, *counts))
        if (info.version.id == version.id)
            return info;
    return notFound(QStringLiteral("Không tìm thấy phiên bản chương trình có mã %1.").arg(version.id),
                    QStringLiteral("No agenda version has id %1.").arg(version.id));
}

Result<QString> SessionService::agencyName(Id id)
{
    if (!id)
        return QString();
    auto a = m_reference.agency(id);
    if (!a)
        return a.error();
    return *a ? (*a)->name : QString();
}

Result<QString> SessionService::personName(Id id)
{
    if (!id)
        return QString();
    auto p = m_reference.person(id);
    if (!p)
        return p.error();
    return *p ? (*p)->fullName : QString();
}

// ---------------------------------------------------------------- sessions

Result<QList<SessionSummary>> SessionService::sessions(const Actor &actor, int term)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto list = m_repo.sessions(term);
    if (!list)
        return list.error();
    QList<SessionSummary> out;
    out.reserve(list->size());
    for (const Session &s : *list) {
        auto versions = m_repo.versions(s.id);
        if (!versions)
            return versions.error();
        auto counts = m_repo.itemCounts(s.id);
        if (!counts)
            return counts.error();
        out.append({s, labelled(*versions, *counts)});
    }
    return out;
}

Result<SessionSummary> SessionService::session(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto s = requireSession(id);
    if (!s)
        return s.error();
    auto versions = m_repo.versions(id);
    if (!versions)
        return versions.error();
    auto counts = m_repo.itemCounts(id);
    if (!counts)
        return counts.error();
    return SessionSummary{*s, labelled(*versions, *counts)};
}

Result<void> SessionService::checkSession(Session &s, Id selfId)
{
    s.venue = domain::cleanText(s.venue);
    s.notes = domain::cleanText(s.notes, TextKind::MultiLine);
    std::sort(s.phases.begin(), s.phases.end(),
              [](const domain::SessionPhase &a, const domain::SessionPhase &b) {
                  return a.first < b.first;
              });
    for (qsizetype i = 0; i < s.phases.size(); ++i)
        s.phases[i].number = int(i) + 1;
    THUKY_TRY(domain::validateSession(s));
    if (s.venue.size() > 300 || s.notes.size() > 4000)
        return invalid(QStringLiteral("Địa điểm hoặc ghi chú dài quá mức cho phép."),
                       QStringLiteral("The venue or the notes are too long."), "notes");
    auto term = m_meetings.term(s.term);
    if (!term)
        return term.error();
    if (!*term)
        return invalid(QStringLiteral("Chưa có khóa %1 trong danh mục khóa Quốc hội.").arg(s.term),
                       QStringLiteral("Term %1 is not in the list of terms.").arg(s.term), "term");
    auto same = m_repo.sessions(s.term);
    if (!same)
        return same.error();
    for (const Session &other : *same) {
        if (other.id != selfId && other.kind == s.kind && other.ordinal == s.ordinal)
            return makeError(ErrorCode::Duplicate,
                             QStringLiteral("Khóa %1 đã có %2.").arg(domain::toRoman(s.term), s.title()),
                             QStringLiteral("Term %1 already has the %2.").arg(s.term).arg(s.title(Lang::En)),
                             QStringLiteral("ordinal"));
    }
    return {};
}

Result<Session> SessionService::createSession(const Actor &actor, Session s)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    if (s.term == 0) {
        auto term = m_meetings.termOfYear(s.firstDay().isValid() ? s.firstDay().year()
                                                                 : today().year());
        if (!term)
            return term.error();
        s.term = *term ? (*term)->number : 0;
    }
    if (s.ordinal == 0 && s.term > 0) {
        auto last = m_repo.lastOrdinal(s.term, s.kind);
        if (!last)
            return last.error();
        s.ordinal = *last + 1;
    }
    THUKY_TRY(checkSession(s, 0));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.insertSession(s);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, QStringLiteral("session.add"), Entity::Session, *id, std::nullopt));
    THUKY_TRY(tx->commit());
    return requireSession(*id);
}

Result<Change<Session>> SessionService::updateSession(const Actor &actor, Session s)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    auto existing = requireSession(s.id);
    if (!existing)
        return existing.error();
    THUKY_TRY(checkSession(s, s.id));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::Session, s.id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.updateSession(s));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("session.update"), Entity::Session, s.id, *before));
    THUKY_TRY(tx->commit());
    auto after = requireSession(s.id);
    if (!after)
        return after.error();
    return Change<Session>{*existing, *after};
}

Result<Session> SessionService::deleteSession(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    auto existing = requireSession(id);
    if (!existing)
        return existing.error();
    auto versions = m_repo.versions(id);
    if (!versions)
        return versions.error();
    if (!versions->isEmpty())
        return conflict(QStringLiteral("%1 đã có chương trình (%2 phiên bản); không xóa được.")
                            .arg(existing->fullTitle())
                            .arg(versions->size()),
                        QStringLiteral("The %1 has an agenda (%2 versions); it cannot be deleted.")
                            .arg(existing->fullTitle(Lang::En))
                            .arg(versions->size()));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::Session, id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.deleteSession(id));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("session.delete"), Entity::Session, id, *before));
    THUKY_TRY(tx->commit());
    return *existing;
}

QList<std::pair<QDate, QDate>> SessionService::plenaryDays(const QDate &from, const QDate &to)
{
    QList<std::pair<QDate, QDate>> out;
    auto list = m_repo.sessionsOverlapping(from, to);
    if (!list) {
        logger("services")->warn("plenary days unavailable: {}", list.error().detail.toStdString());
        return out;
    }
    for (const Session &s : *list)
        for (const domain::SessionPhase &p : s.phases)
            if (p.first <= to && p.last >= from)
                out.append({p.first, p.last});
    std::sort(out.begin(), out.end());
    return out;
}

// ---------------------------------------------------------------- matters

Result<QList<Matter>> SessionService::matters(const Actor &actor, int term)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto list = m_repo.matters(term);
    if (!list)
        return list.error();
    std::stable_sort(list->begin(), list->end(), [](const Matter &a, const Matter &b) {
        return domain::compareVi(a.title, b.title) < 0;
    });
    return list;
}

Result<void> SessionService::checkMatter(Matter &m)
{
    m.title = domain::cleanText(m.title);
    m.notes = domain::cleanText(m.notes, TextKind::MultiLine);
    THUKY_TRY(domain::validateMatter(m));
    if (m.notes.size() > 4000)
        return invalid(QStringLiteral("Ghi chú dài quá 4000 ký tự."),
                       QStringLiteral("The notes are longer than 4000 characters."), "notes");
    auto term = m_meetings.term(m.term);
    if (!term)
        return term.error();
    if (!*term)
        return invalid(QStringLiteral("Chưa có khóa %1 trong danh mục khóa Quốc hội.").arg(m.term),
                       QStringLiteral("Term %1 is not in the list of terms.").arg(m.term), "term");
    for (const auto &[id, field] : {std::pair{m.presentingAgencyId, "presentingAgency"},
                                    std::pair{m.reviewingAgencyId, "reviewingAgency"}}) {
        if (!id)
            continue;
        auto name = agencyName(id);
        if (!name)
            return name.error();
        if (name->isEmpty())
            return invalid(QStringLiteral("Không tìm thấy cơ quan có mã %1.").arg(id),
                           QStringLiteral("No agency has id %1.").arg(id), field);
    }
    return {};
}

Result<Matter> SessionService::addMatter(const Actor &actor, Matter m)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    THUKY_TRY(checkMatter(m));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.insertMatter(m);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, QStringLiteral("session.matter.add"), Entity::SessionMatter, *id,
                             std::nullopt));
    THUKY_TRY(tx->commit());
    m.id = *id;
    return m;
}

Result<Change<Matter>> SessionService::updateMatter(const Actor &actor, Matter m)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    auto existing = found(m_repo.matter(m.id), QStringLiteral("Không tìm thấy dự án có mã %1.").arg(m.id),
                          QStringLiteral("No matter has id %1.").arg(m.id));
    if (!existing)
        return existing.error();
    THUKY_TRY(checkMatter(m));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::SessionMatter, m.id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.updateMatter(m));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("session.matter.update"), Entity::SessionMatter,
                             m.id, *before));
    THUKY_TRY(tx->commit());
    return Change<Matter>{*existing, m};
}

Result<Matter> SessionService::deleteMatter(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    auto existing = found(m_repo.matter(id), QStringLiteral("Không tìm thấy dự án có mã %1.").arg(id),
                          QStringLiteral("No matter has id %1.").arg(id));
    if (!existing)
        return existing.error();
    auto uses = m_repo.matterUses(id);
    if (!uses)
        return uses.error();
    if (*uses > 0)
        return conflict(QStringLiteral("\"%1\" đang có trong %2 nội dung chương trình; không xóa được.")
                            .arg(existing->title)
                            .arg(*uses),
                        QStringLiteral("\"%1\" is on %2 agenda items; it cannot be deleted.")
                            .arg(existing->title)
                            .arg(*uses));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::SessionMatter, id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.deleteMatter(id));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("session.matter.delete"), Entity::SessionMatter,
                             id, *before));
    THUKY_TRY(tx->commit());
    return *existing;
}

// ---------------------------------------------------------------- versions

Result<QList<AgendaVersionInfo>> SessionService::versions(const Actor &actor, Id sessionId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    THUKY_TRY(requireSession(sessionId));
    auto list = m_repo.versions(sessionId);
    if (!list)
        return list.error();
    auto counts = m_repo.itemCounts(sessionId);
    if (!counts)
        return counts.error();
    return labelled(*list, *counts);
}

Result<AgendaVersionInfo> SessionService::version(const Actor &actor, Id versionId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto v = requireVersion(versionId);
    if (!v)
        return v.error();
    return infoOf(*v);
}

Result<AgendaVersionInfo> SessionService::versionByNumber(const Actor &actor, Id sessionId, int number)
{
    auto list = versions(actor, sessionId);
    if (!list)
        return list.error();
    for (const AgendaVersionInfo &v : *list)
        if (v.version.number == number)
            return v;
    return notFound(QStringLiteral("Kỳ họp (mã %1) không có phiên bản chương trình %2.").arg(sessionId).arg(number),
                    QStringLiteral("Session %1 has no agenda version %2.").arg(sessionId).arg(number));
}

Result<AgendaVersionInfo> SessionService::latestVersion(const Actor &actor, Id sessionId)
{
    auto list = versions(actor, sessionId);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return notFound(QStringLiteral("Kỳ họp (mã %1) chưa có phiên bản chương trình nào.").arg(sessionId),
                        QStringLiteral("Session %1 has no agenda version yet.").arg(sessionId));
    return list->last();
}

Result<AgendaVersion> SessionService::newVersion(const Actor &actor, Id sessionId, const QString &noteIn)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    THUKY_TRY(requireSession(sessionId));
    const QString note = domain::cleanText(noteIn, TextKind::MultiLine);
    if (note.size() > 2000)
        return invalid(QStringLiteral("Ghi chú dài quá 2000 ký tự."),
                       QStringLiteral("The note is longer than 2000 characters."), "note");
    auto list = m_repo.versions(sessionId);
    if (!list)
        return list.error();
    const bool adoptedBefore = std::any_of(list->begin(), list->end(), [](const AgendaVersion &v) {
        return v.adoptedOn.isValid();
    });
    AgendaVersion v;
    v.sessionId = sessionId;
    v.number = list->isEmpty() ? 1 : list->last().number + 1;
    v.state = adoptedBefore ? AgendaVersionState::Amended : AgendaVersionState::Draft;
    v.createdOn = today();
    v.note = note;
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (!list->isEmpty() && !list->last().readOnly) {
        AgendaVersion last = list->last();
        auto before = m_audit.image(Entity::AgendaVersion, last.id);
        if (!before)
            return before.error();
        last.readOnly = true;
        THUKY_TRY(m_repo.updateVersion(last));
        THUKY_TRY(m_audit.record(actor, QStringLiteral("agenda.version.supersede"),
                                 Entity::AgendaVersion, last.id, *before));
    }
    auto id = m_repo.insertVersion(v);
    if (!id)
        return id.error();
    v.id = *id;
    THUKY_TRY(m_audit.record(actor, QStringLiteral("agenda.version.add"), Entity::AgendaVersion, v.id,
                             std::nullopt));
    if (!list->isEmpty()) {
        auto copied = m_repo.copyItems(list->last().id, v.id);
        if (!copied)
            return copied.error();
        for (Id itemId : *copied)
            THUKY_TRY(m_audit.record(actor, QStringLiteral("agenda.item.copy"), Entity::AgendaItem,
                                     itemId, std::nullopt));
    }
    THUKY_TRY(tx->commit());
    return v;
}

Result<AgendaVersion> SessionService::deleteVersion(const Actor &actor, Id versionId)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    auto v = requireVersion(versionId);
    if (!v)
        return v.error();
    auto list = m_repo.versions(v->sessionId);
    if (!list)
        return list.error();
    if (list->last().id != versionId || v->adoptedOn.isValid())
        return conflict(QStringLiteral("Chỉ xóa được phiên bản mới nhất khi chưa được thông qua."),
                        QStringLiteral("Only the newest version can be deleted, and only before "
                                       "its adoption."));
    auto items = m_repo.items(versionId);
    if (!items)
        return items.error();
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    QList<std::pair<Id, std::optional<QByteArray>>> images;
    images.reserve(items->size());
    for (const AgendaItem &it : *items) {
        auto image = m_audit.image(Entity::AgendaItem, it.id);
        if (!image)
            return image.error();
        images.append({it.id, *image});
    }
    auto before = m_audit.image(Entity::AgendaVersion, versionId);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.deleteVersion(versionId));
    for (const auto &[id, image] : images)
        THUKY_TRY(m_audit.record(actor, QStringLiteral("agenda.item.delete"), Entity::AgendaItem, id,
                                 image));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("agenda.version.delete"), Entity::AgendaVersion,
                             versionId, *before));
    if (list->size() > 1) {
        AgendaVersion previous = (*list)[list->size() - 2];
        if (previous.readOnly && !previous.adoptedOn.isValid()) {
            auto prevImage = m_audit.image(Entity::AgendaVersion, previous.id);
            if (!prevImage)
                return prevImage.error();
            previous.readOnly = false;
            THUKY_TRY(m_repo.updateVersion(previous));
            THUKY_TRY(m_audit.record(actor, QStringLiteral("agenda.version.reopen"),
                                     Entity::AgendaVersion, previous.id, *prevImage));
        }
    }
    THUKY_TRY(tx->commit());
    return *v;
}

Result<AgendaVersion> SessionService::adopt(const Actor &actor, Id versionId, const QDate &on)
{
    THUKY_TRY(m_auth.require(actor, Action::AdoptAgenda));
    auto v = requireVersion(versionId);
    if (!v)
        return v.error();
    auto list = m_repo.versions(v->sessionId);
    if (!list)
        return list.error();
    if (v->adoptedOn.isValid())
        return conflict(QStringLiteral("Phiên bản %1 đã được thông qua ngày %2.")
                            .arg(v->number)
                            .arg(domain::shortDate(v->adoptedOn)),
                        QStringLiteral("Version %1 was adopted on %2.")
                            .arg(v->number)
                            .arg(v->adoptedOn.toString(Qt::ISODate)));
    if (list->last().id != versionId)
        return conflict(QStringLiteral("Chỉ thông qua được phiên bản mới nhất (phiên bản %1).")
                            .arg(list->last().number),
                        QStringLiteral("Only the newest version (%1) can be adopted.")
                            .arg(list->last().number));
    const QDate date = on.isValid() ? on : today();
    if (date.year() < 1946 || date.year() > 2200)
        return invalid(QStringLiteral("Ngày thông qua không hợp lệ."),
                       QStringLiteral("The adoption date is not valid."), "date");
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::AgendaVersion, versionId);
    if (!before)
        return before.error();
    AgendaVersion adopted = *v;
    adopted.adoptedOn = date;
    adopted.readOnly = true;
    if (adopted.state == AgendaVersionState::Draft)
        adopted.state = AgendaVersionState::Adopted;
    THUKY_TRY(m_repo.updateVersion(adopted));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("agenda.version.adopt"), Entity::AgendaVersion,
                             versionId, *before));
    THUKY_TRY(tx->commit());
    return adopted;
}

// ---------------------------------------------------------------- items

Result<QList<AgendaItem>> SessionService::items(const Actor &actor, Id versionId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    THUKY_TRY(requireVersion(versionId));
    return m_repo.items(versionId);
}

Result<NamedAgendaItem> SessionService::named(const AgendaItem &item)
{
    NameCache names(m_reference, m_repo);
    return names.named(item);
}

Result<NamedAgendaItem> SessionService::item(const Actor &actor, Id itemId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto it = requireItem(itemId);
    if (!it)
        return it.error();
    return named(*it);
}

Result<void> SessionService::checkItem(AgendaItem &item)
{
    item.title = domain::cleanText(item.title);
    item.venue = domain::cleanText(item.venue);
    item.notes = domain::cleanText(item.notes, TextKind::MultiLine);
    item.key = domain::cleanText(item.key);
    if (!item.startTime.isValid())
        item.endTime = QTime();
    // Minutes are what the database keeps.
    if (item.startTime.isValid())
        item.startTime = QTime(item.startTime.hour(), item.startTime.minute());
    if (item.endTime.isValid())
        item.endTime = QTime(item.endTime.hour(), item.endTime.minute());
    THUKY_TRY(domain::validateAgendaItem(item));
    if (item.key.size() > 64)
        return invalid(QStringLiteral("Mã nội dung dài quá 64 ký tự."),
                       QStringLiteral("The item key is longer than 64 characters."), "key");
    for (const auto &[id, field] : {std::pair{item.presentingAgencyId, "presentingAgency"},
                                    std::pair{item.reviewingAgencyId, "reviewingAgency"}}) {
        if (!id)
            continue;
        auto name = agencyName(id);
        if (!name)
            return name.error();
        if (name->isEmpty())
            return invalid(QStringLiteral("Không tìm thấy cơ quan có mã %1.").arg(id),
                           QStringLiteral("No agency has id %1.").arg(id), field);
    }
    for (const auto &[id, field] :
         {std::pair{item.presenterId, "presenter"}, std::pair{item.chairId, "chair"}}) {
        if (!id)
            continue;
        auto name = personName(id);
        if (!name)
            return name.error();
        if (name->isEmpty())
            return invalid(QStringLiteral("Không tìm thấy cán bộ có mã %1.").arg(id),
                           QStringLiteral("No person has id %1.").arg(id), field);
    }
    if (item.matterId) {
        auto m = m_repo.matter(item.matterId);
        if (!m)
            return m.error();
        if (!*m)
            return invalid(QStringLiteral("Không tìm thấy dự án có mã %1.").arg(item.matterId),
                           QStringLiteral("No matter has id %1.").arg(item.matterId), "matter");
    }
    return {};
}

Result<void> SessionService::renumber(const Actor &actor, QList<AgendaItem> items, Id skipAuditId)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        AgendaItem &it = items[i];
        const int position = int(i) + 1;
        if (it.position == position)
            continue;
        std::optional<QByteArray> before;
        if (it.id != skipAuditId) {
            auto image = m_audit.image(Entity::AgendaItem, it.id);
            if (!image)
                return image.error();
            before = *image;
        }
        THUKY_TRY(m_repo.setSlot(it.id, {it.date, it.halfDay, position}));
        it.position = position;
        if (it.id != skipAuditId)
            THUKY_TRY(m_audit.record(actor, QStringLiteral("agenda.item.reorder"), Entity::AgendaItem,
                                     it.id, before));
    }
    return {};
}

Result<AgendaItem> SessionService::addItem(const Actor &actor, AgendaItem item)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    THUKY_TRY(requireWritable(item.versionId));
    THUKY_TRY(checkItem(item));
    if (item.key.isEmpty())
        item.key = newKey();
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto half = m_repo.halfDayItems(item.versionId, item.date, item.halfDay);
    if (!half)
        return half.error();
    const qsizetype at = item.position <= 0 ? half->size()
                                            : std::clamp<qsizetype>(item.position - 1, 0, half->size());
    item.position = int(at) + 1;
    auto id = m_repo.insertItem(item);
    if (!id)
        return id.error();
    item.id = *id;
    half->insert(at, item);
    THUKY_TRY(renumber(actor, *half, item.id));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("agenda.item.add"), Entity::AgendaItem, item.id,
                             std::nullopt));
    THUKY_TRY(tx->commit());
    return requireItem(item.id);
}

namespace {

/// Where in a half-day's list an item lands: `position` from 1, 0 or past the end: last.
qsizetype landing(int position, qsizetype size)
{
    return position <= 0 ? size : std::clamp<qsizetype>(position - 1, 0, size);
}

} // namespace

Result<Change<AgendaItem>> SessionService::updateItem(const Actor &actor, AgendaItem item)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    auto existing = requireItem(item.id);
    if (!existing)
        return existing.error();
    THUKY_TRY(requireWritable(existing->versionId));
    item.versionId = existing->versionId;
    item.key = existing->key;
    const bool sameHalf = item.date == existing->date && item.halfDay == existing->halfDay;
    if (sameHalf && item.position <= 0)
        item.position = existing->position;
    THUKY_TRY(checkItem(item));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::AgendaItem, item.id);
    if (!before)
        return before.error();
    if (!sameHalf || item.position != existing->position) {
        auto old = m_repo.halfDayItems(existing->versionId, existing->date, existing->halfDay);
        if (!old)
            return old.error();
        old->removeIf([&](const AgendaItem &i) { return i.id == item.id; });
        if (sameHalf) {
            const qsizetype at = landing(item.position, old->size());
            AgendaItem placed = *existing;
            placed.position = -1;
            old->insert(at, placed);
            THUKY_TRY(renumber(actor, *old, item.id));
            item.position = int(at) + 1;
        } else {
            THUKY_TRY(renumber(actor, *old));
            auto target = m_repo.halfDayItems(existing->versionId, item.date, item.halfDay);
            if (!target)
                return target.error();
            const qsizetype at = landing(item.position, target->size());
            AgendaItem placed = item;
            placed.position = -1;
            target->insert(at, placed);
            THUKY_TRY(renumber(actor, *target, item.id));
            item.position = int(at) + 1;
        }
    }
    THUKY_TRY(m_repo.updateItem(item));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("agenda.item.update"), Entity::AgendaItem, item.id,
                             *before));
    THUKY_TRY(tx->commit());
    auto after = requireItem(item.id);
    if (!after)
        return after.error();
    return Change<AgendaItem>{*existing, *after};
}

Result<AgendaItem> SessionService::deleteItem(const Actor &actor, Id itemId)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    auto existing = requireItem(itemId);
    if (!existing)
        return existing.error();
    THUKY_TRY(requireWritable(existing->versionId));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::AgendaItem, itemId);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.deleteItem(itemId));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("agenda.item.delete"), Entity::AgendaItem, itemId,
                             *before));
    auto rest = m_repo.halfDayItems(existing->versionId, existing->date, existing->halfDay);
    if (!rest)
        return rest.error();
    THUKY_TRY(renumber(actor, *rest));
    THUKY_TRY(tx->commit());
    return *existing;
}

Result<AgendaMove> SessionService::moveItem(const Actor &actor, Id itemId, const AgendaSlot &to)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    auto existing = requireItem(itemId);
    if (!existing)
        return existing.error();
    THUKY_TRY(requireWritable(existing->versionId));
    if (!to.date.isValid() || to.date.year() < 1946 || to.date.year() > 2200)
        return invalid(QStringLiteral("Ngày chuyển đến không hợp lệ."),
                       QStringLiteral("The date to move to is not valid."), "date");
    const AgendaSlot from = domain::slotOf(*existing);
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(Entity::AgendaItem, itemId);
    if (!before)
        return before.error();
    const bool sameHalf = to.date == from.date && to.halfDay == from.halfDay;
    auto old = m_repo.halfDayItems(existing->versionId, from.date, from.halfDay);
    if (!old)
        return old.error();
    old->removeIf([&](const AgendaItem &i) { return i.id == itemId; });
    AgendaItem placed = *existing;
    placed.date = to.date;
    placed.halfDay = to.halfDay;
    placed.position = -1; // always written
    qsizetype at = 0;
    if (sameHalf) {
        at = std::clamp<qsizetype>(to.position - 1, 0, old->size());
        old->insert(at, placed);
        THUKY_TRY(renumber(actor, *old, itemId));
    } else {
        THUKY_TRY(renumber(actor, *old));
        auto target = m_repo.halfDayItems(existing->versionId, to.date, to.halfDay);
        if (!target)
            return target.error();
        at = std::clamp<qsizetype>(to.position - 1, 0, target->size());
        target->insert(at, placed);
        THUKY_TRY(renumber(actor, *target, itemId));
    }
    THUKY_TRY(m_audit.record(actor, QStringLiteral("agenda.item.move"), Entity::AgendaItem, itemId,
                             *before));
    THUKY_TRY(tx->commit());
    return AgendaMove{itemId, from, AgendaSlot{to.date, to.halfDay, int(at) + 1}};
}

Result<AgendaItem> SessionService::duplicateItem(const Actor &actor, Id itemId)
{
    THUKY_TRY(m_auth.require(actor, Action::EditAgenda));
    auto existing = requireItem(itemId);
    if (!existing)
        return existing.error();
    AgendaItem copy = *existing;
    copy.id = 0;
    copy.key.clear();
    copy.position = existing->position + 1;
    return addItem(actor, copy);
}

// ---------------------------------------------------------------- views

Result<SessionAgenda> SessionService::days(const Actor &actor, Id sessionId, Id versionId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto s = requireSession(sessionId);
    if (!s)
        return s.error();
    SessionAgenda agenda;
    agenda.session = *s;
    QList<AgendaItem> items;
    auto list = m_repo.versions(sessionId);
    if (!list)
        return list.error();
    if (!list->isEmpty()) {
        auto counts = m_repo.itemCounts(sessionId);
        if (!counts)
            return counts.error();
        const QList<AgendaVersionInfo> infos = labelled(*list, *counts);
        const AgendaVersionInfo *chosen = versionId ? nullptr : &infos.last();
        for (const AgendaVersionInfo &info : infos)
            if (info.version.id == versionId)
                chosen = &info;
        if (!chosen)
            return notFound(QStringLiteral("Kỳ họp không có phiên bản chương trình mã %1.").arg(versionId),
                            QStringLiteral("The session has no agenda version with id %1.").arg(versionId));
        agenda.version = *chosen;
        auto rows = m_repo.items(chosen->version.id);
        if (!rows)
            return rows.error();
        items = std::move(*rows);
    } else if (versionId) {
        return notFound(QStringLiteral("Kỳ họp chưa có phiên bản chương trình nào."),
                        QStringLiteral("The session has no agenda version yet."));
    }
    auto calendar = workingDays(actor);
    if (!calendar)
        return calendar.error();
    std::set<QDate> dates;
    for (const domain::SessionPhase &p : s->phases)
        for (QDate d = p.first; d <= p.last; d = d.addDays(1))
            dates.insert(d);
    for (const AgendaItem &it : items)
        dates.insert(it.date);
    NameCache names(m_reference, m_repo);
    QHash<QDate, qsizetype> dayIndex;
    for (const QDate &d : dates) {
        AgendaDay day;
        day.date = d;
        for (const domain::SessionPhase &p : s->phases)
            if (p.first <= d && d <= p.last)
                day.phase = p.number;
        day.workingDay = calendar->isWorkingDay(d);
        for (HalfDay h : {HalfDay::Morning, HalfDay::Afternoon})
            day.halfDays.append({h, {}, 0, domain::halfDayHours(h).minutes()});
        dayIndex.insert(d, agenda.days.size());
        agenda.days.append(std::move(day));
    }
    for (const AgendaItem &it : items) {
        AgendaDay &day = agenda.days[dayIndex.value(it.date)];
        if (it.halfDay == HalfDay::Evening && day.halfDays.size() < 3)
            day.halfDays.append({HalfDay::Evening, {}, 0, domain::halfDayHours(HalfDay::Evening).minutes()});
        AgendaHalfDay &half = day.halfDays[int(it.halfDay)];
        half.items.append(names.named(it));
        half.plannedMinutes += it.plannedMinutes;
    }
    agenda.itemCount = int(items.size());
    return agenda;
}

Result<QList<domain::AgendaFinding>> SessionService::check(const Actor &actor, Id sessionId, Id versionId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto s = requireSession(sessionId);
    if (!s)
        return s.error();
    AgendaVersion v;
    if (versionId) {
        auto found = requireVersion(versionId);
        if (!found)
            return found.error();
        if (found->sessionId != sessionId)
            return invalid(QStringLiteral("Phiên bản %1 không thuộc kỳ họp này.").arg(versionId),
                           QStringLiteral("Version %1 is not one of this session's.").arg(versionId),
                           "version");
        v = *found;
    } else {
        auto list = m_repo.versions(sessionId);
        if (!list)
            return list.error();
        if (list->isEmpty())
            return QList<domain::AgendaFinding>{};
        v = list->last();
    }
    auto items = m_repo.items(v.id);
    if (!items)
        return items.error();
    auto matters = m_repo.mattersOfVersion(v.id);
    if (!matters)
        return matters.error();
    auto calendar = workingDays(actor);
    if (!calendar)
        return calendar.error();
    NameCache names(m_reference, m_repo);
    return domain::checkAgenda(*s, *items, *matters, *calendar, names.names());
}

Result<domain::AgendaDiff> SessionService::diff(const Actor &actor, Id fromVersionId, Id toVersionId)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto from = requireVersion(fromVersionId);
    if (!from)
        return from.error();
    auto to = requireVersion(toVersionId);
    if (!to)
        return to.error();
    if (from->sessionId != to->sessionId)
        return invalid(QStringLiteral("Hai phiên bản phải cùng một kỳ họp."),
                       QStringLiteral("The two versions must be of the same session."), "version");
    auto before = m_repo.items(fromVersionId);
    if (!before)
        return before.error();
    auto after = m_repo.items(toVersionId);
    if (!after)
        return after.error();
    NameCache names(m_reference, m_repo);
    domain::AgendaDiff d = domain::diffAgenda(*before, *after, names.names());
    d.fromVersionId = fromVersionId;
    d.toVersionId = toVersionId;
    return d;
}

} // namespace thuky::services
