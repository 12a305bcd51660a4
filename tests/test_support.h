#pragma once
// Fixtures shared by the test suites: a migrated in-memory workspace with a fixed "today".

#include "thuky/services/programme_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>

namespace thuky::test {

inline const QDate kToday{2025, 6, 16};

inline std::unique_ptr<services::Workspace> workspace()
{
    auto ws = services::Workspace::openInMemory();
    REQUIRE(ws.ok());
    (*ws)->setToday(kToday);
    return std::move(ws).value();
}

inline domain::Actor actor() { return domain::Actor::system(); }

template <typename T>
T ok(Result<T> r)
{
    INFO((r.ok() ? QString() : r.error().text(Lang::En) + QStringLiteral(" / ") + r.error().detail).toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

inline void ok(Result<void> r)
{
    INFO((r.ok() ? QString() : r.error().text(Lang::En) + QStringLiteral(" / ") + r.error().detail).toStdString());
    REQUIRE(r.ok());
}

inline domain::Id agencyId(services::Workspace &ws, const char *shortName)
{
    auto a = ok(ws.reference().findAgency(actor(), QString::fromUtf8(shortName)));
    REQUIRE(a.has_value());
    return a->id;
}

inline domain::Programme programme(services::Workspace &ws, int year = 2025)
{
    domain::Programme p;
    p.year = year;
    p.ownerUnitId = agencyId(ws, "BTK");
    p.title = QStringLiteral("Chương trình công tác năm %1 của Ban Thư ký").arg(year);
    return ok(ws.programmes().createProgramme(actor(), p));
}

inline domain::Task section(domain::Id programmeId, const char *number, const char *content)
{
    domain::Task t;
    t.programmeId = programmeId;
    t.number = QString::fromUtf8(number);
    t.content = QString::fromUtf8(content);
    return t;
}

inline domain::Task task(services::Workspace &ws, domain::Id programmeId, domain::Id parentId, const char *number,
                         const char *content, const QDate &deadline, const char *lead = "VTK")
{
    domain::Task t;
    t.programmeId = programmeId;
    t.parentId = parentId;
    t.number = QString::fromUtf8(number);
    t.content = QString::fromUtf8(content);
    t.leadUnitId = agencyId(ws, lead);
    t.period = domain::Period::ofDate(deadline);
    return t;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace thuky::test
