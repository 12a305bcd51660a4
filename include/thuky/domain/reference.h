#pragma once
// Reference data shared by every module: agencies and units (cơ quan, đơn vị), people.

#include "thuky/core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace thuky::domain {

using Id = std::int64_t;

enum class AgencyKind {
    NationalAssembly, ///< Quốc hội, UBTVQH
    Council,          ///< Hội đồng Dân tộc, the committees (Ủy ban) of the NA
    Office,           ///< Văn phòng Quốc hội, Ban Thư ký
    Department,       ///< Vụ, Cục, Trung tâm of the NA Office
    Government,       ///< Chính phủ
    Ministry,         ///< Bộ, ngành
    Judicial,         ///< TANDTC, VKSNDTC
    Other,            ///< KTNN, MTTQ, others
};

QString agencyKindKey(AgencyKind kind);             ///< stable key stored in the database
AgencyKind agencyKindFromKey(const QString &key);   ///< Other for an unknown key
QString agencyKindLabel(AgencyKind kind);           ///< Vietnamese label
QString agencyKindLabelEn(AgencyKind kind);

/// An agency or unit (cơ quan / đơn vị). Names are unique; short names too when present.
struct Agency
{
    Id id = 0;
    QString name;      ///< "Ủy ban Kinh tế và Tài chính"
    QString shortName; ///< "UBKTTC"
    AgencyKind kind = AgencyKind::Other;
    Id parentId = 0;   ///< 0: none
    bool active = true;
};

/// A person (cán bộ) who leads or follows work.
struct Person
{
    Id id = 0;
    QString fullName;
    QString position; ///< "Vụ trưởng", "Chuyên viên chính"
    Id unitId = 0;    ///< 0: none
    bool active = true;
    QString email; ///< "nguyen.van.a@quochoi.vn"; empty: not known
    QString phone; ///< "024 3822 8888", "+84 912 345 678"; empty: not known
};

/// Why `email` is not an e-mail address (vi/en), or nothing when it is one or is empty.
std::optional<Message> emailProblem(const QString &email);
/// Why `phone` is not a phone number: digits with spaces, dots, dashes or brackets, an
/// optional leading "+", 8 to 15 digits. Nothing when it is one or is empty.
std::optional<Message> phoneProblem(const QString &phone);

/// The roles of the Secretariat (see services/authorizer.h for what each may do).
enum class Role {
    Viewer,        ///< xem: read only
    Drafter,       ///< chuyên viên: create and edit drafts, record progress
    Reviewer,      ///< lãnh đạo Vụ: review, return, comment
    Approver,      ///< Tổng Thư ký / lãnh đạo: approve and issue
    Administrator, ///< quản trị: users, reference data, settings, backups
};
inline constexpr std::array kAllRoles{Role::Viewer, Role::Drafter, Role::Reviewer, Role::Approver,
                                      Role::Administrator};
QString roleKey(Role role);                         ///< "viewer", "drafter"…
std::optional<Role> roleFromKey(const QString &key); ///< also accepts Vietnamese labels, folded
QString roleLabel(Role role);                       ///< "Chuyên viên"…
QString roleLabelEn(Role role);

/// Who is acting. Every service call takes one, so permissions and the audit trail have a
/// single place to look.
struct Actor
{
    Id userId = 0;
    QString userName;
    QString fullName;
    QList<Role> roles;

    bool has(Role role) const { return roles.contains(role); }
    /// The program itself: used before any account exists (first start, `init`) and for
    /// the baseline audit of data that predates accounts. Holds every role.
    static Actor system()
    {
        return Actor{0, QStringLiteral("system"), QStringLiteral("Hệ thống"),
                     QList<Role>(kAllRoles.begin(), kAllRoles.end())};
    }
    /// Someone who has not logged in, on a database that has accounts: may only look.
    static Actor anonymous()
    {
        return Actor{0, QStringLiteral("anonymous"), QStringLiteral("Khách"), {Role::Viewer}};
    }
};

} // namespace thuky::domain
