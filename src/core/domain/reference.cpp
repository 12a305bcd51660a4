#include "thuky/domain/reference.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace thuky::domain {

namespace {
struct KindInfo
{
    AgencyKind kind;
    const char *key;
    const char *label;
};
constexpr std::array kKinds{
    KindInfo{AgencyKind::NationalAssembly, "national_assembly", "Quốc hội"},
    KindInfo{AgencyKind::Council, "council", "Hội đồng, Ủy ban của Quốc hội"},
    KindInfo{AgencyKind::Office, "office", "Văn phòng, Ban"},
    KindInfo{AgencyKind::Department, "department", "Vụ, đơn vị"},
    KindInfo{AgencyKind::Government, "government", "Chính phủ"},
    KindInfo{AgencyKind::Ministry, "ministry", "Bộ, ngành"},
    KindInfo{AgencyKind::Judicial, "judicial", "Cơ quan tư pháp"},
    KindInfo{AgencyKind::Other, "other", "Khác"},
};
} // namespace

QString agencyKindKey(AgencyKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return QStringLiteral("other");
}

AgencyKind agencyKindFromKey(const QString &key)
{
    for (const auto &k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return AgencyKind::Other;
}

QString agencyKindLabel(AgencyKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString::fromUtf8(k.label);
    return {};
}

} // namespace thuky::domain
