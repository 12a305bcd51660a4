#include "thuky/core/files.h"

#include "thuky/storage/database.h"

#include "thuky/core/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace thuky {

namespace {

class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    Descriptor &operator=(Descriptor &&other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    /// Closes now and reports the result: on some file systems (NFS) a failed write shows
    /// only here.
    bool close()
    {
        const int fd = std::exchange(m_fd, -1);
        return ::close(fd) == 0;
    }

private:
    int m_fd;
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool diskFull(int error)
{
    return error == ENOSPC || error == EDQUOT || error == EFBIG;
}

Error tooLarge(const QString &path, qint64 maxBytes)
{
    const QString limit = megabytesText(maxBytes);
    return fileError(ErrorCode::InvalidInput, path, 0,
                     QStringLiteral("tệp quá lớn (hơn %1); tệp không được đọc.").arg(limit),
                     QStringLiteral("the file is too large (over %1); it was not read.").arg(limit));
}

Error writeFailed(const QString &path, int error)
{
    const QString detail = errnoText(error);
    logger("documents")->warn("writing {} failed: {}", QFile::encodeName(path).toStdString(),
                              detail.toStdString());
    if (diskFull(error)) {
        return fileError(ErrorCode::Io, path, 0,
                         QStringLiteral("không ghi được tệp vì ổ đĩa đã đầy hoặc tệp vượt giới "
                                        "hạn dung lượng; tệp cũ (nếu có) được giữ nguyên."),
                         QStringLiteral("the file could not be written because the disk is full "
                                        "or a size limit was reached; the previous file (if any) "
                                        "was kept."),
                         detail);
    }
    return fileError(ErrorCode::Io, path, 0,
                     QStringLiteral("không ghi được tệp; tệp cũ (nếu có) được giữ nguyên."),
                     QStringLiteral("the file could not be written; the previous file (if any) "
                                    "was kept."),
                     detail);
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(std::min<qint64>(size, 1 << 20)));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            if (written == 0)
                errno = ENOSPC;
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

} // namespace

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

QString megabytesText(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024)) + QStringLiteral(" MB");
}

namespace {

// Opening and closing one of the files of a database this process has open would drop
// SQLite's locks on it (POSIX locks belong to the process, and any close releases them): a
// second process could then delete the write-ahead log still in use. Decided by stat alone.
Result<void> refuseDatabaseFile(const QString &path)
{
    if (!storage::Database::isOpenFile(path))
        return {};
    return fileError(ErrorCode::InvalidInput, path, 0,
                     QStringLiteral("đây là tệp cơ sở dữ liệu Thuky đang mở (hoặc tệp đi kèm của nó); hãy chọn "
                                    "tệp khác."),
                     QStringLiteral("this is the open Thuky database (or one of its companion files); choose "
                                    "another file."));
}

Error notRegular(const QString &path)
{
    return fileError(ErrorCode::InvalidInput, path, 0,
                     QStringLiteral("không phải tệp thông thường (mà là thư mục, thiết bị "
                                    "hoặc đường ống); Thuky chỉ đọc tệp thông thường."),
                     QStringLiteral("this is not a regular file (but a folder, a device or a "
                                    "pipe); Thuky reads regular files only."));
}

Error unreadable(const QString &path, int error)
{
    return fileError(ErrorCode::Io, path, 0, QStringLiteral("không đọc được tệp."),
                     QStringLiteral("the file could not be read."), errnoText(error));
}

// Opens `path` for reading if it is a regular file; `size` is then its size. O_NONBLOCK:
// opening a FIFO must not wait for a writer. The descriptor, not the name, is checked, so
// what is read is what was checked.
Result<void> openRegular(const QString &path, Descriptor &fd, qint64 &size)
{
    THUKY_TRY(refuseDatabaseFile(path));
    fd = Descriptor(::open(QFile::encodeName(path).constData(),
                           O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (!fd.valid())
        return unreadable(path, errno);
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0)
        return unreadable(path, errno);
    if (!S_ISREG(info.st_mode))
        return notRegular(path);
    size = info.st_size;
    return {};
}

} // namespace

Result<void> requireRegularPath(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return unreadable(path, errno);
    if (!S_ISREG(info.st_mode))
        return notRegular(path);
    return {};
}

Result<qint64> userFileSize(const QString &path)
{
    Descriptor fd(-1);
    qint64 size = 0;
    THUKY_TRY(openRegular(path, fd, size));
    return size;
}

Result<QByteArray> readUserFile(const QString &path, qint64 maxBytes)
{
    Descriptor fd(-1);
    qint64 size = 0;
    THUKY_TRY(openRegular(path, fd, size));
    if (size > maxBytes)
        return tooLarge(path, maxBytes);

    QByteArray bytes;
    bytes.reserve(qsizetype(size));
    char buffer[64 * 1024];
    for (;;) {
        // One byte past the limit is enough to know the file grew beyond it.
        const qint64 wanted = std::min<qint64>(sizeof buffer, maxBytes + 1 - bytes.size());
        const ssize_t count = ::read(fd.get(), buffer, size_t(wanted));
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0)
            return unreadable(path, errno);
        if (count == 0)
            return bytes;
        bytes.append(buffer, qsizetype(count));
        if (bytes.size() > maxBytes)
            return tooLarge(path, maxBytes);
    }
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    THUKY_TRY(refuseDatabaseFile(path));
    // A symlink is kept and its target replaced, as a text editor would.
    const QFileInfo link(path);
    const QString target = link.isSymLink() && link.exists() ? link.canonicalFilePath() : path;
    const QFileInfo info(target);
    struct stat previous {};
    const bool replacing = ::stat(QFile::encodeName(target).constData(), &previous) == 0;
    if (replacing && !S_ISREG(previous.st_mode))
        return writeFailed(path, EISDIR);

    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporary = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") +
                                      info.fileName() + QStringLiteral(".%1.tmp").arg(
                                          QRandomGenerator::global()->generate(), 8, 16,
                                          QLatin1Char('0')));
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return writeFailed(path, errno);
    }
    if (fd < 0)
        return writeFailed(path, EEXIST);
    Descriptor file(fd);
    const auto fail = [&](int error) {
        ::unlink(temporary.constData());
        return writeFailed(path, error);
    };
    if (replacing && ::fchmod(file.get(), previous.st_mode & 07777) != 0)
        return fail(errno);
    if (!writeAll(file.get(), bytes.constData(), bytes.size()))
        return fail(errno);
    if (::fsync(file.get()) != 0)
        return fail(errno);
    if (!file.close())
        return fail(errno);
    if (::rename(temporary.constData(), QFile::encodeName(target).constData()) != 0)
        return fail(errno);

    // The rename itself reaches the disk only with the folder.
    Descriptor folder(::open(QFile::encodeName(info.absolutePath()).constData(),
                             O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (folder.valid() && ::fsync(folder.get()) != 0 && errno != EINVAL)
        logger("documents")->warn("syncing the folder of {} failed: {}",
                                  QFile::encodeName(path).toStdString(),
                                  errnoText(errno).toStdString());
    return {};
}

} // namespace thuky
