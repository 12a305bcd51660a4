// Fuzz target for the iCalendar reader: any bytes give events or an Error in both languages
// (never a crash, a hang or unbounded memory), and events read come back with the same
// UIDs, times and texts through Thuky's own writer.
// Built as a libFuzzer target with THUKY_FUZZ=ON, and replayed over corpus/ics by the
// ordinary test suite (replay_main.cpp).

#include "thuky/documents/ics.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace thuky::documents;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    IcsReadLimits limits;
    limits.maxEvents = 200; // keeps each run short; the limit itself is what is checked
    const auto events = readIcs(bytes, QStringLiteral("fuzz.ics"), limits);
    if (!events) {
        if (events.error().message.vi.isEmpty() || events.error().message.en.isEmpty())
            std::abort();
        return 0;
    }
    if (events->size() > limits.maxEvents)
        std::abort();
    const auto again =
        readIcs(writeIcs(*events, QStringLiteral("fuzz")), QStringLiteral("again.ics"));
    if (!again || again->size() != events->size())
        std::abort();
    for (qsizetype i = 0; i < events->size(); ++i) {
        const IcsEvent &first = events->at(i);
        const IcsEvent &second = again->at(i);
        if (first.uid != second.uid || first.allDay != second.allDay ||
            first.summary != second.summary || first.categories != second.categories)
            std::abort();
        if (first.allDay ? (first.startDate != second.startDate || first.endDate != second.endDate)
                         : (first.start != second.start || first.end != second.end))
            std::abort();
    }
    return 0;
}
