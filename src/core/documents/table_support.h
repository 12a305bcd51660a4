#pragma once
// Pieces shared by the CSV and XLSX readers and writers: cell clean-up, turning the rows read
// into a Table, messages that name the file and line, whole-file reads and atomic writes.

#include "thuky/documents/table.h"

#include <QByteArray>

namespace thuky::documents::detail {

/// Inputs (and XLSX parts once unpacked) larger than this are refused instead of being read
/// into memory: a real programme or task list is a few megabytes, so anything bigger is a
/// mistake or a zip bomb.
inline constexpr qint64 kMaxInputBytes = 200 * 1024 * 1024;

/// A row as read from the file, before the header is picked, with its line or row number.
struct SourceRow
{
    QStringList cells;
    int number = 0;
};

/// Trims every cell, normalises it to NFC and drops the trailing empty cells, so a blank row
/// comes back empty.
QStringList tidyCells(QStringList cells);

/// The first row becomes the header and the others the data rows. `rows` must not be empty.
Table tableFromRows(QList<SourceRow> rows);

/// An error naming the file (by its name only, never the folders) and, when `line` > 0, the
/// line: `Tệp "a.csv", dòng 4: <vi>` / `File "a.csv", line 4: <en>`.
Error fileError(ErrorCode code, const QString &path, int line, const QString &vi, const QString &en,
                const QString &detail = {});

/// The whole file; Io if it cannot be read, InvalidInput if it exceeds kMaxInputBytes.
Result<QByteArray> readWholeFile(const QString &path);

/// Replaces `path` with `bytes` through QSaveFile, so a failure leaves the old file intact
/// and never a half-written one. Io on failure.
Result<void> writeWholeFile(const QString &path, const QByteArray &bytes);

} // namespace thuky::documents::detail
