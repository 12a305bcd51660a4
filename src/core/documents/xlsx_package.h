#pragma once
// XlsxPackage: read access to the parts (zip entries) of an .xlsx (or .docx) file, bounded in
// size; packZip(): the other way, for the .docx files Thuky writes.

#include "thuky/core/result.h"
#include "thuky/documents/table.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

struct zip;

namespace thuky::documents::detail {

class XlsxPackage
{
public:
    /// Io if the file cannot be read; InvalidInput if it is not a regular file, is larger
    /// than ReadLimits::kMaxFileBytes or is not a zip archive.
    static Result<XlsxPackage> open(const QString &path);
    /// The package in `bytes`; `fileName` names it in messages.
    static Result<XlsxPackage> fromBytes(QByteArray bytes, const QString &fileName);

    XlsxPackage(XlsxPackage &&) noexcept;
    XlsxPackage &operator=(XlsxPackage &&) noexcept;
    ~XlsxPackage();

    bool contains(const QString &part) const;
    /// The names of all parts.
    QStringList parts() const;
    /// The unpacked part; InvalidInput if it is damaged (its checksum included) or unpacks to
    /// more than `maxBytes` (checked while reading, not only against the size the archive
    /// claims).
    Result<QByteArray> read(const QString &part, qint64 maxBytes = ReadLimits::kMaxPartBytes) const;

    /// InvalidInput naming the file and the damaged part.
    Error damaged(const QString &part, const QString &detail) const;

private:
    struct Discard
    {
        void operator()(zip *archive) const;
    };

    XlsxPackage(QString path, QByteArray bytes);

    QString m_path;
    // libzip reads straight from this buffer, so it must outlive m_archive (declared after).
    QByteArray m_bytes;
    std::unique_ptr<zip, Discard> m_archive;
};

/// A zip archive of `parts` (name, content) in the order given, deflated except the parts
/// named in `stored` (kept as they are: an OpenDocument package's "mimetype", which must be
/// readable at a fixed offset), built in memory. Io when libzip fails (out of memory).
Result<QByteArray> packZip(const QList<std::pair<QString, QByteArray>> &parts,
                           const QStringList &stored = {});

} // namespace thuky::documents::detail
