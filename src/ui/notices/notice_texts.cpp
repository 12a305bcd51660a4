#include "notices/notice_texts.h"

#include "common/display_text.h"
#include "common/translations.h"

#include <QCoreApplication>

namespace thuky::ui {

namespace {
struct NoticeText
{
    Q_DECLARE_TR_FUNCTIONS(NoticeText)
};
} // namespace

QString noticeKindText(domain::NoticeKind kind)
{
    return domain::noticeKindLabel(kind, uiLanguage());
}

QString noticeStatusText(domain::NoticeStatus status)
{
    return domain::noticeStatusLabel(status, uiLanguage());
}

QString urgencyText(domain::Urgency urgency)
{
    if (urgency == domain::Urgency::Normal)
        return NoticeText::tr("Thường");
    return domain::urgencyLabel(urgency, uiLanguage());
}

QString signatureAuthorityText(domain::SignatureAuthority authority)
{
    using domain::SignatureAuthority;
    switch (authority) {
    case SignatureAuthority::Direct:
        return NoticeText::tr("Ký trực tiếp");
    case SignatureAuthority::OnBehalf:
        return NoticeText::tr("TM. (thay mặt)");
    case SignatureAuthority::Deputy:
        return NoticeText::tr("KT. (ký thay)");
    case SignatureAuthority::ByOrder:
        return NoticeText::tr("TL. (thừa lệnh)");
    case SignatureAuthority::Authorised:
        return NoticeText::tr("TUQ. (thừa ủy quyền)");
    case SignatureAuthority::Acting:
        return NoticeText::tr("Q. (quyền)");
    }
    return {};
}

QString noticeTitle(const domain::Notice &notice)
{
    if (notice.isIssued())
        return NoticeText::tr("Thông báo %1").arg(notice.numberText());
    return NoticeText::tr("Dự thảo “%1”").arg(elided(notice.subject, 80));
}

} // namespace thuky::ui
