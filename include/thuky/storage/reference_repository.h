#pragma once
// Agencies, units and people: the reference data every module points at.

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>
#include <optional>

namespace thuky::storage {

class Database;

/// A row of the meeting calendar that names an agency or a person (a required document, an
/// invitation to a content, a participation in an event) and the content or event it is part
/// of: the record whose audit image changes when the row does.
struct CalendarRow
{
    domain::Id id = 0;    ///< the row: required_documents, content_invitees, event_participants
    domain::Id owner = 0; ///< its meeting content or event

    friend bool operator==(const CalendarRow &, const CalendarRow &) = default;
};

/// The records that point at an agency or a person, by kind.
struct Referrers
{
    QList<domain::Id> leadTasks;        ///< tasks it leads (đơn vị chủ trì)
    QList<domain::Id> partnerTasks;     ///< tasks it works on with others (phối hợp)
    QList<domain::Id> responsibleTasks; ///< tasks a person is responsible for
    QList<domain::Id> people;           ///< people of the unit
    QList<domain::Id> childUnits;       ///< units under it
    QList<domain::Id> programmes;       ///< programmes it owns
    QList<domain::Id> users;            ///< accounts of the unit
    // The meeting calendar.
    QList<domain::Id> chairedMeetings;   ///< meetings a person chairs
    QList<domain::Id> presentedContents; ///< meeting contents it presents (cơ quan trình)
    QList<domain::Id> reviewedContents;  ///< meeting contents it reviews (cơ quan thẩm tra)
    QList<CalendarRow> documents;        ///< required documents it owes, with their content
    QList<CalendarRow> invitations;      ///< invitations to contents (thành phần mời)
    QList<CalendarRow> participations;   ///< participations in other events
    // The session agendas (items of every version, read-only ones too: a merge corrects a
    // duplicate entry, it does not change what was adopted).
    QList<domain::Id> agendaPresented;  ///< agenda items it presents (cơ quan trình)
    QList<domain::Id> agendaReviewed;   ///< agenda items it reviews (cơ quan thẩm tra)
    QList<domain::Id> mattersPresented; ///< matters it presents
    QList<domain::Id> mattersReviewed;  ///< matters it reviews
    QList<domain::Id> agendaPresenter;  ///< agenda items a person presents
    QList<domain::Id> agendaChair;      ///< agenda items a person chairs

    /// The agenda items it appears in, each once.
    QList<domain::Id> agendaItems() const
    {
        return distinct(agendaPresented + agendaReviewed + agendaPresenter + agendaChair);
    }
    /// The matters it appears in, each once.
    QList<domain::Id> matters() const { return distinct(mattersPresented + mattersReviewed); }

    /// The meeting contents it appears in (presents, reviews, owes a document for, is invited
    /// to), each once, in that order.
    QList<domain::Id> contents() const
    {
        QList<domain::Id> ids = presentedContents + reviewedContents;
        for (const QList<CalendarRow> *rows : {&documents, &invitations})
            for (const CalendarRow &row : *rows)
                ids.append(row.owner);
        return distinct(ids);
    }

    /// The other events it takes part in, each once.
    QList<domain::Id> events() const
    {
        QList<domain::Id> ids;
        for (const CalendarRow &row : participations)
            ids.append(row.owner);
        return distinct(ids);
    }

    /// How many records a merge moves: each task once, people, child units, programmes,
    /// meetings, each meeting content and each event once (accounts are not moved).
    int movedRecords() const
    {
        const QList<domain::Id> tasks = distinct(leadTasks + partnerTasks + responsibleTasks);
        return int(tasks.size() + people.size() + childUnits.size() + programmes.size() +
                   chairedMeetings.size() + contents().size() + events().size() +
                   agendaItems().size() + matters().size());
    }

    bool isEmpty() const
    {
        return leadTasks.isEmpty() && partnerTasks.isEmpty() && responsibleTasks.isEmpty() &&
               people.isEmpty() && childUnits.isEmpty() && programmes.isEmpty() &&
               users.isEmpty() && chairedMeetings.isEmpty() && presentedContents.isEmpty() &&
               reviewedContents.isEmpty() && documents.isEmpty() && invitations.isEmpty() &&
               participations.isEmpty() && agendaItems().isEmpty() && matters().isEmpty();
    }

    /// `ids` without repeats, in the order each first appears.
    static QList<domain::Id> distinct(const QList<domain::Id> &ids)
    {
        QList<domain::Id> out;
        QSet<domain::Id> seen;
        for (domain::Id id : ids) {
            if (!seen.contains(id)) {
                seen.insert(id);
                out.append(id);
            }
        }
        return out;
    }
};

class ReferenceRepository
{
public:
    virtual ~ReferenceRepository() = default;

    /// All agencies, sorted by Vietnamese collation of the name.
    virtual Result<QList<domain::Agency>> agencies() = 0;
    virtual Result<std::optional<domain::Agency>> agency(domain::Id id) = 0;
    /// Finds by exact name or short name, ignoring case and diacritics.
    virtual Result<std::optional<domain::Agency>> findAgency(const QString &nameOrShort) = 0;
    /// Duplicate for a name or short name already in use. An agency with an id keeps it
    /// (an undo puts a deleted record back); 0 picks a new one. Same for people.
    virtual Result<domain::Id> insertAgency(const domain::Agency &agency) = 0;
    virtual Result<void> updateAgency(const domain::Agency &agency) = 0;

    virtual Result<QList<domain::Person>> people() = 0;
    /// The ids of the people whose name, position, e-mail, phone or unit's name hold every
    /// word of `text` as the start of a word (accents and case ignored, through the search
    /// index); nullopt when the text has no word (a filter that keeps everyone).
    virtual Result<std::optional<QList<domain::Id>>> matchingPeople(const QString &text) = 0;
    /// The ids of the units and agencies whose name or short name hold every word of `text`
    /// as the start of a word, through the search index; nullopt when the text has no word.
    virtual Result<std::optional<QList<domain::Id>>> matchingAgencies(const QString &text) = 0;
    virtual Result<std::optional<domain::Person>> person(domain::Id id) = 0;
    virtual Result<std::optional<domain::Person>> findPerson(const QString &fullName) = 0;
    virtual Result<domain::Id> insertPerson(const domain::Person &person) = 0;
    virtual Result<void> updatePerson(const domain::Person &person) = 0;

    virtual Result<Referrers> agencyReferrers(domain::Id id) = 0;
    virtual Result<Referrers> personReferrers(domain::Id id) = 0;
    /// Deletes a record nothing refers to (the foreign keys refuse otherwise).
    virtual Result<void> deleteAgency(domain::Id id) = 0;
    virtual Result<void> deletePerson(domain::Id id) = 0;
    /// Points every task, person, unit, programme and the calendar's contents, documents,
    /// invitations and participations at `to` instead of `from` (a task keeps one partner row
    /// per unit, and none for its own lead; a content or an event keeps one invitation per
    /// unit). A content presented and reviewed by the two becomes one `to` both presents and
    /// reviews: the Secretariat corrects it on the calendar. Accounts are not moved.
    virtual Result<void> moveAgencyReferences(domain::Id from, domain::Id to) = 0;
    /// The same for a person: tasks, meetings chaired, invitations and participations.
    virtual Result<void> movePersonReferences(domain::Id from, domain::Id to) = 0;

    /// The partner units of a task, in their order.
    virtual Result<QList<domain::Id>> taskPartners(domain::Id taskId) = 0;
    /// Undoes moveAgencyReferences(): the records of `moved` point at `to` again, each
    /// task of `partners` gets that partner list back, and each invitation or participation
    /// of `moved` a move dropped as a repeat comes back with its id.
    virtual Result<void> restoreAgencyReferences(domain::Id to, const Referrers &moved,
                                                 const QHash<domain::Id, QList<domain::Id>> &partners) = 0;
    /// Undoes movePersonReferences(): the tasks and meetings of `moved` have `to` responsible
    /// and chairing again, its invitations and participations come back (with their ids).
    virtual Result<void> restorePersonReferences(domain::Id to, const Referrers &moved) = 0;
};

std::unique_ptr<ReferenceRepository> makeSqliteReferenceRepository(Database &db);

} // namespace thuky::storage
