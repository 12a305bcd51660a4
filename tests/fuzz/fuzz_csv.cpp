// Fuzz target for the CSV reader: any bytes give a Table or an Error (never a crash, a hang
// or unbounded memory), and a Table read comes back the same through Thuky's own writer.
// Built as a libFuzzer target with THUKY_FUZZ=ON, and replayed over corpus/csv by the
// ordinary test suite (replay_main.cpp).

#include "thuky/documents/table.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace thuky::documents;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    // The formula protection can be undone exactly, whatever the text.
    const QString text = QString::fromUtf8(bytes);
    if (unprotectCsvCell(protectCsvCell(text)) != text)
        std::abort();

    for (const CsvDelimiter delimiter :
         {CsvDelimiter::Auto, CsvDelimiter::Comma, CsvDelimiter::Semicolon}) {
        const auto table = parseCsv(bytes, QStringLiteral("fuzz.csv"), delimiter);
        if (!table) {
            if (table.error().message.vi.isEmpty() || table.error().message.en.isEmpty())
                std::abort();
            continue;
        }
        // What writeCsv() would write, read back: the same cells.
        QString written = QChar(0xFEFF) + csvRecord(table->headers);
        for (const QStringList &row : table->rows)
            written += csvRecord(row);
        const auto again = parseCsv(written.toUtf8(), QStringLiteral("again.csv"));
        if (!again || again->headers != table->headers || again->rows != table->rows)
            std::abort();
    }
    return 0;
}
