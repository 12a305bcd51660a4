// programme import|export|carry-over, and the table of programme commands.

#include "commands.h"
#include "programme_list.h"
#include "programme_support.h"

#include "thuky/documents/table.h"
#include "thuky/domain/report_period.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/programme_service.h"
#include "thuky/services/report_service.h"
#include "thuky/services/workspace.h"

#include <QFileInfo>
#include <QJsonArray>

namespace thuky::cli {

namespace {

/// --year of import, export and carry-over (its presence is checked by the command table).
std::optional<QString> requiredYear(const Context &ctx, const Invocation &inv, int &year)
{
    std::optional<int> value;
    auto problem = readYearOption(ctx, inv, value);
    year = value.value_or(0);
    return problem;
}

/// An open workspace and the programme named by --year and --owner.
struct OpenProgramme
{
    std::unique_ptr<services::Workspace> ws;
    domain::Programme programme;
};

Result<OpenProgramme> openProgramme(Context &ctx, const Invocation &inv, int year)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ws.error();
    auto owner = ownerOption(ctx, **ws, inv);
    if (!owner)
        return owner.error();
    auto programme = resolveProgramme(ctx, **ws, year, *owner);
    if (!programme)
        return programme.error();
    return OpenProgramme{std::move(*ws), *programme};
}

/// Unknown units are reported by name unless a located problem already mentions them, and
/// not at all when the listing was already cut short (the core keeps it to the first 50).
QStringList problemLines(const services::ImportPlan &plan, Lang lang)
{
    QStringList lines;
    for (const services::ImportProblem &p : plan.problems)
        lines << p.text(lang);
    if (plan.unlistedProblems > 0)
        return lines;
    const QString listed = lines.join(QLatin1Char('\n'));
    for (const QString &unit : plan.unknownUnits) {
        if (lines.size() >= services::ImportPlan::kMaxListedProblems)
            break;
        const QString quoted = QLatin1Char('"') + unit + QLatin1Char('"');
        if (!listed.contains(quoted))
            lines << tr2(lang, "Đơn vị chưa có trong danh mục: ", "Unit not in the reference list: ") +
                         quoted;
    }
    return lines;
}

int runImport(Context &ctx, const Invocation &inv)
{
    int year = 0;
    if (auto problem = requiredYear(ctx, inv, year))
        return ctx.usageError(*problem);
    const QString file = inv.positionals.at(0);
    if (tableFileKind(file) == TableFileKind::Other)
        return ctx.usageError(badExtensionMessage(ctx, file));
    auto table = readTableFile(file);
    if (!table)
        return ctx.fail(table.error());
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto owner = ownerOption(ctx, **ws, inv);
    if (!owner)
        return ctx.fail(owner.error());
    const bool addMissing = inv.args.has(QStringLiteral("add-missing"));
    // --shift-years moves the deadlines of a file of another year into --year.
    int shiftYears = 0;
    if (inv.args.has(QStringLiteral("shift-years"))) {
        auto checked = (*ws)->programmes().planImport(ctx.actor(), *table, QFileInfo(file).fileName(), year, *owner);
        if (!checked)
            return ctx.fail(checked.error());
        if (checked->outOfYear > 0 && checked->usualYear != 0)
            shiftYears = year - checked->usualYear;
    }
    auto outcome = (*ws)->programmes().importTable(ctx.actor(), *table, QFileInfo(file).fileName(), year,
                                                   *owner, addMissing, shiftYears);
    if (!outcome)
        return ctx.fail(outcome.error());
    if (!outcome->result) {
        for (const QString &line : problemLines(outcome->plan, ctx.lang()))
            ctx.err(line);
        // After the listing (50 problems and a count at most), one line on what to do.
        const qsizetype unknown = outcome->plan.unknownUnits.size() + outcome->plan.unknownPeople.size();
        if (unknown > 0 && !addMissing)
            ctx.err(ctx.tr("Có %1 đơn vị, cán bộ chưa có trong danh mục. Thêm chúng rồi nhập: chạy lại với "
                           "--add-missing (hoặc nhập danh mục trước: units import, people import).",
                           "%1 units or people are not in the catalogue. To add them and import, run again "
                           "with --add-missing (or import the catalogues first: units import, people import).")
                        .arg(unknown));
        return 1;
    }
    const services::ImportResult &result = *outcome->result;
    if (outcome->plan.outOfYear > 0)
        ctx.err(ctx.tr("Lưu ý: %1 nhiệm vụ có thời hạn ngoài năm %2 (phần lớn năm %3). Muốn dời sang năm %2 thì "
                       "xóa các nhiệm vụ vừa nhập rồi nhập lại với --shift-years.",
                       "Note: %1 tasks have deadlines outside %2 (most in %3). To move them into %2, delete "
                       "the tasks just imported and import again with --shift-years.")
                    .arg(outcome->plan.outOfYear)
                    .arg(year)
                    .arg(outcome->plan.usualYear));
    ctx.report(ctx.tr("Đã nhập nhiệm vụ.", "Imported the tasks."),
               {{QStringLiteral("programmeId"), ctx.tr("Chương trình", "Programme"),
                 static_cast<qint64>(result.programmeId)},
                {QStringLiteral("imported"), ctx.tr("Số nhiệm vụ", "Tasks"), result.imported},
                {QStringLiteral("createdProgramme"), ctx.tr("Tạo chương trình mới", "New programme"),
                 result.createdProgramme},
                {QStringLiteral("addedUnits"), ctx.tr("Đơn vị thêm vào danh mục", "Units added to the catalogue"),
                 QJsonArray::fromStringList(result.addedUnits)},
                {QStringLiteral("addedPeople"), ctx.tr("Cán bộ thêm vào danh mục", "People added to the catalogue"),
                 QJsonArray::fromStringList(result.addedPeople)}});
    return 0;
}

Result<void> writeProgrammeFile(const documents::Table &table, const QString &path,
                                const domain::Programme &programme)
{
    documents::XlsxOptions options;
    options.sheetName = QStringLiteral("Năm %1").arg(programme.year);
    options.title = programme.title;
    return writeTableFile(table, path, options);
}

int runExport(Context &ctx, const Invocation &inv)
{
    int year = 0;
    if (auto problem = requiredYear(ctx, inv, year))
        return ctx.usageError(*problem);
    const QString out = inv.args.value(QStringLiteral("out"));
    if (tableFileKind(out) == TableFileKind::Other)
        return ctx.usageError(badExtensionMessage(ctx, out));
    auto open = openProgramme(ctx, inv, year);
    if (!open)
        return ctx.fail(open.error());
    auto table = open->ws->programmes().exportTable(ctx.actor(), open->programme.id);
    if (!table)
        return ctx.fail(table.error());
    if (auto written = writeProgrammeFile(*table, out, open->programme); !written)
        return ctx.fail(written.error());
    ctx.report(ctx.tr("Đã xuất chương trình.", "Exported the programme."),
               {{QStringLiteral("file"), ctx.tr("Tệp", "File"), out},
                {QStringLiteral("rows"), ctx.tr("Số dòng", "Rows"), table->rows.size()}});
    return 0;
}

int runCarryOver(Context &ctx, const Invocation &inv)
{
    int year = 0;
    if (auto problem = requiredYear(ctx, inv, year))
        return ctx.usageError(*problem);
    auto open = openProgramme(ctx, inv, year);
    if (!open)
        return ctx.fail(open.error());
    auto carried = open->ws->programmes().carryOver(ctx.actor(), open->programme.id);
    if (!carried)
        return ctx.fail(carried.error());
    ctx.report(ctx.tr("Đã chuyển các nhiệm vụ chưa hoàn thành sang năm sau.",
                      "Carried the unfinished tasks over to the next year."),
               {{QStringLiteral("fromYear"), ctx.tr("Từ năm", "From year"), year},
                {QStringLiteral("toYear"), ctx.tr("Sang năm", "To year"), year + 1},
                {QStringLiteral("carried"), ctx.tr("Số nhiệm vụ", "Tasks"), *carried}});
    return 0;
}

int runReport(Context &ctx, const Invocation &inv)
{
    int year = 0;
    if (auto problem = requiredYear(ctx, inv, year))
        return ctx.usageError(*problem);
    const auto kind = domain::reportPeriodKindFromKey(inv.args.value(QStringLiteral("period")));
    if (!kind)
        return ctx.usageError(ctx.tr("--period phải là month, quarter, half, nine hoặc year.",
                                     "--period must be month, quarter, half, nine or year."));
    const QString out = inv.args.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"docx" && suffix != u"pdf" && suffix != u"xlsx")
        return ctx.usageError(ctx.tr("--out phải là tệp .docx, .pdf hoặc .xlsx: \"%1\".",
                                     "--out must be a .docx, .pdf or .xlsx file: \"%1\".")
                                  .arg(out));
    int cutoff = domain::kDefaultReportCutoffDay;
    if (auto problem = readIntOption(ctx, inv, "cutoff", 0, 28, cutoff))
        return ctx.usageError(*problem);
    auto open = openProgramme(ctx, inv, year);
    if (!open)
        return ctx.fail(open.error());
    // Without --cutoff: the office's day (programme report-settings), as in the GUI.
    if (!inv.args.has(QStringLiteral("cutoff"))) {
        auto office = open->ws->reports().cutoffDay(ctx.actor());
        if (!office)
            return ctx.fail(office.error());
        cutoff = *office;
    }
    // Without --n: the last period of the year ended by today (the report due now), the
    // first when none has ended yet, the last for a past year.
    const QDate today = open->ws->programmes().today();
    const domain::ReportPeriod current = domain::ReportPeriod::containing(*kind, today, cutoff);
    int n = current.year > year ? domain::reportPeriodCount(*kind) : 1;
    if (current.year == year)
        n = std::max(1, current.to == today ? current.n : current.n - 1);
    if (auto problem = readIntOption(ctx, inv, "n", 1, domain::reportPeriodCount(*kind), n))
        return ctx.usageError(*problem);
    auto period = domain::ReportPeriod::make(*kind, year, n, cutoff);
    if (!period)
        return ctx.fail(period.error());
    auto report = open->ws->reports().report(ctx.actor(), open->programme.id, *period);
    if (!report)
        return ctx.fail(report.error());
    Result<void> written;
    if (suffix == u"xlsx") {
        documents::XlsxOptions options;
        options.sheetName = QStringLiteral("Báo cáo");
        options.title = QStringLiteral("Kết quả thực hiện %1, %2 (đến ngày %3)")
                            .arg(open->programme.title, period->label(), domain::shortDate(report->asOf));
        written = documents::writeXlsx(services::ReportService::figuresTable(*report, ctx.lang()), out, options);
    } else {
        const documents::RichDocument document = services::ReportService::document(*report);
        written = suffix == u"pdf" ? documents::writePdfFile(document, out) : documents::writeDocxFile(document, out);
    }
    if (!written)
        return ctx.fail(written.error());
    const services::UnitFigures &t = report->total;
    ctx.report(ctx.tr("Đã lập báo cáo.", "Wrote the report."),
               {{QStringLiteral("file"), ctx.tr("Tệp", "File"), out},
                {QStringLiteral("period"), ctx.tr("Kỳ báo cáo", "Period"), period->label(ctx.lang())},
                {QStringLiteral("from"), ctx.tr("Từ ngày", "From"), period->from.toString(Qt::ISODate)},
                {QStringLiteral("to"), ctx.tr("Đến ngày", "To"), period->to.toString(Qt::ISODate)},
                {QStringLiteral("cutoffDay"), ctx.tr("Ngày chốt số liệu", "Cut-off day"), period->cutoffDay},
                {QStringLiteral("asOf"), ctx.tr("Số liệu tính đến", "Figures as of"), report->asOf.toString(Qt::ISODate)},
                {QStringLiteral("tasks"), ctx.tr("Số nhiệm vụ", "Tasks"), t.total},
                {QStringLiteral("done"), ctx.tr("Đã hoàn thành", "Done"), t.done},
                {QStringLiteral("doneLate"), ctx.tr("Hoàn thành trễ hạn", "Done late"), t.doneLate},
                {QStringLiteral("inProgress"), ctx.tr("Chưa xong, trong hạn", "Not done, on time"), t.inProgress},
                {QStringLiteral("late"), ctx.tr("Quá hạn", "Overdue"), t.late},
                {QStringLiteral("notes"), ctx.tr("Ghi nhận tiến độ", "Progress notes"), int(report->notes.size())}});
    return 0;
}

Record reportSettingsRecord(const Context &ctx, int cutoff)
{
    return {{QStringLiteral("cutoffDay"), ctx.tr("Ngày chốt số liệu báo cáo định kỳ", "Report cut-off day"), cutoff},
            {QStringLiteral("defaultCutoffDay"), ctx.tr("Ngày chốt mặc định của Thuky", "Thuky's default cut-off day"),
             domain::kDefaultReportCutoffDay}};
}

int runReportSettings(Context &ctx, const Invocation &)
{
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    auto cutoff = (*ws)->reports().cutoffDay(ctx.actor());
    if (!cutoff)
        return ctx.fail(cutoff.error());
    ctx.report(ctx.tr("Cài đặt báo cáo định kỳ của Vụ.", "The office's periodic report settings."),
               reportSettingsRecord(ctx, *cutoff));
    return 0;
}

int runReportSettingsSet(Context &ctx, const Invocation &inv)
{
    int cutoff = 0;
    if (auto problem = readIntOption(ctx, inv, "cutoff", 0, 28, cutoff))
        return ctx.usageError(*problem);
    auto ws = ctx.openWorkspace(false);
    if (!ws)
        return ctx.fail(ws.error());
    if (auto set = (*ws)->reports().setCutoffDay(ctx.actor(), cutoff); !set)
        return ctx.fail(set.error());
    ctx.report(ctx.tr("Đã lưu ngày chốt số liệu báo cáo định kỳ.", "Saved the report cut-off day."),
               reportSettingsRecord(ctx, cutoff));
    return 0;
}

} // namespace

QList<Command> programmeCommands()
{
    return {
        {names({"programme", "list"}), names({"year", "owner", "unit", "status", "late", "done-late", "text"}),
         {}, {}, runProgrammeList,
         "liệt kê nhiệm vụ của chương trình công tác một năm (mặc định: năm nay, nếu không có thì "
         "năm gần nhất)",
         "list the tasks of a year's work programme (default: this year's, else the newest)"},
        {names({"programme", "import"}), names({"year", "owner", "add-missing", "shift-years"}), names({"year"}), names({"FILE"}),
         runImport,
         "nhập nhiệm vụ từ tệp CSV hoặc XLSX (--add-missing: thêm đơn vị, cán bộ chưa có vào danh mục); có "
         "lỗi thì không ghi gì",
         "import tasks from a CSV or XLSX file (--add-missing: add the units and people the catalogue lacks); "
         "nothing is written if it has problems",
         Access::Login},
        {names({"programme", "export"}), names({"year", "out", "owner"}), names({"year", "out"}), {},
         runExport,
         "xuất chương trình ra tệp CSV hoặc XLSX", "export a programme to a CSV or XLSX file"},
        {names({"programme", "carry-over"}), names({"year", "owner"}), names({"year"}), {},
         runCarryOver,
         "chuyển các nhiệm vụ chưa hoàn thành sang chương trình năm sau",
         "copy the unfinished tasks to the next year's programme", Access::Login},
        {names({"programme", "report"}), names({"year", "period", "n", "cutoff", "owner", "out"}),
         names({"year", "period", "out"}), {}, runReport,
         "lập báo cáo định kỳ (tháng, quý, 6 tháng, 9 tháng, năm) ra tệp DOCX, PDF hoặc XLSX",
         "write a periodic report (month, quarter, half, nine months, year) to a DOCX, PDF or XLSX file"},
        {names({"programme", "report-settings"}), {}, {}, {}, runReportSettings,
         "xem ngày chốt số liệu báo cáo định kỳ của Vụ (mặc định của programme report)",
         "show the office's report cut-off day (programme report's default)"},
        {names({"programme", "report-settings", "set"}), names({"cutoff"}), names({"cutoff"}), {},
         runReportSettingsSet,
         "đặt ngày chốt số liệu báo cáo định kỳ của Vụ (0-28, 0: ngày cuối tháng; quản trị viên)",
         "set the office's report cut-off day (0-28, 0: the month's last day; administrators)",
         Access::Login},
    };
}

} // namespace thuky::cli
