#include "programme/progress_log_table.h"

#include "thuky/domain/vietnamese.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

#include <algorithm>

namespace thuky::ui {

namespace {
struct ProgressLogText
{
    Q_DECLARE_TR_FUNCTIONS(ProgressLogTable)
};

enum LogColumn
{
    DateColumn,
    PercentColumn,
    AuthorColumn,
    NoteColumn,
    LogColumnCount
};
} // namespace

void showProgressLog(QTableWidget *table, QLabel *caption, const QList<domain::ProgressEntry> &log)
{
    QList<domain::ProgressEntry> newestFirst = log;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [](const domain::ProgressEntry &a, const domain::ProgressEntry &b) {
                         return a.date > b.date;
                     });
    table->setColumnCount(LogColumnCount);
    table->setHorizontalHeaderLabels({ProgressLogText::tr("Ngày"), ProgressLogText::tr("Tiến độ"),
                                      ProgressLogText::tr("Người ghi"),
                                      ProgressLogText::tr("Ghi chú")});
    table->setRowCount(int(newestFirst.size()));
    for (int row = 0; row < newestFirst.size(); ++row) {
        const domain::ProgressEntry &e = newestFirst[row];
        table->setItem(row, DateColumn, new QTableWidgetItem(domain::shortDate(e.date)));
        auto *percent = new QTableWidgetItem(QString::number(e.percent) + u'%');
        percent->setTextAlignment(Qt::AlignCenter);
        table->setItem(row, PercentColumn, percent);
        table->setItem(row, AuthorColumn, new QTableWidgetItem(e.author));
        auto *note = new QTableWidgetItem(e.note);
        note->setToolTip(e.note);
        table->setItem(row, NoteColumn, note);
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    caption->setText(
        log.isEmpty() ? ProgressLogText::tr("Báo cáo tiến độ: chưa có lần nào.")
                      : ProgressLogText::tr("Báo cáo tiến độ (%n lần):", nullptr, int(log.size())));
    table->setVisible(!log.isEmpty());
}

} // namespace thuky::ui
