#include "common/audit_text.h"

#include "thuky/services/audit_service.h"


#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace thuky::ui {

namespace {

struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
};

QJsonObject imageOf(const QByteArray &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json).object();
}

} // namespace

RecordImages recordImagesOf(services::AuditService &audit)
{
    return RecordImages([&audit](const QString &entity,
                                 domain::Id id) -> Result<std::optional<QByteArray>> {
        const auto known = storage::entityFromKey(entity);
        if (!known)
            return std::optional<QByteArray>();
        return audit.image(*known, id);
    });
}

QString auditActionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("task.create"), QT_TRANSLATE_NOOP("AuditText", "Thêm nhiệm vụ")},
        {QStringLiteral("task.update"), QT_TRANSLATE_NOOP("AuditText", "Sửa nhiệm vụ")},
        {QStringLiteral("task.delete"), QT_TRANSLATE_NOOP("AuditText", "Xóa nhiệm vụ")},
        {QStringLiteral("task.restore"),
         QT_TRANSLATE_NOOP("AuditText", "Khôi phục nhiệm vụ (hoàn tác xóa)")},
        {QStringLiteral("task.import"), QT_TRANSLATE_NOOP("AuditText", "Nhập nhiệm vụ từ tệp")},
        {QStringLiteral("task.carry_over"),
         QT_TRANSLATE_NOOP("AuditText", "Chuyển tiếp nhiệm vụ sang năm sau")},
        {QStringLiteral("task.renumber"), QT_TRANSLATE_NOOP("AuditText", "Đánh số lại nhiệm vụ")},
        {QStringLiteral("progress.create"), QT_TRANSLATE_NOOP("AuditText", "Ghi tiến độ")},
        {QStringLiteral("progress.delete"), QT_TRANSLATE_NOOP("AuditText", "Xóa bản ghi tiến độ")},
        {QStringLiteral("progress.restore"),
         QT_TRANSLATE_NOOP("AuditText", "Khôi phục bản ghi tiến độ")},
        {QStringLiteral("programme.create"),
         QT_TRANSLATE_NOOP("AuditText", "Tạo chương trình công tác")},
        {QStringLiteral("programme.update"),
         QT_TRANSLATE_NOOP("AuditText", "Sửa chương trình công tác")},
        {QStringLiteral("agency.create"), QT_TRANSLATE_NOOP("AuditText", "Thêm cơ quan, đơn vị")},
        {QStringLiteral("agency.update"), QT_TRANSLATE_NOOP("AuditText", "Sửa cơ quan, đơn vị")},
        {QStringLiteral("person.create"), QT_TRANSLATE_NOOP("AuditText", "Thêm cán bộ")},
        {QStringLiteral("person.update"), QT_TRANSLATE_NOOP("AuditText", "Sửa cán bộ")},
        {QStringLiteral("agency.delete"), QT_TRANSLATE_NOOP("AuditText", "Xóa cơ quan, đơn vị")},
        {QStringLiteral("person.delete"), QT_TRANSLATE_NOOP("AuditText", "Xóa cán bộ")},
        {QStringLiteral("agency.merge"),
         QT_TRANSLATE_NOOP("AuditText", "Gộp cơ quan, đơn vị trùng")},
        {QStringLiteral("person.merge"), QT_TRANSLATE_NOOP("AuditText", "Gộp cán bộ trùng")},
        {QStringLiteral("agency.import"),
         QT_TRANSLATE_NOOP("AuditText", "Thêm cơ quan, đơn vị khi nhập tệp")},
        {QStringLiteral("person.import"),
         QT_TRANSLATE_NOOP("AuditText", "Thêm cán bộ khi nhập tệp")},
        {QStringLiteral("calendar.exception.add"),
         QT_TRANSLATE_NOOP("AuditText", "Thêm ngày nghỉ, ngày làm bù")},
        {QStringLiteral("calendar.exception.remove"),
         QT_TRANSLATE_NOOP("AuditText", "Xóa ngày nghỉ, ngày làm bù")},
        {QStringLiteral("database.restore"),
         QT_TRANSLATE_NOOP("AuditText", "Khôi phục cơ sở dữ liệu từ bản sao lưu")},
        {QStringLiteral("audit.keyed"),
         QT_TRANSLATE_NOOP("AuditText", "Bắt đầu khóa bảo vệ nhật ký")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("AuditText", "Thêm tài khoản")},
        {QStringLiteral("user.update"), QT_TRANSLATE_NOOP("AuditText", "Sửa tài khoản")},
        {QStringLiteral("user.deactivate"),
         QT_TRANSLATE_NOOP("AuditText", "Ngừng hoạt động tài khoản")},
        {QStringLiteral("user.login"), QT_TRANSLATE_NOOP("AuditText", "Đăng nhập")},
        {QStringLiteral("user.login_failed"),
         QT_TRANSLATE_NOOP("AuditText", "Đăng nhập sai mật khẩu")},
        {QStringLiteral("user.locked"),
         QT_TRANSLATE_NOOP("AuditText", "Tạm khóa tài khoản (sai mật khẩu nhiều lần)")},
        {QStringLiteral("user.password"),
         QT_TRANSLATE_NOOP("AuditText", "Đổi hoặc đặt lại mật khẩu")},
        {QStringLiteral("agency.restore"),
         QT_TRANSLATE_NOOP("AuditText", "Khôi phục cơ quan, đơn vị (hoàn tác xóa)")},
        {QStringLiteral("agency.unmerge"),
         QT_TRANSLATE_NOOP("AuditText", "Tách lại cơ quan, đơn vị đã gộp (hoàn tác gộp)")},
        {QStringLiteral("person.restore"),
         QT_TRANSLATE_NOOP("AuditText", "Khôi phục cán bộ (hoàn tác xóa)")},
        {QStringLiteral("person.unmerge"),
         QT_TRANSLATE_NOOP("AuditText", "Tách lại cán bộ đã gộp (hoàn tác gộp)")},
        {QStringLiteral("deadline_rule.set"),
         QT_TRANSLATE_NOOP("AuditText", "Đặt thời hạn gửi tài liệu")},
        {QStringLiteral("term.add"), QT_TRANSLATE_NOOP("AuditText", "Thêm khóa Quốc hội")},
        {QStringLiteral("meeting.add"), QT_TRANSLATE_NOOP("AuditText", "Thêm phiên họp")},
        {QStringLiteral("meeting.update"), QT_TRANSLATE_NOOP("AuditText", "Sửa phiên họp")},
        {QStringLiteral("meeting.reschedule"),
         QT_TRANSLATE_NOOP("AuditText", "Dời lịch phiên họp")},
        {QStringLiteral("meeting.delete"), QT_TRANSLATE_NOOP("AuditText", "Xóa phiên họp")},
        {QStringLiteral("meeting.content.add"),
         QT_TRANSLATE_NOOP("AuditText", "Thêm nội dung phiên họp")},
        {QStringLiteral("meeting.content.update"),
         QT_TRANSLATE_NOOP("AuditText", "Sửa nội dung phiên họp")},
        {QStringLiteral("meeting.content.remove"),
         QT_TRANSLATE_NOOP("AuditText", "Xóa nội dung phiên họp")},
        {QStringLiteral("meeting.content.move"),
         QT_TRANSLATE_NOOP("AuditText", "Chuyển nội dung sang phiên họp khác")},
        {QStringLiteral("meeting.content.reorder"),
         QT_TRANSLATE_NOOP("AuditText", "Đổi thứ tự nội dung phiên họp")},
        {QStringLiteral("meeting.content.reschedule"),
         QT_TRANSLATE_NOOP("AuditText", "Dời ngày nội dung phiên họp")},
        {QStringLiteral("meeting.document.add"),
         QT_TRANSLATE_NOOP("AuditText", "Thêm tài liệu phải gửi")},
        {QStringLiteral("meeting.document.receive"),
         QT_TRANSLATE_NOOP("AuditText", "Ghi nhận tài liệu đã nhận")},
        {QStringLiteral("meeting.document.remove"),
         QT_TRANSLATE_NOOP("AuditText", "Xóa tài liệu phải gửi")},
        {QStringLiteral("meeting.invitee.add"),
         QT_TRANSLATE_NOOP("AuditText", "Mời thành phần dự họp")},
        {QStringLiteral("meeting.invitee.remove"),
         QT_TRANSLATE_NOOP("AuditText", "Bỏ mời thành phần dự họp")},
        {QStringLiteral("meeting.event.add"), QT_TRANSLATE_NOOP("AuditText", "Thêm sự kiện")},
        {QStringLiteral("meeting.event.update"), QT_TRANSLATE_NOOP("AuditText", "Sửa sự kiện")},
        {QStringLiteral("meeting.event.reschedule"),
         QT_TRANSLATE_NOOP("AuditText", "Dời lịch sự kiện")},
        {QStringLiteral("meeting.event.delete"), QT_TRANSLATE_NOOP("AuditText", "Xóa sự kiện")},
        {QStringLiteral("notice.create"), QT_TRANSLATE_NOOP("AuditText", "Soạn thông báo")},
        {QStringLiteral("notice.update"), QT_TRANSLATE_NOOP("AuditText", "Sửa dự thảo thông báo")},
        {QStringLiteral("notice.submit"), QT_TRANSLATE_NOOP("AuditText", "Trình duyệt thông báo")},
        {QStringLiteral("notice.return"), QT_TRANSLATE_NOOP("AuditText", "Trả lại thông báo")},
        {QStringLiteral("notice.comment"), QT_TRANSLATE_NOOP("AuditText", "Góp ý thông báo")},
        {QStringLiteral("notice.approve"), QT_TRANSLATE_NOOP("AuditText", "Duyệt thông báo")},
        {QStringLiteral("notice.issue"), QT_TRANSLATE_NOOP("AuditText", "Ban hành thông báo")},
        {QStringLiteral("notice.followup"),
         QT_TRANSLATE_NOOP("AuditText", "Giao nhiệm vụ theo dõi thông báo")},
        {QStringLiteral("notice.number.take"), QT_TRANSLATE_NOOP("AuditText", "Cấp số thông báo")},
        {QStringLiteral("notice.number.void"), QT_TRANSLATE_NOOP("AuditText", "Hủy số thông báo")},
        {QStringLiteral("notice.issuer.add"),
         QT_TRANSLATE_NOOP("AuditText", "Thêm cơ quan ban hành thông báo")},
        {QStringLiteral("notice.issuer.update"),
         QT_TRANSLATE_NOOP("AuditText", "Sửa cơ quan ban hành thông báo")},
        {QStringLiteral("notice.template.add"),
         QT_TRANSLATE_NOOP("AuditText", "Thêm mẫu thông báo")},
        {QStringLiteral("notice.template.update"),
         QT_TRANSLATE_NOOP("AuditText", "Sửa mẫu thông báo")},
        {QStringLiteral("session.add"), QT_TRANSLATE_NOOP("AuditText", "Thêm kỳ họp")},
        {QStringLiteral("session.update"), QT_TRANSLATE_NOOP("AuditText", "Sửa kỳ họp")},
        {QStringLiteral("session.delete"), QT_TRANSLATE_NOOP("AuditText", "Xóa kỳ họp")},
        {QStringLiteral("session.matter.add"),
         QT_TRANSLATE_NOOP("AuditText", "Thêm dự án, nội dung trình Quốc hội")},
        {QStringLiteral("session.matter.update"),
         QT_TRANSLATE_NOOP("AuditText", "Sửa dự án, nội dung trình Quốc hội")},
        {QStringLiteral("session.matter.delete"),
         QT_TRANSLATE_NOOP("AuditText", "Xóa dự án, nội dung trình Quốc hội")},
        {QStringLiteral("agenda.version.add"),
         QT_TRANSLATE_NOOP("AuditText", "Thêm phiên bản chương trình kỳ họp")},
        {QStringLiteral("agenda.version.adopt"),
         QT_TRANSLATE_NOOP("AuditText", "Ghi nhận chương trình kỳ họp được thông qua")},
        {QStringLiteral("agenda.version.supersede"),
         QT_TRANSLATE_NOOP("AuditText", "Thay phiên bản chương trình kỳ họp")},
        {QStringLiteral("agenda.version.reopen"),
         QT_TRANSLATE_NOOP("AuditText", "Mở lại phiên bản chương trình kỳ họp")},
        {QStringLiteral("agenda.version.delete"),
         QT_TRANSLATE_NOOP("AuditText", "Xóa phiên bản chương trình kỳ họp")},
        {QStringLiteral("agenda.item.add"),
         QT_TRANSLATE_NOOP("AuditText", "Thêm nội dung chương trình kỳ họp")},
        {QStringLiteral("agenda.item.copy"),
         QT_TRANSLATE_NOOP("AuditText", "Chép nội dung sang phiên bản mới")},
        {QStringLiteral("agenda.item.update"),
         QT_TRANSLATE_NOOP("AuditText", "Sửa nội dung chương trình kỳ họp")},
        {QStringLiteral("agenda.item.move"),
         QT_TRANSLATE_NOOP("AuditText", "Chuyển nội dung chương trình kỳ họp")},
        {QStringLiteral("agenda.item.reorder"),
         QT_TRANSLATE_NOOP("AuditText", "Đổi thứ tự nội dung chương trình kỳ họp")},
        {QStringLiteral("agenda.item.delete"),
         QT_TRANSLATE_NOOP("AuditText", "Xóa nội dung chương trình kỳ họp")},
        {QStringLiteral("report_settings.set"),
         QT_TRANSLATE_NOOP("AuditText", "Đổi ngày chốt số liệu báo cáo định kỳ")},
        {QStringLiteral("baseline"), QT_TRANSLATE_NOOP("AuditText", "Ghi nhận ban đầu")},
        // Not written by the core: the audit check's comparison of a record with the trail.
        {QStringLiteral("outside_change"), QT_TRANSLATE_NOOP("AuditText", "Thay đổi ngoài Thuky")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : AuditText::tr(*it);
}

QString auditRecordLabel(const storage::AuditEntry &entry, const RecordImages &images)
{
    const QJsonObject image = imageOf(entry.after.isEmpty() ? entry.before : entry.after);
    if (image.isEmpty())
        return auditRecordLabel(entry.entity, entry.entityId, images);
    return describerOf(entry.entity).title(image, images);
}

QString auditRecordLabel(const QString &entity, domain::Id id, const RecordImages &images)
{
    const EntityDescriber &describer = describerOf(entity);
    if (const auto image = images.image(entity, id))
        return describer.title(*image, images);
    return describer.entity().isEmpty() ? entity : describer.kindLabel();
}

QList<AuditFieldChange> auditFieldChanges(const storage::AuditEntry &entry,
                                          const RecordImages &images)
{
    const EntityDescriber &describer = describerOf(entry.entity);
    const QJsonObject before = imageOf(entry.before);
    const QJsonObject after = imageOf(entry.after);
    QStringList fields = before.keys();
    for (const QString &key : after.keys()) {
        if (!before.contains(key))
            fields.append(key);
    }
    std::stable_sort(fields.begin(), fields.end(), [&](const QString &a, const QString &b) {
        return std::pair(describer.rank(a), a) < std::pair(describer.rank(b), b);
    });

    QList<AuditFieldChange> changes;
    bool internalChanged = false;
    for (const QString &field : std::as_const(fields)) {
        const bool changed = before.value(field) != after.value(field);
        if (describer.isInternal(field)) {
            internalChanged = internalChanged || changed;
            continue;
        }
        AuditFieldChange c;
        c.field = field;
        c.label = describer.fieldLabel(field);
        c.before = describer.valueText(field, before.value(field), images);
        c.after = describer.valueText(field, after.value(field), images);
        c.changed = changed;
        changes.append(c);
    }
    // Only worth a line when nothing a person reads changed (a change made outside Thuky may
    // touch only these); every edit also moves the timestamps.
    const bool visibleChange =
        std::any_of(changes.begin(), changes.end(), [](const AuditFieldChange &c) {
            return c.changed;
        });
    if (internalChanged && !visibleChange && !before.isEmpty() && !after.isEmpty()) {
        AuditFieldChange c;
        c.label = AuditText::tr("Dữ liệu nội bộ");
        c.before = AuditText::tr("như cũ");
        c.after = AuditText::tr("đã khác (thứ tự, tìm kiếm hoặc thời điểm)");
        c.changed = true;
        c.derived = true;
        changes.append(c);
    }
    return changes;
}

QString auditChangeSummary(const storage::AuditEntry &entry)
{
    if (entry.action == QLatin1String("baseline"))
        return AuditText::tr("Trạng thái khi bắt đầu ghi nhật ký");
    if (entry.before.isEmpty() && !entry.after.isEmpty())
        return AuditText::tr("Tạo mới");
    if (!entry.before.isEmpty() && entry.after.isEmpty())
        return AuditText::tr("Xóa");
    QStringList changed;
    // Labels only: no names to look up.
    for (const AuditFieldChange &c : auditFieldChanges(entry, RecordImages())) {
        if (c.changed && !c.derived)
            changed.append(c.label);
    }
    return changed.isEmpty() ? AuditText::tr("Không đổi") : changed.join(QStringLiteral(", "));
}

} // namespace thuky::ui
