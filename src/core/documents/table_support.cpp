#include "table_support.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace thuky::documents::detail {

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

Error fileError(ErrorCode code, const QString &path, int line, const QString &vi, const QString &en,
                const QString &detail)
{
    const QString name = QFileInfo(path).fileName();
    if (line > 0) {
        // One multi-argument arg() call, so a "%1" inside a file name is not substituted.
        const QString number = QString::number(line);
        return makeError(code, QStringLiteral("Tệp \"%1\", dòng %2: %3").arg(name, number, vi),
                         QStringLiteral("File \"%1\", line %2: %3").arg(name, number, en), detail);
    }
    return makeError(code, QStringLiteral("Tệp \"%1\": %2").arg(name, vi),
                     QStringLiteral("File \"%1\": %2").arg(name, en), detail);
}

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    const auto unreadable = [&] {
        return fileError(ErrorCode::Io, path, 0, QStringLiteral("không đọc được tệp."),
                         QStringLiteral("the file could not be read."), file.errorString());
    };
    if (!file.open(QIODevice::ReadOnly))
        return unreadable();
    if (file.size() > kMaxInputBytes) {
        return fileError(ErrorCode::InvalidInput, path, 0,
                         QStringLiteral("tệp quá lớn (hơn 200 MB)."),
                         QStringLiteral("the file is too large (over 200 MB)."));
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return unreadable();
    return bytes;
}

Result<void> writeWholeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    // QSaveFile discards its temporary file when destroyed without a commit.
    return fileError(ErrorCode::Io, path, 0, QStringLiteral("không ghi được tệp."),
                     QStringLiteral("the file could not be written."), file.errorString());
}

} // namespace thuky::documents::detail
