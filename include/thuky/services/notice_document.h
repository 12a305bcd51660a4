#pragma once
// A conclusion notice laid out as the official page (Decree 30/2020, Appendix I): the issuer's
// header with the number and the date, THÔNG BÁO and the subject, the body with its numbered
// conclusions, "Nơi nhận" beside the signature block. One layout for the DOCX, the PDF, and
// the PDF frozen at issue.

#include "thuky/documents/rich_document.h"
#include "thuky/domain/notice.h"
#include "thuky/services/notice_service.h"

namespace thuky::services {

/// The notice as a printable document; a notice not yet issued leaves its number and its
/// date blank for the register and the signer.
documents::RichDocument noticeDocument(const domain::Notice &notice,
                                       const domain::IssuerProfile &issuer);

/// The renderer NoticeService::issue() stores: the notice as PDF (needs a QGuiApplication).
NoticeRenderer pdfNoticeRenderer();

} // namespace thuky::services
