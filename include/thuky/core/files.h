#pragma once
// Files the user names (to import, to restore, to export to): read only when they are regular
// files and within a size bound, written all or nothing.

#include "thuky/core/result.h"

#include <QByteArray>
#include <QString>

namespace thuky {

/// An error naming the file (by its name only, never the folders) and, when `line` > 0, the
/// line: `Tệp "a.csv", dòng 4: <vi>` / `File "a.csv", line 4: <en>`.
Error fileError(ErrorCode code, const QString &path, int line, const QString &vi,
                const QString &en, const QString &detail = {});

/// The whole content of `path`, read only if it is a regular file (a symlink is followed to
/// its target, which must be one) of at most `maxBytes`. A FIFO, a device such as /dev/zero,
/// a socket or a folder is refused at once and never read from or waited on; a file that
/// grows past `maxBytes` while being read is refused too, so memory stays within `maxBytes`
/// whatever the file claims.
/// Errors: Io when the file cannot be opened or read (missing, no permission);
/// InvalidInput when it is not a regular file or is larger than `maxBytes` (the message
/// names the limit).
Result<QByteArray> readUserFile(const QString &path, qint64 maxBytes);

/// The size of `path` if it is a regular file (the same check as readUserFile(), without
/// reading), for callers that hand the path to a library which opens it itself, such as
/// SQLite for a restore: a FIFO given to such a library would block it, /dev/zero would
/// feed it forever. Same errors as readUserFile() but for the size.
Result<qint64> userFileSize(const QString &path);

/// The refusal of userFileSize() decided from the name alone (stat, no descriptor): for a
/// database file that this process may have open, where opening and closing a descriptor
/// would drop SQLite's locks. A FIFO or a device is refused without being opened.
Result<void> requireRegularPath(const QString &path);

/// Replaces `path` with `bytes`, all or nothing: writes a temporary file beside it, flushes
/// it to the disk (fsync), renames it over `path` and syncs the folder. Every step is
/// checked; on any failure (a full disk, a quota, a file size limit, a read-only folder) the
/// temporary file is removed, the previous file is left as it was, and Io comes back (the
/// message says when the disk is full). An existing file keeps its permissions.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

/// "50 MB", the size limits quoted in messages.
QString megabytesText(qint64 bytes);

} // namespace thuky
