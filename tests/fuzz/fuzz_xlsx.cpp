// Fuzz target for the XLSX reader: any bytes give a Table or an Error (never a crash, a hang
// or unbounded memory). Built as a libFuzzer target with THUKY_FUZZ=ON, and replayed over
// corpus/xlsx by the ordinary test suite.
//
// An input that starts like a zip ("PK") is read as a whole .xlsx file. Any other input is
// the XML of the parts themselves, separated by NUL bytes (worksheet, shared strings, styles,
// workbook), packed here into a valid zip: mutations of the XML then reach the sheet parser
// instead of failing the zip checksums.

#include "thuky/documents/table.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <zip.h>

#include <cstdint>
#include <cstdlib>

using namespace thuky::documents;

namespace {

const char *const kPartNames[] = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
                                  "xl/styles.xml", "xl/workbook.xml"};

const QByteArray kRelationships =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

// The parts, zipped in memory; empty if libzip refuses.
QByteArray package(const QList<QByteArray> &parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(buffer);
        return {};
    }
    zip_source_keep(buffer); // still needed to read the result after zip_close()
    const auto add = [&](const char *name, const QByteArray &content) {
        zip_source_t *source =
            zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0);
        if (source && zip_file_add(archive, name, source, ZIP_FL_OVERWRITE) < 0)
            zip_source_free(source);
    };
    add("xl/_rels/workbook.xml.rels", kRelationships);
    for (qsizetype i = 0; i < parts.size() && i < 4; ++i)
        add(kPartNames[i], parts[i]);
    QByteArray bytes;
    if (zip_close(archive) == 0 && zip_source_open(buffer) == 0) {
        char chunk[4096];
        zip_int64_t count = 0;
        while ((count = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
            bytes.append(chunk, qsizetype(count));
        zip_source_close(buffer);
    } else if (archive) {
        zip_discard(archive);
    }
    zip_source_free(buffer);
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray bytes = input.startsWith("PK") ? input : package(input.split('\0'));
    const auto table = parseXlsx(bytes, QStringLiteral("fuzz.xlsx"));
    if (table) {
        // A table read keeps to the limits every reader promises.
        if (table->rows.size() >= ReadLimits::kMaxRows ||
            table->headers.size() > ReadLimits::kMaxColumns)
            std::abort();
        for (const QStringList &row : table->rows) {
            if (row.isEmpty() || row.size() > ReadLimits::kMaxColumns)
                std::abort();
        }
    } else if (table.error().message.vi.isEmpty() || table.error().message.en.isEmpty()) {
        std::abort();
    }
    return 0;
}
