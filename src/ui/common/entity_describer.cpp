#include "common/entity_describer.h"

#include "common/display_text.h"

#include "thuky/domain/account.h"
#include "thuky/domain/meeting.h"
#include "thuky/domain/notice.h"
#include "thuky/domain/programme.h"
#include "thuky/domain/vietnamese.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace thuky::ui {

namespace {

struct EntityDescriberText
{
    Q_DECLARE_TR_FUNCTIONS(EntityDescriber)
};

constexpr int kTitleTextLength = 80;

QString quoted(const QString &text)
{
    const QString simple = text.simplified();
    return QStringLiteral("“%1”").arg(
        simple.size() > kTitleTextLength ? simple.left(kTitleTextLength - 1) + u'…' : simple);
}

QString textOf(const QJsonObject &image, const char *key)
{
    return image.value(QLatin1String(key)).toString();
}

domain::Id idOf(const QJsonValue &value)
{
    return value.isDouble() ? domain::Id(value.toDouble()) : value.toString().toLongLong();
}

// Labels of coded values.
QString taskStatusText(const QString &key)
{
    const auto status = domain::taskStatusFromKey(key);
    return status ? ui::taskStatusText(*status) : key;
}
QString programmeStatusText(const QString &key)
{
    return ui::programmeStatusText(domain::programmeStatusFromKey(key));
}
QString agencyKindText(const QString &key)
{
    return ui::agencyKindText(domain::agencyKindFromKey(key));
}
QString periodText(const QString &key)
{
    const auto period = domain::Period::fromKey(key);
    return period ? ui::periodText(*period) : key;
}
QString rolesText(const QString &keys)
{
    QStringList labels;
    for (const QString &key : keys.split(u',', Qt::SkipEmptyParts)) {
        const auto role = domain::roleFromKey(key);
        labels.append(role ? roleText(*role) : key);
    }
    return labels.join(QStringLiteral(", "));
}

// A task reads by its STT and the section it sits in: "2, mục I". Sub-tasks name their
// section too, so "1.1" is never read without its place.
QString taskShortName(const QJsonObject &image, const RecordImages &images)
{
    const QString number = textOf(image, "number");
    if (image.value(QLatin1String("is_section")).toInt() != 0)
        return EntityDescriberText::tr("mục %1").arg(number);
    domain::Id parent = idOf(image.value(QLatin1String("parent_id")));
    for (int depth = 0; parent != 0 && depth < 16; ++depth) {
        const auto above = images.image(QStringLiteral("tasks"), parent);
        if (!above)
            break;
        if (above->value(QLatin1String("is_section")).toInt() != 0)
            return EntityDescriberText::tr("%1, mục %2").arg(number, textOf(*above, "number"));
        parent = idOf(above->value(QLatin1String("parent_id")));
    }
    return number;
}

QString taskTitle(const QJsonObject &image, const RecordImages &images)
{
    const QString content = quoted(textOf(image, "content"));
    if (image.value(QLatin1String("is_section")).toInt() != 0)
        return EntityDescriberText::tr("Đề mục %1: %2").arg(textOf(image, "number"), content);
    return EntityDescriberText::tr("Nhiệm vụ %1: %2").arg(taskShortName(image, images), content);
}

QString agencyShortName(const QJsonObject &image, const RecordImages &)
{
    return textOf(image, "name");
}

QString agencyTitle(const QJsonObject &image, const RecordImages &)
{
    return EntityDescriberText::tr("Cơ quan, đơn vị: %1").arg(textOf(image, "name"));
}

QString personShortName(const QJsonObject &image, const RecordImages &)
{
    return textOf(image, "full_name");
}

// "05/01/2025": the day an announced exception is about.
QString calendarExceptionShortName(const QJsonObject &image, const RecordImages &)
{
    return domain::shortDate(QDate::fromString(textOf(image, "day"), Qt::ISODate));
}

QString programmeShortName(const QJsonObject &image, const RecordImages &)
{
    return EntityDescriberText::tr("năm %1").arg(image.value(QLatin1String("year")).toInt());
}

QString programmeTitle(const QJsonObject &image, const RecordImages &)
{
    return EntityDescriberText::tr("Chương trình công tác năm %1")
        .arg(image.value(QLatin1String("year")).toInt());
}

QString progressShortName(const QJsonObject &image, const RecordImages &images)
{
    const QDate date = QDate::fromString(textOf(image, "entry_date"), Qt::ISODate);
    const domain::Id task = idOf(image.value(QLatin1String("task_id")));
    return EntityDescriberText::tr("ngày %1 của nhiệm vụ %2")
        .arg(domain::shortDate(date), referenceName(QStringLiteral("tasks"), task, images));
}

QString progressTitle(const QJsonObject &image, const RecordImages &images)
{
    return EntityDescriberText::tr("Báo cáo tiến độ %1").arg(progressShortName(image, images));
}

QString userShortName(const QJsonObject &image, const RecordImages &)
{
    const QString fullName = textOf(image, "full_name");
    const QString userName = textOf(image, "user_name");
    return fullName.isEmpty() ? userName : QStringLiteral("%1 (%2)").arg(fullName, userName);
}

QString userTitle(const QJsonObject &image, const RecordImages &images)
{
    return EntityDescriberText::tr("Tài khoản %1").arg(userShortName(image, images));
}

// "Phiên họp thứ 40, khóa 15": a meeting by its number within its term.
QString meetingShortName(const QJsonObject &image, const RecordImages &)
{
    return EntityDescriberText::tr("phiên họp thứ %1, khóa %2")
        .arg(image.value(QLatin1String("number")).toInt())
        .arg(image.value(QLatin1String("term")).toInt());
}

QString meetingTitle(const QJsonObject &image, const RecordImages &images)
{
    return EntityDescriberText::tr("Phiên họp UBTVQH: %1").arg(meetingShortName(image, images));
}

QString meetingContentTitle(const QJsonObject &image, const RecordImages &)
{
    return EntityDescriberText::tr("Nội dung phiên họp: %1").arg(quoted(textOf(image, "title")));
}

QString meetingContentShortName(const QJsonObject &image, const RecordImages &)
{
    return quoted(textOf(image, "title"));
}

QString meetingEventShortName(const QJsonObject &image, const RecordImages &)
{
    return EntityDescriberText::tr("%1 (%2)").arg(
        quoted(textOf(image, "title")),
        domain::shortDate(QDate::fromString(textOf(image, "start_day"), Qt::ISODate)));
}

QString termShortName(const QJsonObject &image, const RecordImages &)
{
    return EntityDescriberText::tr("khóa %1").arg(domain::toRoman(image.value(QLatin1String("number")).toInt()));
}

QString titleShortName(const QJsonObject &image, const RecordImages &)
{
    return textOf(image, "title");
}

QString sessionShortName(const QJsonObject &image, const RecordImages &)
{
    return EntityDescriberText::tr("thứ %1, khóa %2")
        .arg(image.value(QLatin1String("ordinal")).toInt())
        .arg(domain::toRoman(image.value(QLatin1String("term")).toInt()));
}

QString agendaVersionShortName(const QJsonObject &image, const RecordImages &)
{
    return EntityDescriberText::tr("lần %1").arg(image.value(QLatin1String("number")).toInt());
}

QString officeSettingsShortName(const QJsonObject &, const RecordImages &)
{
    return {};
}

QString deadlineRuleShortName(const QJsonObject &image, const RecordImages &)
{
    return textOf(image, "subject");
}

QString meetingKindText(const QString &key)
{
    const auto v = domain::meetingKindFromText(key);
    return v ? domain::meetingKindLabel(*v) : key;
}
QString meetingStatusText(const QString &key)
{
    const auto v = domain::meetingStatusFromText(key);
    return v ? domain::meetingStatusLabel(*v) : key;
}
QString contentStatusText(const QString &key)
{
    const auto v = domain::contentStatusFromText(key);
    return v ? domain::contentStatusLabel(*v) : key;
}
QString contentCategoryText(const QString &key)
{
    const auto v = domain::contentCategoryFromText(key);
    return v ? domain::contentCategoryLabel(*v) : key;
}
QString eventKindText(const QString &key)
{
    const auto v = domain::eventKindFromText(key);
    return v ? domain::eventKindLabel(*v) : key;
}

// Conclusion notices: an issued one by its number ("05/TB-UBTVQH15"), a draft by its subject.
QString noticeNumberOf(const QJsonObject &image)
{
    const int number = image.value(QLatin1String("number")).toVariant().toInt();
    const QString symbol = textOf(image, "symbol");
    if (number <= 0 || symbol.isEmpty())
        return {};
    return domain::noticeNumberText(number) + u'/' + symbol;
}

QString noticeShortName(const QJsonObject &image, const RecordImages &)
{
    const QString number = noticeNumberOf(image);
    const QString subject = quoted(textOf(image, "subject"));
    return number.isEmpty() ? subject : QStringLiteral("%1 %2").arg(number, subject);
}

QString noticeTitle(const QJsonObject &image, const RecordImages &)
{
    const QString number = noticeNumberOf(image);
    const QString subject = quoted(textOf(image, "subject"));
    if (number.isEmpty())
        return EntityDescriberText::tr("Dự thảo thông báo %1").arg(subject);
    return EntityDescriberText::tr("Thông báo %1: %2").arg(number, subject);
}

QString noticeIssuerShortName(const QJsonObject &image, const RecordImages &)
{
    return QStringLiteral("%1 (%2)").arg(textOf(image, "issuing_body"), textOf(image, "symbol"));
}

QString noticeTemplateShortName(const QJsonObject &image, const RecordImages &)
{
    const auto kind = domain::noticeKindFromText(textOf(image, "kind"));
    return kind ? domain::noticeKindLabel(*kind) : textOf(image, "kind");
}

QString noticeNumberShortName(const QJsonObject &image, const RecordImages &)
{
    const QString number = noticeNumberOf(image);
    return EntityDescriberText::tr("số %1 năm %2")
        .arg(number)
        .arg(image.value(QLatin1String("year")).toVariant().toInt());
}

QString noticeNumberTitle(const QJsonObject &image, const RecordImages &images)
{
    return EntityDescriberText::tr("Sổ đăng ký thông báo: %1")
        .arg(noticeNumberShortName(image, images));
}

QString noticeKindText(const QString &key)
{
    const auto v = domain::noticeKindFromText(key);
    return v ? domain::noticeKindLabel(*v) : key;
}
QString noticeStatusText(const QString &key)
{
    const auto v = domain::noticeStatusFromText(key);
    return v ? domain::noticeStatusLabel(*v) : key;
}
QString urgencyText(const QString &key)
{
    const auto v = domain::urgencyFromText(key);
    if (!v)
        return key;
    return *v == domain::Urgency::Normal ? EntityDescriberText::tr("Thường")
                                         : domain::urgencyLabel(*v);
}
QString signatureAuthorityText(const QString &key)
{
    const auto v = domain::signatureAuthorityFromKey(key);
    if (!v)
        return key;
    return *v == domain::SignatureAuthority::Direct ? EntityDescriberText::tr("Ký trực tiếp")
                                                    : domain::signatureAuthorityPrefix(*v);
}
/// The body as a reader sees it ("1. …"), not its JSON.
QString noticeBodyText(const QString &json)
{
    auto body = domain::NoticeBody::fromJson(json.toUtf8());
    return body ? body->plainText() : json;
}
/// "1:23,2.1:24" → "kết luận 1 → nhiệm vụ #23; kết luận 2.1 → nhiệm vụ #24".
QString followUpsText(const QString &value)
{
    QStringList parts;
    for (const QString &pair : value.split(u',', Qt::SkipEmptyParts)) {
        const QString conclusion = pair.section(u':', 0, 0);
        const QString task = pair.section(u':', 1);
        parts.append(EntityDescriberText::tr("kết luận %1 → nhiệm vụ #%2").arg(conclusion, task));
    }
    return parts.join(QStringLiteral("; "));
}

// The fields every audited table has and nobody types.
const QList<FieldDescription> kBookkeeping{
    {"id", QT_TRANSLATE_NOOP("EntityDescriber", "Mã số"), FieldKind::Internal},
    {"created_at", QT_TRANSLATE_NOOP("EntityDescriber", "Tạo lúc"), FieldKind::Internal},
    {"updated_at", QT_TRANSLATE_NOOP("EntityDescriber", "Cập nhật lúc"), FieldKind::Internal},
};

QList<FieldDescription> withBookkeeping(QList<FieldDescription> fields)
{
    fields.append(kBookkeeping);
    return fields;
}

// The table modules add their describers to.
const QList<EntityDescriber> &describers()
{
    static const QList<EntityDescriber> all{
        EntityDescriber(
            "tasks", QT_TRANSLATE_NOOP("EntityDescriber", "Nhiệm vụ"),
            withBookkeeping({
                {"number", QT_TRANSLATE_NOOP("EntityDescriber", "STT")},
                {"content", QT_TRANSLATE_NOOP("EntityDescriber", "Nội dung")},
                {"is_section", QT_TRANSLATE_NOOP("EntityDescriber", "Là đề mục"), FieldKind::Flag},
                {"parent_id", QT_TRANSLATE_NOOP("EntityDescriber", "Thuộc"), FieldKind::Reference,
                 "tasks"},
                {"lead_unit_id", QT_TRANSLATE_NOOP("EntityDescriber", "Đơn vị chủ trì"),
                 FieldKind::Reference, "agencies"},
                {"partners", QT_TRANSLATE_NOOP("EntityDescriber", "Đơn vị phối hợp"),
                 FieldKind::ReferenceList, "agencies"},
                {"responsible_id", QT_TRANSLATE_NOOP("EntityDescriber", "Người phụ trách"),
                 FieldKind::Reference, "people"},
                {"period", QT_TRANSLATE_NOOP("EntityDescriber", "Thời hạn"), FieldKind::Text,
                 nullptr, &periodText},
                {"deadline", QT_TRANSLATE_NOOP("EntityDescriber", "Hạn chót"), FieldKind::Date},
                {"product", QT_TRANSLATE_NOOP("EntityDescriber", "Sản phẩm")},
                {"status", QT_TRANSLATE_NOOP("EntityDescriber", "Trạng thái"), FieldKind::Text,
                 nullptr, &taskStatusText},
                {"progress", QT_TRANSLATE_NOOP("EntityDescriber", "Tiến độ (%)")},
                {"completed_on", QT_TRANSLATE_NOOP("EntityDescriber", "Ngày hoàn thành"),
                 FieldKind::Date},
                {"planned", QT_TRANSLATE_NOOP("EntityDescriber", "Trong kế hoạch"),
                 FieldKind::Flag},
                {"source_ref", QT_TRANSLATE_NOOP("EntityDescriber", "Nguồn")},
                {"notes", QT_TRANSLATE_NOOP("EntityDescriber", "Ghi chú")},
                {"carried_from_id", QT_TRANSLATE_NOOP("EntityDescriber", "Chuyển tiếp từ"),
                 FieldKind::Reference, "tasks"},
                {"programme_id", QT_TRANSLATE_NOOP("EntityDescriber", "Chương trình"),
                 FieldKind::Reference, "programmes"},
                {"sort_key", QT_TRANSLATE_NOOP("EntityDescriber", "Khóa sắp xếp"),
                 FieldKind::Internal},
                {"depth", QT_TRANSLATE_NOOP("EntityDescriber", "Cấp"), FieldKind::Internal},
                {"search_folded", QT_TRANSLATE_NOOP("EntityDescriber", "Chỉ mục tìm kiếm"),
                 FieldKind::Internal},
            }),
            &taskShortName, &taskTitle),
        EntityDescriber("progress_entries", QT_TRANSLATE_NOOP("EntityDescriber", "Báo cáo tiến độ"),
                        withBookkeeping({
                            {"task_id", QT_TRANSLATE_NOOP("EntityDescriber", "Nhiệm vụ"),
                             FieldKind::Reference, "tasks"},
                            {"entry_date", QT_TRANSLATE_NOOP("EntityDescriber", "Ngày báo cáo"),
                             FieldKind::Date},
                            {"percent", QT_TRANSLATE_NOOP("EntityDescriber", "Tiến độ (%)")},
                            {"note", QT_TRANSLATE_NOOP("EntityDescriber", "Ghi chú")},
                            {"author", QT_TRANSLATE_NOOP("EntityDescriber", "Người báo cáo")},
                        }),
                        &progressShortName, &progressTitle),
        EntityDescriber("programmes", QT_TRANSLATE_NOOP("EntityDescriber", "Chương trình công tác"),
                        withBookkeeping({
                            {"year", QT_TRANSLATE_NOOP("EntityDescriber", "Năm")},
                            {"title", QT_TRANSLATE_NOOP("EntityDescriber", "Tên chương trình")},
                            {"owner_unit_id", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan"),
                             FieldKind::Reference, "agencies"},
                            {"adopted_on", QT_TRANSLATE_NOOP("EntityDescriber", "Ngày thông qua"),
                             FieldKind::Date},
                            {"status", QT_TRANSLATE_NOOP("EntityDescriber", "Trạng thái"),
                             FieldKind::Text, nullptr, &programmeStatusText},
                        }),
                        &programmeShortName, &programmeTitle),
        EntityDescriber(
            "agencies", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan, đơn vị"),
            withBookkeeping({
                {"name", QT_TRANSLATE_NOOP("EntityDescriber", "Tên")},
                {"short_name", QT_TRANSLATE_NOOP("EntityDescriber", "Tên viết tắt")},
                {"kind", QT_TRANSLATE_NOOP("EntityDescriber", "Loại"), FieldKind::Text, nullptr,
                 &agencyKindText},
                {"parent_id", QT_TRANSLATE_NOOP("EntityDescriber", "Trực thuộc"),
                 FieldKind::Reference, "agencies"},
                {"active", QT_TRANSLATE_NOOP("EntityDescriber", "Đang hoạt động"), FieldKind::Flag},
            }),
            &agencyShortName, &agencyTitle),
        EntityDescriber(
            "people", QT_TRANSLATE_NOOP("EntityDescriber", "Cán bộ"),
            withBookkeeping({
                {"full_name", QT_TRANSLATE_NOOP("EntityDescriber", "Họ và tên")},
                {"position", QT_TRANSLATE_NOOP("EntityDescriber", "Chức vụ")},
                {"unit_id", QT_TRANSLATE_NOOP("EntityDescriber", "Đơn vị"), FieldKind::Reference,
                 "agencies"},
                {"email", QT_TRANSLATE_NOOP("EntityDescriber", "Thư điện tử")},
                {"phone", QT_TRANSLATE_NOOP("EntityDescriber", "Điện thoại")},
                {"active", QT_TRANSLATE_NOOP("EntityDescriber", "Đang hoạt động"),
                 FieldKind::Flag},
            }),
            &personShortName),
        EntityDescriber(
            "users", QT_TRANSLATE_NOOP("EntityDescriber", "Tài khoản"),
            withBookkeeping({
                {"user_name", QT_TRANSLATE_NOOP("EntityDescriber", "Tên đăng nhập")},
                {"full_name", QT_TRANSLATE_NOOP("EntityDescriber", "Họ và tên")},
                {"position", QT_TRANSLATE_NOOP("EntityDescriber", "Chức vụ")},
                {"unit_id", QT_TRANSLATE_NOOP("EntityDescriber", "Đơn vị"), FieldKind::Reference,
                 "agencies"},
                {"roles", QT_TRANSLATE_NOOP("EntityDescriber", "Vai trò"), FieldKind::Text, nullptr,
                 &rolesText},
                {"active", QT_TRANSLATE_NOOP("EntityDescriber", "Đang hoạt động"), FieldKind::Flag},
            }),
            &userShortName, &userTitle),
        EntityDescriber("calendar_exceptions",
                        QT_TRANSLATE_NOOP("EntityDescriber", "Ngày nghỉ, ngày làm bù"),
                        withBookkeeping({
                            {"day", QT_TRANSLATE_NOOP("EntityDescriber", "Ngày"), FieldKind::Date},
                            {"working", QT_TRANSLATE_NOOP("EntityDescriber", "Là ngày làm việc"),
                             FieldKind::Flag},
                            {"reason", QT_TRANSLATE_NOOP("EntityDescriber", "Lý do")},
                        }),
                        &calendarExceptionShortName),
        EntityDescriber("terms", QT_TRANSLATE_NOOP("EntityDescriber", "Khóa Quốc hội"),
                        withBookkeeping({
                            {"number", QT_TRANSLATE_NOOP("EntityDescriber", "Khóa")},
                            {"first_year", QT_TRANSLATE_NOOP("EntityDescriber", "Từ năm")},
                            {"last_year", QT_TRANSLATE_NOOP("EntityDescriber", "Đến năm")},
                        }),
                        &termShortName),
        EntityDescriber(
            "meetings", QT_TRANSLATE_NOOP("EntityDescriber", "Phiên họp UBTVQH"),
            withBookkeeping({
                {"term", QT_TRANSLATE_NOOP("EntityDescriber", "Khóa")},
                {"number", QT_TRANSLATE_NOOP("EntityDescriber", "Phiên họp thứ")},
                {"kind", QT_TRANSLATE_NOOP("EntityDescriber", "Loại"), FieldKind::Text, nullptr,
                 &meetingKindText},
                {"status", QT_TRANSLATE_NOOP("EntityDescriber", "Tình trạng"), FieldKind::Text,
                 nullptr, &meetingStatusText},
                {"first_day", QT_TRANSLATE_NOOP("EntityDescriber", "Từ ngày"), FieldKind::Date},
                {"last_day", QT_TRANSLATE_NOOP("EntityDescriber", "Đến ngày"), FieldKind::Date},
                {"phases", QT_TRANSLATE_NOOP("EntityDescriber", "Các đợt")},
                {"reserve_days", QT_TRANSLATE_NOOP("EntityDescriber", "Ngày dự phòng")},
                {"venue", QT_TRANSLATE_NOOP("EntityDescriber", "Địa điểm")},
                {"chair_id", QT_TRANSLATE_NOOP("EntityDescriber", "Chủ trì"), FieldKind::Reference,
                 "people"},
                {"notes", QT_TRANSLATE_NOOP("EntityDescriber", "Ghi chú")},
            }),
            &meetingShortName, &meetingTitle),
        EntityDescriber(
            "meeting_contents", QT_TRANSLATE_NOOP("EntityDescriber", "Nội dung phiên họp"),
            withBookkeeping({
                {"title", QT_TRANSLATE_NOOP("EntityDescriber", "Nội dung")},
                {"meeting_id", QT_TRANSLATE_NOOP("EntityDescriber", "Phiên họp"),
                 FieldKind::Reference, "meetings"},
                {"category", QT_TRANSLATE_NOOP("EntityDescriber", "Lĩnh vực"), FieldKind::Text,
                 nullptr, &contentCategoryText},
                {"presenting_agency_id", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan trình"),
                 FieldKind::Reference, "agencies"},
                {"reviewing_agency_id", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan thẩm tra"),
                 FieldKind::Reference, "agencies"},
                {"planned_day", QT_TRANSLATE_NOOP("EntityDescriber", "Ngày dự kiến"),
                 FieldKind::Date},
                {"half_day", QT_TRANSLATE_NOOP("EntityDescriber", "Buổi")},
                {"in_yearly_plan", QT_TRANSLATE_NOOP("EntityDescriber", "Trong kế hoạch năm"),
                 FieldKind::Flag},
                {"plan_year", QT_TRANSLATE_NOOP("EntityDescriber", "Năm kế hoạch")},
                {"plan_month", QT_TRANSLATE_NOOP("EntityDescriber", "Tháng kế hoạch")},
                {"handling", QT_TRANSLATE_NOOP("EntityDescriber", "Hình thức cho ý kiến")},
                {"status", QT_TRANSLATE_NOOP("EntityDescriber", "Tình trạng"), FieldKind::Text,
                 nullptr, &contentStatusText},
                {"position", QT_TRANSLATE_NOOP("EntityDescriber", "Thứ tự")},
                {"documents", QT_TRANSLATE_NOOP("EntityDescriber", "Tài liệu")},
                {"invitees", QT_TRANSLATE_NOOP("EntityDescriber", "Thành phần mời")},
            }),
            &meetingContentShortName, &meetingContentTitle),
        EntityDescriber(
            "meeting_events", QT_TRANSLATE_NOOP("EntityDescriber", "Sự kiện khác"),
            withBookkeeping({
                {"title", QT_TRANSLATE_NOOP("EntityDescriber", "Tên")},
                {"kind", QT_TRANSLATE_NOOP("EntityDescriber", "Loại"), FieldKind::Text, nullptr,
                 &eventKindText},
                {"start_day", QT_TRANSLATE_NOOP("EntityDescriber", "Từ ngày"), FieldKind::Date},
                {"start_time", QT_TRANSLATE_NOOP("EntityDescriber", "Từ giờ")},
                {"end_day", QT_TRANSLATE_NOOP("EntityDescriber", "Đến ngày"), FieldKind::Date},
                {"end_time", QT_TRANSLATE_NOOP("EntityDescriber", "Đến giờ")},
                {"venue", QT_TRANSLATE_NOOP("EntityDescriber", "Địa điểm")},
                {"notes", QT_TRANSLATE_NOOP("EntityDescriber", "Ghi chú")},
                {"participants", QT_TRANSLATE_NOOP("EntityDescriber", "Người tham gia")},
            }),
            &meetingEventShortName),
        EntityDescriber(
            "deadline_rules", QT_TRANSLATE_NOOP("EntityDescriber", "Thời hạn gửi tài liệu"),
            withBookkeeping({
                {"subject", QT_TRANSLATE_NOOP("EntityDescriber", "Loại thời hạn")},
                {"days", QT_TRANSLATE_NOOP("EntityDescriber", "Số ngày")},
                {"working_days", QT_TRANSLATE_NOOP("EntityDescriber", "Tính ngày làm việc"),
                 FieldKind::Flag},
            }),
            &deadlineRuleShortName),
        EntityDescriber(
            "notices", QT_TRANSLATE_NOOP("EntityDescriber", "Thông báo kết luận"),
            withBookkeeping({
                {"number", QT_TRANSLATE_NOOP("EntityDescriber", "Số")},
                {"symbol", QT_TRANSLATE_NOOP("EntityDescriber", "Ký hiệu")},
                {"subject", QT_TRANSLATE_NOOP("EntityDescriber", "Trích yếu")},
                {"kind", QT_TRANSLATE_NOOP("EntityDescriber", "Loại"), FieldKind::Text, nullptr,
                 &noticeKindText},
                {"status", QT_TRANSLATE_NOOP("EntityDescriber", "Trạng thái"), FieldKind::Text,
                 nullptr, &noticeStatusText},
                {"issuer_id", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan ban hành"),
                 FieldKind::Reference, "notice_issuers"},
                {"body", QT_TRANSLATE_NOOP("EntityDescriber", "Nội dung"), FieldKind::Text,
                 nullptr, &noticeBodyText},
                {"recipients", QT_TRANSLATE_NOOP("EntityDescriber", "Nơi nhận")},
                {"urgency", QT_TRANSLATE_NOOP("EntityDescriber", "Độ khẩn"), FieldKind::Text,
                 nullptr, &urgencyText},
                {"drafter_initials", QT_TRANSLATE_NOOP("EntityDescriber", "Ký hiệu người soạn")},
                {"copies", QT_TRANSLATE_NOOP("EntityDescriber", "Số bản")},
                {"drafter_name", QT_TRANSLATE_NOOP("EntityDescriber", "Người soạn")},
                {"drafter_id", QT_TRANSLATE_NOOP("EntityDescriber", "Tài khoản người soạn"),
                 FieldKind::Internal},
                {"meeting_date", QT_TRANSLATE_NOOP("EntityDescriber", "Ngày họp"),
                 FieldKind::Date},
                {"due_date", QT_TRANSLATE_NOOP("EntityDescriber", "Hạn ban hành"),
                 FieldKind::Date},
                {"year", QT_TRANSLATE_NOOP("EntityDescriber", "Năm")},
                {"approved_by", QT_TRANSLATE_NOOP("EntityDescriber", "Người duyệt"),
                 FieldKind::Reference, "users"},
                {"issue_date", QT_TRANSLATE_NOOP("EntityDescriber", "Ngày ban hành"),
                 FieldKind::Date},
                {"pdf_sha256", QT_TRANSLATE_NOOP("EntityDescriber", "Mã SHA-256 của bản PDF")},
                {"corrects_id", QT_TRANSLATE_NOOP("EntityDescriber", "Đính chính thông báo"),
                 FieldKind::Reference, "notices"},
                {"contents", QT_TRANSLATE_NOOP("EntityDescriber", "Nội dung phiên họp"),
                 FieldKind::ReferenceList, "meeting_contents"},
                {"followups", QT_TRANSLATE_NOOP("EntityDescriber", "Nhiệm vụ theo dõi"),
                 FieldKind::Text, nullptr, &followUpsText},
                {"revisions", QT_TRANSLATE_NOOP("EntityDescriber", "Số phiên bản")},
                {"comments", QT_TRANSLATE_NOOP("EntityDescriber", "Số ý kiến")},
            }),
            &noticeShortName, &noticeTitle),
        EntityDescriber(
            "notice_issuers", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan ban hành thông báo"),
            withBookkeeping({
                {"code", QT_TRANSLATE_NOOP("EntityDescriber", "Mã")},
                {"parent_body", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan chủ quản")},
                {"issuing_body", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan ban hành")},
                {"symbol", QT_TRANSLATE_NOOP("EntityDescriber", "Ký hiệu")},
                {"place", QT_TRANSLATE_NOOP("EntityDescriber", "Địa danh")},
                {"authority", QT_TRANSLATE_NOOP("EntityDescriber", "Thẩm quyền ký"),
                 FieldKind::Text, nullptr, &signatureAuthorityText},
                {"authority_body", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan sau thẩm quyền ký")},
                {"signer_position", QT_TRANSLATE_NOOP("EntityDescriber", "Chức vụ người ký")},
                {"signer_name", QT_TRANSLATE_NOOP("EntityDescriber", "Người ký")},
                {"recipients", QT_TRANSLATE_NOOP("EntityDescriber", "Nơi nhận mặc định")},
                {"archive_line", QT_TRANSLATE_NOOP("EntityDescriber", "Dòng lưu")},
                {"active", QT_TRANSLATE_NOOP("EntityDescriber", "Đang dùng"), FieldKind::Flag},
            }),
            &noticeIssuerShortName),
        EntityDescriber("notice_templates", QT_TRANSLATE_NOOP("EntityDescriber", "Mẫu thông báo"),
                        withBookkeeping({
                            {"kind", QT_TRANSLATE_NOOP("EntityDescriber", "Loại thông báo"),
                             FieldKind::Text, nullptr, &noticeKindText},
                            {"subject", QT_TRANSLATE_NOOP("EntityDescriber", "Trích yếu")},
                            {"opening", QT_TRANSLATE_NOOP("EntityDescriber", "Đoạn mở đầu")},
                            {"due_days", QT_TRANSLATE_NOOP("EntityDescriber",
                                                           "Hạn ban hành (ngày làm việc)")},
                        }),
                        &noticeTemplateShortName),
        EntityDescriber(
            "notice_numbers", QT_TRANSLATE_NOOP("EntityDescriber", "Sổ đăng ký số thông báo"),
            withBookkeeping({
                {"number", QT_TRANSLATE_NOOP("EntityDescriber", "Số")},
                {"symbol", QT_TRANSLATE_NOOP("EntityDescriber", "Ký hiệu")},
                {"year", QT_TRANSLATE_NOOP("EntityDescriber", "Năm")},
                {"issuer_id", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan ban hành"),
                 FieldKind::Reference, "notice_issuers"},
                {"notice_id", QT_TRANSLATE_NOOP("EntityDescriber", "Thông báo"),
                 FieldKind::Reference, "notices"},
                {"issue_date", QT_TRANSLATE_NOOP("EntityDescriber", "Ngày ban hành"),
                 FieldKind::Date},
                {"void_reason", QT_TRANSLATE_NOOP("EntityDescriber", "Lý do hủy số")},
                {"voided_by", QT_TRANSLATE_NOOP("EntityDescriber", "Người hủy số")},
            }),
            &noticeNumberShortName, &noticeNumberTitle),
        EntityDescriber("office_settings", QT_TRANSLATE_NOOP("EntityDescriber", "Cài đặt chung của Vụ"),
                        withBookkeeping({
                            {"report_cutoff_day",
                             QT_TRANSLATE_NOOP("EntityDescriber", "Ngày chốt số liệu báo cáo định kỳ")},
                        }),
                        &officeSettingsShortName),
        // The session agendas: the fields a user sets; the keys of the choices as stored.
        EntityDescriber("sessions", QT_TRANSLATE_NOOP("EntityDescriber", "Kỳ họp Quốc hội"),
                        withBookkeeping({
                            {"term", QT_TRANSLATE_NOOP("EntityDescriber", "Khóa")},
                            {"kind", QT_TRANSLATE_NOOP("EntityDescriber", "Loại")},
                            {"ordinal", QT_TRANSLATE_NOOP("EntityDescriber", "Kỳ họp thứ")},
                            {"status", QT_TRANSLATE_NOOP("EntityDescriber", "Tình trạng")},
                            {"first_day", QT_TRANSLATE_NOOP("EntityDescriber", "Từ ngày"), FieldKind::Date},
                            {"last_day", QT_TRANSLATE_NOOP("EntityDescriber", "Đến ngày"), FieldKind::Date},
                            {"phases", QT_TRANSLATE_NOOP("EntityDescriber", "Các đợt")},
                            {"venue", QT_TRANSLATE_NOOP("EntityDescriber", "Địa điểm")},
                            {"notes", QT_TRANSLATE_NOOP("EntityDescriber", "Ghi chú")},
                        }),
                        &sessionShortName),
        EntityDescriber(
            "session_matters", QT_TRANSLATE_NOOP("EntityDescriber", "Dự án, nội dung trình Quốc hội"),
            withBookkeeping({
                {"title", QT_TRANSLATE_NOOP("EntityDescriber", "Tên")},
                {"term", QT_TRANSLATE_NOOP("EntityDescriber", "Khóa")},
                {"kind", QT_TRANSLATE_NOOP("EntityDescriber", "Loại")},
                {"procedure", QT_TRANSLATE_NOOP("EntityDescriber", "Quy trình")},
                {"presenting_agency_id", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan trình"),
                 FieldKind::Reference, "agencies"},
                {"reviewing_agency_id", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan thẩm tra"),
                 FieldKind::Reference, "agencies"},
                {"notes", QT_TRANSLATE_NOOP("EntityDescriber", "Ghi chú")},
            }),
            &titleShortName),
        EntityDescriber(
            "agenda_versions", QT_TRANSLATE_NOOP("EntityDescriber", "Phiên bản chương trình kỳ họp"),
            withBookkeeping({
                {"session_id", QT_TRANSLATE_NOOP("EntityDescriber", "Kỳ họp"), FieldKind::Reference,
                 "sessions"},
                {"number", QT_TRANSLATE_NOOP("EntityDescriber", "Lần")},
                {"state", QT_TRANSLATE_NOOP("EntityDescriber", "Tình trạng")},
                {"created_on", QT_TRANSLATE_NOOP("EntityDescriber", "Ngày lập"), FieldKind::Date},
                {"adopted_on", QT_TRANSLATE_NOOP("EntityDescriber", "Ngày thông qua"), FieldKind::Date},
                {"read_only", QT_TRANSLATE_NOOP("EntityDescriber", "Chỉ xem"), FieldKind::Flag},
                {"note", QT_TRANSLATE_NOOP("EntityDescriber", "Ghi chú")},
            }),
            &agendaVersionShortName),
        EntityDescriber(
            "agenda_items", QT_TRANSLATE_NOOP("EntityDescriber", "Nội dung chương trình kỳ họp"),
            withBookkeeping({
                {"title", QT_TRANSLATE_NOOP("EntityDescriber", "Nội dung")},
                {"version_id", QT_TRANSLATE_NOOP("EntityDescriber", "Phiên bản"), FieldKind::Reference,
                 "agenda_versions"},
                {"day", QT_TRANSLATE_NOOP("EntityDescriber", "Ngày"), FieldKind::Date},
                {"half_day", QT_TRANSLATE_NOOP("EntityDescriber", "Buổi")},
                {"position", QT_TRANSLATE_NOOP("EntityDescriber", "Thứ tự")},
                {"start_time", QT_TRANSLATE_NOOP("EntityDescriber", "Từ giờ")},
                {"end_time", QT_TRANSLATE_NOOP("EntityDescriber", "Đến giờ")},
                {"activity", QT_TRANSLATE_NOOP("EntityDescriber", "Hoạt động")},
                {"category", QT_TRANSLATE_NOOP("EntityDescriber", "Lĩnh vực")},
                {"matter_id", QT_TRANSLATE_NOOP("EntityDescriber", "Dự án, nội dung"),
                 FieldKind::Reference, "session_matters"},
                {"presenting_agency_id", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan trình"),
                 FieldKind::Reference, "agencies"},
                {"reviewing_agency_id", QT_TRANSLATE_NOOP("EntityDescriber", "Cơ quan thẩm tra"),
                 FieldKind::Reference, "agencies"},
                {"presenter_id", QT_TRANSLATE_NOOP("EntityDescriber", "Người trình bày"),
                 FieldKind::Reference, "people"},
                {"chair_id", QT_TRANSLATE_NOOP("EntityDescriber", "Chủ trì"), FieldKind::Reference,
                 "people"},
                {"venue_kind", QT_TRANSLATE_NOOP("EntityDescriber", "Nơi họp")},
                {"venue", QT_TRANSLATE_NOOP("EntityDescriber", "Địa điểm")},
                {"live_broadcast", QT_TRANSLATE_NOOP("EntityDescriber", "Truyền hình trực tiếp"),
                 FieldKind::Flag},
                {"planned_minutes", QT_TRANSLATE_NOOP("EntityDescriber", "Số phút dự kiến")},
                {"notes", QT_TRANSLATE_NOOP("EntityDescriber", "Ghi chú")},
                {"item_key", QT_TRANSLATE_NOOP("EntityDescriber", "Mã nội dung"), FieldKind::Internal},
            }),
            &titleShortName),
    };
    return all;
}

} // namespace

std::optional<QJsonObject> RecordImages::image(const QString &entity, domain::Id id) const
{
    if (id == 0 || !m_read)
        return std::nullopt;
    const auto key = std::pair(entity, id);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    std::optional<QJsonObject> found;
    if (auto read = m_read(entity, id); read && read->has_value())
        found = QJsonDocument::fromJson(**read).object();
    m_cache.insert(key, found);
    return found;
}

EntityDescriber::EntityDescriber(const char *entity, const char *kindLabel,
                                 QList<FieldDescription> fields, Namer shortName, Namer title)
    : m_entity(entity), m_kindLabel(kindLabel), m_fields(std::move(fields)), m_shortName(shortName),
      m_title(title)
{
}

QString EntityDescriber::kindLabel() const
{
    return m_kindLabel ? EntityDescriberText::tr(m_kindLabel) : entity();
}

QString EntityDescriber::shortName(const QJsonObject &image, const RecordImages &images) const
{
    return m_shortName ? m_shortName(image, images) : QString();
}

QString EntityDescriber::title(const QJsonObject &image, const RecordImages &images) const
{
    if (m_title)
        return m_title(image, images);
    const QString name = shortName(image, images);
    return name.isEmpty() ? kindLabel() : QStringLiteral("%1 %2").arg(kindLabel(), name);
}

const FieldDescription *EntityDescriber::find(const QString &field) const
{
    for (const FieldDescription &f : m_fields) {
        if (field == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}

QString EntityDescriber::fieldLabel(const QString &field) const
{
    const FieldDescription *f = find(field);
    return f ? EntityDescriberText::tr(f->label) : field;
}

bool EntityDescriber::isInternal(const QString &field) const
{
    const FieldDescription *f = find(field);
    return f && f->kind == FieldKind::Internal;
}

int EntityDescriber::rank(const QString &field) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (field == QLatin1String(m_fields[i].key))
            return int(i);
    }
    return int(m_fields.size());
}

QString EntityDescriber::valueText(const QString &field, const QJsonValue &value,
                                   const RecordImages &images) const
{
    if (value.isUndefined())
        return {};
    if (value.isNull() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("—");
    const FieldDescription *f = find(field);
    const FieldKind kind = f ? f->kind : FieldKind::Text;
    switch (kind) {
    case FieldKind::Flag:
        return idOf(value) != 0
                   ? EntityDescriberText::tr("Có")
                   : EntityDescriberText::tr("Không");
    case FieldKind::Date:
        if (const QDate date = QDate::fromString(value.toString(), Qt::ISODate); date.isValid())
            return domain::shortDate(date);
        break;
    case FieldKind::Reference:
        return referenceName(QLatin1String(f->references), idOf(value), images);
    case FieldKind::ReferenceList: {
        QStringList names;
        const QString ids = value.isDouble() ? QString::number(idOf(value)) : value.toString();
        for (const QString &id : ids.split(u',', Qt::SkipEmptyParts))
            names.append(referenceName(QLatin1String(f->references), id.toLongLong(), images));
        return names.join(QStringLiteral("; "));
    }
    case FieldKind::Text:
    case FieldKind::Internal:
        break;
    }
    if (value.isDouble()) {
        // Images hold integers; JSON reads every number as a double.
        const double number = value.toDouble();
        return std::trunc(number) == number ? QString::number(qint64(number))
                                            : QLocale().toString(number);
    }
    const QString text = value.toString();
    if (field.endsWith(QLatin1String("_at"))) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid())
            return at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    }
    return f && f->valueLabel ? f->valueLabel(text) : text;
}

const EntityDescriber &describerOf(const QString &entity)
{
    for (const EntityDescriber &d : describers()) {
        if (d.entity() == entity)
            return d;
    }
    static const EntityDescriber unknown("", nullptr, kBookkeeping, nullptr);
    return unknown;
}

QString referenceName(const QString &entity, domain::Id id, const RecordImages &images)
{
    if (id == 0)
        return QStringLiteral("—");
    const auto image = images.image(entity, id);
    const QString name = image ? describerOf(entity).shortName(*image, images) : QString();
    return name.isEmpty()
               ? EntityDescriberText::tr("(đã xóa)")
               : name;
}

} // namespace thuky::ui
