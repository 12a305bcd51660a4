#include "table_support.h"

#include <QLocale>

namespace thuky::documents::detail {

QString countVi(qint64 count)
{
    return QLocale(QLocale::Vietnamese).toString(count);
}

QString countEn(qint64 count)
{
    return QLocale(QLocale::English).toString(count);
}

QStringList tidyCells(QStringList cells)
{
    for (QString &cell : cells)
        cell = cell.trimmed().normalized(QString::NormalizationForm_C);
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    return cells;
}

Table tableFromRows(QList<SourceRow> rows)
{
    Table table;
    table.headers = std::move(rows.first().cells);
    table.rows.reserve(rows.size() - 1);
    table.sourceRows.reserve(rows.size() - 1);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        table.rows.append(std::move(rows[i].cells));
        table.sourceRows.append(rows[i].number);
    }
    return table;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

Result<void> TableBudget::cell(int line, int column, qsizetype length) const
{
    const QString cell = columnName(column) + QString::number(line);
    if (column >= ReadLimits::kMaxColumns) {
        const QString last = columnName(ReadLimits::kMaxColumns - 1);
        return fileError(
            ErrorCode::InvalidInput, m_path, line,
            QStringLiteral("quá nhiều cột: ô %1 nằm ngoài cột cuối cùng Thuky đọc (cột %2, cột "
                           "thứ %3).")
                .arg(cell, last, countVi(ReadLimits::kMaxColumns)),
            QStringLiteral("too many columns: cell %1 lies beyond the last column Thuky reads "
                           "(column %2, the %3th).")
                .arg(cell, last, countEn(ReadLimits::kMaxColumns)));
    }
    if (length > ReadLimits::kMaxCellChars) {
        return fileError(
            ErrorCode::InvalidInput, m_path, line,
            QStringLiteral("ô %1 dài hơn %2 ký tự (giới hạn của một ô).")
                .arg(cell, countVi(ReadLimits::kMaxCellChars)),
            QStringLiteral("cell %1 is longer than %2 characters (the limit for a cell).")
                .arg(cell, countEn(ReadLimits::kMaxCellChars)));
    }
    return {};
}

Result<void> TableBudget::row(int line, qsizetype width)
{
    if (++m_rows > ReadLimits::kMaxRows) {
        return fileError(ErrorCode::InvalidInput, m_path, line,
                         QStringLiteral("quá nhiều dòng: Thuky đọc tối đa %1 dòng có dữ liệu.")
                             .arg(countVi(ReadLimits::kMaxRows)),
                         QStringLiteral("too many rows: Thuky reads %1 rows with data at most.")
                             .arg(countEn(ReadLimits::kMaxRows)));
    }
    m_cells += width;
    if (m_cells > ReadLimits::kMaxCells) {
        return fileError(ErrorCode::InvalidInput, m_path, line,
                         QStringLiteral("quá nhiều ô: Thuky đọc tối đa %1 ô (số dòng nhân số "
                                        "cột dùng đến).")
                             .arg(countVi(ReadLimits::kMaxCells)),
                         QStringLiteral("too many cells: Thuky reads %1 cells at most (rows "
                                        "times the columns they use).")
                             .arg(countEn(ReadLimits::kMaxCells)));
    }
    return {};
}

} // namespace thuky::documents::detail
