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
    const char *en;
};
constexpr std::array kKinds{
    KindInfo{AgencyKind::NationalAssembly, "national_assembly", "Quốc hội", "National Assembly"},
    KindInfo{AgencyKind::Council, "council", "Hội đồng, Ủy ban của Quốc hội",
             "Council or committee of the National Assembly"},
    KindInfo{AgencyKind::Office, "office", "Văn phòng, Ban", "Office or board"},
    KindInfo{AgencyKind::Department, "department", "Vụ, đơn vị", "Department or unit"},
    KindInfo{AgencyKind::Government, "government", "Chính phủ", "Government"},
    KindInfo{AgencyKind::Ministry, "ministry", "Bộ, ngành", "Ministry or sector"},
    KindInfo{AgencyKind::Judicial, "judicial", "Cơ quan tư pháp", "Judicial body"},
    KindInfo{AgencyKind::Other, "other", "Khác", "Other"},
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

QString agencyKindLabelEn(AgencyKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString::fromUtf8(k.en);
    return {};
}

} // namespace thuky::domain
