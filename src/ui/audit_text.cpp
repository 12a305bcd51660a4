#include "audit_text.h"

#include "thuky/domain/account.h"
#include "thuky/domain/programme.h"
#include "thuky/domain/vietnamese.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace thuky::ui {

namespace {

struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
};

// The columns in the order a person reads a record; others follow, alphabetically.
const QStringList &readingOrder()
{
    static const QStringList order{
        QStringLiteral("user_name"),    QStringLiteral("full_name"),
        QStringLiteral("name"),         QStringLiteral("short_name"),
        QStringLiteral("year"),         QStringLiteral("title"),
        QStringLiteral("number"),       QStringLiteral("content"),
        QStringLiteral("task_id"),      QStringLiteral("entry_date"),
        QStringLiteral("percent"),      QStringLiteral("note"),
        QStringLiteral("author"),       QStringLiteral("position"),
        QStringLiteral("unit_id"),      QStringLiteral("roles"),
        QStringLiteral("kind"),         QStringLiteral("parent_id"),
        QStringLiteral("is_section"),   QStringLiteral("lead_unit_id"),
        QStringLiteral("partners"),     QStringLiteral("responsible_id"),
        QStringLiteral("period"),       QStringLiteral("deadline"),
        QStringLiteral("product"),      QStringLiteral("status"),
        QStringLiteral("progress"),     QStringLiteral("completed_on"),
        QStringLiteral("planned"),      QStringLiteral("source_ref"),
        QStringLiteral("notes"),        QStringLiteral("owner_unit_id"),
        QStringLiteral("adopted_on"),   QStringLiteral("carried_from_id"),
        QStringLiteral("programme_id"), QStringLiteral("active"),
    };
    return order;
}

bool isDerived(const QString &field)
{
    static const QStringList derived{QStringLiteral("id"),         QStringLiteral("created_at"),
                                     QStringLiteral("updated_at"), QStringLiteral("sort_key"),
                                     QStringLiteral("depth"),      QStringLiteral("search_folded")};
    return derived.contains(field);
}

bool isFlag(const QString &field)
{
    return field == QLatin1String("active") || field == QLatin1String("is_section") ||
           field == QLatin1String("planned");
}

QJsonObject imageOf(const QByteArray &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json).object();
}

// A value as a person reads it: Vietnamese dates, labels for periods, statuses and roles,
// "Có"/"Không" for flags.
QString valueText(const QString &entity, const QString &field, const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isNull())
        return QStringLiteral("—");
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (isFlag(field) && (number == 0 || number == 1))
            return number != 0 ? AuditText::tr("Có") : AuditText::tr("Không");
        // Images hold integers (ids, percentages, flags); JSON reads every number as a double.
        return std::trunc(number) == number ? QString::number(qint64(number))
                                            : QLocale().toString(number);
    }
    const QString text = value.toString();
    if (field.endsWith(QLatin1String("_at"))) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid())
            return at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    }
    if (field == QLatin1String("deadline") || field.endsWith(QLatin1String("_on")) ||
        field.endsWith(QLatin1String("_date"))) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return domain::shortDate(date);
    }
    if (field == QLatin1String("period")) {
        if (const auto period = domain::Period::fromKey(text))
            return period->label();
    }
    if (field == QLatin1String("status") && entity == storage::entityKey(storage::Entity::Task)) {
        if (const auto status = domain::taskStatusFromKey(text))
            return domain::taskStatusLabel(*status);
    }
    if (field == QLatin1String("status") &&
        entity == storage::entityKey(storage::Entity::Programme))
        return domain::programmeStatusLabel(domain::programmeStatusFromKey(text));
    if (field == QLatin1String("roles")) {
        QStringList labels;
        for (const QString &key : text.split(u',', Qt::SkipEmptyParts)) {
            const auto role = domain::roleFromKey(key);
            labels.append(role ? domain::roleLabel(*role) : key);
        }
        return labels.join(QStringLiteral(", "));
    }
    return text;
}

} // namespace

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
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("AuditText", "Thêm người dùng")},
        {QStringLiteral("user.update"), QT_TRANSLATE_NOOP("AuditText", "Sửa người dùng")},
        {QStringLiteral("user.deactivate"),
         QT_TRANSLATE_NOOP("AuditText", "Ngừng hoạt động tài khoản")},
        {QStringLiteral("user.login"), QT_TRANSLATE_NOOP("AuditText", "Đăng nhập")},
        {QStringLiteral("user.login_failed"),
         QT_TRANSLATE_NOOP("AuditText", "Đăng nhập sai mật khẩu")},
        {QStringLiteral("user.locked"),
         QT_TRANSLATE_NOOP("AuditText", "Tạm khóa tài khoản (sai mật khẩu nhiều lần)")},
        {QStringLiteral("user.password"),
         QT_TRANSLATE_NOOP("AuditText", "Đổi hoặc đặt lại mật khẩu")},
        {QStringLiteral("baseline"), QT_TRANSLATE_NOOP("AuditText", "Ghi nhận ban đầu")},
        // Not written by the core: the audit check's comparison of a record with the trail.
        {QStringLiteral("outside_change"), QT_TRANSLATE_NOOP("AuditText", "Thay đổi ngoài Thuky")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : AuditText::tr(*it);
}

QString auditRecordLabel(const QString &entity, domain::Id id)
{
    const auto known = storage::entityFromKey(entity);
    return QStringLiteral("%1 #%2").arg(known ? storage::entityLabel(*known) : entity).arg(id);
}

QString auditFieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("AuditText", "Mã số")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("AuditText", "Tạo lúc")},
        {QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("AuditText", "Cập nhật lúc")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("AuditText", "Tên")},
        {QStringLiteral("short_name"), QT_TRANSLATE_NOOP("AuditText", "Tên viết tắt")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("AuditText", "Loại")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("AuditText", "Thuộc (mã)")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("AuditText", "Đang hoạt động")},
        {QStringLiteral("full_name"), QT_TRANSLATE_NOOP("AuditText", "Họ và tên")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("AuditText", "Chức vụ")},
        {QStringLiteral("unit_id"), QT_TRANSLATE_NOOP("AuditText", "Đơn vị (mã)")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("AuditText", "Năm")},
        {QStringLiteral("owner_unit_id"), QT_TRANSLATE_NOOP("AuditText", "Cơ quan (mã)")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("AuditText", "Tên chương trình")},
        {QStringLiteral("adopted_on"), QT_TRANSLATE_NOOP("AuditText", "Ngày thông qua")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("AuditText", "Trạng thái")},
        {QStringLiteral("programme_id"), QT_TRANSLATE_NOOP("AuditText", "Chương trình (mã)")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("AuditText", "STT")},
        {QStringLiteral("sort_key"), QT_TRANSLATE_NOOP("AuditText", "Khóa sắp xếp")},
        {QStringLiteral("depth"), QT_TRANSLATE_NOOP("AuditText", "Cấp")},
        {QStringLiteral("is_section"), QT_TRANSLATE_NOOP("AuditText", "Là đề mục")},
        {QStringLiteral("content"), QT_TRANSLATE_NOOP("AuditText", "Nội dung")},
        {QStringLiteral("lead_unit_id"), QT_TRANSLATE_NOOP("AuditText", "Đơn vị chủ trì (mã)")},
        {QStringLiteral("partners"), QT_TRANSLATE_NOOP("AuditText", "Đơn vị phối hợp (mã)")},
        {QStringLiteral("responsible_id"), QT_TRANSLATE_NOOP("AuditText", "Người phụ trách (mã)")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("AuditText", "Thời hạn")},
        {QStringLiteral("deadline"), QT_TRANSLATE_NOOP("AuditText", "Hạn chót")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("AuditText", "Sản phẩm")},
        {QStringLiteral("source_ref"), QT_TRANSLATE_NOOP("AuditText", "Nguồn")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("AuditText", "Ghi chú")},
        {QStringLiteral("planned"), QT_TRANSLATE_NOOP("AuditText", "Trong kế hoạch")},
        {QStringLiteral("progress"), QT_TRANSLATE_NOOP("AuditText", "Tiến độ (%)")},
        {QStringLiteral("completed_on"), QT_TRANSLATE_NOOP("AuditText", "Ngày hoàn thành")},
        {QStringLiteral("carried_from_id"),
         QT_TRANSLATE_NOOP("AuditText", "Chuyển tiếp từ nhiệm vụ (mã)")},
        {QStringLiteral("search_folded"), QT_TRANSLATE_NOOP("AuditText", "Chỉ mục tìm kiếm")},
        {QStringLiteral("task_id"), QT_TRANSLATE_NOOP("AuditText", "Nhiệm vụ (mã)")},
        {QStringLiteral("entry_date"), QT_TRANSLATE_NOOP("AuditText", "Ngày báo cáo")},
        {QStringLiteral("author"), QT_TRANSLATE_NOOP("AuditText", "Người báo cáo")},
        {QStringLiteral("percent"), QT_TRANSLATE_NOOP("AuditText", "Tiến độ (%)")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("AuditText", "Ghi chú")},
        {QStringLiteral("user_name"), QT_TRANSLATE_NOOP("AuditText", "Tên đăng nhập")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("AuditText", "Vai trò")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : AuditText::tr(*it);
}

QList<AuditFieldChange> auditFieldChanges(const storage::AuditEntry &entry)
{
    const QJsonObject before = imageOf(entry.before);
    const QJsonObject after = imageOf(entry.after);
    QStringList fields = before.keys();
    for (const QString &key : after.keys()) {
        if (!before.contains(key))
            fields.append(key);
    }
    const QStringList &order = readingOrder();
    const auto rank = [&order](const QString &field) {
        const qsizetype at = order.indexOf(field);
        return std::pair(isDerived(field) ? 2 : (at >= 0 ? 0 : 1), at >= 0 ? at : 0);
    };
    std::stable_sort(fields.begin(), fields.end(), [&](const QString &a, const QString &b) {
        return std::pair(rank(a), a) < std::pair(rank(b), b);
    });

    QList<AuditFieldChange> changes;
    for (const QString &field : std::as_const(fields)) {
        AuditFieldChange c;
        c.field = field;
        c.label = auditFieldLabel(field);
        c.before = valueText(entry.entity, field, before.value(field));
        c.after = valueText(entry.entity, field, after.value(field));
        c.changed = before.value(field) != after.value(field);
        c.derived = isDerived(field);
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
    for (const AuditFieldChange &c : auditFieldChanges(entry)) {
        if (c.changed && !c.derived)
            changed.append(c.label);
    }
    return changed.isEmpty() ? AuditText::tr("Không đổi") : changed.join(QStringLiteral(", "));
}

} // namespace thuky::ui
