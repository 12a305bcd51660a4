#pragma once
// NoticeRecovery: what the notice editor has not saved yet, kept in a file of its own so that
// a crash or a power cut loses at most a few seconds of typing. The file lives in
// <AppDataLocation>/recovery/, one per database (its id) and notice, written all or nothing
// (writeFileAtomically()); never in the database, which holds only what was saved through
// NoticeService. Saving or discarding the changes removes it.
//
// A file that cannot be read back (too large, not JSON, not a recovery of this notice) is
// renamed aside (".damaged-…") and reported; it never stops a notice from opening.

#include "thuky/core/result.h"
#include "thuky/domain/notice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace thuky::ui {

/// An unsaved state of a notice and when it was written.
struct NoticeRecoveryEntry
{
    QString path;
    QString databaseId;
    domain::Id noticeId = 0;
    QDateTime savedAt; ///< local time of the write
    /// NoticeRecovery::marker() of the notice as saved when the editing began: a different
    /// marker now means the notice was saved (or changed by a workflow step) since.
    QString baseMarker;
    /// The editable fields (issuer, subject, recipients, urgency, initials, copies, body);
    /// the rest as the notice was when written.
    domain::Notice notice;
};

class NoticeRecovery
{
    Q_DECLARE_TR_FUNCTIONS(NoticeRecovery)

public:
    /// The largest recovery file read back: a body of a notice is a few kilobytes.
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

    /// <AppDataLocation>/recovery
    static QString defaultFolder();

    /// `folder` empty: defaultFolder().
    NoticeRecovery(QString databaseId, domain::Id noticeId, QString folder = {});

    /// <folder>/<database id>-notice-<id>.json
    QString path() const;
    /// Writes the editable fields of `notice` with the time and the base marker.
    Result<void> write(const domain::Notice &notice, const QString &baseMarker,
                       const QDateTime &at = QDateTime::currentDateTime()) const;
    /// The recovery kept for the notice: none when there is no file; an error (InvalidInput,
    /// naming the file) when the file is damaged, which is then set aside.
    Result<std::optional<NoticeRecoveryEntry>> read() const;
    /// Removes the file, if any.
    void remove() const;

    /// Every readable recovery of a database, newest first (for an offer at start-up);
    /// damaged files are set aside and left out.
    static QList<NoticeRecoveryEntry> list(const QString &databaseId, const QString &folder = {});

    /// A short fingerprint of the editable fields of a notice as saved.
    static QString marker(const domain::Notice &notice);
    /// True when the editable fields of both are the same.
    static bool sameContent(const domain::Notice &a, const domain::Notice &b);

private:
    static Result<NoticeRecoveryEntry> parse(const QString &path, const QByteArray &bytes);
    static void setAside(const QString &path);

    QString m_databaseId;
    domain::Id m_noticeId = 0;
    QString m_folder;
};

} // namespace thuky::ui
