// Fuzz target for the XLSX reader: any bytes, taken as the content of an .xlsx file, give a
// Table or an Error (never a crash, a hang or unbounded memory). Built as a libFuzzer target
// with THUKY_FUZZ=ON, and replayed over corpus/xlsx by the ordinary test suite.

#include "thuky/documents/table.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace thuky::documents;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
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
