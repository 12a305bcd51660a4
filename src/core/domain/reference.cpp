#include "thuky/domain/reference.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
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

std::optional<Message> emailProblem(const QString &email)
{
    if (email.isEmpty())
        return std::nullopt;
    // What people type, not all of RFC 5322: a name, "@", a domain with at least one dot.
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    if (email.size() <= 254 && shape.match(email).hasMatch())
        return std::nullopt;
    return Message{
        QStringLiteral("Địa chỉ thư điện tử \"%1\" không đúng dạng, ví dụ đúng: "
                       "nguyen.van.a@quochoi.vn.")
            .arg(email),
        QStringLiteral("\"%1\" is not an e-mail address such as nguyen.van.a@quochoi.vn.")
            .arg(email)};
}

std::optional<Message> phoneProblem(const QString &phone)
{
    if (phone.isEmpty())
        return std::nullopt;
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9 .()-]+$"));
    const qsizetype digits =
        std::count_if(phone.begin(), phone.end(), [](QChar c) { return c.isDigit(); });
    if (shape.match(phone).hasMatch() && digits >= 8 && digits <= 15)
        return std::nullopt;
    return Message{
        QStringLiteral("Số điện thoại \"%1\" không đúng dạng: chỉ gồm 8 đến 15 chữ số, có "
                       "thể có dấu cách, dấu chấm, gạch ngang, ngoặc và dấu + ở đầu, ví dụ "
                       "024 3822 8888 hoặc +84 912 345 678.")
            .arg(phone),
        QStringLiteral("\"%1\" is not a phone number: 8 to 15 digits, with spaces, dots, "
                       "dashes, brackets and a leading + allowed, such as 024 3822 8888 or "
                       "+84 912 345 678.")
            .arg(phone)};
}

} // namespace thuky::domain
