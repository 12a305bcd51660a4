// Import of a programme's tasks from a table (CSV or XLSX): check everything first, then
// write all of it in one transaction or nothing.

#include "thuky/core/logging.h"
#include "thuky/domain/text.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/programme_service.h"
#include "thuky/storage/database.h"
#include "thuky/storage/reference_repository.h"
#include "thuky/storage/transaction.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <spdlog/spdlog.h>

#include <optional>

namespace thuky::services {

using domain::Actor;
using domain::Id;
using domain::Task;
using storage::Entity;

namespace {

enum Column { Number, Content, Lead, Partners, Responsible, Period, Product, Source, Kind, Status, Progress,
              CompletedOn, Notes, Deadline, Timeliness, ColumnCount };

// Other spellings people put in their spreadsheets' headers, folded.
const QHash<QString, int> &headerAliases()
{
    static const QHash<QString, int> aliases = [] {
        QHash<QString, int> h;
        const QStringList columns = taskColumns();
        for (int i = 0; i < columns.size(); ++i)
            h.insert(search::fold(columns.at(i)), i);
        h.insert(QStringLiteral("so thu tu"), Number);
        h.insert(QStringLiteral("noi dung cong viec"), Content);
        h.insert(QStringLiteral("noi dung nhiem vu"), Content);
        h.insert(QStringLiteral("co quan chu tri"), Lead);
        h.insert(QStringLiteral("don vi phoi hop"), Partners);
        h.insert(QStringLiteral("co quan phoi hop"), Partners);
        h.insert(QStringLiteral("thoi gian"), Period);
        h.insert(QStringLiteral("thoi gian hoan thanh"), Period);
        h.insert(QStringLiteral("san pham du kien"), Product);
        h.insert(QStringLiteral("tien do"), Progress);
        h.insert(QStringLiteral("tien do %"), Progress);
        return h;
    }();
    return aliases;
}

Message msg(const QString &vi, const QString &en) { return Message{vi, en}; }

// Keeps the first ImportPlan::kMaxListedProblems problems and counts the others.
class ProblemList
{
public:
    explicit ProblemList(ImportPlan &plan) : m_plan(plan) {}

    void append(ImportProblem problem)
    {
        ++m_count;
        if (m_plan.problems.size() < ImportPlan::kMaxListedProblems)
            m_plan.problems.append(std::move(problem));
        else
            ++m_unlisted;
    }
    int count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }

    /// Adds the line that says how many were left out, if any.
    void finish(const QString &file)
    {
        if (m_unlisted == 0)
            return;
        m_plan.problems.append(ImportProblem{
            file, 0, QString(),
            msg(QStringLiteral("… và %1 lỗi khác (chỉ liệt kê %2 lỗi đầu).")
                    .arg(QLocale(QLocale::Vietnamese).toString(m_unlisted))
                    .arg(ImportPlan::kMaxListedProblems),
                QStringLiteral("… and %1 more (only the first %2 are listed).")
                    .arg(QLocale(QLocale::English).toString(m_unlisted))
                    .arg(ImportPlan::kMaxListedProblems))});
        m_plan.unlistedProblems = m_unlisted;
    }

private:
    ImportPlan &m_plan;
    int m_count = 0;
    int m_unlisted = 0;
};

// The limits of a task number (STT) in domain::validateTask(): up to 6 levels of up to 4
// digits. Checked here first so a file is told which limit it broke, not only the format.
constexpr int kMaxNumberLevels = 6;
constexpr int kMaxNumberDigits = 4;

// Why a dotted number ("1.2.3") breaks those limits, or nothing when it does not (or is not
// a dotted number at all, which validateTask() reports).
std::optional<Message> numberLimitProblem(const QString &number)
{
    static const QRegularExpression dotted(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
    if (!dotted.match(number).hasMatch())
        return std::nullopt;
    const QStringList parts = number.split(QLatin1Char('.'));
    if (parts.size() > kMaxNumberLevels) {
        return msg(QStringLiteral("STT \"%1\" có %2 cấp; tối đa %3 cấp (như 1.2.3.4.5.6).")
                       .arg(number).arg(parts.size()).arg(kMaxNumberLevels),
                   QStringLiteral("number \"%1\" has %2 levels; %3 at most (as in 1.2.3.4.5.6).")
                       .arg(number).arg(parts.size()).arg(kMaxNumberLevels));
    }
    for (const QString &part : parts) {
        if (part.size() > kMaxNumberDigits) {
            return msg(QStringLiteral("số %1 trong STT \"%2\" quá lớn; mỗi cấp có tối đa %3 chữ "
                                      "số (đến 9999).")
                           .arg(part, number).arg(kMaxNumberDigits),
                       QStringLiteral("%1 in number \"%2\" is too large; each level has %3 "
                                      "digits at most (up to 9999).")
                           .arg(part, number).arg(kMaxNumberDigits));
        }
    }
    return std::nullopt;
}

struct RowReader
{
    const documents::Table &table;
    const QString &file;
    ProblemList &problems;
    std::array<int, ColumnCount> index{};
    int row = 0;     // index into table.rows
    int fileRow = 0; // for messages

    QString cell(Column c) const
    {
        const int i = index[c];
        const QStringList &cells = table.rows.at(row);
        return i >= 0 && i < cells.size() ? cells.at(i).trimmed() : QString();
    }
    void problem(Column c, const QString &vi, const QString &en)
    {
        const int i = index[c];
        problems.append(ImportProblem{file, fileRow, i >= 0 ? table.headers.at(i) : taskColumns().at(c), msg(vi, en)});
    }
};

} // namespace

Result<ImportPlan> ProgrammeService::planImport(const Actor &actor, const documents::Table &table,
                                                const QString &fileName, int year, Id ownerUnitId)
{
    THUKY_TRY(m_auth.require(actor, Action::EditProgramme));
    ImportPlan plan;
    plan.year = year;
    if (year < 1946 || year > 2200)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Năm %1 không hợp lệ.").arg(year),
                         QStringLiteral("Year %1 is not valid.").arg(year), QStringLiteral("year"));

    // Which programme: the owner's of that year, the year's first one, or a new one.
    auto existing = programmeForYear(actor, year, ownerUnitId);
    if (!existing)
        return existing.error();
    if (*existing) {
        plan.ownerUnitId = (*existing)->ownerUnitId;
    } else {
        plan.createsProgramme = true;
        plan.ownerUnitId = ownerUnitId;
        if (!plan.ownerUnitId) {
            auto secretariat = m_reference.findAgency(QStringLiteral("BTK"));
            if (!secretariat)
                return secretariat.error();
            if (!*secretariat)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("Hãy chọn cơ quan, đơn vị của chương trình."),
                                 QStringLiteral("Choose the programme's owner body."), QStringLiteral("owner"));
            plan.ownerUnitId = (*secretariat)->id;
        }
    }

    ProblemList problems(plan);
    std::array<int, ColumnCount> index;
    index.fill(-1);
    for (int i = 0; i < table.headers.size(); ++i) {
        const QString header = table.headers.at(i);
        const int column = headerAliases().value(search::fold(header).remove(QRegularExpression(QStringLiteral("[()]"))).simplified(), -1);
        if (column < 0) {
            if (!header.trimmed().isEmpty())
                problems.append(ImportProblem{fileName, 1, header,
                                                   msg(QStringLiteral("cột không có trong mẫu nhập (các cột hợp lệ: %1).")
                                                           .arg(taskColumns().join(QStringLiteral(", "))),
                                                       QStringLiteral("this column is not in the import layout (valid columns: %1).")
                                                           .arg(taskColumns().join(QStringLiteral(", "))))});
            continue;
        }
        if (index[column] >= 0)
            problems.append(ImportProblem{fileName, 1, header, msg(QStringLiteral("cột bị lặp lại."),
                                                                         QStringLiteral("the column appears twice."))});
        index[column] = i;
    }
    for (Column c : {Number, Content, Lead, Period}) {
        if (index[c] < 0)
            problems.append(ImportProblem{fileName, 1, taskColumns().at(c),
                                               msg(QStringLiteral("thiếu cột bắt buộc."), QStringLiteral("a required column is missing."))});
    }
    if (!problems.isEmpty()) {
        problems.finish(fileName);
        return plan;
    }

    auto agencies = m_reference.agencies();
    if (!agencies)
        return agencies.error();
    QHash<QString, Id> agencyByName;
    for (const domain::Agency &a : *agencies) {
        agencyByName.insert(search::fold(a.name), a.id);
        if (!a.shortName.isEmpty())
            agencyByName.insert(search::fold(a.shortName), a.id);
    }
    auto people = m_reference.people();
    if (!people)
        return people.error();
    QHash<QString, Id> personByName;
    for (const domain::Person &p : *people)
        personByName.insert(search::fold(p.fullName), p.id);

    QSet<QString> unknown;
    QSet<QString> unknownPeople;
    auto lookupUnit = [&](RowReader &r, Column c, const QString &name) -> Id {
        const Id id = agencyByName.value(search::fold(name));
        if (!id) {
            r.problem(c, QStringLiteral("không có cơ quan, đơn vị \"%1\" trong danh mục.").arg(name),
                      QStringLiteral("there is no agency or unit \"%1\" in the reference list.").arg(name));
            if (!unknown.contains(search::fold(name))) {
                unknown.insert(search::fold(name));
                plan.unknownUnits.append(name);
            }
        }
        return id;
    };

    // Parent resolution follows the document: a Roman numeral opens a section; "2" belongs
    // to the open section; "2.1" belongs to the latest "2" of that section.
    int openSection = -1;
    QHash<QString, int> numbersInSection; // "<section index>|<number>" -> task index
    QSet<QString> sectionNumbers;
    auto programmeRecord = programmeForYear(actor, year, plan.ownerUnitId);
    if (!programmeRecord)
        return programmeRecord.error();
    const Id existingProgrammeId = *programmeRecord ? (*programmeRecord)->id : 0;
    const QString existingTitle = *programmeRecord ? (*programmeRecord)->title : QString();

    RowReader r{table, fileName, problems, index};
    static const QRegularExpression percentRe(QStringLiteral("^(\\d{1,3})\\s*%?$"));
    for (r.row = 0; r.row < table.rows.size(); ++r.row) {
        r.fileRow = r.row < table.sourceRows.size() ? table.sourceRows.at(r.row) : r.row + 2;
        const int problemsBefore = problems.count();
        Task t;
        t.number = r.cell(Number);
        t.content = r.cell(Content);
        int parentIndex = -1;
        if (t.number.isEmpty()) {
            r.problem(Number, QStringLiteral("thiếu STT."), QStringLiteral("the number (STT) is missing."));
        } else if (t.isSection()) {
            t.number = t.number.toUpper();
            if (sectionNumbers.contains(t.number))
                r.problem(Number, QStringLiteral("STT \"%1\" bị trùng.").arg(t.number),
                          QStringLiteral("number \"%1\" appears twice.").arg(t.number));
            sectionNumbers.insert(t.number);
        } else if (const auto tooBig = numberLimitProblem(t.number)) {
            r.problem(Number, tooBig->vi, tooBig->en);
        } else {
            const QString prefix = t.number.section(QLatin1Char('.'), 0, -2);
            const QString sectionKey = QString::number(openSection) + QLatin1Char('|');
            if (!prefix.isEmpty()) {
                parentIndex = numbersInSection.value(sectionKey + prefix, -1);
                if (parentIndex < 0)
                    r.problem(Number, QStringLiteral("nhiệm vụ \"%1\" phải đứng sau nhiệm vụ \"%2\".").arg(t.number, prefix),
                              QStringLiteral("task \"%1\" must come after task \"%2\".").arg(t.number, prefix));
            } else {
                parentIndex = openSection;
            }
            if (numbersInSection.contains(sectionKey + t.number))
                r.problem(Number, QStringLiteral("STT \"%1\" bị trùng.").arg(t.number),
                          QStringLiteral("number \"%1\" appears twice.").arg(t.number));
        }
        if (t.content.isEmpty())
            r.problem(Content, QStringLiteral("thiếu nội dung."), QStringLiteral("the content is missing."));

        if (!t.isSection()) {
            const QString lead = r.cell(Lead);
            if (lead.isEmpty())
                r.problem(Lead, QStringLiteral("thiếu đơn vị chủ trì."), QStringLiteral("the lead unit is missing."));
            else
                t.leadUnitId = lookupUnit(r, Lead, lead);
            for (const QString &name : r.cell(Partners).split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts)) {
                if (const Id id = lookupUnit(r, Partners, name.trimmed()); id && !t.partnerUnitIds.contains(id))
                    t.partnerUnitIds.append(id);
            }
            if (const QString person = r.cell(Responsible); !person.isEmpty()) {
                t.responsibleId = personByName.value(search::fold(person));
                if (!t.responsibleId && !unknownPeople.contains(search::fold(person))) {
                    unknownPeople.insert(search::fold(person));
                    plan.unknownPeople.append(person);
                }
                if (!t.responsibleId)
                    r.problem(Responsible, QStringLiteral("không có người \"%1\" trong danh mục cán bộ.").arg(person),
                              QStringLiteral("there is no person \"%1\" in the staff list.").arg(person));
            }
            const QString period = r.cell(Period);
            if (auto p = domain::Period::parse(period, year))
                t.period = *p;
            else
                r.problem(Period,
                          period.isEmpty() ? QStringLiteral("thiếu thời hạn.")
                                           : QStringLiteral("\"%1\" không phải thời hạn hợp lệ (ví dụ: 15/03/%2, Tháng 3, Quý II, Năm %2).")
                                                 .arg(period).arg(year),
                          period.isEmpty() ? QStringLiteral("the period is missing.")
                                           : QStringLiteral("\"%1\" is not a valid period (e.g. 15/03/%2, Tháng 3, Quý II, Năm %2).")
                                                 .arg(period).arg(year));
            t.product = r.cell(Product);
            t.sourceRef = r.cell(Source);
            t.notes = r.cell(Notes);
            const QString kind = search::fold(r.cell(Kind));
            if (kind == QLatin1String("bo sung") || kind == QLatin1String("added"))
                t.planned = false;
            else if (!kind.isEmpty() && kind != QLatin1String("ke hoach") && kind != QLatin1String("planned"))
                r.problem(Kind, QStringLiteral("loại phải là \"Kế hoạch\" hoặc \"Bổ sung\"."),
                          QStringLiteral("the kind must be \"Kế hoạch\" (planned) or \"Bổ sung\" (added)."));
            if (const QString status = r.cell(Status); !status.isEmpty()) {
                if (auto s = domain::parseTaskStatus(status))
                    t.status = *s;
                else
                    r.problem(Status, QStringLiteral("trạng thái \"%1\" không hợp lệ.").arg(status),
                              QStringLiteral("status \"%1\" is not valid.").arg(status));
            }
            if (const QString progress = r.cell(Progress); !progress.isEmpty()) {
                const auto m = percentRe.match(progress);
                if (m.hasMatch() && m.captured(1).toInt() <= 100)
                    t.progress = m.captured(1).toInt();
                else
                    r.problem(Progress, QStringLiteral("tiến độ phải là số từ 0 đến 100."),
                              QStringLiteral("progress must be a number from 0 to 100."));
            }
            if (const QString done = r.cell(CompletedOn); !done.isEmpty()) {
                t.completedOn = domain::parseDate(done);
                if (!t.completedOn.isValid())
                    r.problem(CompletedOn, QStringLiteral("\"%1\" không phải ngày hợp lệ (dd/mm/yyyy).").arg(done),
                              QStringLiteral("\"%1\" is not a valid date (dd/mm/yyyy).").arg(done));
            }
            if (t.status == domain::TaskStatus::Done)
                t.progress = 100;
        }

        // Field rules shared with the editor (format of STT, lengths…), once the row is otherwise clean.
        if (problems.count() == problemsBefore) {
            if (auto v = domain::validateTask(t); !v) {
                const QString field = v.error().detail;
                const Column c = field == QLatin1String("number") ? Number
                                 : field == QLatin1String("content") ? Content
                                 : field == QLatin1String("leadUnit") || field == QLatin1String("partners") ? Partners
                                 : field == QLatin1String("progress") ? Progress
                                                                      : Period;
                r.problem(c, v.error().message.vi, v.error().message.en);
            }
        }
        if (existingProgrammeId && !t.number.isEmpty() && (parentIndex < 0 || t.isSection())) {
            auto taken = m_repo.taskByNumber(existingProgrammeId, 0, t.number);
            if (!taken)
                return taken.error();
            if (*taken)
                r.problem(Number,
                          QStringLiteral("STT \"%1\" đã có trong \"%2\". Có lẽ tệp đã được nhập: hãy chọn năm hoặc "
                                         "cơ quan khác, hoặc xóa các nhiệm vụ đã nhập trước rồi nhập lại.")
                              .arg(t.number, existingTitle),
                          QStringLiteral("number \"%1\" is already in \"%2\". The file may have been imported "
                                         "already: choose another year or body, or delete the tasks imported before.")
                              .arg(t.number, existingTitle));
        }

        const int taskIndex = int(plan.tasks.size());
        if (t.isSection())
            openSection = taskIndex;
        else
            numbersInSection.insert(QString::number(openSection) + QLatin1Char('|') + t.number, taskIndex);
        t.programmeId = existingProgrammeId;
        plan.tasks.append(t);
        plan.parentIndex.append(parentIndex);
    }
    if (plan.tasks.isEmpty() && problems.isEmpty())
        problems.append(ImportProblem{fileName, 0, QString(),
                                      msg(QStringLiteral("tệp không có dòng nhiệm vụ nào."), QStringLiteral("the file has no task rows."))});
    // Deadlines outside the programme's year: a file of another year, most likely.
    QHash<int, int> years;
    for (const Task &t : std::as_const(plan.tasks)) {
        if (!t.isSection() && t.deadline().isValid() && t.deadline().year() != year) {
            ++plan.outOfYear;
            ++years[t.deadline().year()];
        }
    }
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        if (!plan.usualYear || it.value() > years.value(plan.usualYear))
            plan.usualYear = it.key();
    }
    problems.finish(fileName);
    return plan;
}

Result<ImportResult> ProgrammeService::applyImport(const Actor &actor, const ImportPlan &plan)
{
    THUKY_TRY(m_auth.require(actor, Action::EditProgramme));
    if (!plan.ok())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Tệp nhập có %1 lỗi; không có gì được ghi.").arg(plan.problemCount()),
                         QStringLiteral("The import file has %1 problems; nothing was written.").arg(plan.problemCount()),
                         plan.problems.first().text(Lang::En));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    ImportResult result;
    auto existing = m_repo.programmeFor(plan.year, plan.ownerUnitId);
    if (!existing)
        return existing.error();
    if (*existing) {
        result.programmeId = (*existing)->id;
    } else {
        auto owner = m_reference.agency(plan.ownerUnitId);
        if (!owner)
            return owner.error();
        domain::Programme p;
        p.year = plan.year;
        p.ownerUnitId = plan.ownerUnitId;
        p.title = QStringLiteral("Chương trình công tác năm %1 của %2")
                      .arg(plan.year)
                      .arg(*owner ? (*owner)->name : QString());
        auto id = insertProgrammeAudited(actor, p);
        if (!id)
            return id.error();
        result.programmeId = *id;
        result.createdProgramme = true;
    }
    QList<Id> ids;
    for (int i = 0; i < plan.tasks.size(); ++i) {
        Task t = plan.tasks.at(i);
        t.programmeId = result.programmeId;
        t.parentId = plan.parentIndex.at(i) >= 0 ? ids.at(plan.parentIndex.at(i)) : 0;
        if (t.status == domain::TaskStatus::Done && !t.completedOn.isValid())
            t.completedOn = t.deadline().isValid() ? std::min(t.deadline(), today()) : today();
        auto id = insertTaskAudited(actor, t, "task.import");
        if (!id)
            return id.error();
        ids.append(*id);
    }
    THUKY_TRY(tx->commit());
    result.imported = int(ids.size());
    logger("services")->info("{} tasks imported into programme {} by {}", result.imported, result.programmeId,
                             actor.userName.toStdString());
    return result;
}

void ImportPlan::shiftYears(int years)
{
    if (years == 0)
        return;
    // Only the periods outside the year move: "Tháng 9" with no year already is this year's.
    for (Task &t : tasks) {
        if (!t.isSection() && t.period.isValid() && t.deadline().year() != year)
            t.period = t.period.shiftedYears(years);
    }
    outOfYear = 0;
    for (const Task &t : std::as_const(tasks))
        outOfYear += !t.isSection() && t.deadline().isValid() && t.deadline().year() != year ? 1 : 0;
}

Result<ImportOutcome> ProgrammeService::importTable(const Actor &actor, const documents::Table &table,
                                                    const QString &fileName, int year, Id ownerUnitId,
                                                    bool addMissing, int shiftYears)
{
    THUKY_TRY(m_auth.require(actor, Action::EditProgramme));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto plan = planImport(actor, table, fileName, year, ownerUnitId);
    if (!plan)
        return plan.error();
    QStringList addedUnits, addedPeople;
    if (addMissing && (!plan->unknownUnits.isEmpty() || !plan->unknownPeople.isEmpty())) {
        for (const QString &name : std::as_const(plan->unknownUnits)) {
            domain::Agency unit;
            unit.name = domain::cleanText(name);
            unit.kind = domain::AgencyKind::Other;
            auto id = m_reference.insertAgency(unit);
            if (!id)
                return id.error();
            THUKY_TRY(m_audit.record(actor, QStringLiteral("agency.import"), Entity::Agency, *id, std::nullopt));
            addedUnits.append(unit.name);
        }
        for (const QString &name : std::as_const(plan->unknownPeople)) {
            domain::Person person;
            person.fullName = domain::cleanText(name);
            auto id = m_reference.insertPerson(person);
            if (!id)
                return id.error();
            THUKY_TRY(m_audit.record(actor, QStringLiteral("person.import"), Entity::Person, *id, std::nullopt));
            addedPeople.append(person.fullName);
        }
        // The file again, against the catalogue as it now stands.
        plan = planImport(actor, table, fileName, year, ownerUnitId);
        if (!plan)
            return plan.error();
    }
    plan->shiftYears(shiftYears);
    ImportOutcome outcome{*plan, std::nullopt};
    if (!plan->ok())
        return outcome; // the transaction rolls back: no unit, no person, no task
    auto result = applyImport(actor, *plan);
    if (!result)
        return result.error();
    result->addedUnits = addedUnits;
    result->addedPeople = addedPeople;
    THUKY_TRY(tx->commit());
    outcome.result = *result;
    return outcome;
}

} // namespace thuky::services
