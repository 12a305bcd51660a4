#pragma once
// How the notices' coded values read in the interface's language (the domain's labels), and
// the notice as a title ("Thông báo 05/TB-UBTVQH15" or the draft's subject).

#include "thuky/domain/notice.h"

#include <QString>

namespace thuky::ui {

QString noticeKindText(domain::NoticeKind kind);
QString noticeStatusText(domain::NoticeStatus status);
QString urgencyText(domain::Urgency urgency); ///< "Thường" for Normal
QString signatureAuthorityText(domain::SignatureAuthority authority);
/// "Thông báo 05/TB-UBTVQH15" once issued; else "Dự thảo “…subject…”".
QString noticeTitle(const domain::Notice &notice);

} // namespace thuky::ui
