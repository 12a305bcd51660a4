#pragma once
// Conclusion notices (thông báo kết luận): the issuer's profile, the notice with its
// structured body, its revisions and comments, the register of numbers, and the templates
// a new notice starts from. Layout facts are Decree 30/2020's (see the documents writers).

#include "thuky/core/result.h"
#include "thuky/domain/reference.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace thuky::domain {

enum class NoticeKind
{
    Ubtvqh,  ///< the Standing Committee's conclusion on a meeting content
    Leaders, ///< the conclusion of a working meeting of the National Assembly's leaders
    Other,
};
inline constexpr std::array kAllNoticeKinds{NoticeKind::Ubtvqh, NoticeKind::Leaders,
                                            NoticeKind::Other};

/// dự thảo → trình duyệt → trả lại | đã duyệt → ban hành.
enum class NoticeStatus
{
    Draft,     ///< dự thảo
    Submitted, ///< trình duyệt
    Returned,  ///< trả lại, with comments
    Approved,  ///< đã duyệt
    Issued,    ///< ban hành: numbered, frozen
};
inline constexpr std::array kAllNoticeStatuses{NoticeStatus::Draft, NoticeStatus::Submitted,
                                               NoticeStatus::Returned, NoticeStatus::Approved,
                                               NoticeStatus::Issued};

enum class Urgency
{
    Normal,
    Urgent,     ///< KHẨN
    VeryUrgent, ///< THƯỢNG KHẨN
    Flash,      ///< HỎA TỐC
};
inline constexpr std::array kAllUrgencies{Urgency::Normal, Urgency::Urgent, Urgency::VeryUrgent,
                                          Urgency::Flash};

/// The form of the signature: signed directly, or TM./KT./TL./TUQ./Q. + a body.
enum class SignatureAuthority
{
    Direct,     ///< no authority line
    OnBehalf,   ///< TM. (thay mặt)
    Deputy,     ///< KT. (ký thay)
    ByOrder,    ///< TL. (thừa lệnh)
    Authorised, ///< TUQ. (thừa ủy quyền)
    Acting,     ///< Q. (quyền)
};
inline constexpr std::array kAllSignatureAuthorities{
    SignatureAuthority::Direct,  SignatureAuthority::OnBehalf,   SignatureAuthority::Deputy,
    SignatureAuthority::ByOrder, SignatureAuthority::Authorised, SignatureAuthority::Acting};

QString noticeKindKey(NoticeKind v); ///< "ubtvqh", "leaders", "other"
QString noticeKindLabel(NoticeKind v, Lang lang = Lang::Vi);
QString noticeStatusKey(NoticeStatus v); ///< "draft", "submitted", "returned", "approved", "issued"
QString noticeStatusLabel(NoticeStatus v, Lang lang = Lang::Vi);
QString urgencyKey(Urgency v); ///< "normal", "urgent", "very_urgent", "flash"
QString urgencyLabel(Urgency v, Lang lang = Lang::Vi); ///< "", "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"
QString signatureAuthorityKey(SignatureAuthority v);    ///< "", "tm", "kt", "tl", "tuq", "q"
QString signatureAuthorityPrefix(SignatureAuthority v); ///< "", "TM.", "KT.", "TL.", "TUQ.", "Q."
/// The value of a key, or of a label in either language (accents and case ignored).
std::optional<NoticeKind> noticeKindFromText(const QString &text);
std::optional<NoticeStatus> noticeStatusFromText(const QString &text);
std::optional<Urgency> urgencyFromText(const QString &text);
std::optional<SignatureAuthority> signatureAuthorityFromKey(const QString &key);

/// A stretch of text of one paragraph, bold or italic or both.
struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;

    friend bool operator==(const TextRun &, const TextRun &) = default;
};

/// A paragraph of the body: free text, or a numbered conclusion at a nesting level
/// (1: "1.", 2: "1.1.", 3: "1.1.1.").
struct NoticeBlock
{
    enum class Type
    {
        Paragraph,
        Conclusion
    };
    Type type = Type::Paragraph;
    int level = 1; ///< conclusions only, 1..3
    QList<TextRun> runs;

    QString text() const; ///< the runs' text, without marks
    friend bool operator==(const NoticeBlock &, const NoticeBlock &) = default;
};

/// The body of a notice: the opening paragraph, the numbered conclusions, free paragraphs.
struct NoticeBody
{
    QList<NoticeBlock> blocks;

    /// {"blocks":[{"type":"paragraph"|"conclusion","level":1,"runs":[{"text":…,"b":true,"i":true}]}]}
    QByteArray toJson() const;
    /// InvalidInput when the JSON is not a body (unknown type, level outside 1..3, no runs).
    static Result<NoticeBody> fromJson(const QByteArray &json);
    /// The labels of the conclusions, in order of the blocks: "1", "1.1", "2"…; empty for
    /// paragraphs.
    QStringList conclusionLabels() const;
    /// The text as a reader sees it: one block a line, conclusions with their label
    /// ("1. …", "1.1. …"), no marks.
    QString plainText() const;
    /// What `notices new --body FILE` reads: blocks separated by blank lines or one per
    /// line; a line starting "1." / "1.1." / "1.1.1." (or "- " for level 1) is a
    /// conclusion at that level (the label is recomputed, not kept); **bold** and *italic*
    /// mark runs. The inverse of toMarkedText().
    static NoticeBody fromMarkedText(const QString &text);
    QString toMarkedText() const;
    bool isEmpty() const { return blocks.isEmpty(); }

    friend bool operator==(const NoticeBody &, const NoticeBody &) = default;
};

/// Who issues a notice and how it is signed (kept per issuer: DOMAIN.md marks the forms "to
/// confirm").
struct IssuerProfile
{
    Id id = 0;
    QString code;        ///< "UBTVQH", "TTKQH": how the CLI names it
    QString parentBody;  ///< "QUỐC HỘI"
    QString issuingBody; ///< "ỦY BAN THƯỜNG VỤ QUỐC HỘI"
    QString symbol;      ///< "TB-UBTVQH15"
    QString place = QStringLiteral("Hà Nội");
    SignatureAuthority authority = SignatureAuthority::Direct;
    QString authorityBody;  ///< "ỦY BAN THƯỜNG VỤ QUỐC HỘI" after "TM."
    QString signerPosition; ///< "CHỦ TỊCH"
    QString signerName;
    QStringList recipients; ///< default "Nơi nhận", without "- " and ";"
    QString archiveLine;    ///< "Lưu: HC, TK"
    bool active = true;

    /// "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"; empty when signed directly.
    QString authorityLine() const;
};

struct Notice
{
    Id id = 0;
    NoticeKind kind = NoticeKind::Ubtvqh;
    Id issuerId = 0;
    QString subject; ///< trích yếu
    NoticeBody body;
    QStringList recipients; ///< nơi nhận, without "- " and ";"
    Urgency urgency = Urgency::Normal;
    QString drafterInitials; ///< "TK" in "TK.(30)"
    int copies = 0;          ///< 30 in "TK.(30)"
    Id drafterId = 0;        ///< the account that drafted it (separation of duties)
    QString drafterName;
    QDate meetingDate; ///< of the linked content, or given; invalid: none
    QDate dueDate;     ///< due to be issued by; invalid: no meeting
    int year = 0;      ///< the year lists file it under
    NoticeStatus status = NoticeStatus::Draft;
    Id approvedBy = 0;
    QDate issueDate;
    int number = 0;       ///< from the register when issued
    QString symbol;       ///< the issuer's symbol when issued
    QString pdfSha256;    ///< hex; empty when no PDF was stored
    Id correctsId = 0;    ///< the issued notice this one corrects
    QList<Id> contentIds; ///< the meeting contents it concludes on

    bool isIssued() const { return status == NoticeStatus::Issued; }
    /// "05/TB-UBTVQH15"; empty before issue.
    QString numberText() const;
};

/// "05": numbers below 10 take a leading zero (Decree 30/2020).
QString noticeNumberText(int number);

/// A frozen copy of a notice (at a submission, or at its issue).
struct NoticeRevision
{
    Id id = 0;
    Id noticeId = 0;
    int number = 0;      ///< 1, 2, … per notice
    bool issued = false; ///< the copy frozen at issue
    QString subject;
    NoticeBody body;
    QStringList recipients;
    Id userId = 0;
    QString userName;
    QDateTime at; ///< UTC
};

struct NoticeComment
{
    Id id = 0;
    Id revisionId = 0;
    Id userId = 0;
    QString userName;
    QString text;
    QDateTime at; ///< UTC
};

/// One number of the register (sổ đăng ký văn bản đi).
struct RegisterEntry
{
    Id id = 0;
    Id issuerId = 0;
    QString symbol;
    int year = 0;
    int number = 0;
    Id noticeId = 0; ///< 0: voided without a notice
    QDate issueDate;
    QString voidReason; ///< empty: in force
    QString voidedBy;
    QString subject; ///< the notice's, for the register's view

    bool voided() const { return !voidReason.isEmpty(); }
    /// "05/TB-UBTVQH15".
    QString numberText() const;
};

/// The subject and opening paragraph a new notice of one kind starts with, and how many
/// working days after the meeting it is due.
struct NoticeTemplate
{
    NoticeKind kind = NoticeKind::Ubtvqh;
    QString subject;
    QString opening;
    int dueDays = 5;
};

/// Replaces each {name} of `text` whose name `values` holds; other braces stay as they
/// are. Spaces left doubled by an empty value, or before a comma or full stop, are closed
/// up.
QString fillPlaceholders(const QString &text, const QHash<QString, QString> &values);

/// InvalidInput naming the field: a subject, an issuer, copies 0..9999, initials ≤ 20.
Result<void> validateNotice(const Notice &notice);
/// InvalidInput naming the field: a code, an issuing body, a symbol without spaces or '/'.
Result<void> validateIssuer(const IssuerProfile &issuer);

} // namespace thuky::domain
