#include "thuky/services/reference_service.h"

#include "thuky/core/logging.h"
#include "thuky/domain/text.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/storage/database.h"
#include "thuky/storage/reference_repository.h"
#include "thuky/storage/transaction.h"

#include <QSet>

#include <spdlog/spdlog.h>

namespace thuky::services {

using domain::Actor;
using domain::Agency;
using domain::Id;
using domain::Person;

namespace {

void cleanAgencyText(Agency &agency)
{
    agency.name = domain::cleanText(agency.name);
    agency.shortName = domain::cleanText(agency.shortName);
}

Result<void> validateAgency(const Agency &a)
{
    if (a.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Chưa nhập tên cơ quan, đơn vị."),
                         QStringLiteral("The agency's name is missing."), QStringLiteral("name"));
    if (a.name.size() > 300 || a.shortName.size() > 40)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Tên cơ quan, đơn vị quá dài."),
                         QStringLiteral("The agency's name is too long."), QStringLiteral("name"));
    return {};
}

// Names are compared folded, so "Bộ Tư pháp" and "bo tu phap" count as the same agency.
Result<void> checkUnique(storage::ReferenceRepository &repo, const Agency &a)
{
    for (const QString &name : {a.name, a.shortName}) {
        if (name.trimmed().isEmpty())
            continue;
        auto other = repo.findAgency(name);
        if (!other)
            return other.error();
        if (*other && (*other)->id != a.id)
            return makeError(ErrorCode::Duplicate,
                             QStringLiteral("Tên \"%1\" đã được dùng cho \"%2\".")
                                 .arg(name.trimmed(), (*other)->name),
                             QStringLiteral("The name \"%1\" is already used by \"%2\".")
                                 .arg(name.trimmed(), (*other)->name),
                             QStringLiteral("name"));
    }
    return {};
}

} // namespace

ReferenceService::ReferenceService(storage::Database &db, storage::ReferenceRepository &repo,
                                   AuditService &audit, const Authorizer &auth)
    : m_db(db), m_repo(repo), m_audit(audit), m_auth(auth)
{
}

Result<QList<Agency>> ReferenceService::agencies(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.agencies();
}

Result<Agency> ReferenceService::agency(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto a = m_repo.agency(id);
    if (!a)
        return a.error();
    if (!*a)
        return makeError(ErrorCode::NotFound, QStringLiteral("Không tìm thấy cơ quan, đơn vị."),
                         QStringLiteral("The agency was not found."));
    return **a;
}

Result<std::optional<Agency>> ReferenceService::findAgency(const Actor &actor, const QString &name)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.findAgency(name);
}

Result<Agency> ReferenceService::addAgency(const Actor &actor, Agency agency)
{
    agency.id = 0;
    return insertAgency(actor, std::move(agency), QStringLiteral("agency.create"));
}

Result<Agency> ReferenceService::insertAgency(const Actor &actor, Agency agency,
                                              const QString &action)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    cleanAgencyText(agency);
    THUKY_TRY(validateAgency(agency));
    THUKY_TRY(checkUnique(m_repo, agency));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.insertAgency(agency);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, action, storage::Entity::Agency, *id, std::nullopt));
    THUKY_TRY(tx->commit());
    agency.id = *id;
    return agency;
}

Result<Agency> ReferenceService::updateAgency(const Actor &actor, Agency agency)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    cleanAgencyText(agency);
    THUKY_TRY(validateAgency(agency));
    THUKY_TRY(checkUnique(m_repo, agency));
    if (agency.parentId == agency.id)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("Một đơn vị không thể trực thuộc chính nó."),
            QStringLiteral("A unit cannot be its own parent."), QStringLiteral("parent"));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(storage::Entity::Agency, agency.id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.updateAgency(agency));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("agency.update"), storage::Entity::Agency,
                             agency.id, *before));
    THUKY_TRY(tx->commit());
    return agency;
}

Result<QList<Person>> ReferenceService::people(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.people();
}

Result<std::optional<QList<Id>>> ReferenceService::matchingPeople(const Actor &actor, const QString &text)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.matchingPeople(text);
}

Result<std::optional<QList<Id>>> ReferenceService::matchingAgencies(const Actor &actor, const QString &text)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.matchingAgencies(text);
}

Result<std::optional<Person>> ReferenceService::findPerson(const Actor &actor, const QString &name)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.findPerson(name);
}

Result<void> ReferenceService::preparePerson(Person &person)
{
    person.fullName = domain::cleanText(person.fullName);
    person.position = domain::cleanText(person.position);
    person.email = domain::cleanText(person.email);
    person.phone = domain::cleanText(person.phone);
    if (person.fullName.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Chưa nhập họ và tên."),
                         QStringLiteral("The full name is missing."), QStringLiteral("fullName"));
    if (const auto problem = domain::emailProblem(person.email))
        return makeError(ErrorCode::InvalidInput, problem->vi, problem->en,
                         QStringLiteral("email"));
    if (const auto problem = domain::phoneProblem(person.phone))
        return makeError(ErrorCode::InvalidInput, problem->vi, problem->en,
                         QStringLiteral("phone"));
    if (person.unitId) {
        auto unit = m_repo.agency(person.unitId);
        if (!unit)
            return unit.error();
        if (!*unit)
            return makeError(ErrorCode::NotFound, QStringLiteral("Không tìm thấy đơn vị công tác."),
                             QStringLiteral("The person's unit was not found."),
                             QStringLiteral("unit"));
    }
    return {};
}

Result<Person> ReferenceService::addPerson(const Actor &actor, Person person)
{
    person.id = 0;
    return insertPerson(actor, std::move(person), QStringLiteral("person.create"));
}

Result<Person> ReferenceService::insertPerson(const Actor &actor, Person person,
                                              const QString &action)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    THUKY_TRY(preparePerson(person));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = m_repo.insertPerson(person);
    if (!id)
        return id.error();
    THUKY_TRY(m_audit.record(actor, action, storage::Entity::Person, *id, std::nullopt));
    THUKY_TRY(tx->commit());
    person.id = *id;
    return person;
}

Result<Person> ReferenceService::updatePerson(const Actor &actor, Person person)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    THUKY_TRY(preparePerson(person));
    auto existing = m_repo.person(person.id);
    if (!existing)
        return existing.error();
    if (!*existing)
        return makeError(ErrorCode::NotFound, QStringLiteral("Không tìm thấy cán bộ."),
                         QStringLiteral("The person was not found."));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = m_audit.image(storage::Entity::Person, person.id);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.updatePerson(person));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("person.update"), storage::Entity::Person,
                             person.id, *before));
    THUKY_TRY(tx->commit());
    return person;
}

Result<Agency> ReferenceService::restoreAgency(const Actor &actor, Agency agency)
{
    return insertAgency(actor, std::move(agency), QStringLiteral("agency.restore"));
}

Result<Person> ReferenceService::restorePerson(const Actor &actor, Person person)
{
    return insertPerson(actor, std::move(person), QStringLiteral("person.restore"));
}

Message describeUsage(const storage::Referrers &r)
{
    QStringList vi, en;
    const auto add = [&](qsizetype count, const char *whatVi, const char *whatEn) {
        if (count == 0)
            return;
        vi << QStringLiteral("%1 %2").arg(count).arg(QString::fromUtf8(whatVi));
        en << QStringLiteral("%1 %2").arg(count).arg(QString::fromUtf8(whatEn));
    };
    add(r.leadTasks.size(), "nhiệm vụ (chủ trì)", "tasks (lead)");
    add(r.partnerTasks.size(), "nhiệm vụ (phối hợp)", "tasks (partner)");
    add(r.responsibleTasks.size(), "nhiệm vụ (người phụ trách)", "tasks (responsible)");
    add(r.people.size(), "cán bộ", "people");
    add(r.childUnits.size(), "đơn vị trực thuộc", "units under it");
    add(r.programmes.size(), "chương trình công tác", "work programmes");
    add(r.users.size(), "tài khoản", "accounts");
    add(r.chairedMeetings.size(), "phiên họp (chủ trì)", "meetings (chair)");
    add(r.presentedContents.size(), "nội dung phiên họp (cơ quan trình)",
        "meeting contents (presenting)");
    add(r.reviewedContents.size(), "nội dung phiên họp (cơ quan thẩm tra)",
        "meeting contents (reviewing)");
    add(r.documents.size(), "tài liệu phiên họp phải gửi", "meeting documents owed");
    add(r.invitations.size(), "nội dung phiên họp (thành phần mời)", "meeting contents (invited)");
    add(r.participations.size(), "sự kiện khác (thành phần tham dự)", "other events (participant)");
    add(r.agendaItems().size(), "nội dung chương trình kỳ họp", "session agenda items");
    add(r.matters().size(), "dự án trình Quốc hội", "matters before the Assembly");
    return Message{vi.join(QStringLiteral(", ")), en.join(QStringLiteral(", "))};
}

Result<storage::Referrers> ReferenceService::agencyUsage(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.agencyReferrers(id);
}

Result<storage::Referrers> ReferenceService::personUsage(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    return m_repo.personReferrers(id);
}

namespace {

Error inUse(const QString &name, const storage::Referrers &r)
{
    const Message where = describeUsage(r);
    return makeError(
        ErrorCode::Conflict,
        QStringLiteral("Không xóa được \"%1\" vì đang được dùng ở: %2. Hãy đánh dấu ngừng sử dụng, "
                       "hoặc gộp vào mục trùng.")
            .arg(name, where.vi),
        QStringLiteral("\"%1\" cannot be deleted: it is used by %2. Deactivate it, or merge it "
                       "into its duplicate.")
            .arg(name, where.en));
}

Error notFound(const char *vi, const char *en)
{
    return makeError(ErrorCode::NotFound, QString::fromUtf8(vi), QString::fromUtf8(en));
}

/// The entry kept and the duplicate of a merge: two different records that both exist.
template <typename T, typename Read>
Result<std::pair<T, T>> mergePair(Id keep, Id drop, Read read, const char *differentVi,
                                  const char *differentEn, const char *missingVi,
                                  const char *missingEn)
{
    if (keep == drop)
        return makeError(ErrorCode::InvalidInput, QString::fromUtf8(differentVi),
                         QString::fromUtf8(differentEn));
    auto kept = read(keep);
    if (!kept)
        return kept.error();
    auto dropped = read(drop);
    if (!dropped)
        return dropped.error();
    if (!*kept || !*dropped)
        return notFound(missingVi, missingEn);
    return std::pair<T, T>{**kept, **dropped};
}

} // namespace

Result<void> ReferenceService::deleteUnused(const Actor &actor, storage::Entity entity, Id id,
                                            const QString &name)
{
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const bool agency = entity == storage::Entity::Agency;
    auto referrers = agency ? m_repo.agencyReferrers(id) : m_repo.personReferrers(id);
    if (!referrers)
        return referrers.error();
    if (!referrers->isEmpty())
        return inUse(name, *referrers);
    auto before = m_audit.image(entity, id);
    if (!before)
        return before.error();
    THUKY_TRY(agency ? m_repo.deleteAgency(id) : m_repo.deletePerson(id));
    THUKY_TRY(m_audit.record(
        actor, agency ? QStringLiteral("agency.delete") : QStringLiteral("person.delete"), entity,
        id, *before));
    return tx->commit();
}

Result<void> ReferenceService::deleteAgency(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    auto agency = m_repo.agency(id);
    if (!agency)
        return agency.error();
    if (!*agency)
        return notFound("Không tìm thấy cơ quan, đơn vị.", "The agency was not found.");
    return deleteUnused(actor, storage::Entity::Agency, id, (*agency)->name);
}

Result<void> ReferenceService::deletePerson(const Actor &actor, Id id)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    auto person = m_repo.person(id);
    if (!person)
        return person.error();
    if (!*person)
        return notFound("Không tìm thấy cán bộ.", "The person was not found.");
    return deleteUnused(actor, storage::Entity::Person, id, (*person)->fullName);
}

Result<void> ReferenceService::recordAll(const Actor &actor, const QString &action,
                                         const QList<std::pair<storage::Entity, Id>> &records,
                                         const QList<std::optional<QByteArray>> &before)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        // A record deleted since (an event removed between a merge and its undo) is unchanged.
        if (!before[i])
            continue;
        THUKY_TRY(m_audit.record(actor, action, records[i].first, records[i].second, before[i]));
    }
    return {};
}

namespace {

/// The meetings, contents and events of the calendar a merge changes, each once: a content's
/// audit image holds its documents and invitees, an event's its participants.
void appendCalendar(QList<std::pair<storage::Entity, Id>> &changed, const storage::Referrers &r)
{
    for (Id id : storage::Referrers::distinct(r.chairedMeetings))
        changed.append({storage::Entity::Meeting, id});
    for (Id id : r.contents())
        changed.append({storage::Entity::MeetingContent, id});
    for (Id id : r.events())
        changed.append({storage::Entity::MeetingEvent, id});
    for (Id id : r.agendaItems())
        changed.append({storage::Entity::AgendaItem, id});
    for (Id id : r.matters())
        changed.append({storage::Entity::SessionMatter, id});
}

/// The records a merge of agencies changes besides the two entries, each task once.
QList<std::pair<storage::Entity, Id>> changedByAgencyMerge(const storage::Referrers &r)
{
    QList<std::pair<storage::Entity, Id>> changed;
    QSet<Id> tasks;
    for (const QList<Id> *ids : {&r.leadTasks, &r.partnerTasks}) {
        for (Id id : *ids) {
            if (!tasks.contains(id)) {
                tasks.insert(id);
                changed.append({storage::Entity::Task, id});
            }
        }
    }
    for (Id id : r.people)
        changed.append({storage::Entity::Person, id});
    for (Id id : r.childUnits)
        changed.append({storage::Entity::Agency, id});
    for (Id id : r.programmes)
        changed.append({storage::Entity::Programme, id});
    appendCalendar(changed, r);
    return changed;
}

QList<std::pair<storage::Entity, Id>> changedByPersonMerge(const storage::Referrers &r)
{
    QList<std::pair<storage::Entity, Id>> changed;
    for (Id id : r.responsibleTasks)
        changed.append({storage::Entity::Task, id});
    appendCalendar(changed, r);
    return changed;
}

} // namespace

Result<QList<std::optional<QByteArray>>>
ReferenceService::imagesOf(const QList<std::pair<storage::Entity, Id>> &records)
{
    QList<std::optional<QByteArray>> images;
    for (const auto &[entity, id] : records) {
        auto image = m_audit.image(entity, id);
        if (!image)
            return image.error();
        images.append(*image);
    }
    return images;
}

Result<int> ReferenceService::mergeAgencies(const Actor &actor, Id keep, Id drop,
                                            CatalogueMerge *undo)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    auto pair = mergePair<Agency>(
        keep, drop, [this](Id id) { return m_repo.agency(id); },
        "Hãy chọn hai cơ quan, đơn vị khác nhau để gộp.", "Choose two different agencies to merge.",
        "Không tìm thấy cơ quan, đơn vị.", "The agency was not found.");
    if (!pair)
        return pair.error();
    const Agency *kept = &pair->first;
    const Agency *dropped = &pair->second;
    for (Id parent = kept->parentId; parent;) { // the kept one may not end up under itself
        if (parent == drop)
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("\"%1\" trực thuộc \"%2\": hãy giữ lại đơn vị cấp trên.")
                    .arg(kept->name, dropped->name),
                QStringLiteral("\"%1\" is under \"%2\": keep the parent instead.")
                    .arg(kept->name, dropped->name));
        auto up = m_repo.agency(parent);
        if (!up)
            return up.error();
        parent = *up ? (*up)->parentId : 0;
    }

    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto referrers = m_repo.agencyReferrers(drop);
    if (!referrers)
        return referrers.error();
    if (!referrers->users.isEmpty())
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral(
                "%1 tài khoản thuộc \"%2\": hãy chuyển các tài khoản đó sang đơn vị khác "
                "(Quản trị → Tài khoản) rồi gộp.")
                .arg(referrers->users.size())
                .arg(dropped->name),
            QStringLiteral("%1 accounts belong to \"%2\": move them to another unit first.")
                .arg(referrers->users.size())
                .arg(dropped->name));

    // Before-images of every record the merge changes, in order, for the audit trail.
    const auto changed = changedByAgencyMerge(*referrers);
    auto before = imagesOf(changed);
    if (!before)
        return before.error();
    CatalogueMerge record{true, keep, *dropped, {}, *referrers, {}};
    for (const auto &[entity, id] : changed) {
        if (entity != storage::Entity::Task)
            continue;
        auto partners = m_repo.taskPartners(id);
        if (!partners)
            return partners.error();
        record.partners.insert(id, *partners);
    }

    if (auto moved = m_repo.moveAgencyReferences(drop, keep); !moved) {
        if (moved.error().detail.contains(QLatin1String("programmes.year")))
            return makeError(
                ErrorCode::Conflict,
                QStringLiteral(
                    "\"%1\" và \"%2\" cùng có chương trình công tác của một năm; không gộp được.")
                    .arg(kept->name, dropped->name),
                QStringLiteral("\"%1\" and \"%2\" both have a work programme for the same year.")
                    .arg(kept->name, dropped->name),
                moved.error().detail);
        return moved.error();
    }
    const QString action = QStringLiteral("agency.merge");
    THUKY_TRY(recordAll(actor, action, changed, *before));
    auto droppedImage = m_audit.image(storage::Entity::Agency, drop);
    if (!droppedImage)
        return droppedImage.error();
    THUKY_TRY(m_repo.deleteAgency(drop));
    THUKY_TRY(m_audit.record(actor, action, storage::Entity::Agency, drop, *droppedImage));
    THUKY_TRY(tx->commit());
    logger("services")
        ->info("agency {} merged into {} by {} ({} records moved)", drop, keep,
               actor.userName.toStdString(), changed.size());
    if (undo)
        *undo = std::move(record);
    return int(changed.size());
}

Result<int> ReferenceService::mergePeople(const Actor &actor, Id keep, Id drop,
                                          CatalogueMerge *undo)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    auto pair = mergePair<Person>(
        keep, drop, [this](Id id) { return m_repo.person(id); },
        "Hãy chọn hai cán bộ khác nhau để gộp.", "Choose two different people to merge.",
        "Không tìm thấy cán bộ.", "The person was not found.");
    if (!pair)
        return pair.error();
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto referrers = m_repo.personReferrers(drop);
    if (!referrers)
        return referrers.error();
    const auto changed = changedByPersonMerge(*referrers);
    auto before = imagesOf(changed);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.movePersonReferences(drop, keep));
    const QString action = QStringLiteral("person.merge");
    THUKY_TRY(recordAll(actor, action, changed, *before));
    auto droppedImage = m_audit.image(storage::Entity::Person, drop);
    if (!droppedImage)
        return droppedImage.error();
    THUKY_TRY(m_repo.deletePerson(drop));
    THUKY_TRY(m_audit.record(actor, action, storage::Entity::Person, drop, *droppedImage));
    THUKY_TRY(tx->commit());
    if (undo)
        *undo = CatalogueMerge{false, keep, {}, pair->second, *referrers, {}};
    return int(changed.size());
}

Result<void> ReferenceService::undoMerge(const Actor &actor, const CatalogueMerge &merge)
{
    THUKY_TRY(m_auth.require(actor, Action::EditReference));
    const auto changed =
        merge.agency ? changedByAgencyMerge(merge.moved) : changedByPersonMerge(merge.moved);
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = imagesOf(changed);
    if (!before)
        return before.error();
    // The dropped entry first, with its id: the records it had point at it again.
    const QString action =
        merge.agency ? QStringLiteral("agency.unmerge") : QStringLiteral("person.unmerge");
    const Id id = merge.agency ? merge.droppedAgency.id : merge.droppedPerson.id;
    if (merge.agency) {
        Agency restored = merge.droppedAgency;
        THUKY_TRY(checkUnique(m_repo, restored));
        auto inserted = m_repo.insertAgency(restored);
        if (!inserted)
            return inserted.error();
        THUKY_TRY(m_audit.record(actor, action, storage::Entity::Agency, id, std::nullopt));
        THUKY_TRY(m_repo.restoreAgencyReferences(id, merge.moved, merge.partners));
    } else {
        auto inserted = m_repo.insertPerson(merge.droppedPerson);
        if (!inserted)
            return inserted.error();
        THUKY_TRY(m_audit.record(actor, action, storage::Entity::Person, id, std::nullopt));
        THUKY_TRY(m_repo.restorePersonReferences(id, merge.moved));
    }
    THUKY_TRY(recordAll(actor, action, changed, *before));
    return tx->commit();
}

} // namespace thuky::services
