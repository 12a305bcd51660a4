#pragma once
// Fixtures of the GUI tests: a programme with a section and many tasks in an in-memory
// workspace whose "today" is test::kToday (16/06/2025).

#include "test_support.h"

#include <QTest>

namespace thuky::test {

struct ProgrammeFixture
{
    std::unique_ptr<services::Workspace> ws = workspace();
    domain::Programme programme = test::programme(*ws);
    domain::Task section;
    QList<domain::Task> tasks;

    services::ProgrammeService &service() { return ws->programmes(); }

    /// Section "I" with `count` tasks "1".."count": even ones about land law ("đất đai"),
    /// odd ones about the budget ("ngân sách"); deadlines spread over the year, so some are
    /// overdue on 16/06/2025.
    explicit ProgrammeFixture(int count = 0)
    {
        section =
            ok(service().addTask(actor(), test::section(programme.id, "I", "Công tác lập pháp")));
        for (int i = 1; i <= count; ++i) {
            const QByteArray number = QByteArray::number(i);
            const QString about =
                i % 2 == 0 ? QStringLiteral("Luật Đất đai") : QStringLiteral("dự toán ngân sách");
            const QByteArray content =
                QStringLiteral("Nhiệm vụ %1 về %2").arg(i).arg(about).toUtf8();
            const QDate deadline = QDate(2025, 1, 1).addDays((i * 7) % 365);
            tasks.append(ok(
                service().addTask(actor(), task(*ws, programme.id, section.id, number.constData(),
                                                content.constData(), deadline))));
        }
    }

    storage::TaskFilter filter() const
    {
        storage::TaskFilter f;
        f.programmeId = programme.id;
        return f;
    }
};

/// Waits (processing events) until `done` holds, at most `ms` milliseconds.
template <typename F> bool waitFor(F done, int ms = 3000)
{
    return QTest::qWaitFor(done, ms);
}

} // namespace thuky::test
