#include "xlsx_package.h"

#include "table_support.h"

#include <zip.h>

namespace thuky::documents::detail {

namespace {

struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

} // namespace

void XlsxPackage::Discard::operator()(zip *archive) const
{
    zip_discard(archive);
}

XlsxPackage::XlsxPackage(QString path, QByteArray bytes)
    : m_path(std::move(path)), m_bytes(std::move(bytes))
{
}

XlsxPackage::XlsxPackage(XlsxPackage &&) noexcept = default;
XlsxPackage &XlsxPackage::operator=(XlsxPackage &&) noexcept = default;
XlsxPackage::~XlsxPackage() = default;

Result<XlsxPackage> XlsxPackage::open(const QString &path)
{
    // Reading the bytes rather than zip_open(path) keeps file names with Vietnamese letters
    // working, reports an unreadable file as Io and refuses what is not a regular file.
    auto bytes = readUserFile(path, ReadLimits::kMaxFileBytes);
    if (!bytes)
        return bytes.error();
    return fromBytes(std::move(*bytes), path);
}

Result<XlsxPackage> XlsxPackage::fromBytes(QByteArray bytes, const QString &path)
{
    XlsxPackage package(path, std::move(bytes));

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(
        package.m_bytes.constData(), zip_uint64_t(package.m_bytes.size()), 0, &error);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    if (!archive) {
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        zip_source_free(source); // still ours when opening failed
        return fileError(ErrorCode::InvalidInput, path, 0,
                         QStringLiteral("không phải tệp XLSX hợp lệ (tệp .xls cũ cần được lưu "
                                        "lại dưới dạng .xlsx)."),
                         QStringLiteral("this is not a valid XLSX file (an old .xls file must "
                                        "be saved again as .xlsx)."),
                         detail);
    }
    zip_error_fini(&error);
    package.m_archive.reset(archive);
    return package;
}

bool XlsxPackage::contains(const QString &part) const
{
    return zip_name_locate(m_archive.get(), part.toUtf8().constData(), 0) >= 0;
}

QStringList XlsxPackage::parts() const
{
    QStringList names;
    const zip_int64_t count = zip_get_num_entries(m_archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(m_archive.get(), zip_uint64_t(i), 0))
            names.append(QString::fromUtf8(name));
    }
    return names;
}

Result<QByteArray> XlsxPackage::read(const QString &part, qint64 maxBytes) const
{
    const auto tooLarge = [&] {
        const QString limit = megabytesText(maxBytes);
        return fileError(ErrorCode::InvalidInput, m_path, 0,
                         QStringLiteral("phần \"%1\" quá lớn (hơn %2 khi giải nén); tệp "
                                        "không được đọc.")
                             .arg(part, limit),
                         QStringLiteral("the part \"%1\" is too large (over %2 "
                                        "uncompressed); the file was not read.")
                             .arg(part, limit));
    };
    const QByteArray name = part.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive.get(), name.constData(), 0, &stat) != 0)
        return damaged(part, QString::fromUtf8(zip_strerror(m_archive.get())));
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(maxBytes))
        return tooLarge();

    const std::unique_ptr<zip_file_t, FileCloser> file(
        zip_fopen(m_archive.get(), name.constData(), 0));
    if (!file)
        return damaged(part, QString::fromUtf8(zip_strerror(m_archive.get())));
    QByteArray content;
    content.reserve(qsizetype(stat.size));
    // The size in the archive's directory can lie; count what actually comes out.
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t count = zip_fread(file.get(), buffer, sizeof buffer);
        if (count < 0)
            return damaged(part, QString::fromUtf8(zip_file_strerror(file.get())));
        if (count == 0)
            return content;
        if (content.size() + count > maxBytes)
            return tooLarge();
        content.append(buffer, qsizetype(count));
    }
}

Error XlsxPackage::damaged(const QString &part, const QString &detail) const
{
    return fileError(ErrorCode::InvalidInput, m_path, 0,
                     QStringLiteral("phần \"%1\" bị hỏng, không đọc được.").arg(part),
                     QStringLiteral("the part \"%1\" is damaged and cannot be read.").arg(part),
                     detail);
}

Result<QByteArray> packZip(const QList<std::pair<QString, QByteArray>> &parts,
                           const QStringList &stored)
{
    const auto failed = [](const QString &detail) {
        return makeError(ErrorCode::Io, QStringLiteral("Không đóng gói được tệp (zip)."),
                         QStringLiteral("Could not pack the file (zip)."), detail);
    };
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
    if (!archive) {
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        zip_source_free(buffer);
        return failed(detail);
    }
    zip_error_fini(&error);
    zip_source_keep(buffer); // still needed to read the archive after zip_close()
    const auto abandon = [&](const QString &detail) {
        zip_discard(archive);
        zip_source_free(buffer);
        return failed(detail);
    };
    for (const auto &[name, content] : parts) {
        // The parts' bytes outlive zip_close(), which is where libzip reads them.
        zip_source_t *source =
            zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0);
        if (!source)
            return abandon(QString::fromUtf8(zip_strerror(archive)));
        const zip_int64_t index =
            zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return abandon(QString::fromUtf8(zip_strerror(archive)));
        }
        if (stored.contains(name) &&
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0) != 0)
            return abandon(QString::fromUtf8(zip_strerror(archive)));
    }
    if (zip_close(archive) != 0)
        return abandon(QString::fromUtf8(zip_strerror(archive)));
    QByteArray bytes;
    if (zip_source_open(buffer) != 0) {
        zip_source_free(buffer);
        return failed(QStringLiteral("zip_source_open"));
    }
    char chunk[64 * 1024];
    zip_int64_t count = 0;
    while ((count = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
        bytes.append(chunk, qsizetype(count));
    zip_source_close(buffer);
    zip_source_free(buffer);
    if (count < 0)
        return failed(QStringLiteral("zip_source_read"));
    return bytes;
}

} // namespace thuky::documents::detail
