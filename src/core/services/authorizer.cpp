#include "thuky/services/authorizer.h"

namespace thuky::services {

using domain::Role;

namespace {

struct Permission
{
    Action action;
    const char *key;
    const char *vi;
    const char *en;
    QList<Role> roles;
};

// THE permission table. Every service write asks it through RoleAuthorizer; the tests walk
// every role against every action.
const QList<Permission> &table()
{
    static const QList<Permission> t{
        {Action::ViewData, "view_data", "xem dữ liệu", "view data",
         {Role::Viewer, Role::Drafter, Role::Reviewer, Role::Approver, Role::Administrator}},
        {Action::EditReference, "edit_reference", "sửa danh mục cơ quan, đơn vị, cán bộ",
         "edit agencies, units and people", {Role::Administrator}},
        {Action::EditProgramme, "edit_programme", "lập chương trình, nhập nhiệm vụ từ tệp, chuyển tiếp",
         "create programmes, import tasks, carry over", {Role::Drafter, Role::Reviewer, Role::Approver}},
        {Action::AdoptProgramme, "adopt_programme", "ban hành hoặc kết thúc chương trình",
         "adopt or close a programme", {Role::Approver}},
        {Action::EditTask, "edit_task", "thêm, sửa, xóa nhiệm vụ", "add, edit or delete tasks",
         {Role::Drafter, Role::Reviewer}},
        {Action::RecordProgress, "record_progress", "ghi tiến độ", "record progress", {Role::Drafter, Role::Reviewer}},
        {Action::ManageUsers, "manage_users", "quản lý tài khoản", "manage accounts", {Role::Administrator}},
        {Action::ViewAudit, "view_audit", "xem nhật ký kiểm toán", "view the audit trail",
         {Role::Reviewer, Role::Approver, Role::Administrator}},
        {Action::ViewHistory, "view_history", "xem lịch sử thay đổi của một bản ghi", "view a record's history",
         {Role::Drafter, Role::Reviewer, Role::Approver, Role::Administrator}},
        {Action::ManageDatabase, "manage_database", "quản trị cơ sở dữ liệu (dữ liệu mẫu, sao lưu, khôi phục)",
         "manage the database (demo data, backup, restore)", {Role::Administrator}},
        // The Secretariat's staff keep the calendar, as they keep the work programme's tasks.
        {Action::EditMeetings, "edit_meetings", "lập lịch phiên họp, nội dung, tài liệu, sự kiện",
         "edit meetings, their contents, documents and events", {Role::Drafter, Role::Reviewer}},
        {Action::ConfigureMeetings, "configure_meetings", "sửa khóa Quốc hội và thời hạn gửi tài liệu",
         "edit terms and document deadlines", {Role::Reviewer, Role::Administrator}},
        // Conclusion notices: the Secretariat's staff draft; the heads of department review
        // and return (they may also draft, as they often rewrite a notice themselves); the
        // leaders approve; the number is taken when the signed notice is issued, by the
        // approver or by the administrator who keeps the register (văn thư). Approving
        // one's own draft is refused by NoticeService whatever the role.
        {Action::DraftNotice, "draft_notice", "soạn, sửa, trình thông báo kết luận",
         "draft, edit and submit conclusion notices", {Role::Drafter, Role::Reviewer}},
        {Action::ReviewNotice, "review_notice", "cho ý kiến, trả lại thông báo kết luận",
         "comment on and return conclusion notices", {Role::Reviewer, Role::Approver}},
        {Action::ApproveNotice, "approve_notice", "duyệt thông báo kết luận", "approve conclusion notices",
         {Role::Approver}},
        {Action::IssueNotice, "issue_notice", "cấp số, ban hành thông báo kết luận, hủy số",
         "number and issue conclusion notices, void numbers", {Role::Approver, Role::Administrator}},
        {Action::ConfigureNotices, "configure_notices", "sửa cơ quan ban hành và mẫu thông báo",
         "edit notice issuers and templates", {Role::Administrator}},
        {Action::ViewDashboard, "view_dashboard", "xem bảng điều khiển của lãnh đạo",
         "view the leadership dashboard", {Role::Reviewer, Role::Approver}},
        // Session agendas: the Secretariat's staff draft the versions and keep them current
        // during the session, as they keep the meeting calendar; recording the Assembly's
        // adoption of a version freezes it, so it is left to the heads of department and
        // the leaders who attend the preparatory sitting.
        {Action::EditAgenda, "edit_agenda", "lập, sửa chương trình kỳ họp Quốc hội",
         "edit National Assembly session agendas", {Role::Drafter, Role::Reviewer}},
        {Action::AdoptAgenda, "adopt_agenda", "ghi nhận chương trình kỳ họp được thông qua",
         "record the adoption of a session agenda", {Role::Reviewer, Role::Approver}},
        // One day for the whole office, so every report of a period counts the same days.
        {Action::ConfigureReports, "configure_reports", "sửa ngày chốt số liệu báo cáo định kỳ",
         "change the cut-off day of the periodic reports", {Role::Administrator}},
    };
    return t;
}

const Permission &find(Action a)
{
    for (const auto &p : table())
        if (p.action == a)
            return p;
    return table().first();
}

} // namespace

QString actionKey(Action action) { return QString::fromLatin1(find(action).key); }
QString actionLabel(Action action) { return QString::fromUtf8(find(action).vi); }
QString actionLabelEn(Action action) { return QString::fromUtf8(find(action).en); }
QList<Role> rolesAllowed(Action action) { return find(action).roles; }

Result<void> RoleAuthorizer::require(const domain::Actor &actor, Action action) const
{
    for (Role role : rolesAllowed(action))
        if (actor.has(role))
            return {};
    return makeError(ErrorCode::PermissionDenied,
                     QStringLiteral("Tài khoản \"%1\" không có quyền %2.").arg(actor.userName, actionLabel(action)),
                     QStringLiteral("Account \"%1\" may not %2.").arg(actor.userName, actionLabelEn(action)),
                     actionKey(action));
}

} // namespace thuky::services
