#include "thuky/services/report_service.h"

#include "thuky/documents/decree30.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/authorizer.h"
#include "thuky/services/programme_service.h"
#include "thuky/storage/reference_repository.h"
#include "thuky/storage/transaction.h"

#include "service_errors.h"

#include <QHash>

#include <algorithm>

namespace thuky::services {

using domain::Actor;
using domain::Id;
using domain::Timeliness;
using documents::Align;
using documents::Paragraph;
using documents::RichTable;
using documents::TableCell;

namespace {

/// The task's timeliness on `day`: what was done by then is done, the rest is judged
/// unfinished whatever its status today.
Timeliness timelinessOn(const domain::Task &t, const QDate &day, int dueSoonDays)
{
    const bool doneThen = t.status == domain::TaskStatus::Done
                          && (!t.completedOn.isValid() || t.completedOn <= day);
    domain::TaskStatus status = t.status;
    if (status == domain::TaskStatus::Done && !doneThen)
        status = domain::TaskStatus::InProgress;
    return domain::computeTimeliness(status, t.deadline(), t.completedOn, day, dueSoonDays);
}

void count(UnitFigures &f, const domain::Task &t, Timeliness tl, const domain::ReportPeriod &period)
{
    ++f.total;
    switch (tl) {
    case Timeliness::DoneOnTime:
    case Timeliness::DoneLate:
        ++f.done;
        if (tl == Timeliness::DoneLate)
            ++f.doneLate;
        if (t.completedOn.isValid() && t.completedOn >= period.from && t.completedOn <= period.to)
            ++f.doneInPeriod;
        break;
    case Timeliness::Overdue:
        ++f.late;
        break;
    case Timeliness::OnTrack:
    case Timeliness::DueSoon:
    case Timeliness::NoDeadline:
        ++f.inProgress;
        break;
    }
}

Paragraph cellText(const QString &text, bool bold = false, Align align = Align::Left)
{
    auto p = Paragraph::plain(text, align, bold, 12);
    p.spaceBeforePt = 2;
    p.spaceAfterPt = 2;
    return p;
}

TableCell cell(const QString &text, bool bold = false, Align align = Align::Left)
{
    return TableCell{{cellText(text, bold, align)}, 1, 1};
}

TableCell number(int value, bool bold = false)
{
    return cell(QString::number(value), bold, Align::Center);
}

Paragraph heading(const QString &text)
{
    Paragraph p = documents::decree30BodyParagraph({documents::TextRun{text, true, false, false, 0}});
    p.keepWithNext = true;
    p.spaceBeforePt = 6;
    return p;
}

RichTable table(QList<double> widths)
{
    RichTable t;
    t.columnWidthsMm = std::move(widths);
    t.headerRows = 1;
    t.spaceAfterPt = 8;
    return t;
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

} // namespace

ReportService::ReportService(storage::Database &db, storage::ReportRepository &repo,
                             storage::ReferenceRepository &reference, ProgrammeService &programmes,
                             AuditService &audit, const Authorizer &authorizer)
    : m_db(db), m_repo(repo), m_reference(reference), m_programmes(programmes), m_audit(audit),
      m_auth(authorizer)
{
}

Result<int> ReportService::cutoffDay(const Actor &actor)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto day = m_repo.reportCutoffDay();
    if (!day)
        return day.error();
    return day->value_or(domain::kDefaultReportCutoffDay);
}

Result<void> ReportService::setCutoffDay(const Actor &actor, int day)
{
    THUKY_TRY(m_auth.require(actor, Action::ConfigureReports));
    if (day < 0 || day > 28)
        return invalid(QStringLiteral("Ngày chốt số liệu phải từ 0 đến 28 (0: ngày cuối tháng)."),
                       QStringLiteral("The cut-off day must be from 0 to 28 (0: the month's last day)."),
                       "cutoff");
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto current = m_repo.reportCutoffDay();
    if (!current)
        return current.error();
    if (*current == day)
        return {};
    auto before = m_audit.image(storage::Entity::OfficeSettings, 1);
    if (!before)
        return before.error();
    THUKY_TRY(m_repo.saveReportCutoffDay(day));
    THUKY_TRY(m_audit.record(actor, QStringLiteral("report_settings.set"),
                             storage::Entity::OfficeSettings, 1, *before));
    return tx->commit();
}

Result<ProgrammeReport> ReportService::report(const Actor &actor, Id programmeId,
                                              const domain::ReportPeriod &period)
{
    THUKY_TRY(m_auth.require(actor, Action::ViewData));
    auto programme = m_programmes.programme(actor, programmeId);
    if (!programme)
        return programme.error();
    ProgrammeReport r;
    r.programme = *programme;
    r.period = period;
    r.asOf = std::min(period.to, m_programmes.today());
    auto owner = m_reference.agency(programme->ownerUnitId);
    if (!owner)
        return owner.error();
    if (*owner) {
        r.ownerName = (*owner)->name;
        r.ownerShortName = (*owner)->shortName;
        if ((*owner)->parentId) {
            auto parent = m_reference.agency((*owner)->parentId);
            if (!parent)
                return parent.error();
            if (*parent)
                r.ownerParentName = (*parent)->name;
        }
    }

    storage::TaskFilter filter;
    filter.programmeId = programmeId;
    filter.includeSections = false;
    auto total = m_programmes.countTasks(actor, filter);
    if (!total)
        return total.error();
    auto rows = m_programmes.tasks(actor, filter, 0, std::max(*total, 1));
    if (!rows)
        return rows.error();

    QHash<Id, int> unitIndex;
    for (const storage::TaskRow &row : *rows) {
        const domain::Task &t = row.task;
        const Timeliness tl = timelinessOn(t, r.asOf, m_programmes.dueSoonDays());
        auto it = unitIndex.constFind(t.leadUnitId);
        if (it == unitIndex.cend()) {
            it = unitIndex.insert(t.leadUnitId, int(r.units.size()));
            r.units.append(UnitFigures{t.leadUnitId, row.leadUnitName});
        }
        count(r.units[*it], t, tl, period);
        count(r.total, t, tl, period);
        if (tl == Timeliness::Overdue)
            r.late.append(LateTask{t.id, row.qualifiedNumber(), t.content, row.leadUnitName,
                                   t.deadline(), int(t.deadline().daysTo(r.asOf)), t.progress});
    }
    std::sort(r.units.begin(), r.units.end(), [](const UnitFigures &a, const UnitFigures &b) {
        return domain::compareVi(a.unitName, b.unitName) < 0;
    });
    // Tree order already; the deadline first, stable so that equal deadlines keep it.
    std::stable_sort(r.late.begin(), r.late.end(),
                     [](const LateTask &a, const LateTask &b) { return a.deadline < b.deadline; });

    auto notes = m_repo.progressNotes(programmeId, period.from, std::min(period.to, r.asOf));
    if (!notes)
        return notes.error();
    r.notes = *notes;
    return r;
}

documents::RichDocument ReportService::document(const ProgrammeReport &r)
{
    documents::Decree30Header header;
    header.parentBody = r.ownerParentName.toUpper();
    header.issuingBody = r.ownerName.toUpper();
    // The number is given when the report is signed; the symbol names its owner.
    header.number = QStringLiteral("     /BC-") + r.ownerShortName;
    header.date = r.asOf;

    const QString periodText = r.period.label();
    const QString subject = QStringLiteral("Kết quả thực hiện %1\n%2")
                                .arg(lowerFirst(r.programme.title), periodText);
    QList<Paragraph> body;
    body.append(documents::decree30BodyParagraph(
        QStringLiteral("Thực hiện %1, %2 báo cáo kết quả thực hiện %3 (số liệu từ ngày %4 đến "
                       "ngày %5) như sau:")
            .arg(r.programme.title, r.ownerName.isEmpty() ? QStringLiteral("đơn vị") : r.ownerName,
                 periodText, domain::shortDate(r.period.from), domain::shortDate(r.asOf))));

    body.append(heading(QStringLiteral("I. KẾT QUẢ CHUNG")));
    const UnitFigures &t = r.total;
    body.append(documents::decree30BodyParagraph(
        QStringLiteral("Chương trình có %1 nhiệm vụ. Tính đến %2: đã hoàn thành %3 nhiệm vụ "
                       "(hoàn thành đúng hạn %4, hoàn thành trễ hạn %5), trong đó %6 nhiệm vụ "
                       "hoàn thành trong kỳ; chưa hoàn thành %7 nhiệm vụ, trong đó %8 nhiệm vụ "
                       "trong hạn và %9 nhiệm vụ quá hạn.")
            .arg(t.total)
            .arg(domain::longDate(r.asOf))
            .arg(t.done)
            .arg(t.done - t.doneLate)
            .arg(t.doneLate)
            .arg(t.doneInPeriod)
            .arg(t.inProgress + t.late)
            .arg(t.inProgress)
            .arg(t.late)));

    QList<documents::Block> blocks;
    const auto addParagraphs = [&](const QList<Paragraph> &ps) {
        for (const Paragraph &p : ps)
            blocks.append(p);
    };
    addParagraphs(body);

    addParagraphs({heading(QStringLiteral("II. KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ"))});
    RichTable units = table({12, 48, 15, 19, 18, 19, 18, 16});
    units.rows.append({{cell(QStringLiteral("STT"), true, Align::Center),
                        cell(QStringLiteral("Đơn vị chủ trì"), true, Align::Center),
                        cell(QStringLiteral("Tổng số"), true, Align::Center),
                        cell(QStringLiteral("Đã hoàn thành"), true, Align::Center),
                        cell(QStringLiteral("Trong đó trễ hạn"), true, Align::Center),
                        cell(QStringLiteral("Hoàn thành trong kỳ"), true, Align::Center),
                        cell(QStringLiteral("Chưa xong, trong hạn"), true, Align::Center),
                        cell(QStringLiteral("Quá hạn"), true, Align::Center)}});
    int n = 0;
    const auto figureRow = [&](const QString &stt, const QString &name, const UnitFigures &f, bool bold) {
        units.rows.append({{cell(stt, bold, Align::Center), cell(name, bold), number(f.total, bold),
                            number(f.done, bold), number(f.doneLate, bold), number(f.doneInPeriod, bold),
                            number(f.inProgress, bold), number(f.late, bold)}});
    };
    for (const UnitFigures &f : r.units)
        figureRow(QString::number(++n), f.unitName, f, false);
    figureRow(QString(), QStringLiteral("Tổng cộng"), r.total, true);
    blocks.append(units);

    addParagraphs({heading(QStringLiteral("III. CÁC NHIỆM VỤ QUÁ HẠN"))});
    if (r.late.isEmpty()) {
        addParagraphs({documents::decree30BodyParagraph(
            QStringLiteral("Không có nhiệm vụ nào quá hạn tại ngày %1.").arg(domain::shortDate(r.asOf)))});
    } else {
        RichTable late = table({14, 70, 34, 25, 22});
        late.rows.append({{cell(QStringLiteral("STT"), true, Align::Center),
                           cell(QStringLiteral("Nội dung"), true, Align::Center),
                           cell(QStringLiteral("Đơn vị chủ trì"), true, Align::Center),
                           cell(QStringLiteral("Thời hạn"), true, Align::Center),
                           cell(QStringLiteral("Quá hạn (ngày)"), true, Align::Center)}});
        for (const LateTask &l : r.late)
            late.rows.append({{cell(l.number, false, Align::Center), cell(l.content), cell(l.leadUnit),
                               cell(domain::shortDate(l.deadline), false, Align::Center),
                               number(l.daysLate)}});
        blocks.append(late);
    }

    addParagraphs({heading(QStringLiteral("IV. TIẾN ĐỘ GHI NHẬN TRONG KỲ"))});
    if (r.notes.isEmpty()) {
        addParagraphs({documents::decree30BodyParagraph(
            QStringLiteral("Trong kỳ không có ghi nhận tiến độ nào."))});
    } else {
        RichTable notes = table({25, 14, 58, 16, 52});
        notes.rows.append({{cell(QStringLiteral("Ngày"), true, Align::Center),
                            cell(QStringLiteral("STT"), true, Align::Center),
                            cell(QStringLiteral("Nhiệm vụ"), true, Align::Center),
                            cell(QStringLiteral("Tiến độ"), true, Align::Center),
                            cell(QStringLiteral("Ghi nhận"), true, Align::Center)}});
        for (const storage::ProgressNoteRow &note : r.notes)
            notes.rows.append({{cell(domain::shortDate(note.entry.date), false, Align::Center),
                                cell(note.taskNumber, false, Align::Center),
                                cell(note.taskContent + QStringLiteral(" (") + note.leadUnitName + u')'),
                                cell(QString::number(note.entry.percent) + u'%', false, Align::Center),
                                cell(note.entry.note)}});
        blocks.append(notes);
    }

    documents::Decree30Signature signature;
    if (!r.ownerName.isEmpty())
        signature.authority = QStringLiteral("TM. ") + r.ownerName;
    documents::Decree30Recipients recipients;
    recipients.lines = {QStringLiteral("Tổng Thư ký Quốc hội (để báo cáo)"),
                        QStringLiteral("Các đơn vị chủ trì")};
    recipients.archive = QStringLiteral("VT, TK");

    documents::RichDocument doc =
        documents::decree30Document(header, QStringLiteral("BÁO CÁO"), subject, {}, signature, recipients);
    doc.title = QStringLiteral("Báo cáo kết quả thực hiện %1 %2").arg(lowerFirst(r.programme.title), periodText);
    // decree30Document() ends with the closing table: the body and its tables go before it.
    const documents::Block closing = doc.blocks.takeLast();
    doc.blocks.append(blocks);
    doc.blocks.append(closing);
    return doc;
}

documents::Table ReportService::figuresTable(const ProgrammeReport &r, Lang lang)
{
    const bool en = lang == Lang::En;
    documents::Table t;
    t.headers = en ? QStringList{QStringLiteral("No."), QStringLiteral("Lead unit"), QStringLiteral("Tasks"),
                                 QStringLiteral("Done"), QStringLiteral("Done late"),
                                 QStringLiteral("Done in the period"), QStringLiteral("Not done, on time"),
                                 QStringLiteral("Overdue")}
                   : QStringList{QStringLiteral("STT"), QStringLiteral("Đơn vị chủ trì"), QStringLiteral("Tổng số"),
                                 QStringLiteral("Đã hoàn thành"), QStringLiteral("Trong đó trễ hạn"),
                                 QStringLiteral("Hoàn thành trong kỳ"), QStringLiteral("Chưa xong, trong hạn"),
                                 QStringLiteral("Quá hạn")};
    const auto row = [](const QString &stt, const QString &name, const UnitFigures &f) {
        return QStringList{stt,
                           name,
                           QString::number(f.total),
                           QString::number(f.done),
                           QString::number(f.doneLate),
                           QString::number(f.doneInPeriod),
                           QString::number(f.inProgress),
                           QString::number(f.late)};
    };
    int n = 0;
    for (const UnitFigures &f : r.units)
        t.rows.append(row(QString::number(++n), f.unitName, f));
    t.rows.append(row(QString(), en ? QStringLiteral("Total") : QStringLiteral("Tổng cộng"), r.total));
    return t;
}

} // namespace thuky::services
