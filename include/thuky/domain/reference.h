#pragma once
// Reference data shared by every module: agencies and units (cơ quan, đơn vị), people.

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>

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
};

/// Who is acting. Every service call takes one, so permissions and the audit trail have a
/// single place to look. The foundation has one built-in local actor; accounts come later.
struct Actor
{
    Id userId = 0;
    QString userName; ///< "system" for the built-in actor
    QString fullName;

    static Actor system() { return Actor{0, QStringLiteral("system"), QStringLiteral("Hệ thống")}; }
};

} // namespace thuky::domain
