<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AddTaskCommand</name>
    <message>
        <source>thêm nhiệm vụ %1</source>
        <translation>add task %1</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tài khoản&lt;/b&gt; — ai được đăng nhập vào Thuky và được làm gì. Vai trò quyết định quyền: chuyên viên lập và sửa nhiệm vụ, lãnh đạo Vụ rà soát, lãnh đạo phê duyệt, người xem chỉ đọc. Tài khoản không bao giờ bị xóa, chỉ ngừng hoạt động.</source>
        <translation>&lt;b&gt;Accounts&lt;/b&gt; — who may log in to Thuky and what they may do. Roles decide the rights: drafters prepare and edit tasks, the department leadership reviews, the leadership approves, viewers only read. Accounts are never deleted, only deactivated.</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Cơ quan, đơn vị</source>
        <translation>Agency or unit</translation>
    </message>
    <message>
        <source>&amp;Tên cơ quan, đơn vị:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Ví dụ: Vụ Tổng hợp</source>
        <translation>E.g. Vụ Tổng hợp</translation>
    </message>
    <message>
        <source>Tên &amp;viết tắt:</source>
        <translation>A&amp;bbreviation:</translation>
    </message>
    <message>
        <source>Ví dụ: VTH (không bắt buộc)</source>
        <translation>E.g. VTH (optional)</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>T&amp;rực thuộc:</source>
        <translation>&amp;Part of:</translation>
    </message>
    <message>
        <source>Đang &amp;dùng (bỏ chọn: ngừng sử dụng, vẫn giữ ở mọi nơi đã dùng)</source>
        <translation>&amp;Active (untick to deactivate; it stays wherever it is already used)</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Tệp cơ sở dữ liệu (mặc định: tệp của người dùng).</source>
        <translation>Database file (default: the user&apos;s own file).</translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Thoát ngay khi cửa sổ đầu tiên vẽ xong (đo thời gian khởi động): cửa sổ chính khi có --user, hộp đăng nhập nếu không.</source>
        <translation>Quit as soon as the first window has painted (start-up timing): the main window with --user, the log-in dialog without.</translation>
    </message>
    <message>
        <source>Coi ngày này là hôm nay (YYYY-MM-DD).</source>
        <translation>Take this date as today&apos;s (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>NGÀY</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Đăng nhập bằng tài khoản này, không hỏi; mật khẩu lấy từ biến môi trường %1 (dùng cho ảnh chụp màn hình và đo thời gian khởi động).</source>
        <translation>Log in as this account without asking; the password comes from the environment variable %1 (for screenshots and start-up timing).</translation>
    </message>
    <message>
        <source>TÊN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Hiện hướng dẫn này.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Thuky — công cụ làm việc của Vụ Thư ký, Văn phòng Quốc hội.</source>
        <translation>Thuky — the workbench of the Secretariat Department, Office of the National Assembly.</translation>
    </message>
    <message>
        <source>Không hiểu tham số: %1</source>
        <translation>Unknown argument: %1</translation>
    </message>
    <message>
        <source>Thiếu tên đăng nhập sau --user.</source>
        <translation>Missing user name after --user.</translation>
    </message>
    <message>
        <source>Ngôn ngữ không hợp lệ: %1 (cần vi hoặc en)</source>
        <translation>Invalid language: %1 (expected vi or en)</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ: %1 (cần dạng YYYY-MM-DD)</source>
        <translation>Invalid date: %1 (expected YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Ngôn ngữ của giao diện lần chạy này: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định theo lựa chọn trong menu Trợ giúp → Ngôn ngữ.</source>
        <translation>Language of the interface for this run: vi (Vietnamese) or en (English); by default the one chosen under Help → Language.</translation>
    </message>
</context>
<context>
    <name>AuditCheckDialog</name>
    <message>
        <source>Kiểm tra toàn vẹn nhật ký</source>
        <translation>Check audit trail integrity</translation>
    </message>
    <message>
        <source>Bản ghi khác với nhật ký — chọn một dòng để so lần ghi cuối trong nhật ký (Trước) với dữ liệu hiện có (Sau); nhấp đúp để xem cả lịch sử:</source>
        <translation>Records that differ from the audit trail — select a row to compare the last trail entry (Before) with the current data (After); double-click to see the whole history:</translation>
    </message>
</context>
<context>
    <name>AuditDetailWidget</name>
    <message>
        <source>Chỉ hiện các trường &amp;thay đổi</source>
        <translation>Show only c&amp;hanged fields</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Người thực hiện:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Đối &amp;tượng:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Đế&amp;n ngày:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Bỏ lọc</source>
        <translation>&amp;Clear filter</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra toàn vẹn…</source>
        <translation>Check &amp;integrity…</translation>
    </message>
    <message>
        <source>Tính lại chuỗi mã băm của nhật ký và so từng bản ghi với lần ghi cuối trong nhật ký, để phát hiện chỗ bị sửa ngoài Thuky</source>
        <translation>Recompute the audit trail&apos;s hash chain and compare each record with its last trail entry, to detect changes made outside Thuky</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Sửa nhiệm vụ</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>Xóa nhiệm vụ</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>Khôi phục nhiệm vụ (hoàn tác xóa)</source>
        <translation>Restore task (undo delete)</translation>
    </message>
    <message>
        <source>Nhập nhiệm vụ từ tệp</source>
        <translation>Import tasks from file</translation>
    </message>
    <message>
        <source>Chuyển tiếp nhiệm vụ sang năm sau</source>
        <translation>Carry tasks over to next year</translation>
    </message>
    <message>
        <source>Đánh số lại nhiệm vụ</source>
        <translation>Renumber tasks</translation>
    </message>
    <message>
        <source>Ghi tiến độ</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>Xóa bản ghi tiến độ</source>
        <translation>Delete progress record</translation>
    </message>
    <message>
        <source>Khôi phục bản ghi tiến độ</source>
        <translation>Restore progress record</translation>
    </message>
    <message>
        <source>Tạo chương trình công tác</source>
        <translation>Create work programme</translation>
    </message>
    <message>
        <source>Sửa chương trình công tác</source>
        <translation>Edit work programme</translation>
    </message>
    <message>
        <source>Thêm cơ quan, đơn vị</source>
        <translation>Add agency or unit</translation>
    </message>
    <message>
        <source>Sửa cơ quan, đơn vị</source>
        <translation>Edit agency or unit</translation>
    </message>
    <message>
        <source>Thêm cán bộ</source>
        <translation>Add official</translation>
    </message>
    <message>
        <source>Sửa cán bộ</source>
        <translation>Edit official</translation>
    </message>
    <message>
        <source>Xóa cơ quan, đơn vị</source>
        <translation>Delete agency or unit</translation>
    </message>
    <message>
        <source>Xóa cán bộ</source>
        <translation>Delete official</translation>
    </message>
    <message>
        <source>Gộp cơ quan, đơn vị trùng</source>
        <translation>Merge duplicate agencies or units</translation>
    </message>
    <message>
        <source>Gộp cán bộ trùng</source>
        <translation>Merge duplicate officials</translation>
    </message>
    <message>
        <source>Thêm cơ quan, đơn vị khi nhập tệp</source>
        <translation>Add agency or unit during import</translation>
    </message>
    <message>
        <source>Thêm cán bộ khi nhập tệp</source>
        <translation>Add official during import</translation>
    </message>
    <message>
        <source>Thêm ngày nghỉ, ngày làm bù</source>
        <translation>Add day off or make-up working day</translation>
    </message>
    <message>
        <source>Xóa ngày nghỉ, ngày làm bù</source>
        <translation>Delete day off or make-up working day</translation>
    </message>
    <message>
        <source>Khôi phục cơ sở dữ liệu từ bản sao lưu</source>
        <translation>Restore database from backup</translation>
    </message>
    <message>
        <source>Bắt đầu khóa bảo vệ nhật ký</source>
        <translation>Start audit trail protection key</translation>
    </message>
    <message>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Sửa tài khoản</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>Ngừng hoạt động tài khoản</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Log-in</translation>
    </message>
    <message>
        <source>Đăng nhập sai mật khẩu</source>
        <translation>Log-in with wrong password</translation>
    </message>
    <message>
        <source>Tạm khóa tài khoản (sai mật khẩu nhiều lần)</source>
        <translation>Account locked (too many wrong passwords)</translation>
    </message>
    <message>
        <source>Đổi hoặc đặt lại mật khẩu</source>
        <translation>Change or reset password</translation>
    </message>
    <message>
        <source>Ghi nhận ban đầu</source>
        <translation>Initial record</translation>
    </message>
    <message>
        <source>Thay đổi ngoài Thuky</source>
        <translation>Change outside Thuky</translation>
    </message>
    <message>
        <source>Dữ liệu nội bộ</source>
        <translation>Internal data</translation>
    </message>
    <message>
        <source>như cũ</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>đã khác (thứ tự, tìm kiếm hoặc thời điểm)</source>
        <translation>changed (order, search or timestamps)</translation>
    </message>
    <message>
        <source>Trạng thái khi bắt đầu ghi nhật ký</source>
        <translation>State when the audit trail began</translation>
    </message>
    <message>
        <source>Tạo mới</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Đổi ngày chốt số liệu báo cáo định kỳ</source>
        <translation>Change the report cut-off day</translation>
    </message>
    <message>
        <source>Khôi phục cơ quan, đơn vị (hoàn tác xóa)</source>
        <translation>Restore an agency or unit (undo delete)</translation>
    </message>
    <message>
        <source>Tách lại cơ quan, đơn vị đã gộp (hoàn tác gộp)</source>
        <translation>Split a merged agency or unit (undo merge)</translation>
    </message>
    <message>
        <source>Khôi phục cán bộ (hoàn tác xóa)</source>
        <translation>Restore an official (undo delete)</translation>
    </message>
    <message>
        <source>Tách lại cán bộ đã gộp (hoàn tác gộp)</source>
        <translation>Split a merged official (undo merge)</translation>
    </message>
    <message>
        <source>Đặt thời hạn gửi tài liệu</source>
        <translation>Set a document deadline</translation>
    </message>
    <message>
        <source>Thêm khóa Quốc hội</source>
        <translation>Add a term</translation>
    </message>
    <message>
        <source>Thêm phiên họp</source>
        <translation>Add a meeting</translation>
    </message>
    <message>
        <source>Sửa phiên họp</source>
        <translation>Edit a meeting</translation>
    </message>
    <message>
        <source>Dời lịch phiên họp</source>
        <translation>Reschedule a meeting</translation>
    </message>
    <message>
        <source>Xóa phiên họp</source>
        <translation>Delete a meeting</translation>
    </message>
    <message>
        <source>Thêm nội dung phiên họp</source>
        <translation>Add a meeting content</translation>
    </message>
    <message>
        <source>Sửa nội dung phiên họp</source>
        <translation>Edit a meeting content</translation>
    </message>
    <message>
        <source>Xóa nội dung phiên họp</source>
        <translation>Remove a meeting content</translation>
    </message>
    <message>
        <source>Chuyển nội dung sang phiên họp khác</source>
        <translation>Move a content to another meeting</translation>
    </message>
    <message>
        <source>Đổi thứ tự nội dung phiên họp</source>
        <translation>Reorder the meeting contents</translation>
    </message>
    <message>
        <source>Dời ngày nội dung phiên họp</source>
        <translation>Reschedule a meeting content</translation>
    </message>
    <message>
        <source>Thêm tài liệu phải gửi</source>
        <translation>Add a required document</translation>
    </message>
    <message>
        <source>Ghi nhận tài liệu đã nhận</source>
        <translation>Record a document received</translation>
    </message>
    <message>
        <source>Xóa tài liệu phải gửi</source>
        <translation>Remove a required document</translation>
    </message>
    <message>
        <source>Mời thành phần dự họp</source>
        <translation>Invite to a content</translation>
    </message>
    <message>
        <source>Bỏ mời thành phần dự họp</source>
        <translation>Withdraw an invitation</translation>
    </message>
    <message>
        <source>Thêm sự kiện</source>
        <translation>Add an event</translation>
    </message>
    <message>
        <source>Sửa sự kiện</source>
        <translation>Edit an event</translation>
    </message>
    <message>
        <source>Dời lịch sự kiện</source>
        <translation>Reschedule an event</translation>
    </message>
    <message>
        <source>Xóa sự kiện</source>
        <translation>Delete an event</translation>
    </message>
    <message>
        <source>Soạn thông báo</source>
        <translation>Draft a notice</translation>
    </message>
    <message>
        <source>Sửa dự thảo thông báo</source>
        <translation>Edit a draft notice</translation>
    </message>
    <message>
        <source>Trình duyệt thông báo</source>
        <translation>Submit a notice</translation>
    </message>
    <message>
        <source>Trả lại thông báo</source>
        <translation>Return a notice</translation>
    </message>
    <message>
        <source>Góp ý thông báo</source>
        <translation>Comment on a notice</translation>
    </message>
    <message>
        <source>Duyệt thông báo</source>
        <translation>Approve a notice</translation>
    </message>
    <message>
        <source>Ban hành thông báo</source>
        <translation>Issue a notice</translation>
    </message>
    <message>
        <source>Giao nhiệm vụ theo dõi thông báo</source>
        <translation>Assign a follow-up task</translation>
    </message>
    <message>
        <source>Cấp số thông báo</source>
        <translation>Take a notice number</translation>
    </message>
    <message>
        <source>Hủy số thông báo</source>
        <translation>Void a notice number</translation>
    </message>
    <message>
        <source>Thêm cơ quan ban hành thông báo</source>
        <translation>Add a notice issuer</translation>
    </message>
    <message>
        <source>Sửa cơ quan ban hành thông báo</source>
        <translation>Edit a notice issuer</translation>
    </message>
    <message>
        <source>Thêm mẫu thông báo</source>
        <translation>Add a notice template</translation>
    </message>
    <message>
        <source>Sửa mẫu thông báo</source>
        <translation>Edit a notice template</translation>
    </message>
    <message>
        <source>Thêm kỳ họp</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <source>Sửa kỳ họp</source>
        <translation>Edit a session</translation>
    </message>
    <message>
        <source>Xóa kỳ họp</source>
        <translation>Delete a session</translation>
    </message>
    <message>
        <source>Thêm dự án, nội dung trình Quốc hội</source>
        <translation>Add a matter</translation>
    </message>
    <message>
        <source>Sửa dự án, nội dung trình Quốc hội</source>
        <translation>Edit a matter</translation>
    </message>
    <message>
        <source>Xóa dự án, nội dung trình Quốc hội</source>
        <translation>Delete a matter</translation>
    </message>
    <message>
        <source>Thêm phiên bản chương trình kỳ họp</source>
        <translation>Add an agenda version</translation>
    </message>
    <message>
        <source>Ghi nhận chương trình kỳ họp được thông qua</source>
        <translation>Record an agenda&apos;s adoption</translation>
    </message>
    <message>
        <source>Thay phiên bản chương trình kỳ họp</source>
        <translation>Supersede an agenda version</translation>
    </message>
    <message>
        <source>Mở lại phiên bản chương trình kỳ họp</source>
        <translation>Reopen an agenda version</translation>
    </message>
    <message>
        <source>Xóa phiên bản chương trình kỳ họp</source>
        <translation>Delete an agenda version</translation>
    </message>
    <message>
        <source>Thêm nội dung chương trình kỳ họp</source>
        <translation>Add an agenda item</translation>
    </message>
    <message>
        <source>Chép nội dung sang phiên bản mới</source>
        <translation>Copy an item to a new version</translation>
    </message>
    <message>
        <source>Sửa nội dung chương trình kỳ họp</source>
        <translation>Edit an agenda item</translation>
    </message>
    <message>
        <source>Chuyển nội dung chương trình kỳ họp</source>
        <translation>Move an agenda item</translation>
    </message>
    <message>
        <source>Đổi thứ tự nội dung chương trình kỳ họp</source>
        <translation>Reorder the agenda items</translation>
    </message>
    <message>
        <source>Xóa nội dung chương trình kỳ họp</source>
        <translation>Delete an agenda item</translation>
    </message>
</context>
<context>
    <name>CalendarEntry</name>
    <message>
        <source>Phiên họp thường kỳ</source>
        <translation>Regular meeting</translation>
    </message>
    <message>
        <source>Phiên họp chuyên đề</source>
        <translation>Thematic meeting</translation>
    </message>
    <message>
        <source>Phiên họp khác</source>
        <translation>Other meeting</translation>
    </message>
    <message>
        <source>Hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Làm việc</source>
        <translation>Working session</translation>
    </message>
    <message>
        <source>Đoàn công tác</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Sự kiện khác</source>
        <translation>Other event</translation>
    </message>
    <message>
        <source>Ngày dự phòng: %1</source>
        <translation>Reserve days: %1</translation>
    </message>
    <message>
        <source>Chủ trì: %1</source>
        <translation>Chair: %1</translation>
    </message>
    <message>
        <source>Trạng thái: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n nội dung</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message>
        <source>Kỳ họp Quốc hội</source>
        <translation>National Assembly session</translation>
    </message>
    <message>
        <source>Tháng %1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>CN</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>CatalogueCommand</name>
    <message>
        <source>đơn vị “%1”</source>
        <translation>unit “%1”</translation>
    </message>
    <message>
        <source>cán bộ “%1”</source>
        <translation>official “%1”</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&lt;b&gt;Cơ quan, đơn vị&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agencies and units&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lọc đơn vị theo tên, tên viết tắt (không cần dấu)</source>
        <translation>Filter units by name or abbreviation (diacritics optional)</translation>
    </message>
    <message>
        <source>Chỉ của đơn vị đang &amp;chọn</source>
        <translation>&amp;Selected unit only</translation>
    </message>
    <message>
        <source>Lọc cán bộ theo tên, chức vụ, đơn vị, thư điện tử, điện thoại (không cần dấu)</source>
        <translation>Filter officials by name, position, unit, email or phone (diacritics optional)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Nhấp vào một cột để xem danh sách phía sau nó.</source>
        <translation>Click a bar to list what is behind it.</translation>
    </message>
</context>
<context>
    <name>DaysOff</name>
    <message>
        <source>Ngày nghỉ: %1</source>
        <translation>Day off: %1</translation>
    </message>
</context>
<context>
    <name>DeleteEntryCommand</name>
    <message>
        <source>xóa %1</source>
        <translation>delete %1</translation>
    </message>
</context>
<context>
    <name>DeleteTaskCommand</name>
    <message>
        <source>xóa nhiệm vụ %1</source>
        <translation>delete task %1</translation>
    </message>
</context>
<context>
    <name>EditTaskCommand</name>
    <message>
        <source>sửa nhiệm vụ %1</source>
        <translation>edit task %1</translation>
    </message>
</context>
<context>
    <name>EntityDescriber</name>
    <message>
        <source>mục %1</source>
        <translation>section %1</translation>
    </message>
    <message>
        <source>%1, mục %2</source>
        <translation>%1, section %2</translation>
    </message>
    <message>
        <source>Đề mục %1: %2</source>
        <translation>Section %1: %2</translation>
    </message>
    <message>
        <source>Nhiệm vụ %1: %2</source>
        <translation>Task %1: %2</translation>
    </message>
    <message>
        <source>Cơ quan, đơn vị: %1</source>
        <translation>Agency or unit: %1</translation>
    </message>
    <message>
        <source>năm %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>Chương trình công tác năm %1</source>
        <translation>Work programme %1</translation>
    </message>
    <message>
        <source>ngày %1 của nhiệm vụ %2</source>
        <translation>%1 of task %2</translation>
    </message>
    <message>
        <source>Báo cáo tiến độ %1</source>
        <translation>Progress report %1</translation>
    </message>
    <message>
        <source>Tài khoản %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>Mã số</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tạo lúc</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Cập nhật lúc</source>
        <translation>Updated at</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Là đề mục</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <source>Thuộc</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp</source>
        <translation>Coordinating units</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Time frame</translation>
    </message>
    <message>
        <source>Hạn chót</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tiến độ (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Trong kế hoạch</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Chuyển tiếp từ</source>
        <translation>Carried over from</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Khóa sắp xếp</source>
        <translation>Sort key</translation>
    </message>
    <message>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Chỉ mục tìm kiếm</source>
        <translation>Search index</translation>
    </message>
    <message>
        <source>Báo cáo tiến độ</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Ngày báo cáo</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Người báo cáo</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Chương trình công tác</source>
        <translation>Work programme</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tên chương trình</source>
        <translation>Programme title</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Ngày thông qua</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>Cơ quan, đơn vị</source>
        <translation>Agency or unit</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Trực thuộc</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Ngày nghỉ, ngày làm bù</source>
        <translation>Days off and make-up working days</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Là ngày làm việc</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(đã xóa)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>phiên họp thứ %1, khóa %2</source>
        <translation>meeting no. %1, term %2</translation>
    </message>
    <message>
        <source>Phiên họp UBTVQH: %1</source>
        <translation>Standing Committee meeting: %1</translation>
    </message>
    <message>
        <source>Nội dung phiên họp: %1</source>
        <translation>Meeting content: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>khóa %1</source>
        <translation>term %1</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Khóa Quốc hội</source>
        <translation>National Assembly term</translation>
    </message>
    <message>
        <source>Khóa</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Từ năm</source>
        <translation>From year</translation>
    </message>
    <message>
        <source>Đến năm</source>
        <translation>To year</translation>
    </message>
    <message>
        <source>Phiên họp UBTVQH</source>
        <translation>Standing Committee meeting</translation>
    </message>
    <message>
        <source>Phiên họp thứ</source>
        <translation>Meeting number</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Các đợt</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Ngày dự phòng</source>
        <translation>Reserve days</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Nội dung phiên họp</source>
        <translation>Meeting content</translation>
    </message>
    <message>
        <source>Phiên họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Cơ quan trình</source>
        <translation>Presenting agency</translation>
    </message>
    <message>
        <source>Cơ quan thẩm tra</source>
        <translation>Reviewing agency</translation>
    </message>
    <message>
        <source>Ngày dự kiến</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Buổi</source>
        <translation>Morning or afternoon</translation>
    </message>
    <message>
        <source>Trong kế hoạch năm</source>
        <translation>In the annual plan</translation>
    </message>
    <message>
        <source>Năm kế hoạch</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>Tháng kế hoạch</source>
        <translation>Plan month</translation>
    </message>
    <message>
        <source>Hình thức cho ý kiến</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Tài liệu</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Thành phần mời</source>
        <translation>Invitees</translation>
    </message>
    <message>
        <source>Sự kiện khác</source>
        <translation>Other event</translation>
    </message>
    <message>
        <source>Từ giờ</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Đến giờ</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Thời hạn gửi tài liệu</source>
        <translation>Document deadline</translation>
    </message>
    <message>
        <source>Loại thời hạn</source>
        <translation>Deadline type</translation>
    </message>
    <message>
        <source>Số ngày</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Tính ngày làm việc</source>
        <translation>Counts working days</translation>
    </message>
    <message>
        <source>Dự thảo thông báo %1</source>
        <translation>Draft notice %1</translation>
    </message>
    <message>
        <source>Thông báo %1: %2</source>
        <translation>Notice %1: %2</translation>
    </message>
    <message>
        <source>số %1 năm %2</source>
        <translation>number %1 of %2</translation>
    </message>
    <message>
        <source>Sổ đăng ký thông báo: %1</source>
        <translation>Notice register: %1</translation>
    </message>
    <message>
        <source>Thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Ký trực tiếp</source>
        <translation>Signed directly</translation>
    </message>
    <message>
        <source>kết luận %1 → nhiệm vụ #%2</source>
        <translation>conclusion %1 → task #%2</translation>
    </message>
    <message>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notices</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Độ khẩn</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Ký hiệu người soạn</source>
        <translation>Drafter&apos;s initials</translation>
    </message>
    <message>
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Người soạn</source>
        <translation>Drafter</translation>
    </message>
    <message>
        <source>Tài khoản người soạn</source>
        <translation>Drafter&apos;s account</translation>
    </message>
    <message>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Hạn ban hành</source>
        <translation>Due to issue</translation>
    </message>
    <message>
        <source>Người duyệt</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Mã SHA-256 của bản PDF</source>
        <translation>SHA-256 of the PDF</translation>
    </message>
    <message>
        <source>Đính chính thông báo</source>
        <translation>Correct the notice</translation>
    </message>
    <message>
        <source>Nhiệm vụ theo dõi</source>
        <translation>Follow-up tasks</translation>
    </message>
    <message>
        <source>Số phiên bản</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>Số ý kiến</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Cơ quan ban hành thông báo</source>
        <translation>Notice issuer</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Thẩm quyền ký</source>
        <translation>Signature authority</translation>
    </message>
    <message>
        <source>Cơ quan sau thẩm quyền ký</source>
        <translation>Body after the signature authority</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Nơi nhận mặc định</source>
        <translation>Default recipients</translation>
    </message>
    <message>
        <source>Dòng lưu</source>
        <translation>Archive line</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Mẫu thông báo</source>
        <translation>Notice template</translation>
    </message>
    <message>
        <source>Loại thông báo</source>
        <translation>Kind of notice</translation>
    </message>
    <message>
        <source>Đoạn mở đầu</source>
        <translation>Opening paragraph</translation>
    </message>
    <message>
        <source>Hạn ban hành (ngày làm việc)</source>
        <translation>Due to issue (working days)</translation>
    </message>
    <message>
        <source>Sổ đăng ký số thông báo</source>
        <translation>Register of notice numbers</translation>
    </message>
    <message>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Lý do hủy số</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>Người hủy số</source>
        <translation>Voided by</translation>
    </message>
    <message>
        <source>Cài đặt chung của Vụ</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>Ngày chốt số liệu báo cáo định kỳ</source>
        <translation>Report cut-off day</translation>
    </message>
    <message>
        <source>thứ %1, khóa %2</source>
        <translation>no. %1, term %2</translation>
    </message>
    <message>
        <source>lần %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Kỳ họp Quốc hội</source>
        <translation>National Assembly session</translation>
    </message>
    <message>
        <source>Kỳ họp thứ</source>
        <translation>Session no.</translation>
    </message>
    <message>
        <source>Dự án, nội dung trình Quốc hội</source>
        <translation>Matter before the Assembly</translation>
    </message>
    <message>
        <source>Quy trình</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Phiên bản chương trình kỳ họp</source>
        <translation>Agenda version</translation>
    </message>
    <message>
        <source>Kỳ họp</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Lần</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ngày lập</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Nội dung chương trình kỳ họp</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Dự án, nội dung</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Người trình bày</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Nơi họp</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Truyền hình trực tiếp</source>
        <translation>Live broadcast</translation>
    </message>
    <message>
        <source>Số phút dự kiến</source>
        <translation>Planned minutes</translation>
    </message>
    <message>
        <source>Mã nội dung</source>
        <translation>Item key</translation>
    </message>
</context>
<context>
    <name>EntryColumns</name>
    <message>
        <source>Còn dùng (Có) hay đã ngừng sử dụng (Ngừng)</source>
        <translation>Active (Yes) or deactivated (No)</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Ngừng</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (ngừng sử dụng)</source>
        <translation>%1 (deactivated)</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Thư mục:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Tên tệp:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Loại tệp:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Tạo tài khoản quản trị đầu tiên — Thuky</source>
        <translation>Create the first administrator account — Thuky</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chào mừng đến với Thuky.&lt;/b&gt;&lt;br&gt;Cơ sở dữ liệu này chưa có tài khoản nào. Hãy tạo tài khoản &lt;b&gt;quản trị&lt;/b&gt; đầu tiên: người quản trị thêm tài khoản cho đồng nghiệp và giao vai trò cho từng người (chuyên viên, lãnh đạo Vụ, người xem…). Mọi thay đổi về sau đều được ghi vào nhật ký kèm tên người thực hiện.&lt;br&gt;Tạo xong, bạn được đăng nhập ngay bằng tài khoản này.</source>
        <translation>&lt;b&gt;Welcome to Thuky.&lt;/b&gt;&lt;br&gt;This database has no accounts yet. Create the first &lt;b&gt;administrator&lt;/b&gt; account: the administrator adds accounts for colleagues and gives each a role (drafter, department leadership, viewer…). Every later change is recorded in the audit trail with the name of the person who made it.&lt;br&gt;Once it is created, you are logged in with this account.</translation>
    </message>
    <message>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>ví dụ: quantri</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Giao nhiệm vụ theo dõi kết luận</source>
        <translation>Follow-up task of a conclusion</translation>
    </message>
    <message>
        <source>&amp;Kết luận:</source>
        <translation>C&amp;onclusion:</translation>
    </message>
    <message>
        <source>&amp;Nội dung nhiệm vụ:</source>
        <translation>&amp;Task content:</translation>
    </message>
    <message>
        <source>Đơn vị &amp;chủ trì:</source>
        <translation>&amp;Lead unit:</translation>
    </message>
    <message>
        <source>&amp;Thời hạn:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>&amp;Sản phẩm:</source>
        <translation>&amp;Product:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Nhập nhiệm vụ từ tệp</source>
        <translation>Import tasks from file</translation>
    </message>
    <message>
        <source>&amp;Tệp:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Tệp .csv hoặc .xlsx</source>
        <translation>A .csv or .xlsx file</translation>
    </message>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Năm của chương trình:</source>
        <translation>Programme &amp;year:</translation>
    </message>
    <message>
        <source>Của &amp;cơ quan:</source>
        <translation>&amp;Agency:</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Tệp chưa nhập được</source>
        <translation>File not imported</translation>
    </message>
    <message>
        <source>&amp;Sao chép danh sách</source>
        <translation>Copy &amp;list</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Ngôn ngữ / Language</source>
        <translation>&amp;Language / Ngôn ngữ</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Thuky sẽ tiếp tục dùng %1.</source>
        <translation>Thuky will keep using %1.</translation>
    </message>
    <message>
        <source>Thuky sẽ dùng %1 từ lần mở sau. Các cửa sổ đang mở giữ ngôn ngữ hiện tại.</source>
        <translation>Thuky will use %1 from its next start. Open windows keep the current language.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập — Thuky</source>
        <translation>Log in — Thuky</translation>
    </message>
    <message>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Thuky</source>
        <translation>Thuky</translation>
    </message>
    <message>
        <source>Các phân hệ</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Tài &amp;khoản</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Lọc</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Đưa con trỏ vào ô tìm kiếm</source>
        <translation>Move the cursor to the search field</translation>
    </message>
    <message>
        <source>Làm &amp;mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Đọc lại dữ liệu</source>
        <translation>Reload the data</translation>
    </message>
    <message>
        <source>Đổi &amp;mật khẩu…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Đăng &amp;xuất</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>Đóng phiên làm việc và đăng nhập bằng tài khoản khác</source>
        <translation>End this session and log in with another account</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu Thuky</source>
        <translation>&amp;About Thuky</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <source>phiên họp thứ %1 (khóa %2)</source>
        <translation>meeting no. %1 (term %2)</translation>
    </message>
    <message>
        <source>phiên họp mới</source>
        <translation>new meeting</translation>
    </message>
    <message>
        <source>thêm %1</source>
        <translation>add %1</translation>
    </message>
    <message>
        <source>sửa %1</source>
        <translation>edit %1</translation>
    </message>
    <message>
        <source>xóa %1</source>
        <translation>delete %1</translation>
    </message>
    <message>
        <source>dời %1 từ %2 sang %3</source>
        <translation>move %1 from %2 to %3</translation>
    </message>
    <message>
        <source>thêm nội dung %1 vào %2</source>
        <translation>add content %1 to %2</translation>
    </message>
    <message>
        <source>sửa nội dung %1</source>
        <translation>edit content %1</translation>
    </message>
    <message>
        <source>xóa nội dung %1 khỏi %2</source>
        <translation>delete content %1 from %2</translation>
    </message>
    <message>
        <source>đổi thứ tự nội dung của %1</source>
        <translation>reorder the content of %1</translation>
    </message>
    <message>
        <source>ghi nhận %1 đã nhận ngày %2</source>
        <translation>record %1 as received on %2</translation>
    </message>
    <message>
        <source>bỏ ghi nhận đã nhận %1</source>
        <translation>unmark %1 as received</translation>
    </message>
    <message>
        <source>thêm tài liệu %1</source>
        <translation>add document %1</translation>
    </message>
    <message>
        <source>mời %1</source>
        <translation>invite %1</translation>
    </message>
    <message>
        <source>bỏ mời %1</source>
        <translation>uninvite %1</translation>
    </message>
    <message>
        <source>thêm sự kiện %1</source>
        <translation>add event %1</translation>
    </message>
    <message>
        <source>sửa sự kiện %1</source>
        <translation>edit event %1</translation>
    </message>
    <message>
        <source>xóa sự kiện %1</source>
        <translation>delete event %1</translation>
    </message>
</context>
<context>
    <name>MeetingForms</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Gộp mục trùng</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Mục &amp;trùng:</source>
        <translation>&amp;Duplicate:</translation>
    </message>
    <message>
        <source>Giữ lại:</source>
        <translation>Keep:</translation>
    </message>
</context>
<context>
    <name>MergeEntriesCommand</name>
    <message>
        <source>gộp %1 vào “%2”</source>
        <translation>merge %1 into “%2”</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>NewNoticeDialog</name>
    <message>
        <source>Soạn thông báo kết luận mới</source>
        <translation>New conclusion notice</translation>
    </message>
    <message>
        <source>&amp;Từ một nội dung phiên họp UBTVQH (trích yếu và đoạn mở đầu theo mẫu)</source>
        <translation>&amp;From a Standing Committee meeting content (subject and opening from the template)</translation>
    </message>
    <message>
        <source>&amp;Phiên họp:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>&amp;Nội dung:</source>
        <translation>C&amp;ontent:</translation>
    </message>
    <message>
        <source>Thông báo &amp;mới theo loại</source>
        <translation>&amp;Blank notice of a kind</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>T&amp;rích yếu:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Cơ quan ban hành:</source>
        <translation>&amp;Issuer:</translation>
    </message>
</context>
<context>
    <name>NewPasswordWidget</name>
    <message>
        <source>Mật khẩu &amp;hiện tại:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>NoticeRecovery</name>
    <message>
        <source>Không tạo được thư mục khôi phục.</source>
        <translation>Cannot create the recovery folder.</translation>
    </message>
    <message>
        <source>Tệp khôi phục bị hỏng (%1); đã để sang một bên.</source>
        <translation>The recovery file is damaged (%1); it was set aside.</translation>
    </message>
    <message>
        <source>Tệp khôi phục không thuộc thông báo này; đã để sang một bên.</source>
        <translation>The recovery file belongs to another notice; it was set aside.</translation>
    </message>
</context>
<context>
    <name>NoticeText</name>
    <message>
        <source>Thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Ký trực tiếp</source>
        <translation>Signed directly</translation>
    </message>
    <message>
        <source>TM. (thay mặt)</source>
        <translation>TM. (on behalf of)</translation>
    </message>
    <message>
        <source>KT. (ký thay)</source>
        <translation>KT. (signed for)</translation>
    </message>
    <message>
        <source>TL. (thừa lệnh)</source>
        <translation>TL. (by order of)</translation>
    </message>
    <message>
        <source>TUQ. (thừa ủy quyền)</source>
        <translation>TUQ. (by authorisation of)</translation>
    </message>
    <message>
        <source>Q. (quyền)</source>
        <translation>Q. (acting)</translation>
    </message>
    <message>
        <source>Thông báo %1</source>
        <translation>Notice %1</translation>
    </message>
    <message>
        <source>Dự thảo “%1”</source>
        <translation>Draft “%1”</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Cần vai trò: %1.</source>
        <translation>Requires the role: %1.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Cán bộ</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>E.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <source>&amp;Chức vụ:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>Ví dụ: Chuyên viên chính</source>
        <translation>E.g. Chuyên viên chính</translation>
    </message>
    <message>
        <source>Đơn &amp;vị công tác:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Thư đ&amp;iện tử:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Ví dụ: nguyen.van.an@quochoi.vn</source>
        <translation>E.g. nguyen.van.an@quochoi.vn</translation>
    </message>
    <message>
        <source>Điện th&amp;oại:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Ví dụ: 024 3822 8888 hoặc +84 912 345 678</source>
        <translation>E.g. 024 3822 8888 or +84 912 345 678</translation>
    </message>
    <message>
        <source>Đang &amp;dùng (bỏ chọn: ngừng sử dụng, vẫn giữ ở mọi nơi đã dùng)</source>
        <translation>&amp;Active (untick to deactivate; it stays wherever it is already used)</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Chương trình công tác mới</source>
        <translation>New work programme</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Cơ quan, đơn vị:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>&amp;Tên chương trình:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Ngày thông qua:</source>
        <translation>Adopted on:</translation>
    </message>
    <message>
        <source>Đã thông qua ngày</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>T&amp;rạng thái:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>C&amp;hương trình:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>Chương trình mới…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <source>Chuyển tiếp sang năm sau…</source>
        <translation>Carry over to next year…</translation>
    </message>
    <message>
        <source>Chép các nhiệm vụ chưa hoàn thành sang chương trình năm sau</source>
        <translation>Copy the unfinished tasks into next year&apos;s programme</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Ghi tiến độ</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>&amp;Ngày báo cáo:</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Tiến độ:</source>
        <translation>&amp;Progress:</translation>
    </message>
    <message>
        <source>Trạng &amp;thái:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Báo cáo tiến độ</source>
        <translation>Progress report</translation>
    </message>
</context>
<context>
    <name>ProgressLogTable</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Người ghi</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Báo cáo tiến độ: chưa có lần nào.</source>
        <translation>Progress reports: none yet.</translation>
    </message>
    <message numerus="yes">
        <source>Báo cáo tiến độ (%n lần):</source>
        <translation>
            <numerusform>Progress reports (%n):</numerusform>
            <numerusform>Progress reports (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordProgressCommand</name>
    <message>
        <source>ghi tiến độ %1 (%2%)</source>
        <translation>record progress of %1 (%2%)</translation>
    </message>
</context>
<context>
    <name>ReportCutoffCommand</name>
    <message>
        <source>ngày cuối tháng</source>
        <translation>the month&apos;s last day</translation>
    </message>
    <message>
        <source>ngày %1</source>
        <translation>day %1</translation>
    </message>
    <message>
        <source>đặt ngày chốt số liệu báo cáo là %1</source>
        <translation>set the report cut-off day to %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Báo cáo định kỳ</source>
        <translation>Periodic report</translation>
    </message>
    <message>
        <source>&amp;Loại báo cáo:</source>
        <translation>Report &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Ngày &amp;chốt số liệu:</source>
        <translation>&amp;Cut-off day:</translation>
    </message>
    <message>
        <source>Cuối tháng</source>
        <translation>Month end</translation>
    </message>
    <message>
        <source>Định &amp;dạng:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Lư&amp;u làm ngày chốt chung</source>
        <translation>&amp;Save as the office&apos;s cut-off day</translation>
    </message>
</context>
<context>
    <name>SaveEntryCommand</name>
    <message>
        <source>thêm %1</source>
        <translation>add %1</translation>
    </message>
    <message>
        <source>ngừng sử dụng %1</source>
        <translation>deactivate %1</translation>
    </message>
    <message>
        <source>dùng lại %1</source>
        <translation>reactivate %1</translation>
    </message>
    <message>
        <source>sửa %1</source>
        <translation>edit %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cơ sở dữ liệu chưa có tài khoản nào. Hãy mở Thuky không kèm --user để tạo tài khoản quản trị đầu tiên.</source>
        <translation>The database has no accounts yet. Start Thuky without --user to create the first administrator account.</translation>
    </message>
    <message>
        <source>Thiếu mật khẩu: đặt biến môi trường THUKY_PASSWORD khi dùng --user.</source>
        <translation>No password: set the environment variable THUKY_PASSWORD when using --user.</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>thêm nội dung %1</source>
        <translation>add item %1</translation>
    </message>
    <message>
        <source>sửa nội dung %1</source>
        <translation>edit item %1</translation>
    </message>
    <message>
        <source>xóa nội dung %1</source>
        <translation>delete item %1</translation>
    </message>
    <message>
        <source>nhân bản nội dung %1</source>
        <translation>duplicate item %1</translation>
    </message>
    <message>
        <source>chuyển nội dung %1</source>
        <translation>move item %1</translation>
    </message>
    <message>
        <source>thêm %1</source>
        <translation>add %1</translation>
    </message>
    <message>
        <source>sửa %1</source>
        <translation>edit %1</translation>
    </message>
    <message>
        <source>tạo phiên bản chương trình mới</source>
        <translation>make a new agenda version</translation>
    </message>
    <message>
        <source>thêm vấn đề %1</source>
        <translation>add matter %1</translation>
    </message>
</context>
<context>
    <name>SessionCompareDialog</name>
    <message>
        <source>So sánh hai phiên bản chương trình</source>
        <translation>Compare two agenda versions</translation>
    </message>
    <message>
        <source>&amp;Từ phiên bản:</source>
        <translation>&amp;From version:</translation>
    </message>
    <message>
        <source>đến &amp;phiên bản:</source>
        <translation>&amp;to version:</translation>
    </message>
    <message>
        <source>&amp;Xuất phụ lục thay đổi…</source>
        <translation>&amp;Export changes annex…</translation>
    </message>
    <message>
        <source>Phụ lục “những điểm thay đổi” gửi kèm phiên bản mới, dạng DOCX hoặc PDF</source>
        <translation>The “what changed” annex that accompanies a new version, as DOCX or PDF</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Kỳ họp</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Khóa:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <source>L&amp;oại kỳ họp:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Thứ tự:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>tự đánh số</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>T&amp;rạng thái:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Đị&amp;a điểm:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>Các đợt họ&amp;p:</source>
        <translation>&amp;Phases:</translation>
    </message>
    <message>
        <source>Thêm đợt</source>
        <translation>Add phase</translation>
    </message>
    <message>
        <source>Bỏ đợt cuối</source>
        <translation>Remove last phase</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>SessionItemDialog</name>
    <message>
        <source>Nội dung chương trình kỳ họp</source>
        <translation>Session agenda item</translation>
    </message>
    <message>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Buổi:</source>
        <translation>&amp;Half-day:</translation>
    </message>
    <message>
        <source>Giờ bắt đầ&amp;u:</source>
        <translation>S&amp;tart time:</translation>
    </message>
    <message>
        <source>Giờ &amp;kết thúc:</source>
        <translation>&amp;End time:</translation>
    </message>
    <message>
        <source>H&amp;oạt động:</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <source>Lĩnh vự&amp;c:</source>
        <translation>Categor&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Nội dung:</source>
        <translation>Tit&amp;le:</translation>
    </message>
    <message>
        <source>Nghe Tờ trình và Báo cáo thẩm tra dự án Luật …</source>
        <translation>Hearing the submission and review report of the draft law …</translation>
    </message>
    <message>
        <source>&amp;Vấn đề:</source>
        <translation>&amp;Matter:</translation>
    </message>
    <message>
        <source>Thêm vấn đề…</source>
        <translation>Add matter…</translation>
    </message>
    <message>
        <source>Thêm một dự án luật, nghị quyết hay báo cáo vào danh sách vấn đề của khóa</source>
        <translation>Add a draft law, resolution or report to the term&apos;s matters</translation>
    </message>
    <message>
        <source>Cơ quan &amp;trình:</source>
        <translation>&amp;Presenting agency:</translation>
    </message>
    <message>
        <source>Cơ quan thẩm t&amp;ra:</source>
        <translation>&amp;Reviewing agency:</translation>
    </message>
    <message>
        <source>Người trình bà&amp;y:</source>
        <translation>Prese&amp;nter:</translation>
    </message>
    <message>
        <source>Người đ&amp;iều hành:</source>
        <translation>Cha&amp;ir:</translation>
    </message>
    <message>
        <source>Đị&amp;a điểm:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>Tên địa điể&amp;m:</source>
        <translation>Ven&amp;ue name:</translation>
    </message>
    <message>
        <source>Hội trường Diên Hồng</source>
        <translation>Dien Hong Hall</translation>
    </message>
    <message>
        <source>Thời lượn&amp;g:</source>
        <translation>Durati&amp;on:</translation>
    </message>
    <message>
        <source>chưa dự kiến</source>
        <translation>not planned</translation>
    </message>
    <message>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Truyền hình trực tiế&amp;p</source>
        <translation>Live &amp;broadcast</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>SessionMatterDialog</name>
    <message>
        <source>Thêm vấn đề</source>
        <translation>Add matter</translation>
    </message>
    <message>
        <source>&amp;Tên:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Dự án Luật Đất đai (sửa đổi)</source>
        <translation>Draft Land Law (amended)</translation>
    </message>
    <message>
        <source>L&amp;oại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Quy trình:</source>
        <translation>&amp;Procedure:</translation>
    </message>
    <message>
        <source>Cơ quan t&amp;rình:</source>
        <translation>P&amp;resenting agency:</translation>
    </message>
    <message>
        <source>Cơ quan thẩm tr&amp;a:</source>
        <translation>Reviewing &amp;agency:</translation>
    </message>
</context>
<context>
    <name>TableFiles</name>
    <message>
        <source>Bảng tính (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;Mọi tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>%1 của chương trình năm %2</source>
        <translation>%1 of the %2 programme</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Mục &amp;cha:</source>
        <translation>&amp;Parent:</translation>
    </message>
    <message>
        <source>Là đề mục (STT La Mã; không có đơn vị, thời hạn)</source>
        <translation>Section heading (Roman numeral; no unit or time frame)</translation>
    </message>
    <message>
        <source>&amp;STT:</source>
        <translation>&amp;No.:</translation>
    </message>
    <message>
        <source>Số thứ tự: I, II… cho đề mục; 1, 1.2, 1.2.3 cho nhiệm vụ</source>
        <translation>Number: I, II… for sections; 1, 1.2, 1.2.3 for tasks</translation>
    </message>
    <message>
        <source>&amp;Nội dung:</source>
        <translation>Con&amp;tent:</translation>
    </message>
    <message>
        <source>Đơn &amp;vị chủ trì:</source>
        <translation>&amp;Lead unit:</translation>
    </message>
    <message>
        <source>Đơn vị &amp;phối hợp:</source>
        <translation>Coor&amp;dinating units:</translation>
    </message>
    <message>
        <source>Lọc danh sách đơn vị…</source>
        <translation>Filter the unit list…</translation>
    </message>
    <message>
        <source>Đánh dấu các đơn vị phối hợp</source>
        <translation>Tick the coordinating units</translation>
    </message>
    <message>
        <source>Người phụ t&amp;rách:</source>
        <translation>Person in c&amp;harge:</translation>
    </message>
    <message>
        <source>&amp;Thời hạn:</source>
        <translation>Time &amp;frame:</translation>
    </message>
    <message>
        <source>Sản phẩ&amp;m:</source>
        <translation>Deli&amp;verable:</translation>
    </message>
    <message>
        <source>Ng&amp;uồn:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <source>Ví dụ: Thông báo số 05/TB-UBTVQH15</source>
        <translation>E.g. Notice No. 05/TB-UBTVQH15</translation>
    </message>
    <message>
        <source>&amp;Ghi chú:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>L&amp;oại:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>T&amp;iến độ:</source>
        <translation>Pro&amp;gress:</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Tìm trong nội dung, sản phẩm, ghi chú…</source>
        <translation>Search content, deliverables, notes…</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì hoặc phối hợp</source>
        <translation>Lead or coordinating unit</translation>
    </message>
    <message>
        <source>Chỉ việc quá hạn</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Hạn từ</source>
        <translation>Due from</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>Bỏ mọi điều kiện lọc</source>
        <translation>Clear every filter condition</translation>
    </message>
    <message>
        <source>Mỗi từ phải là đầu một từ trong nội dung, sản phẩm, ghi chú, STT hoặc nguồn (không dấu cũng được); &quot;cụm từ&quot; trong ngoặc kép</source>
        <translation>Each word must start a word of the content, product, notes, number or source (accents optional); &quot;a phrase&quot; in quotes</translation>
    </message>
</context>
<context>
    <name>TaskTransfer</name>
    <message>
        <source>Nhập nhiệm vụ từ tệp</source>
        <translation>Import tasks from file</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Tệp %1 không có nhiệm vụ nào.</source>
        <translation>The file %1 has no tasks.</translation>
    </message>
    <message numerus="yes">
        <source>%n nhiệm vụ (và %1 đề mục)</source>
        <translation>
            <numerusform>%n task (and %1 sections)</numerusform>
            <numerusform>%n tasks (and %1 sections)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nhiệm vụ</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Nhập %1 vào chương trình mới năm %2?</source>
        <translation>Import %1 into a new %2 programme?</translation>
    </message>
    <message>
        <source>Nhập %1 vào chương trình năm %2?</source>
        <translation>Import %1 into the %2 programme?</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Việc nhập không hoàn tác được bằng lệnh Hoàn tác; muốn bỏ thì xóa các nhiệm vụ đã nhập.</source>
        <translation>An import cannot be undone with Undo; to take it back, delete the imported tasks.</translation>
    </message>
    <message numerus="yes">
        <source>%n nhiệm vụ trong tệp có thời hạn ngoài năm %1 (phần lớn trong năm %2). Dời các thời hạn sang năm %1?</source>
        <translation>
            <numerusform>%n task in the file has a deadline outside %1 (most are in %2). Shift the deadlines to %1?</numerusform>
            <numerusform>%n tasks in the file have deadlines outside %1 (most are in %2). Shift the deadlines to %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dời thời hạn</source>
        <translation>&amp;Shift deadlines</translation>
    </message>
    <message numerus="yes">
        <source>Mỗi thời hạn được dời %n năm (ví dụ 15/03/%1 thành 15/03/%2). Chọn Hủy để nhập giữ nguyên thời hạn.</source>
        <translation>
            <numerusform>Each deadline moves by %n year (e.g. 15/03/%1 becomes 15/03/%2). Choose Cancel to import with the deadlines unchanged.</numerusform>
            <numerusform>Each deadline moves by %n years (e.g. 15/03/%1 becomes 15/03/%2). Choose Cancel to import with the deadlines unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đơn vị, cán bộ chưa có trong danh mục</source>
        <translation>Units and officials not in the catalogue</translation>
    </message>
    <message>
        <source>Tệp nhắc đến %1 đơn vị và %2 cán bộ chưa có trong danh mục. Thêm họ vào danh mục cùng lúc với nhập nhiệm vụ? (Quản trị viên có thể sửa, gộp các mục này sau.)</source>
        <translation>The file names %1 units and %2 officials that are not in the catalogue. Add them to the catalogue while importing the tasks? (An administrator can edit or merge them later.)</translation>
    </message>
    <message>
        <source>• Đơn vị: %1</source>
        <translation>• Units: %1</translation>
    </message>
    <message>
        <source>• Cán bộ: %1</source>
        <translation>• Officials: %1</translation>
    </message>
    <message>
        <source>&amp;Thêm và nhập</source>
        <translation>&amp;Add and import</translation>
    </message>
    <message>
        <source>Xuất chương trình công tác</source>
        <translation>Export work programme</translation>
    </message>
    <message>
        <source>Chương trình công tác năm %1</source>
        <translation>Work programme %1</translation>
    </message>
</context>
<context>
    <name>UnitCombo</name>
    <message>
        <source> — ngừng sử dụng</source>
        <translation> — deactivated</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Chức vụ:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>ví dụ: Chuyên viên chính</source>
        <translation>e.g. Principal officer</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Đang &amp;hoạt động (được đăng nhập)</source>
        <translation>Acti&amp;ve (may log in)</translation>
    </message>
    <message>
        <source>Mật khẩu ban đầu</source>
        <translation>Initial password</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Không mở được cơ sở dữ liệu %1.

%2</source>
        <translation>Cannot open the database %1.

%2</translation>
    </message>
    <message>
        <source>Thuky</source>
        <translation>Thuky</translation>
    </message>
</context>
<context>
    <name>thuky::ui::AdminPage</name>
    <message>
        <source>Ngày làm việc</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Thêm tài khoản…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Sửa tên, đơn vị, vai trò của tài khoản đang chọn</source>
        <translation>Edit the name, unit and roles of the selected account</translation>
    </message>
    <message>
        <source>Đặt lại &amp;mật khẩu…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Đặt mật khẩu mới cho tài khoản đang chọn và mở khóa nó</source>
        <translation>Set a new password for the selected account and unlock it</translation>
    </message>
    <message>
        <source>&amp;Ngừng hoạt động…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>Không cho tài khoản đang chọn đăng nhập nữa; tài khoản vẫn được giữ lại</source>
        <translation>Stop the selected account from logging in; the account is kept</translation>
    </message>
    <message>
        <source>Quản trị · %1 tài khoản, %2 đang hoạt động</source>
        <translation>Administration · %1 accounts, %2 active</translation>
    </message>
    <message>
        <source>Đã thêm tài khoản %1.</source>
        <translation>Account %1 added.</translation>
    </message>
    <message>
        <source>Đã lưu tài khoản %1.</source>
        <translation>Account %1 saved.</translation>
    </message>
    <message>
        <source>Đã đặt mật khẩu mới cho %1.</source>
        <translation>New password set for %1.</translation>
    </message>
    <message>
        <source>Ngừng hoạt động tài khoản %1 (%2)?</source>
        <translation>Deactivate account %1 (%2)?</translation>
    </message>
    <message>
        <source>Người này sẽ không đăng nhập được nữa. Tài khoản không bị xóa: Thuky không bao giờ xóa tài khoản, vì tên đăng nhập còn gắn với các thay đổi trong nhật ký và các văn bản họ đã ký. Muốn cho hoạt động lại, chọn Sửa… và đánh dấu “Đang hoạt động”.</source>
        <translation>This person will no longer be able to log in. The account is not deleted: Thuky never deletes accounts, because the user name stays linked to the changes in the audit trail and to the documents they signed. To reactivate it, choose Edit… and tick “Active”.</translation>
    </message>
    <message>
        <source>Ngừng hoạt động tài khoản</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>&amp;Ngừng hoạt động</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Đã ngừng hoạt động tài khoản %1.</source>
        <translation>Account %1 deactivated.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::AgencyDialog</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Sửa cơ quan, đơn vị</source>
        <translation>Edit agency or unit</translation>
    </message>
    <message>
        <source>Thêm cơ quan, đơn vị</source>
        <translation>Add agency or unit</translation>
    </message>
    <message>
        <source>(không trực thuộc đơn vị nào)</source>
        <translation>(not part of another unit)</translation>
    </message>
</context>
<context>
    <name>thuky::ui::AgencyTreeModel</name>
    <message>
        <source>Tên cơ quan, đơn vị</source>
        <translation>Agency or unit</translation>
    </message>
    <message>
        <source>Viết tắt</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dùng</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>thuky::ui::AgendaModel</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Số nội dung</source>
        <translation>Agenda items</translation>
    </message>
</context>
<context>
    <name>thuky::ui::AuditChangeModel</name>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>thuky::ui::AuditCheckDialog</name>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chuỗi nhật ký toàn vẹn:&lt;/b&gt; %1 mục, không mục nào bị sửa hoặc xóa.</source>
        <translation>&lt;b&gt;Audit trail chain intact:&lt;/b&gt; %1 entries, none altered or deleted.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Chuỗi nhật ký bị phá vỡ&lt;/b&gt; từ mục số %1.</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Audit trail chain broken&lt;/b&gt; from entry no. %1.</translation>
    </message>
    <message>
        <source>Các mục từ đây trở về sau không còn được bảo đảm.</source>
        <translation>The entries from here on can no longer be trusted.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dữ liệu khớp với nhật ký:&lt;/b&gt; không bản ghi nào bị thay đổi ngoài Thuky.</source>
        <translation>&lt;b&gt;Data matches the audit trail:&lt;/b&gt; no record was changed outside Thuky.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;%n bản ghi&lt;/b&gt; khác với lần ghi cuối trong nhật ký: chúng đã bị thay đổi ngoài Thuky (ví dụ sửa thẳng tệp cơ sở dữ liệu).</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#c62828&quot;&gt;%n record&lt;/b&gt; differs from its last audit trail entry: it was changed outside Thuky (for example by editing the database file directly).</numerusform>
            <numerusform>&lt;b style=&quot;color:#c62828&quot;&gt;%n records&lt;/b&gt; differ from their last audit trail entry: they were changed outside Thuky (for example by editing the database file directly).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — được thêm ngoài Thuky</source>
        <translation>%1 — added outside Thuky</translation>
    </message>
    <message>
        <source>%1 — bị xóa ngoài Thuky</source>
        <translation>%1 — deleted outside Thuky</translation>
    </message>
    <message>
        <source>%1 — bị sửa ngoài Thuky</source>
        <translation>%1 — edited outside Thuky</translation>
    </message>
</context>
<context>
    <name>thuky::ui::AuditDetailWidget</name>
    <message>
        <source>Ẩn các trường giữ nguyên; với mục thêm mới hoặc xóa, mọi trường đều hiện</source>
        <translation>Hide unchanged fields; for an addition or a deletion every field is shown</translation>
    </message>
    <message>
        <source>Chọn một dòng nhật ký để xem các trường trước và sau khi thay đổi.</source>
        <translation>Select an audit trail entry to see the fields before and after the change.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — Trước: lần ghi cuối trong nhật ký · Sau: dữ liệu hiện có</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Before: last audit trail entry · After: current data</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Người thực hiện: &lt;b&gt;%3&lt;/b&gt; · Lúc %4 · Mục nhật ký số %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;By: &lt;b&gt;%3&lt;/b&gt; · At %4 · Audit entry no. %5</translation>
    </message>
</context>
<context>
    <name>thuky::ui::AuditLogModel</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Hành động</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>thuky::ui::AuditPage</name>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Ngày tính theo giờ UTC, như nhật ký lưu</source>
        <translation>Dates in UTC, as the audit trail stores them</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>%1 mục nhật ký khớp bộ lọc, mới nhất ở trên.</source>
        <translation>%1 audit trail entries match the filter, newest first.</translation>
    </message>
    <message>
        <source>Nhật ký · đang hiện %1/%2 mục</source>
        <translation>Audit trail · showing %1 of %2 entries</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn nhật ký</source>
        <translation>Check audit trail integrity</translation>
    </message>
    <message>
        <source>Lịch sử của đối tượng này…</source>
        <translation>History of this record…</translation>
    </message>
</context>
<context>
    <name>thuky::ui::CalendarExceptionModel</name>
    <message>
        <source>Ngày làm bù</source>
        <translation>Make-up day</translation>
    </message>
    <message>
        <source>Ngày nghỉ</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Thứ</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Là</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Lý do, căn cứ</source>
        <translation>Reason, basis</translation>
    </message>
</context>
<context>
    <name>thuky::ui::CalendarExceptionsWidget</name>
    <message>
        <source>&lt;b&gt;Ngày làm việc&lt;/b&gt; — thứ Bảy, Chủ nhật và ngày lễ, Tết theo Bộ luật Lao động (Tết và Giỗ Tổ theo âm lịch, ngày lễ trùng cuối tuần được nghỉ bù) được tính sẵn. Mỗi năm, khi Chính phủ thông báo lịch nghỉ (hoán đổi ngày làm việc, làm bù thứ Bảy), thêm các ngày đó ở đây: mọi hạn chót trong Thuky tính theo lịch này.</source>
        <translation>&lt;b&gt;Working days&lt;/b&gt; — Saturdays, Sundays and the public holidays of the Labour Code (Tết and the Hùng Kings&apos; Day by the lunar calendar, with a day in lieu when a holiday falls on a weekend) are built in. Each year, when the Government announces its holiday schedule (swapped working days, make-up Saturdays), add those days here: every deadline in Thuky follows this calendar.</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Thêm ngày &amp;nghỉ…</source>
        <translation>Add day &amp;off…</translation>
    </message>
    <message>
        <source>Thêm ngày làm &amp;bù…</source>
        <translation>Add &amp;make-up working day…</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Các ngày nghỉ của năm (ngoài thứ Bảy, Chủ nhật):</source>
        <translation>Days off of the year (besides Saturdays and Sundays):</translation>
    </message>
    <message>
        <source>Ngày làm việc</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Thêm ngày làm bù</source>
        <translation>Add make-up working day</translation>
    </message>
    <message>
        <source>Thêm ngày nghỉ</source>
        <translation>Add day off</translation>
    </message>
    <message>
        <source>Ví dụ: theo Thông báo số …/TB-BNV về lịch nghỉ Tết</source>
        <translation>E.g. per Notice No. …/TB-BNV on the Tết holiday</translation>
    </message>
    <message>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Lý do, căn cứ:</source>
        <translation>&amp;Reason, basis:</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Đã thêm %1 %2.</source>
        <translation>Added %1 %2.</translation>
    </message>
    <message>
        <source>ngày làm bù</source>
        <translation>make-up working day</translation>
    </message>
    <message>
        <source>ngày nghỉ</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>Xóa ngày nghỉ, ngày làm bù</source>
        <translation>Delete day off or make-up working day</translation>
    </message>
    <message>
        <source>Xóa %1 khỏi danh sách? Ngày đó sẽ tính theo quy định chung.</source>
        <translation>Remove %1 from the list? That day will follow the general rules.</translation>
    </message>
    <message>
        <source>Đã xóa %1; ngày đó tính theo quy định chung.</source>
        <translation>Removed %1; that day follows the general rules.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::CalendarGrid</name>
    <message>
        <source>Chiều</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Sáng</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>+%1 nữa</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>Kỳ họp QH</source>
        <translation>NA session</translation>
    </message>
    <message>
        <source>Dự phòng: %1</source>
        <translation>Reserve: %1</translation>
    </message>
    <message>
        <source>+%1 nội dung</source>
        <translation>+%1 items</translation>
    </message>
</context>
<context>
    <name>thuky::ui::CataloguePage</name>
    <message>
        <source>Chọn một đơn vị ở cây bên trái: chỉ hiện cán bộ của đơn vị đó và các đơn vị trực thuộc</source>
        <translation>Select a unit in the tree on the left to show only the officials of that unit and its subunits</translation>
    </message>
    <message>
        <source>Danh mục</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <source>&amp;Thêm…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Ngừng sử dụng</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Xóa…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>&amp;Gộp mục trùng…</source>
        <translation>&amp;Merge duplicates…</translation>
    </message>
    <message>
        <source>&amp;Lịch sử thay đổi…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Nhập từ tệp…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <source>&amp;Xuất ra tệp…</source>
        <translation>E&amp;xport to file…</translation>
    </message>
    <message>
        <source>&amp;Thêm đơn vị…</source>
        <translation>&amp;Add unit…</translation>
    </message>
    <message>
        <source>&amp;Thêm cán bộ…</source>
        <translation>&amp;Add official…</translation>
    </message>
    <message>
        <source>&amp;Sửa đơn vị…</source>
        <translation>&amp;Edit unit…</translation>
    </message>
    <message>
        <source>&amp;Sửa cán bộ…</source>
        <translation>&amp;Edit official…</translation>
    </message>
    <message>
        <source>&amp;Xóa đơn vị…</source>
        <translation>De&amp;lete unit…</translation>
    </message>
    <message>
        <source>&amp;Xóa cán bộ…</source>
        <translation>De&amp;lete official…</translation>
    </message>
    <message>
        <source>&amp;Gộp đơn vị trùng…</source>
        <translation>&amp;Merge duplicate units…</translation>
    </message>
    <message>
        <source>&amp;Gộp cán bộ trùng…</source>
        <translation>&amp;Merge duplicate officials…</translation>
    </message>
    <message>
        <source>&amp;Nhập danh mục đơn vị từ tệp…</source>
        <translation>&amp;Import units from file…</translation>
    </message>
    <message>
        <source>&amp;Nhập danh mục cán bộ từ tệp…</source>
        <translation>&amp;Import officials from file…</translation>
    </message>
    <message>
        <source>&amp;Xuất danh mục đơn vị ra tệp…</source>
        <translation>E&amp;xport units to file…</translation>
    </message>
    <message>
        <source>&amp;Xuất danh mục cán bộ ra tệp…</source>
        <translation>E&amp;xport officials to file…</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&lt;b&gt;▸ Cơ quan, đơn vị&lt;/b&gt;</source>
        <translation>&lt;b&gt;▸ Agencies and units&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cơ quan, đơn vị&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agencies and units&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Đơn vị đã được lưu nhưng không hiện vì bộ lọc đang ẩn nó.</source>
        <translation>The unit was saved but is not shown because the filter hides it.</translation>
    </message>
    <message>
        <source>Cán bộ đã được lưu nhưng không hiện vì bộ lọc đang ẩn.</source>
        <translation>The official was saved but is not shown because the filter hides them.</translation>
    </message>
    <message>
        <source>&lt;b&gt;▸ Cán bộ&lt;/b&gt; của %1</source>
        <translation>&lt;b&gt;▸ Officials&lt;/b&gt; of %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cán bộ&lt;/b&gt; của %1</source>
        <translation>&lt;b&gt;Officials&lt;/b&gt; of %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;▸ Cán bộ&lt;/b&gt; (tất cả)</source>
        <translation>&lt;b&gt;▸ Officials&lt;/b&gt; (all)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cán bộ&lt;/b&gt; (tất cả)</source>
        <translation>&lt;b&gt;Officials&lt;/b&gt; (all)</translation>
    </message>
    <message>
        <source>&amp;Dùng lại</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>Dùng lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Ngừng dùng</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>%1 cơ quan, đơn vị</source>
        <translation>%1 agencies and units</translation>
    </message>
    <message>
        <source>bộ lọc giữ %1 trong %2 cơ quan, đơn vị</source>
        <translation>filter shows %1 of %2 agencies and units</translation>
    </message>
    <message>
        <source>%1 cán bộ</source>
        <translation>%1 officials</translation>
    </message>
    <message>
        <source>hiện %1 trong %2 cán bộ</source>
        <translation>showing %1 of %2 officials</translation>
    </message>
    <message>
        <source>Danh mục · %1 · %2</source>
        <translation>Catalogues · %1 · %2</translation>
    </message>
    <message>
        <source>Xóa đơn vị</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Xóa cán bộ</source>
        <translation>Delete official</translation>
    </message>
    <message>
        <source>Không xóa được “%1” vì đang được dùng ở: %2.</source>
        <translation>“%1” cannot be deleted because it is used in: %2.</translation>
    </message>
    <message>
        <source>Mục này đã ngừng sử dụng; có thể gộp nó vào mục trùng (Ctrl+M).</source>
        <translation>This entry is deactivated; you can merge it into its duplicate (Ctrl+M).</translation>
    </message>
    <message>
        <source>Mục ngừng sử dụng vẫn giữ nguyên ở mọi nơi đã dùng nhưng không còn được gợi ý khi nhập mới; có thể dùng lại bất cứ lúc nào. Nếu đây là mục trùng, hãy gộp nó vào mục đúng (Ctrl+M).</source>
        <translation>A deactivated entry stays as it is wherever it is already used but is no longer suggested for new input; it can be reactivated at any time. If it is a duplicate, merge it into the right entry (Ctrl+M).</translation>
    </message>
    <message>
        <source>Xóa đơn vị “%1”?</source>
        <translation>Delete unit “%1”?</translation>
    </message>
    <message>
        <source>Xóa cán bộ “%1”?</source>
        <translation>Delete official “%1”?</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Không nơi nào dùng mục này. Có thể hoàn tác (Ctrl+Z).</source>
        <translation>Nothing uses this entry. This can be undone (Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <source>%n bản ghi đang dùng “%1” sẽ chuyển sang “%2”: %3.</source>
        <translation>
            <numerusform>%n record using “%1” will use “%2” instead: %3.</numerusform>
            <numerusform>%n records using “%1” will use “%2” instead: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không bản ghi nào dùng “%1”.</source>
        <translation>No record uses “%1”.</translation>
    </message>
    <message>
        <source>“%1” bị xóa khỏi danh mục. Có thể hoàn tác (Ctrl+Z).</source>
        <translation>“%1” is then removed from the catalogue. This can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Gộp mục trùng</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Gộp “%1” vào “%2”?</source>
        <translation>Merge “%1” into “%2”?</translation>
    </message>
    <message>
        <source>&amp;Gộp</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Đơn vị “%1”</source>
        <translation>Unit “%1”</translation>
    </message>
    <message>
        <source>Cán bộ “%1”</source>
        <translation>Official “%1”</translation>
    </message>
    <message>
        <source>Nhập danh mục đơn vị</source>
        <translation>Import units</translation>
    </message>
    <message>
        <source>Nhập danh mục cán bộ</source>
        <translation>Import officials</translation>
    </message>
    <message numerus="yes">
        <source>Tệp %1 không có gì mới: %n dòng đã có trong danh mục.</source>
        <translation>
            <numerusform>The file %1 has nothing new: its %n row is already in the catalogue.</numerusform>
            <numerusform>The file %1 has nothing new: its %n rows are already in the catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nhập tệp %1: thêm %2 đơn vị, cập nhật %3 đơn vị?</source>
        <translation>Import the file %1: add %2 units and update %3 units?</translation>
    </message>
    <message>
        <source>Nhập tệp %1: thêm %2 cán bộ?</source>
        <translation>Import the file %1: add %2 officials?</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <source>%n dòng đã có, giữ nguyên. Việc nhập không hoàn tác được bằng lệnh Hoàn tác; mỗi mục thêm, sửa đều được ghi nhật ký.</source>
        <translation>
            <numerusform>%n row already exists and is left as it is. An import cannot be undone with Undo; every entry added or edited is recorded in the audit trail.</numerusform>
            <numerusform>%n rows already exist and are left as they are. An import cannot be undone with Undo; every entry added or edited is recorded in the audit trail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã nhập %1: thêm %2, cập nhật %3.</source>
        <translation>Imported %1: %2 added, %3 updated.</translation>
    </message>
    <message>
        <source>Đã xuất ra %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officials</translation>
    </message>
    <message>
        <source>Danh mục cơ quan, đơn vị</source>
        <translation>Agencies and units</translation>
    </message>
    <message>
        <source>Danh mục cán bộ</source>
        <translation>Officials</translation>
    </message>
    <message>
        <source>Xuất danh mục đơn vị</source>
        <translation>Export units</translation>
    </message>
    <message>
        <source>Xuất danh mục cán bộ</source>
        <translation>Export officials</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ChangePasswordDialog</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Đổi mật khẩu của tài khoản &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Change the password of account &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ChoiceButton</name>
    <message>
        <source>Bỏ chọn tất cả</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>tất cả</source>
        <translation>all</translation>
    </message>
    <message numerus="yes">
        <source>%n mục</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Không giới hạn</source>
        <translation>No restriction</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ContentDialog</name>
    <message>
        <source>Ngày dự kiến:</source>
        <translation>Planned date:</translation>
    </message>
    <message>
        <source>Có trong kế hoạch năm (bỏ chọn: nội dung bổ sung)</source>
        <translation>In the annual plan (untick: added outside the plan)</translation>
    </message>
    <message>
        <source>Tài liệu cần gửi</source>
        <translation>Documents to submit</translation>
    </message>
    <message>
        <source>Tờ trình (cơ quan trình gửi)</source>
        <translation>Submission (from the presenting agency)</translation>
    </message>
    <message>
        <source>Báo cáo thẩm tra (cơ quan thẩm tra gửi)</source>
        <translation>Review report (from the reviewing agency)</translation>
    </message>
    <message>
        <source>Dự thảo (cơ quan trình gửi)</source>
        <translation>Draft (from the presenting agency)</translation>
    </message>
    <message>
        <source>(cả ngày)</source>
        <translation>(all day)</translation>
    </message>
    <message>
        <source>&amp;Nội dung:</source>
        <translation>C&amp;ontent:</translation>
    </message>
    <message>
        <source>Lĩnh &amp;vực:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>&amp;Cơ quan trình:</source>
        <translation>&amp;Presenting agency:</translation>
    </message>
    <message>
        <source>Cơ &amp;quan thẩm tra:</source>
        <translation>&amp;Reviewing agency:</translation>
    </message>
    <message>
        <source>Hình &amp;thức:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <source>Trạn&amp;g thái:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Thêm nội dung</source>
        <translation>Add content</translation>
    </message>
    <message>
        <source>Sửa nội dung</source>
        <translation>Edit content</translation>
    </message>
    <message>
        <source>(chọn cơ quan trình)</source>
        <translation>(choose the presenting agency)</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ContentListModel</name>
    <message>
        <source>%1/%2 đã nhận</source>
        <translation>%1/%2 received</translation>
    </message>
    <message>
        <source> — bổ sung ngoài kế hoạch năm</source>
        <translation> — added outside the annual plan</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Cơ quan trình</source>
        <translation>Presenting agency</translation>
    </message>
    <message>
        <source>Cơ quan thẩm tra</source>
        <translation>Reviewing agency</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Tài liệu</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>thuky::ui::DashboardPage</name>
    <message>
        <source>Hoàn thành chương trình theo đơn vị</source>
        <translation>Programme completion by unit</translation>
    </message>
    <message>
        <source>Tình trạng thời hạn nhiệm vụ</source>
        <translation>Task timeliness</translation>
    </message>
    <message>
        <source>Tiến độ theo tháng</source>
        <translation>Progress by month</translation>
    </message>
    <message>
        <source>Ban hành thông báo (ngày làm việc)</source>
        <translation>Notice turnaround (working days)</translation>
    </message>
    <message>
        <source>Tài liệu gửi muộn theo cơ quan</source>
        <translation>Documents late by agency</translation>
    </message>
    <message>
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Chưa hoàn thành</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Đến hạn trong tháng</source>
        <translation>Due in the month</translation>
    </message>
    <message>
        <source>Số ngày làm việc bình quân</source>
        <translation>Mean working days</translation>
    </message>
    <message>
        <source>Nhận muộn</source>
        <translation>Received late</translation>
    </message>
    <message>
        <source>Quá hạn, chưa nhận</source>
        <translation>Overdue, not received</translation>
    </message>
    <message>
        <source>Bảng điều khiển</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Năm %1: %2 nhiệm vụ quá hạn</source>
        <translation>%1: %2 tasks overdue</translation>
    </message>
    <message>
        <source>Nhấp vào một cột để xem danh sách phía sau nó</source>
        <translation>Click a bar to list what is behind it</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ban hành thông báo về nội dung do %1 trình (ngày làm việc)</source>
        <translation>Notices on contents presented by %1 (working days)</translation>
    </message>
    <message>
        <source>Thông báo kết luận về các nội dung phiên họp do %1 trình. Nhấp vào một cột để xem danh sách phía sau nó</source>
        <translation>Conclusion notices on the meeting contents %1 presents. Click a bar to see the list behind it</translation>
    </message>
</context>
<context>
    <name>thuky::ui::DateField</name>
    <message>
        <source>tháng %1 năm %2</source>
        <translation>month %1 of %2</translation>
    </message>
    <message>
        <source>Không có ngày %1/%2/%3: %4 có %5 ngày. Ngày vẫn là %6.</source>
        <translation>There is no %1/%2/%3: %4 has %5 days. The date is still %6.</translation>
    </message>
    <message>
        <source>%1 không có ngày %2; ngày đã thành %3.</source>
        <translation>%1 has no day %2; the date is now %3.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::DocumentListModel</name>
    <message>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Cơ quan gửi</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>Hạn gửi</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Timeliness</translation>
    </message>
</context>
<context>
    <name>thuky::ui::EventDialog</name>
    <message>
        <source>lúc</source>
        <translation>at</translation>
    </message>
    <message>
        <source>&amp;Tên sự kiện:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>L&amp;oại:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu:</source>
        <translation>Sta&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Kết thúc:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Địa điể&amp;m:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>&amp;Ghi chú:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Thành &amp;phần:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>Thêm sự kiện</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>Sửa sự kiện</source>
        <translation>Edit event</translation>
    </message>
</context>
<context>
    <name>thuky::ui::FirstAdminDialog</name>
    <message>
        <source>Tạo tài khoản và đăng nhập</source>
        <translation>Create account and log in</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>thuky::ui::FollowUpDialog</name>
    <message>
        <source>&amp;Giao nhiệm vụ</source>
        <translation>&amp;Assign task</translation>
    </message>
    <message>
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Thông báo số %1: %2</source>
        <translation>Notice %1: %2</translation>
    </message>
    <message>
        <source>(chọn đơn vị)</source>
        <translation>(choose a unit)</translation>
    </message>
</context>
<context>
    <name>thuky::ui::GuideWindow</name>
    <message>
        <source>Hướng dẫn sử dụng Thuky</source>
        <translation>Thuky user guide</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Trở lại</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Mục lục</source>
        <translation>&amp;Contents</translation>
    </message>
</context>
<context>
    <name>thuky::ui::HomePage</name>
    <message>
        <source>Phiên họp trong 14 ngày tới</source>
        <translation>Meetings in the next 14 days</translation>
    </message>
    <message>
        <source>Tài liệu sắp đến hạn, quá hạn cho các phiên họp tới</source>
        <translation>Documents due soon or overdue for the next meetings</translation>
    </message>
    <message>
        <source>Thông báo chờ tôi xử lý</source>
        <translation>Notices waiting for me</translation>
    </message>
    <message>
        <source>Thông báo quá hạn ban hành</source>
        <translation>Notices overdue for issuing</translation>
    </message>
    <message>
        <source>Nhiệm vụ đến hạn trong tuần hoặc quá hạn</source>
        <translation>Tasks due this week or overdue</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3</translation>
    </message>
    <message>
        <source>Không có</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 việc, %2 đã quá hạn</source>
        <translation>%1 items, %2 overdue</translation>
    </message>
    <message numerus="yes">
        <source>… và %n mục khác (nhấp đúp để xem hết)</source>
        <translation>
            <numerusform>… and %n more (double-click to see all)</numerusform>
            <numerusform>… and %n more (double-click to see all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thuky::ui::ImportDialog</name>
    <message>
        <source>Kiểm tra tệp</source>
        <translation>Check file</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Tệp CSV (UTF-8) hoặc Excel (.xlsx), dòng đầu là tên cột: %1. Tệp được kiểm tra trước; nếu có lỗi thì không nhập gì.</source>
        <translation>A CSV (UTF-8) or Excel (.xlsx) file whose first row names the columns: %1. The file is checked first; if it has errors, nothing is imported.</translation>
    </message>
    <message>
        <source>Chọn tệp nhiệm vụ</source>
        <translation>Choose a task file</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;Mọi tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Chưa chọn tệp.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Không đọc được tệp %1.</source>
        <translation>Cannot read the file %1.</translation>
    </message>
    <message>
        <source>Chỉ nhập được tệp .csv hoặc .xlsx.</source>
        <translation>Only .csv and .xlsx files can be imported.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ImportProblemsDialog</name>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <source>Tệp %1 có %n lỗi nên chưa nhập nhiệm vụ nào. Hãy sửa tệp rồi nhập lại.</source>
        <translation>
            <numerusform>The file %1 has %n error, so no task was imported. Correct the file and import it again.</numerusform>
            <numerusform>The file %1 has %n errors, so no task was imported. Correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tệp %1 có %n lỗi nên chưa ghi gì. Hãy sửa tệp rồi nhập lại.</source>
        <translation>
            <numerusform>The file %1 has %n error, so nothing was saved. Fix the file and import it again.</numerusform>
            <numerusform>The file %1 has %n errors, so nothing was saved. Fix the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thuky::ui::LoginDialog</name>
    <message>
        <source>&lt;b&gt;Thuky&lt;/b&gt;&lt;br&gt;Vụ Thư ký, Văn phòng Quốc hội</source>
        <translation>&lt;b&gt;Thuky&lt;/b&gt;&lt;br&gt;Secretariat Department, Office of the National Assembly</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::MainWindow</name>
    <message>
        <source>Thuky — Vụ Thư ký, Văn phòng Quốc hội</source>
        <translation>Thuky — Secretariat Department, Office of the National Assembly</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Tên đăng nhập: %1</source>
        <translation>User name: %1</translation>
    </message>
    <message>
        <source>&amp;Bỏ lọc</source>
        <translation>&amp;Clear filter</translation>
    </message>
    <message>
        <source>Không đăng nhập bằng tài khoản nào</source>
        <translation>Not logged in with any account</translation>
    </message>
    <message>
        <source>&amp;Phím tắt…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>Tài khoản: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Đăng xuất khỏi tài khoản %1?</source>
        <translation>Log out of account %1?</translation>
    </message>
    <message>
        <source>Đăng &amp;xuất</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>Mọi thay đổi đã được lưu. Sau khi đăng xuất không thể hoàn tác các thay đổi của phiên này bằng lệnh Hoàn tác nữa.</source>
        <translation>All changes are saved. After logging out, this session&apos;s changes can no longer be undone with Undo.</translation>
    </message>
    <message>
        <source>Giới thiệu Thuky</source>
        <translation>About Thuky</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thuky&lt;/b&gt; %1&lt;br&gt;Công cụ làm việc của Vụ Thư ký, Văn phòng Quốc hội: chương trình công tác năm, theo dõi nhiệm vụ và tiến độ.</source>
        <translation>&lt;b&gt;Thuky&lt;/b&gt; %1&lt;br&gt;The workbench of the Secretariat Department, Office of the National Assembly: annual work programmes, tracking of tasks and progress.</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Không tìm thấy tài liệu hướng dẫn. Khi cài bằng gói, tài liệu nằm ở /usr/share/doc/thuky/guide.</source>
        <translation>The user guide was not found. When Thuky is installed from its package, the guide is in /usr/share/doc/thuky/guide.</translation>
    </message>
    <message>
        <source>&amp;Tìm kiếm mọi nơi…</source>
        <translation>Searc&amp;h everywhere…</translation>
    </message>
    <message>
        <source>Tìm trong mọi phân hệ: nhiệm vụ, nội dung phiên họp, thông báo, cán bộ</source>
        <translation>Search every module: tasks, meeting contents, notices, people</translation>
    </message>
    <message>
        <source>Không mở được bản ghi này: có thể nó vừa bị xóa.</source>
        <translation>This record cannot be opened: it may just have been deleted.</translation>
    </message>
    <message>
        <source>Mở lại trang đang xem khi &amp;khởi động</source>
        <translation>Reopen the last page at start&amp;up</translation>
    </message>
    <message>
        <source>Khi bật, Thuky mở lại trang đang xem lúc đóng thay vì trang Hôm nay</source>
        <translation>When on, Thuky reopens the page shown when it was closed instead of the Today page</translation>
    </message>
</context>
<context>
    <name>thuky::ui::MeetingDetailsDialog</name>
    <message>
        <source>đợt %1: %2</source>
        <translation>phase %1: %2</translation>
    </message>
    <message>
        <source>&amp;Sửa thông tin phiên họp…</source>
        <translation>&amp;Edit meeting details…</translation>
    </message>
    <message>
        <source>&amp;Thêm nội dung…</source>
        <translation>&amp;Add content…</translation>
    </message>
    <message>
        <source>Sửa nội dung…</source>
        <translation>Edit content…</translation>
    </message>
    <message>
        <source>&amp;Xóa nội dung</source>
        <translation>&amp;Delete content</translation>
    </message>
    <message>
        <source>&amp;Lên</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Xuố&amp;ng</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Thêm tài liệu…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <source>Đánh dấu đã &amp;nhận…</source>
        <translation>Mark as &amp;received…</translation>
    </message>
    <message>
        <source>Bỏ đánh dấu đã nhận</source>
        <translation>Unmark as received</translation>
    </message>
    <message>
        <source>&amp;Mời…</source>
        <translation>&amp;Invite…</translation>
    </message>
    <message>
        <source>Bỏ mời</source>
        <translation>Uninvite</translation>
    </message>
    <message>
        <source>Lịch sử…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Ai đã thêm, sửa nội dung đang chọn, tài liệu và thành phần mời của nó (Ctrl+H)</source>
        <translation>Who added or edited the selected content, its documents and its invitees (Ctrl+H)</translation>
    </message>
    <message>
        <source>Nội dung phiên họp, theo thứ tự</source>
        <translation>Meeting content, in order</translation>
    </message>
    <message>
        <source>Tài liệu của nội dung đang chọn</source>
        <translation>Documents of the selected content</translation>
    </message>
    <message>
        <source>Thành phần mời</source>
        <translation>Invitees</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Nội dung “%1”</source>
        <translation>Content “%1”</translation>
    </message>
    <message>
        <source>Phiên họp không còn trong lịch</source>
        <translation>The meeting is no longer in the calendar</translation>
    </message>
    <message>
        <source>%1 — khóa %2</source>
        <translation>%1 — term %2</translation>
    </message>
    <message>
        <source>%1 (khóa %2)</source>
        <translation>%1 (term %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source> · dự phòng: %1</source>
        <translation> · reserve: %1</translation>
    </message>
    <message>
        <source>Địa điểm: %1%2</source>
        <translation>Venue: %1%2</translation>
    </message>
    <message>
        <source> · Chủ trì: %1</source>
        <translation> · Chair: %1</translation>
    </message>
    <message>
        <source>Chốt chương trình: %1 · Quyết định triệu tập: %2 · Hạn gửi tài liệu: %3</source>
        <translation>Programme finalised: %1 · Convening decision: %2 · Document deadline: %3</translation>
    </message>
    <message>
        <source>Xóa nội dung</source>
        <translation>Delete content</translation>
    </message>
    <message>
        <source>Xóa nội dung “%1” cùng %2 tài liệu và %3 thành phần mời của nó khỏi phiên họp?</source>
        <translation>Delete content “%1” from the meeting, with its %2 documents and %3 invitees?</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Thêm tài liệu</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>L&amp;oại tài liệu:</source>
        <translation>Document &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Cơ quan gửi:</source>
        <translation>Sending &amp;agency:</translation>
    </message>
    <message>
        <source>Hạn gửi tính theo quy định thời hạn của phiên họp.</source>
        <translation>The deadline follows the meeting&apos;s deadline rules.</translation>
    </message>
    <message>
        <source>Đánh dấu đã nhận</source>
        <translation>Mark as received</translation>
    </message>
    <message>
        <source>%1 của %2 nhận ngày:</source>
        <translation>%1 from %2 received on:</translation>
    </message>
    <message>
        <source>Mời dự nội dung</source>
        <translation>Invite to the content</translation>
    </message>
    <message>
        <source>&amp;Cơ quan hoặc cán bộ:</source>
        <translation>&amp;Agency or official:</translation>
    </message>
    <message>
        <source>Soạn thông báo &amp;kết luận</source>
        <translation>Draft conclusion &amp;notice</translation>
    </message>
    <message>
        <source>Soạn thông báo kết luận về nội dung đang chọn, theo mẫu</source>
        <translation>Draft a conclusion notice on the selected content, from the template</translation>
    </message>
</context>
<context>
    <name>thuky::ui::MeetingDialog</name>
    <message>
        <source>Khóa %1 (%2–%3)</source>
        <translation>Term %1 (%2–%3)</translation>
    </message>
    <message>
        <source>Số thứ tự trong khóa, liên tục từ phiên họp thứ nhất</source>
        <translation>Sequence number within the term, counted from the first meeting</translation>
    </message>
    <message>
        <source>Thêm đợt</source>
        <translation>Add phase</translation>
    </message>
    <message>
        <source>Phiên họp chia nhiều đợt: thêm một đợt sau đợt cuối</source>
        <translation>The meeting is held in several phases: add a phase after the last one</translation>
    </message>
    <message>
        <source>Thêm ngày dự phòng</source>
        <translation>Add reserve day</translation>
    </message>
    <message>
        <source>Bỏ ngày đã chọn</source>
        <translation>Remove selected day</translation>
    </message>
    <message>
        <source>&amp;Khóa:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <source>&amp;Số phiên họp:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>L&amp;oại:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Trạng thái:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Các đợt họp:</source>
        <translation>Phases:</translation>
    </message>
    <message>
        <source>Ngày dự phòng:</source>
        <translation>Reserve days:</translation>
    </message>
    <message>
        <source>Địa điể&amp;m:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>&amp;Chủ trì:</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <source>&amp;Ghi chú:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Đợt %1: từ</source>
        <translation>Phase %1: from</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Bỏ đợt này</source>
        <translation>Remove this phase</translation>
    </message>
    <message>
        <source>Thêm phiên họp</source>
        <translation>Add meeting</translation>
    </message>
    <message>
        <source>Sửa %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(none selected)</translation>
    </message>
</context>
<context>
    <name>thuky::ui::MeetingsPage</name>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Xuất lịch ra tệp .ics</source>
        <translation>Export calendar to .ics file</translation>
    </message>
    <message>
        <source>Lịch iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Đã xuất %n sự kiện ra %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nhập lịch từ tệp .ics</source>
        <translation>Import calendar from .ics file</translation>
    </message>
    <message>
        <source>Phiên họp thêm mới: %1; cập nhật: %2.</source>
        <translation>Meetings added: %1; updated: %2.</translation>
    </message>
    <message>
        <source>Sự kiện thêm mới: %1; cập nhật: %2.</source>
        <translation>Events added: %1; updated: %2.</translation>
    </message>
    <message>
        <source>Không thay đổi: %1.</source>
        <translation>Unchanged: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n sự kiện lặp lại chỉ lấy lần đầu.</source>
        <translation>
            <numerusform>%n recurring event: only its first occurrence was taken.</numerusform>
            <numerusform>%n recurring events: only their first occurrence was taken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã nhập %1.</source>
        <translation>Imported %1.</translation>
    </message>
    <message>
        <source>Xuất chương trình phiên họp</source>
        <translation>Export meeting programme</translation>
    </message>
    <message>
        <source>Đã xuất chương trình phiên họp ra %1.</source>
        <translation>Exported the meeting programme to %1.</translation>
    </message>
    <message>
        <source>Xuất danh sách nhắc việc</source>
        <translation>Export reminder lists</translation>
    </message>
    <message>
        <source>Đã xuất danh sách nhắc việc ra %1.</source>
        <translation>Exported the reminder lists to %1.</translation>
    </message>
    <message>
        <source>Trước (Alt+←)</source>
        <translation>Previous (Alt+←)</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Về hôm nay (Alt+Home)</source>
        <translation>Go to today (Alt+Home)</translation>
    </message>
    <message>
        <source>Sau (Alt+→)</source>
        <translation>Next (Alt+→)</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>Hiện mọi loại, mọi khóa, bỏ từ tìm</source>
        <translation>Show all types and terms, clear the search</translation>
    </message>
    <message>
        <source>Chuẩn bị tài liệu</source>
        <translation>Document readiness</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Lịch phiên họp UBTVQH</source>
        <translation>Standing Committee meetings</translation>
    </message>
    <message>
        <source>&amp;Thêm phiên họp…</source>
        <translation>&amp;Add meeting…</translation>
    </message>
    <message>
        <source>Thêm phiên họp; ngày đề xuất là ngày 10 của tháng hoặc ngày làm việc kế tiếp (Ctrl+N)</source>
        <translation>Add a meeting; the suggested date is the 10th of the month or the next working day (Ctrl+N)</translation>
    </message>
    <message>
        <source>Thêm &amp;sự kiện…</source>
        <translation>Add &amp;event…</translation>
    </message>
    <message>
        <source>Thêm hội nghị, buổi làm việc, đoàn công tác (Ctrl+Shift+N)</source>
        <translation>Add a conference, working session or mission (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Mở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Mở trang phiên họp hoặc sự kiện đang chọn (Enter hoặc nhấp đúp)</source>
        <translation>Open the page of the selected meeting or event (Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Sửa thông tin…</source>
        <translation>E&amp;dit details…</translation>
    </message>
    <message>
        <source>&amp;Xóa…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>&amp;Lịch sử thay đổi…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>Ai đã thêm, sửa, dời phiên họp hoặc sự kiện đang chọn, khi nào</source>
        <translation>Who added, edited or moved the selected meeting or event, and when</translation>
    </message>
    <message>
        <source>&amp;Xuất lịch ra tệp .ics…</source>
        <translation>E&amp;xport calendar to .ics file…</translation>
    </message>
    <message>
        <source>Các phiên họp và sự kiện của năm đang xem, cho Outlook, Thunderbird (Ctrl+E)</source>
        <translation>The meetings and events of the year shown, for Outlook or Thunderbird (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Nhập lịch từ tệp .ics…</source>
        <translation>&amp;Import calendar from .ics file…</translation>
    </message>
    <message>
        <source>Sự kiện từ Outlook, Thunderbird hoặc Thuky; nhập lại cùng tệp thì cập nhật (Ctrl+I)</source>
        <translation>Events from Outlook, Thunderbird or Thuky; importing the same file again updates them (Ctrl+I)</translation>
    </message>
    <message>
        <source>Xuất &amp;chương trình phiên họp…</source>
        <translation>Export meeting &amp;programme…</translation>
    </message>
    <message>
        <source>Chương trình của phiên họp đang chọn, DOCX hoặc PDF khổ A4 (Ctrl+Shift+E)</source>
        <translation>The programme of the selected meeting, as DOCX or A4 PDF (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Trước</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Sau</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Hôm nay</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Xem theo thán&amp;g</source>
        <translation>&amp;Month view</translation>
    </message>
    <message>
        <source>Xem theo t&amp;uần</source>
        <translation>&amp;Week view</translation>
    </message>
    <message>
        <source>Xem dạng danh sác&amp;h</source>
        <translation>&amp;List view</translation>
    </message>
    <message>
        <source>Xem cả năm</source>
        <translation>Year view</translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Chọn tháng</source>
        <translation>Choose month</translation>
    </message>
    <message>
        <source>Chọn năm</source>
        <translation>Choose year</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Tuần</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Khóa Quốc hội của các phiên họp</source>
        <translation>National Assembly term of the meetings</translation>
    </message>
    <message>
        <source>Mọi khóa</source>
        <translation>All terms</translation>
    </message>
    <message>
        <source>Khóa %1</source>
        <translation>Term %1</translation>
    </message>
    <message>
        <source>Xung đột (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>⚠ %1 xung đột trong những ngày đang xem: %2 &lt;a href=&quot;#&quot;&gt;Xem danh sách&lt;/a&gt;</source>
        <translation>⚠ %1 conflicts in the days shown: %2 &lt;a href=&quot;#&quot;&gt;Show the list&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Tuần %1 – %2</source>
        <translation>Week %1 – %2</translation>
    </message>
    <message>
        <source>Từ %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Năm %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>%1 · %2 dòng</source>
        <translation>%1 · %2 rows</translation>
    </message>
    <message>
        <source>%1 · %2 phiên họp, %3 sự kiện</source>
        <translation>%1 · %2 meetings, %3 events</translation>
    </message>
    <message>
        <source> · %1 xung đột</source>
        <translation> · %1 conflicts</translation>
    </message>
    <message>
        <source>Lịch phiên họp</source>
        <translation>Meeting calendar</translation>
    </message>
    <message>
        <source>“%1” đã được lưu nhưng không hiện vì bộ lọc đang ẩn nó.</source>
        <translation>“%1” was saved but is not shown because the filter hides it.</translation>
    </message>
    <message>
        <source>Sự kiện (chỉ xem)</source>
        <translation>Event (read-only)</translation>
    </message>
    <message>
        <source>Xóa sự kiện</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Xóa sự kiện “%1” (%2)?</source>
        <translation>Delete event “%1” (%2)?</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Xóa phiên họp</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Xóa %1 (%2)? Phiên họp còn nội dung thì không xóa được: chuyển hoặc xóa các nội dung trước.</source>
        <translation>Delete %1 (%2)? A meeting that still has content cannot be deleted: move or delete its content first.</translation>
    </message>
    <message>
        <source>Dời vào ngày nghỉ</source>
        <translation>Move onto a day off</translation>
    </message>
    <message>
        <source>Dời “%1” sang %2 thì có ngày rơi vào ngày nghỉ hoặc ngày họp Quốc hội:</source>
        <translation>Moving “%1” to %2 puts some of its days on a day off or a National Assembly session day:</translation>
    </message>
    <message>
        <source>

Vẫn dời?</source>
        <translation>

Move anyway?</translation>
    </message>
    <message>
        <source>&amp;Vẫn dời</source>
        <translation>&amp;Move anyway</translation>
    </message>
    <message>
        <source>Xung đột lịch</source>
        <translation>Schedule conflict</translation>
    </message>
    <message>
        <source>Sau khi dời có xung đột:</source>
        <translation>After the move there are conflicts:</translation>
    </message>
    <message>
        <source>

Giữ ngày mới?</source>
        <translation>

Keep the new date?</translation>
    </message>
    <message>
        <source>&amp;Giữ ngày mới</source>
        <translation>&amp;Keep the new date</translation>
    </message>
    <message>
        <source>Tìm phiên họp, sự kiện, nội dung (Ctrl+F)</source>
        <translation>Find meetings, events, contents (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>thuky::ui::MergeDialog</name>
    <message>
        <source>&amp;Gộp…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Chọn mục trùng với “%1” và mục giữ lại. Mọi nơi đang dùng mục kia (nhiệm vụ, cán bộ, đơn vị trực thuộc, chương trình) sẽ dùng mục giữ lại, rồi mục kia bị xóa.</source>
        <translation>Choose the duplicate of “%1” and the entry to keep. Everything that uses the other entry (tasks, officials, subunits, programmes) will use the kept one, and the other entry is then deleted.</translation>
    </message>
    <message>
        <source>“%1” (&amp;mục đang chọn)</source>
        <translation>“%1” (the &amp;selected entry)</translation>
    </message>
    <message>
        <source>“%1” (mục t&amp;rùng)</source>
        <translation>“%1” (the d&amp;uplicate)</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ModulePage</name>
    <message>
        <source>Không thể “%1”: %2</source>
        <translation>Cannot “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” chưa dùng được lúc này.</source>
        <translation>“%1” is not available right now.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NewNoticeDialog</name>
    <message>
        <source>&amp;Soạn</source>
        <translation>&amp;Draft</translation>
    </message>
    <message>
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (khóa %2) – %3</source>
        <translation>%1 (term %2) – %3</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NewPasswordWidget</name>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NoticeBodyEdit</name>
    <message>
        <source>Đậm</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Chữ đậm</source>
        <translation>Bold text</translation>
    </message>
    <message>
        <source>Nghiêng</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Chữ nghiêng</source>
        <translation>Italic text</translation>
    </message>
    <message>
        <source>Kết luận đánh số</source>
        <translation>Numbered conclusion</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Biến đoạn thành một kết luận đánh số</source>
        <translation>Make the paragraph a numbered conclusion</translation>
    </message>
    <message>
        <source>Đoạn văn</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Biến kết luận thành đoạn văn không đánh số</source>
        <translation>Make the conclusion a paragraph without a number</translation>
    </message>
    <message>
        <source>Lùi vào</source>
        <translation>Nest</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Đưa kết luận vào một cấp (1. → 1.1.); cũng là phím Tab</source>
        <translation>Nest the conclusion one level deeper (1. → 1.1.); also the Tab key</translation>
    </message>
    <message>
        <source>Lùi ra</source>
        <translation>Unnest</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Đưa kết luận ra một cấp (1.1. → 2.); cũng là Shift+Tab</source>
        <translation>Bring the conclusion out one level (1.1. → 2.); also Shift+Tab</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NoticeDetailsPane</name>
    <message>
        <source>Giao nhiệm &amp;vụ theo dõi…</source>
        <translation>Assign &amp;follow-up task…</translation>
    </message>
    <message>
        <source>Phiên bản, ý kiến</source>
        <translation>Revisions, comments</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Nhấp đúp để xem nhiệm vụ trong chương trình công tác</source>
        <translation>Double-click to see the task in the work programme</translation>
    </message>
    <message>
        <source>Theo dõi thực hiện</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Chọn một thông báo trong danh sách để xem chi tiết.</source>
        <translation>Choose a notice in the list to see its details.</translation>
    </message>
    <message>
        <source>Số, ký hiệu:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>(chưa cấp số)</source>
        <translation>(not numbered yet)</translation>
    </message>
    <message>
        <source>quá hạn ban hành</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>ban hành sau hạn</source>
        <translation>issued late</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Độ khẩn:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Người soạn:</source>
        <translation>Drafter:</translation>
    </message>
    <message>
        <source>Ngày họp:</source>
        <translation>Meeting date:</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Hạn ban hành:</source>
        <translation>Due to issue:</translation>
    </message>
    <message>
        <source>Ngày ban hành:</source>
        <translation>Issue date:</translation>
    </message>
    <message>
        <source>Thời gian:</source>
        <translation>Time taken:</translation>
    </message>
    <message numerus="yes">
        <source>%n ngày làm việc từ ngày họp đến ngày ban hành</source>
        <translation>
            <numerusform>%n working day from the meeting to the issue</numerusform>
            <numerusform>%n working days from the meeting to the issue</numerusform>
        </translation>
    </message>
    <message>
        <source>(nội dung %1 không đọc được)</source>
        <translation>(content %1 could not be read)</translation>
    </message>
    <message>
        <source>Nội dung phiên họp:</source>
        <translation>Meeting contents:</translation>
    </message>
    <message>
        <source>Thông báo %1</source>
        <translation>Notice %1</translation>
    </message>
    <message>
        <source>Đính chính:</source>
        <translation>Corrects:</translation>
    </message>
    <message>
        <source>Được đính chính bởi:</source>
        <translation>Corrected by:</translation>
    </message>
    <message>
        <source>Phiên bản, ý kiến:</source>
        <translation>Revisions, comments:</translation>
    </message>
    <message>
        <source>%1 phiên bản, %2 ý kiến</source>
        <translation>%1 revisions, %2 comments</translation>
    </message>
    <message>
        <source>Giao một nhiệm vụ theo một kết luận của thông báo</source>
        <translation>Assign a task following a conclusion of the notice</translation>
    </message>
    <message>
        <source>Chỉ thông báo đã ban hành mới giao nhiệm vụ theo dõi.</source>
        <translation>Only an issued notice has follow-up tasks.</translation>
    </message>
    <message>
        <source>Theo dõi thực hiện (%1)</source>
        <translation>Follow-up (%1)</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NoticeDiffView</name>
    <message>
        <source>Thêm vào</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <source>Xóa đi</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Hai bản giống nhau.</source>
        <translation>The two revisions are the same.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NoticeEditor</name>
    <message>
        <source>&amp;Cơ quan ban hành:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <source>Kết luận của Ủy ban Thường vụ Quốc hội về …</source>
        <translation>Kết luận của Ủy ban Thường vụ Quốc hội về …</translation>
    </message>
    <message>
        <source>Trích &amp;yếu:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>Mỗi nơi nhận một dòng, không cần “- ” và “;”</source>
        <translation>One recipient a line, without “- ” and “;”</translation>
    </message>
    <message>
        <source>Nơi &amp;nhận:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>Thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Độ &amp;khẩn:</source>
        <translation>Ur&amp;gency:</translation>
    </message>
    <message>
        <source>Ký hiệu người soạn thảo, in ở dòng “Lưu” (TK.(30))</source>
        <translation>The drafter&apos;s initials, printed on the “Lưu” line (TK.(30))</translation>
    </message>
    <message>
        <source>Ký hiệu người s&amp;oạn:</source>
        <translation>Drafter&apos;s initia&amp;ls:</translation>
    </message>
    <message>
        <source>Số bản phát hành, in ở dòng “Lưu”</source>
        <translation>Number of copies issued, printed on the “Lưu” line</translation>
    </message>
    <message>
        <source>Số &amp;bản:</source>
        <translation>C&amp;opies:</translation>
    </message>
    <message>
        <source>Nội &amp;dung (Tab / Shift+Tab: lùi kết luận vào / ra; Ctrl+Tab: sang ô khác):</source>
        <translation>&amp;Body (Tab / Shift+Tab: nest / unnest a conclusion; Ctrl+Tab: next field):</translation>
    </message>
    <message>
        <source>Các lần trình và ý kiến</source>
        <translation>Revisions and comments</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Lưu dự thảo (Ctrl+S)</source>
        <translation>Save the draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>In thông báo, xem trước khi in (Ctrl+P)</source>
        <translation>Print the notice, with a preview (Ctrl+P)</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Các lần trình và ý &amp;kiến</source>
        <translation>Revisions and &amp;comments</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Soạn thảo</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <source> — ngừng dùng</source>
        <translation> — no longer used</translation>
    </message>
    <message>
        <source>Không mở được thông báo: %1</source>
        <translation>Cannot open the notice: %1</translation>
    </message>
    <message>
        <source>Chỉ xem: thông báo đang ở trạng thái “%1”; chỉ sửa được dự thảo hoặc thông báo bị trả lại.</source>
        <translation>Read only: the notice is “%1”; only a draft or a returned notice can be edited.</translation>
    </message>
    <message>
        <source>Chỉ xem: %1</source>
        <translation>Read only: %1</translation>
    </message>
    <message>
        <source>Thông báo bị trả lại: xem ý kiến rà soát ở khung “Các lần trình và ý kiến”, sửa rồi trình lại.</source>
        <translation>The notice was returned: read the reviewers&apos; comments under “Revisions and comments”, edit it and submit it again.</translation>
    </message>
    <message>
        <source>Thông báo số %1</source>
        <translation>Notice no. %1</translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Không lưu được thông báo</source>
        <translation>Cannot save the notice</translation>
    </message>
    <message>
        <source>Chưa lưu: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Đã lưu lúc %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Không tự lưu được bản nháp: %1</source>
        <translation>Cannot autosave the draft: %1</translation>
    </message>
    <message>
        <source>Đã tự lưu bản nháp lúc %1 (chưa ghi vào cơ sở dữ liệu)</source>
        <translation>Draft autosaved at %1 (not yet written to the database)</translation>
    </message>
    <message>
        <source>Khôi phục bản nháp chưa lưu (lúc %1 ngày %2)?</source>
        <translation>Restore the unsaved draft (of %1 on %2)?</translation>
    </message>
    <message>
        <source>Bản nháp chưa lưu</source>
        <translation>Unsaved draft</translation>
    </message>
    <message>
        <source>Thông báo đã được lưu lại sau lúc đó; khôi phục sẽ thay nội dung đã lưu khi anh/chị lưu lần tới.</source>
        <translation>The notice was saved again since then; restoring replaces the saved content when you next save.</translation>
    </message>
    <message>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Bỏ bản nháp</source>
        <translation>&amp;Discard the draft</translation>
    </message>
    <message>
        <source>Đã khôi phục bản nháp chưa lưu; bấm Lưu (Ctrl+S) để ghi lại.</source>
        <translation>The unsaved draft was restored; press Save (Ctrl+S) to keep it.</translation>
    </message>
    <message>
        <source>Thông báo chưa lưu</source>
        <translation>Unsaved notice</translation>
    </message>
    <message>
        <source>Lưu các thay đổi của thông báo trước khi đóng?</source>
        <translation>Save the changes to the notice before closing?</translation>
    </message>
    <message>
        <source>&amp;Không lưu</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NoticeListModel</name>
    <message>
        <source>UBTVQH</source>
        <translation>Standing Committee</translation>
    </message>
    <message>
        <source>Lãnh đạo QH</source>
        <translation>NA leaders</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 – quá hạn</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <source>%1 – muộn</source>
        <translation>%1 – late</translation>
    </message>
    <message>
        <source>Chưa ban hành và đã quá hạn ban hành (%1).</source>
        <translation>Not issued and past its due date (%1).</translation>
    </message>
    <message>
        <source>Ban hành sau hạn (%1).</source>
        <translation>Issued after its due date (%1).</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Số ngày</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Người soạn</source>
        <translation>Drafter</translation>
    </message>
    <message>
        <source>Số ngày làm việc từ ngày họp đến ngày ban hành</source>
        <translation>Working days from the meeting to the issue</translation>
    </message>
    <message>
        <source>Hạn ban hành</source>
        <translation>Due to issue</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NoticePreview</name>
    <message>
        <source>&lt;b&gt;Xem trước bản in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Print preview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Trang sau</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Vừa khung</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Vừa chiều rộng khung xem</source>
        <translation>Fit the width of the view</translation>
    </message>
    <message>
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>Tỉ lệ xem</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Tỉ lệ xem: %1%</source>
        <translation>Zoom: %1%</translation>
    </message>
    <message>
        <source>In thông báo</source>
        <translation>Print the notice</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NoticeRegisterDialog</name>
    <message>
        <source>&amp;Xuất XLSX/CSV…</source>
        <translation>&amp;Export XLSX/CSV…</translation>
    </message>
    <message>
        <source>Sổ đăng ký văn bản đi – thông báo kết luận</source>
        <translation>Register of outgoing documents – conclusion notices</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Cơ quan ban hành:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Nhấp đúp để mở thông báo</source>
        <translation>Double-click to open the notice</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đã hủy: %1 (%2)</source>
        <translation>Voided: %1 (%2)</translation>
    </message>
    <message>
        <source>Còn hiệu lực</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>(số hủy, không có thông báo)</source>
        <translation>(voided number, no notice)</translation>
    </message>
    <message>
        <source>Không đọc được sổ đăng ký</source>
        <translation>Could not read the register</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Lý do hủy</source>
        <translation>Reason voided</translation>
    </message>
    <message>
        <source>Người hủy</source>
        <translation>Voided by</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Sổ đăng ký</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Sổ đăng ký thông báo kết luận năm %1</source>
        <translation>Register of conclusion notices %1</translation>
    </message>
    <message>
        <source>Không xuất được sổ đăng ký</source>
        <translation>Could not export the register</translation>
    </message>
    <message>
        <source>Xuất sổ đăng ký</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Đã xuất sổ đăng ký ra %1.</source>
        <translation>Exported the register to %1.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NoticeRevisionsPanel</name>
    <message>
        <source>Các &amp;lần trình, ý kiến dưới mỗi lần:</source>
        <translation>Revisio&amp;ns, with the comments on each:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1;text-decoration:underline&apos;&gt;thêm vào&lt;/span&gt; · &lt;span style=&apos;color:%2;text-decoration:line-through&apos;&gt;xóa đi&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1;text-decoration:underline&apos;&gt;inserted&lt;/span&gt; · &lt;span style=&apos;color:%2;text-decoration:line-through&apos;&gt;deleted&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Nhập ý kiến rà soát, Ctrl+Enter để gửi</source>
        <translation>Write a review comment, Ctrl+Enter to send</translation>
    </message>
    <message>
        <source>&amp;Gửi ý kiến</source>
        <translation>Sen&amp;d comment</translation>
    </message>
    <message>
        <source>Gửi ý kiến (Ctrl+Enter)</source>
        <translation>Send the comment (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cần ít nhất hai lần trình để so sánh.</source>
        <translation>Comparing needs at least two revisions.</translation>
    </message>
    <message>
        <source>Không gửi được ý kiến</source>
        <translation>Cannot send the comment</translation>
    </message>
    <message>
        <source>Lần %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source> (bản ban hành)</source>
        <translation> (as issued)</translation>
    </message>
    <message>
        <source>Chưa trình lần nào.</source>
        <translation>Not submitted yet.</translation>
    </message>
    <message>
        <source>Lần %1, %2, %3</source>
        <translation>Revision %1, %2, %3</translation>
    </message>
    <message>
        <source>Mới có một lần trình: chưa có gì để so sánh.</source>
        <translation>Only one revision so far: nothing to compare.</translation>
    </message>
    <message>
        <source>Chưa có lần trình nào.</source>
        <translation>No revisions yet.</translation>
    </message>
    <message>
        <source>Chỉ người có quyền rà soát mới gửi được ý kiến.</source>
        <translation>Only reviewers can send comments.</translation>
    </message>
    <message>
        <source>Ý kiến gửi về một lần trình; thông báo chưa được trình.</source>
        <translation>Comments are on a revision; the notice has not been submitted yet.</translation>
    </message>
    <message>
        <source>So sán&amp;h từ</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Ý k&amp;iến về bản mới nhất:</source>
        <translation>Comment on the la&amp;test revision:</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NoticeSettingsDialog</name>
    <message>
        <source>Cơ quan ban hành và mẫu thông báo</source>
        <translation>Notice issuers and templates</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuers</translation>
    </message>
    <message>
        <source>Mẫu thông báo</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Thêm cơ quan</source>
        <translation>&amp;Add issuer</translation>
    </message>
    <message>
        <source>&amp;Mã:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Tên ngắn dùng trong dòng lệnh: UBTVQH, TTKQH</source>
        <translation>The short name the command line uses: UBTVQH, TTKQH</translation>
    </message>
    <message>
        <source>Cơ quan &amp;chủ quản:</source>
        <translation>&amp;Parent body:</translation>
    </message>
    <message>
        <source>QUỐC HỘI</source>
        <translation>QUỐC HỘI</translation>
    </message>
    <message>
        <source>Cơ quan &amp;ban hành:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <source>ỦY BAN THƯỜNG VỤ QUỐC HỘI</source>
        <translation>ỦY BAN THƯỜNG VỤ QUỐC HỘI</translation>
    </message>
    <message>
        <source>&amp;Ký hiệu:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>TB-UBTVQH15: không có dấu cách hay dấu /</source>
        <translation>TB-UBTVQH15: no spaces or /</translation>
    </message>
    <message>
        <source>Địa &amp;danh:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>Thẩm &amp;quyền ký:</source>
        <translation>Signature a&amp;uthority:</translation>
    </message>
    <message>
        <source>Cơ quan sau TM./KT.…:</source>
        <translation>Body after TM./KT.…:</translation>
    </message>
    <message>
        <source>Chức &amp;vụ người ký:</source>
        <translation>Si&amp;gner&apos;s position:</translation>
    </message>
    <message>
        <source>&amp;Họ tên người ký:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Mỗi dòng một nơi nhận, không cần “- ” và “;”</source>
        <translation>One recipient a line, without “- ” and “;”</translation>
    </message>
    <message>
        <source>&amp;Nơi nhận mặc định:</source>
        <translation>Default &amp;recipients:</translation>
    </message>
    <message>
        <source>Dòng &amp;lưu:</source>
        <translation>Arc&amp;hive line:</translation>
    </message>
    <message>
        <source>Lưu: HC, TK</source>
        <translation>Lưu: HC, TK</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Lư&amp;u cơ quan</source>
        <translation>Sa&amp;ve issuer</translation>
    </message>
    <message>
        <source>&amp;Loại thông báo:</source>
        <translation>&amp;Kind of notice:</translation>
    </message>
    <message>
        <source>&amp;Trích yếu:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Đoạn &amp;mở đầu:</source>
        <translation>&amp;Opening paragraph:</translation>
    </message>
    <message>
        <source>Các chỗ điền lấy từ nội dung phiên họp: {so_phien_hop}, {khoa}, {ngay_hop} (05/01/2027), {ngay_hop_bang_chu} (ngày 05 tháng 01 năm 2027), {noi_dung}, {co_quan_trinh}, {so_to_trinh}, {co_quan_tham_tra}, {so_bao_cao_tham_tra}, {tham_tra} (“ và … trình bày Báo cáo thẩm tra số …”, để trống khi không có cơ quan thẩm tra).</source>
        <translation>Placeholders filled from the meeting content: {so_phien_hop} (meeting number), {khoa} (term), {ngay_hop} (05/01/2027), {ngay_hop_bang_chu} (ngày 05 tháng 01 năm 2027), {noi_dung} (the content), {co_quan_trinh} (presenting agency), {so_to_trinh} (submission number), {co_quan_tham_tra} (reviewing agency), {so_bao_cao_tham_tra} (review report number), {tham_tra} (“ và … trình bày Báo cáo thẩm tra số …”, empty without a reviewing agency).</translation>
    </message>
    <message>
        <source> ngày làm việc</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>&amp;Hạn ban hành sau phiên họp:</source>
        <translation>&amp;Due after the meeting:</translation>
    </message>
    <message>
        <source>Lư&amp;u mẫu</source>
        <translation>Sa&amp;ve template</translation>
    </message>
    <message>
        <source> (ngừng dùng)</source>
        <translation> (not in use)</translation>
    </message>
    <message>
        <source>Không lưu được cơ quan ban hành</source>
        <translation>Could not save the issuer</translation>
    </message>
    <message>
        <source>Không lưu được mẫu thông báo</source>
        <translation>Could not save the template</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NoticeWorkflow</name>
    <message>
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Mở</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Mở thông báo trong cửa sổ soạn thảo (Enter)</source>
        <translation>Open the notice in the editor (Enter)</translation>
    </message>
    <message>
        <source>&amp;Trình duyệt</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Trình thông báo để lãnh đạo xem xét; lưu lại một phiên bản</source>
        <translation>Submit the notice for review; a revision is kept</translation>
    </message>
    <message>
        <source>T&amp;rả lại</source>
        <translation>&amp;Return</translation>
    </message>
    <message>
        <source>Trả lại người soạn, kèm ý kiến</source>
        <translation>Return to the drafter, with a comment</translation>
    </message>
    <message>
        <source>&amp;Góp ý…</source>
        <translation>&amp;Comment…</translation>
    </message>
    <message>
        <source>Ghi ý kiến về phiên bản mới nhất</source>
        <translation>Comment on the latest revision</translation>
    </message>
    <message>
        <source>&amp;Duyệt</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Duyệt thông báo đã trình</source>
        <translation>Approve the submitted notice</translation>
    </message>
    <message>
        <source>&amp;Ban hành…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>Cấp số và ban hành thông báo đã duyệt</source>
        <translation>Number and issue the approved notice</translation>
    </message>
    <message>
        <source>&amp;Hủy số…</source>
        <translation>&amp;Void number…</translation>
    </message>
    <message>
        <source>Hủy số của thông báo đã ban hành (ghi lý do; số không dùng lại)</source>
        <translation>Void the issued notice&apos;s number (with a reason; the number is never reused)</translation>
    </message>
    <message>
        <source>Đính &amp;chính</source>
        <translation>Corr&amp;ection</translation>
    </message>
    <message>
        <source>Soạn thông báo đính chính thông báo đã ban hành</source>
        <translation>Draft a notice correcting the issued notice</translation>
    </message>
    <message>
        <source>Xuất &amp;DOCX…</source>
        <translation>Export &amp;DOCX…</translation>
    </message>
    <message>
        <source>Xuất thông báo ra tệp Word (.docx) theo thể thức Nghị định 30</source>
        <translation>Export the notice to a Word file (.docx) in the Decree 30 layout</translation>
    </message>
    <message>
        <source>Xuất &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Xuất thông báo ra tệp PDF (thông báo đã ban hành: bản PDF lưu khi ban hành)</source>
        <translation>Export the notice to a PDF file (an issued notice: the PDF stored at issue)</translation>
    </message>
    <message>
        <source>&amp;Soạn</source>
        <translation>&amp;Draft</translation>
    </message>
    <message>
        <source>Người soạn không được duyệt thông báo của chính mình: người khác có quyền duyệt phải duyệt.</source>
        <translation>A drafter may not approve their own notice: another approver must approve it.</translation>
    </message>
    <message>
        <source>Không trình duyệt được</source>
        <translation>Could not submit</translation>
    </message>
    <message>
        <source>Đã trình duyệt thông báo (phiên bản %1).</source>
        <translation>Submitted the notice (revision %1).</translation>
    </message>
    <message>
        <source>Không trả lại được</source>
        <translation>Could not return</translation>
    </message>
    <message>
        <source>Đã trả lại thông báo cho người soạn.</source>
        <translation>Returned the notice to its drafter.</translation>
    </message>
    <message>
        <source>Không ghi được ý kiến</source>
        <translation>Could not record the comment</translation>
    </message>
    <message>
        <source>Đã ghi ý kiến.</source>
        <translation>Comment recorded.</translation>
    </message>
    <message>
        <source>Không duyệt được</source>
        <translation>Could not approve</translation>
    </message>
    <message>
        <source>Đã duyệt thông báo.</source>
        <translation>Approved the notice.</translation>
    </message>
    <message>
        <source>Không ban hành được</source>
        <translation>Could not issue</translation>
    </message>
    <message>
        <source>Đã ban hành Thông báo số %1.</source>
        <translation>Issued notice %1.</translation>
    </message>
    <message>
        <source>Không hủy được số</source>
        <translation>Could not void the number</translation>
    </message>
    <message>
        <source>Đã hủy số %1.</source>
        <translation>Voided number %1.</translation>
    </message>
    <message>
        <source>Không soạn được thông báo đính chính</source>
        <translation>Could not draft the correction</translation>
    </message>
    <message>
        <source>Đã tạo dự thảo đính chính %1.</source>
        <translation>Drafted a correction of %1.</translation>
    </message>
    <message>
        <source>Trả lại thông báo</source>
        <translation>Return the notice</translation>
    </message>
    <message>
        <source>Trả lại “%1” cho người soạn. Ý kiến (bắt buộc) ghi vào phiên bản mới nhất:</source>
        <translation>Return “%1” to its drafter. Comment (required) on the latest revision:</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Góp ý</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Ý kiến về phiên bản mới nhất của “%1”:</source>
        <translation>Comment on the latest revision of “%1”:</translation>
    </message>
    <message>
        <source>Ghi ý kiến</source>
        <translation>Record comment</translation>
    </message>
    <message>
        <source>Ban hành thông báo</source>
        <translation>Issue the notice</translation>
    </message>
    <message>
        <source>Trích yếu: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>&amp;Ngày ban hành:</source>
        <translation>Issue &amp;date:</translation>
    </message>
    <message>
        <source>Số sẽ cấp:</source>
        <translation>Number it will take:</translation>
    </message>
    <message>
        <source>Ban hành không thể hoàn tác: số lấy từ sổ đăng ký không dùng lại được, nội dung và bản PDF được khóa lại. Muốn sửa sau đó phải ban hành thông báo đính chính.</source>
        <translation>Issuing cannot be undone: the number taken from the register is never reused, and the content and the PDF are frozen. A later change needs a correcting notice.</translation>
    </message>
    <message>
        <source>Ban hành</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Hủy số thông báo</source>
        <translation>Void a notice number</translation>
    </message>
    <message>
        <source>Hủy số %1 (“%2”). Việc hủy số không thể hoàn tác: số này không được dùng lại, sổ đăng ký ghi là đã hủy. Lý do (bắt buộc):</source>
        <translation>Void number %1 (“%2”). Voiding cannot be undone: the number is never reused and the register marks it void. Reason (required):</translation>
    </message>
    <message>
        <source>Hủy số</source>
        <translation>Void number</translation>
    </message>
    <message>
        <source>Đính chính thông báo</source>
        <translation>Correct the notice</translation>
    </message>
    <message>
        <source>Soạn một thông báo mới đính chính Thông báo số %1? Thông báo đã ban hành giữ nguyên.</source>
        <translation>Draft a new notice correcting notice %1? The issued notice stays as it is.</translation>
    </message>
    <message>
        <source>Soạn đính chính</source>
        <translation>Draft correction</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Xuất DOCX</source>
        <translation>Export DOCX</translation>
    </message>
    <message>
        <source>Không xuất được thông báo</source>
        <translation>Could not export the notice</translation>
    </message>
    <message>
        <source>Đã xuất %1</source>
        <translation>Exported %1</translation>
    </message>
</context>
<context>
    <name>thuky::ui::NoticesPage</name>
    <message>
        <source>‹ Trang trước</source>
        <translation>‹ Previous page</translation>
    </message>
    <message>
        <source>Trang sau ›</source>
        <translation>Next page ›</translation>
    </message>
    <message>
        <source>Màu đỏ: quá hạn ban hành; màu cam: ban hành muộn.</source>
        <translation>Red: overdue; orange: issued late.</translation>
    </message>
    <message>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notices</translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Mọi loại</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Mọi cơ quan</source>
        <translation>All issuers</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Trạng t&amp;hái:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>Ki&amp;nd:</translation>
    </message>
    <message>
        <source>&amp;Cơ quan:</source>
        <translation>Iss&amp;uer:</translation>
    </message>
    <message>
        <source>Thông báo mớ&amp;i…</source>
        <translation>New &amp;notice…</translation>
    </message>
    <message>
        <source>Soạn thông báo kết luận mới từ một nội dung phiên họp hoặc theo loại (Ctrl+N)</source>
        <translation>Draft a new conclusion notice from a meeting content or of a kind (Ctrl+N)</translation>
    </message>
    <message>
        <source>Giao nhiệm &amp;vụ theo dõi…</source>
        <translation>Assign &amp;follow-up task…</translation>
    </message>
    <message>
        <source>Giao một nhiệm vụ trong chương trình công tác theo một kết luận đã ban hành</source>
        <translation>Assign a task in the work programme following an issued conclusion</translation>
    </message>
    <message>
        <source>&amp;Sổ đăng ký…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <source>Sổ đăng ký văn bản đi: mọi số thông báo của năm</source>
        <translation>Register of outgoing documents: every notice number of the year</translation>
    </message>
    <message>
        <source>Cơ quan ban hành và &amp;mẫu…</source>
        <translation>Issuers and &amp;templates…</translation>
    </message>
    <message>
        <source>%1 Thông báo đó không còn trong danh sách vì bộ lọc.</source>
        <translation>%1 That notice is no longer listed because of the filter.</translation>
    </message>
    <message>
        <source>Không có thông báo nào</source>
        <translation>No notices</translation>
    </message>
    <message>
        <source>%1–%2 trong %3</source>
        <translation>%1–%2 of %3</translation>
    </message>
    <message numerus="yes">
        <source>%n thông báo</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n quá hạn ban hành trên trang này</source>
        <translation>
            <numerusform>, %n overdue on this page</numerusform>
            <numerusform>, %n overdue on this page</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã tạo dự thảo thông báo.</source>
        <translation>Drafted a notice.</translation>
    </message>
    <message>
        <source>Không soạn được thông báo kết luận</source>
        <translation>Could not draft the conclusion notice</translation>
    </message>
    <message>
        <source>Đã tạo dự thảo thông báo: %1</source>
        <translation>Drafted a notice: %1</translation>
    </message>
    <message>
        <source>Đã giao nhiệm vụ theo kết luận %1.</source>
        <translation>Assigned a task following conclusion %1.</translation>
    </message>
    <message>
        <source>Tìm trích yếu, nội dung, số, người soạn (gõ không dấu được)</source>
        <translation>Search subject, text, number, drafter (accents optional)</translation>
    </message>
    <message>
        <source>Mỗi từ là đầu một từ, không cần dấu: &quot;ket lu&quot; tìm &quot;Kết luận&quot;; số như &quot;05/TB&quot;</source>
        <translation>Each word is the start of a word, accents optional: &quot;ket lu&quot; finds &quot;Kết luận&quot;; numbers as &quot;05/TB&quot;</translation>
    </message>
</context>
<context>
    <name>thuky::ui::PasswordDialog</name>
    <message>
        <source>Mật khẩu &amp;mới:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại không đúng.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::PersonDialog</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Sửa cán bộ</source>
        <translation>Edit official</translation>
    </message>
    <message>
        <source>Thêm cán bộ</source>
        <translation>Add official</translation>
    </message>
    <message>
        <source>(chưa có đơn vị)</source>
        <translation>(no unit)</translation>
    </message>
</context>
<context>
    <name>thuky::ui::PersonListModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Dùng</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ProgrammeDialog</name>
    <message>
        <source>Tạo chương trình</source>
        <translation>Create programme</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Chương trình công tác năm %1</source>
        <translation>Work programme %1</translation>
    </message>
    <message>
        <source>Chương trình công tác năm %1 của %2</source>
        <translation>Work programme %1 of %2</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ProgrammePage</name>
    <message>
        <source>Chương trình công tác</source>
        <translation>Work programme</translation>
    </message>
    <message>
        <source>&amp;Sắp xếp theo</source>
        <translation>&amp;Sort by</translation>
    </message>
    <message>
        <source>&amp;Giảm dần</source>
        <translation>&amp;Descending</translation>
    </message>
    <message>
        <source>&amp;Thêm nhiệm vụ…</source>
        <translation>&amp;Add task…</translation>
    </message>
    <message>
        <source>&amp;Sửa nhiệm vụ…</source>
        <translation>&amp;Edit task…</translation>
    </message>
    <message>
        <source>Sửa nhiệm vụ đang chọn (F2, Enter hoặc nhấp đúp)</source>
        <translation>Edit the selected task (F2, Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Xóa nhiệm vụ…</source>
        <translation>De&amp;lete task…</translation>
    </message>
    <message>
        <source>&amp;Ghi tiến độ…</source>
        <translation>&amp;Record progress…</translation>
    </message>
    <message>
        <source>&amp;Nhập từ tệp…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <source>&amp;Xuất ra tệp…</source>
        <translation>E&amp;xport to file…</translation>
    </message>
    <message>
        <source>&amp;Lịch sử thay đổi…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>Ai đã thêm, sửa nhiệm vụ đang chọn, khi nào, sửa những gì</source>
        <translation>Who added or edited the selected task, when, and what changed</translation>
    </message>
    <message>
        <source>Xem &amp;chi tiết…</source>
        <translation>View &amp;details…</translation>
    </message>
    <message>
        <source>Đọc nhiệm vụ đang chọn và các báo cáo tiến độ của nó, không sửa (Shift+F2)</source>
        <translation>Read the selected task and its progress reports without editing (Shift+F2)</translation>
    </message>
    <message>
        <source>Nhiệm vụ %1 đã được lưu nhưng không hiện vì bộ lọc đang ẩn nó.</source>
        <translation>Task %1 was saved but is not shown because the filter hides it.</translation>
    </message>
    <message>
        <source>Chưa có chương trình công tác nào. Bấm “Chương trình mới…” để tạo, hoặc nhập từ tệp (Ctrl+I).</source>
        <translation>No work programme yet. Click “New programme…” to create one, or import from a file (Ctrl+I).</translation>
    </message>
    <message>
        <source>Chưa có chương trình công tác nào. Chuyên viên hoặc lãnh đạo tạo chương trình mới hoặc nhập từ tệp.</source>
        <translation>No work programme yet. A drafter or the leadership creates a new programme or imports one from a file.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; nhiệm vụ</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; tasks</translation>
    </message>
    <message>
        <source>Tiến độ trung bình: &lt;b&gt;%1%&lt;/b&gt;</source>
        <translation>Average progress: &lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Quá hạn: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Overdue: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hoàn thành trễ hạn: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Done late: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sắp đến hạn: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Due soon: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chương trình năm %1 · %2 dòng</source>
        <translation>Programme %1 · %2 rows</translation>
    </message>
    <message>
        <source>Chương trình năm %1 · bộ lọc giữ %2 trong %3 dòng</source>
        <translation>Programme %1 · filter shows %2 of %3 rows</translation>
    </message>
    <message>
        <source>Cột hiển thị</source>
        <translation>Visible columns</translation>
    </message>
    <message>
        <source>Xóa nhiệm vụ %1 “%2”?</source>
        <translation>Delete task %1 “%2”?</translation>
    </message>
    <message numerus="yes">
        <source>Cùng bị xóa: %n nhiệm vụ con và các báo cáo tiến độ của chúng.</source>
        <translation>
            <numerusform>Also deleted: %n sub-task and its progress reports.</numerusform>
            <numerusform>Also deleted: %n sub-tasks and their progress reports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Các báo cáo tiến độ của nhiệm vụ cũng bị xóa.</source>
        <translation>The task&apos;s progress reports are deleted too.</translation>
    </message>
    <message>
        <source>Có thể hoàn tác (Ctrl+Z).</source>
        <translation>This can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Xóa nhiệm vụ</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Chuyển tiếp sang năm sau</source>
        <translation>Carry over to next year</translation>
    </message>
    <message>
        <source>Chương trình năm %1 không còn nhiệm vụ nào chưa hoàn thành.</source>
        <translation>The %1 programme has no unfinished tasks left.</translation>
    </message>
    <message numerus="yes">
        <source>Chuyển %n nhiệm vụ chưa hoàn thành của năm %1 sang chương trình năm %2?</source>
        <translation>
            <numerusform>Carry %n unfinished task of %1 over to the %2 programme?</numerusform>
            <numerusform>Carry %n unfinished tasks of %1 over to the %2 programme?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Chuyển tiếp</source>
        <translation>Carry &amp;over</translation>
    </message>
    <message>
        <source>Các đề mục của chúng được chép theo; nhiệm vụ đã chuyển trước đây được bỏ qua. Việc chuyển tiếp không hoàn tác được bằng lệnh Hoàn tác.</source>
        <translation>Their sections are copied along; tasks carried over before are skipped. Carrying over cannot be undone with Undo.</translation>
    </message>
    <message numerus="yes">
        <source>Đã chuyển %n nhiệm vụ sang chương trình năm %1.</source>
        <translation>
            <numerusform>Carried %n task over to the %1 programme.</numerusform>
            <numerusform>Carried %n tasks over to the %1 programme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập %n dòng (nhiệm vụ và đề mục).</source>
        <translation>
            <numerusform>Imported %n row (tasks and sections).</numerusform>
            <numerusform>Imported %n rows (tasks and sections).</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã xuất chương trình năm %1 ra %2.</source>
        <translation>Exported the %1 programme to %2.</translation>
    </message>
    <message>
        <source>Nhiệm vụ %1 “%2”</source>
        <translation>Task %1 “%2”</translation>
    </message>
    <message>
        <source>Chưa có chương trình công tác nào. Bước tiếp theo: mở “Quản trị” ở thanh bên và thêm tài khoản cho chuyên viên (Ctrl+N), rồi đăng xuất (Tài khoản → Đăng xuất) và đăng nhập bằng tài khoản đó để tạo hoặc nhập chương trình.</source>
        <translation>No work programme yet. Next step: open “Administration” in the sidebar and add an account for a drafter (Ctrl+N), then log out (Account → Log out) and log in with that account to create or import a programme.</translation>
    </message>
    <message>
        <source>&amp;Báo cáo định kỳ…</source>
        <translation>&amp;Periodic report…</translation>
    </message>
    <message>
        <source>Báo cáo tháng, quý, 6 tháng, 9 tháng, năm của chương trình ra Word, PDF hoặc Excel</source>
        <translation>The programme&apos;s monthly, quarterly, six-month, nine-month or yearly report to Word, PDF or Excel</translation>
    </message>
    <message>
        <source>Báo cáo định kỳ</source>
        <translation>Periodic report</translation>
    </message>
    <message>
        <source>Bao cao %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Kết quả thực hiện %1, %2 (đến ngày %3)</source>
        <translation>Progress of %1, %2 (as of %3)</translation>
    </message>
    <message>
        <source>Đã lập báo cáo %1 ra %2.</source>
        <translation>Wrote the report for %1 to %2.</translation>
    </message>
    <message>
        <source>Đã lưu ngày chốt số liệu báo cáo định kỳ của Vụ: %1.</source>
        <translation>Saved the office&apos;s report cut-off day: %1.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ProgressDialog</name>
    <message>
        <source>&amp;Ghi</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Ghi tiến độ nhiệm vụ %1</source>
        <translation>Record progress of task %1</translation>
    </message>
    <message>
        <source>— Theo tiến độ —</source>
        <translation>— From progress —</translation>
    </message>
    <message>
        <source>Để trống: 100% là hoàn thành, báo cáo đầu tiên chuyển sang đang thực hiện</source>
        <translation>Leave empty: 100% means done, the first report sets it in progress</translation>
    </message>
    <message>
        <source>Trạng thái chuyển thành “%1” và ngày hoàn thành bị xóa.</source>
        <translation>The status becomes “%1” and the completion date is cleared.</translation>
    </message>
    <message>
        <source>Hạn chót %1 đã qua nên nhiệm vụ sẽ thành quá hạn.</source>
        <translation>The deadline %1 has passed, so the task will be overdue.</translation>
    </message>
    <message>
        <source>Nhiệm vụ %1 đã hoàn thành ngày %2.</source>
        <translation>Task %1 was completed on %2.</translation>
    </message>
    <message>
        <source>Nhiệm vụ %1 đã hoàn thành.</source>
        <translation>Task %1 is done.</translation>
    </message>
    <message>
        <source>Mở lại nhiệm vụ đã hoàn thành</source>
        <translation>Reopen a completed task</translation>
    </message>
    <message>
        <source>Ghi %1% sẽ mở lại nhiệm vụ này.</source>
        <translation>Recording %1% will reopen this task.</translation>
    </message>
    <message>
        <source>&amp;Mở lại</source>
        <translation>&amp;Reopen</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ReadinessModel</name>
    <message>
        <source>%1 quá hạn</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 sắp đến hạn</source>
        <translation>%1 due soon</translation>
    </message>
    <message>
        <source>%1 chưa đến hạn</source>
        <translation>%1 not yet due</translation>
    </message>
    <message>
        <source>%1 nhận muộn</source>
        <translation>%1 received late</translation>
    </message>
    <message>
        <source>%1 · hạn %2</source>
        <translation>%1 · due %2</translation>
    </message>
    <message>
        <source>Cơ quan / nội dung / tài liệu</source>
        <translation>Agency / content / document</translation>
    </message>
    <message>
        <source>Hạn gửi</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Timeliness</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ReadinessPanel</name>
    <message>
        <source>Xuất danh sách nhắc việc (DOCX/PDF)</source>
        <translation>Export reminder lists (DOCX/PDF)</translation>
    </message>
    <message>
        <source>Mỗi cơ quan một trang: các tài liệu còn thiếu của phiên họp đang chọn, hạn gửi và tình trạng, để gửi đi (DOCX hoặc PDF)</source>
        <translation>One page per agency: the missing documents of the selected meeting, their deadlines and timeliness, ready to send (DOCX or PDF)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Không có phiên họp nào sắp tới.</source>
        <translation>No upcoming meetings.</translation>
    </message>
    <message>
        <source>Đã nhận đủ %1 tài liệu. Hạn gửi tài liệu: %2.</source>
        <translation>All %1 documents received. Document deadline: %2.</translation>
    </message>
    <message>
        <source>Còn thiếu &lt;b&gt;%1&lt;/b&gt;/%2 tài liệu. Hạn gửi tài liệu: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; of %2 documents still missing. Document deadline: %3.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::RecordHistoryDialog</name>
    <message>
        <source>Lịch sử thay đổi — %1</source>
        <translation>Change history — %1</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>%1 — %2 mục trong nhật ký, mới nhất ở trên.</source>
        <translation>%1 — %2 audit trail entries, newest first.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ReportDialog</name>
    <message>
        <source>Báo cáo tháng</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Báo cáo quý</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <source>Báo cáo 6 tháng</source>
        <translation>Six-month report</translation>
    </message>
    <message>
        <source>Báo cáo 9 tháng</source>
        <translation>Nine-month report</translation>
    </message>
    <message>
        <source>Báo cáo năm</source>
        <translation>Yearly report</translation>
    </message>
    <message>
        <source>Văn bản Word (.docx)</source>
        <translation>Word document (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Bảng số liệu Excel (.xlsx)</source>
        <translation>Excel figures (.xlsx)</translation>
    </message>
    <message>
        <source>Kỳ báo cáo kết thúc vào ngày này của tháng cuối kỳ và bắt đầu ngay sau kỳ trước</source>
        <translation>A period ends on this day of its last month and starts the day after the previous one</translation>
    </message>
    <message>
        <source>&amp;Lập báo cáo…</source>
        <translation>&amp;Write report…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Từ ngày %1 đến ngày %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Dùng ngày chốt này cho mọi báo cáo định kỳ của Vụ, trên mọi máy và ở dòng lệnh (hiện là %1)</source>
        <translation>Use this cut-off day for every periodic report of the office, on every computer and on the command line (now %1)</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ResetPasswordDialog</name>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Đặt mật khẩu mới cho &lt;b&gt;%1&lt;/b&gt; (%2). Tài khoản đang bị tạm khóa cũng được mở khóa. Hãy báo mật khẩu mới cho chủ tài khoản qua kênh an toàn và đề nghị họ đổi lại sau khi đăng nhập.</source>
        <translation>Set a new password for &lt;b&gt;%1&lt;/b&gt; (%2). A locked account is unlocked as well. Give the new password to the account&apos;s owner through a safe channel and ask them to change it after logging in.</translation>
    </message>
    <message>
        <source>Đặt mật khẩu</source>
        <translation>Set password</translation>
    </message>
</context>
<context>
    <name>thuky::ui::SearchDialog</name>
    <message>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Tìm nhiệm vụ, nội dung phiên họp, thông báo, cán bộ… (không dấu cũng được)</source>
        <translation>Search tasks, meeting contents, notices, people… (accents optional)</translation>
    </message>
    <message>
        <source>Các từ đều phải có; &quot;cụm từ&quot; trong ngoặc kép; thuong* tìm theo đầu từ.</source>
        <translation>Every word must be there; &quot;a phrase&quot; in quotes; thuong* finds words starting so.</translation>
    </message>
    <message>
        <source>Mọi loại</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Loại bản ghi</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Năm (cán bộ không có năm nên không hiện khi chọn một năm)</source>
        <translation>Year (people have none, so they are left out when a year is chosen)</translation>
    </message>
    <message>
        <source>↑↓ chọn · Enter mở · Esc đóng</source>
        <translation>↑↓ choose · Enter open · Esc close</translation>
    </message>
    <message>
        <source>Gõ để tìm.</source>
        <translation>Type to search.</translation>
    </message>
    <message>
        <source>hơn %1</source>
        <translation>more than %1</translation>
    </message>
    <message>
        <source>%1 — %2 đầu tiên trong %3</source>
        <translation>%1 — first %2 of %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Năm %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Không tìm thấy gì.</source>
        <translation>Nothing found.</translation>
    </message>
    <message numerus="yes">
        <source>%n kết quả.</source>
        <translation>
            <numerusform>%n hit.</numerusform>
            <numerusform>%n hits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thuky::ui::SessionAgendaModel</name>
    <message>
        <source> · Đợt %1</source>
        <translation> · Phase %1</translation>
    </message>
    <message>
        <source> · ngoài các đợt họp</source>
        <translation> · outside the phases</translation>
    </message>
    <message>
        <source> · ngày nghỉ</source>
        <translation> · day off</translation>
    </message>
    <message>
        <source>Ngày nghỉ (cuối tuần hoặc ngày lễ): nội dung xếp vào ngày này bị cảnh báo.</source>
        <translation>Day off (weekend or public holiday): items placed on it are flagged.</translation>
    </message>
    <message>
        <source>Ngày nằm ngoài các đợt họp của kỳ họp.</source>
        <translation>This day is outside the session&apos;s phases.</translation>
    </message>
    <message>
        <source>%1 (%2) · chưa có nội dung</source>
        <translation>%1 (%2) · no items yet</translation>
    </message>
    <message>
        <source>%1 (%2) · dự kiến %3/%4 phút</source>
        <translation>%1 (%2) · planned %3/%4 min</translation>
    </message>
    <message>
        <source>Thời gian dự kiến vượt độ dài buổi họp (%1 phút).</source>
        <translation>The planned time exceeds the half-day&apos;s length (%1 min).</translation>
    </message>
    <message>
        <source>Vấn đề: %1</source>
        <translation>Matter: %1</translation>
    </message>
    <message>
        <source>Cơ quan trình: %1</source>
        <translation>Presenting agency: %1</translation>
    </message>
    <message>
        <source>Cơ quan thẩm tra: %1</source>
        <translation>Reviewing agency: %1</translation>
    </message>
    <message>
        <source>Người trình bày: %1</source>
        <translation>Presenter: %1</translation>
    </message>
    <message>
        <source>Điều hành: %1</source>
        <translation>Chair: %1</translation>
    </message>
    <message>
        <source>Địa điểm: %1</source>
        <translation>Venue: %1</translation>
    </message>
    <message>
        <source>Truyền hình trực tiếp</source>
        <translation>Live broadcast</translation>
    </message>
    <message>
        <source>Ghi chú: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Thời lượng dự kiến (phút)</source>
        <translation>Planned duration (minutes)</translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Cơ quan trình</source>
        <translation>Presenting agency</translation>
    </message>
    <message>
        <source>Người trình bày</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Phút</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>THTT</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>thuky::ui::SessionCompareDialog</name>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <source>%1, %2, thứ %3</source>
        <translation>%1, %2, no. %3</translation>
    </message>
    <message>
        <source>Chọn hai phiên bản khác nhau để so sánh.</source>
        <translation>Choose two different versions to compare.</translation>
    </message>
    <message>
        <source>Nội dung thêm mới</source>
        <translation>Items added</translation>
    </message>
    <message>
        <source>thêm</source>
        <translation>added</translation>
    </message>
    <message>
        <source>Nội dung bỏ</source>
        <translation>Items removed</translation>
    </message>
    <message>
        <source>bỏ</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Nội dung chuyển thời gian</source>
        <translation>Items moved</translation>
    </message>
    <message>
        <source>chuyển</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>Nội dung sửa đổi</source>
        <translation>Items changed</translation>
    </message>
    <message>
        <source>Hai phiên bản giống nhau.</source>
        <translation>The two versions are the same.</translation>
    </message>
    <message>
        <source>Thêm %1, bỏ %2, chuyển %3, sửa %4 nội dung.</source>
        <translation>%1 added, %2 removed, %3 moved, %4 changed.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::SessionDialog</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Khóa %1 (%2–%3)</source>
        <translation>Term %1 (%2–%3)</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Đợt %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Thêm kỳ họp</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>Sửa kỳ họp</source>
        <translation>Edit session</translation>
    </message>
</context>
<context>
    <name>thuky::ui::SessionItemDialog</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>— Không gắn với vấn đề nào —</source>
        <translation>— No matter —</translation>
    </message>
    <message>
        <source>Thêm nội dung chương trình</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Sửa nội dung chương trình</source>
        <translation>Edit agenda item</translation>
    </message>
    <message>
        <source>— Chưa xác định —</source>
        <translation>— Not set —</translation>
    </message>
</context>
<context>
    <name>thuky::ui::SessionMatterDialog</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>— Chưa xác định —</source>
        <translation>— Not set —</translation>
    </message>
</context>
<context>
    <name>thuky::ui::SessionsPage</name>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Xuất chương trình kỳ họp</source>
        <translation>Export the session agenda</translation>
    </message>
    <message>
        <source>Đã xuất chương trình kỳ họp ra %1.</source>
        <translation>Exported the session agenda to %1.</translation>
    </message>
    <message>
        <source>Xuất lịch làm việc một ngày</source>
        <translation>Export one day&apos;s schedule</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Đã xuất lịch làm việc ngày %1 ra %2.</source>
        <translation>Exported the schedule of %1 to %2.</translation>
    </message>
    <message>
        <source>Xuất chương trình ra tệp .ics</source>
        <translation>Export the agenda to an .ics file</translation>
    </message>
    <message>
        <source>Lịch iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Đã xuất %n nội dung ra %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Xuất phụ lục thay đổi</source>
        <translation>Export the changes annex</translation>
    </message>
    <message>
        <source>Đã xuất phụ lục thay đổi ra %1.</source>
        <translation>Exported the changes annex to %1.</translation>
    </message>
    <message>
        <source>Nhấp vào một mục để chọn nội dung liên quan trong chương trình</source>
        <translation>Click a finding to select its item in the agenda</translation>
    </message>
    <message>
        <source>Chương trình kỳ họp</source>
        <translation>Session agendas</translation>
    </message>
    <message>
        <source>&amp;Thêm nội dung…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <source>Thêm một nội dung vào buổi đang chọn (Ctrl+N)</source>
        <translation>Add an item to the selected half-day (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Sửa nội dung…</source>
        <translation>&amp;Edit item…</translation>
    </message>
    <message>
        <source>Sửa nội dung đang chọn (Enter, F2 hoặc nhấp đúp)</source>
        <translation>Edit the selected item (Enter, F2 or double-click)</translation>
    </message>
    <message>
        <source>&amp;Nhân bản</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>Một bản sao của nội dung đang chọn, ngay sau nó (Ctrl+D)</source>
        <translation>A copy of the selected item, right after it (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Xóa nội dung…</source>
        <translation>De&amp;lete item…</translation>
    </message>
    <message>
        <source>Xóa nội dung đang chọn khỏi phiên bản này (Delete)</source>
        <translation>Delete the selected item from this version (Delete)</translation>
    </message>
    <message>
        <source>Chuyển &amp;lên</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Đưa nội dung lên trước trong buổi (Alt+↑)</source>
        <translation>Move the item earlier in its half-day (Alt+↑)</translation>
    </message>
    <message>
        <source>Chuyển xuốn&amp;g</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Đưa nội dung xuống sau trong buổi (Alt+↓)</source>
        <translation>Move the item later in its half-day (Alt+↓)</translation>
    </message>
    <message>
        <source>Thêm &amp;kỳ họp…</source>
        <translation>Add &amp;session…</translation>
    </message>
    <message>
        <source>Thêm một kỳ họp với các đợt họp (Ctrl+Shift+N)</source>
        <translation>Add a session with its phases (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Sửa thông tin kỳ &amp;họp…</source>
        <translation>Edit sess&amp;ion…</translation>
    </message>
    <message>
        <source>&amp;Phiên bản mới</source>
        <translation>New &amp;version</translation>
    </message>
    <message>
        <source>Bắt đầu phiên bản mới từ bản sao của phiên bản cuối; phiên bản cuối chỉ còn để xem</source>
        <translation>Start a new version as a copy of the last; the last becomes read-only</translation>
    </message>
    <message>
        <source>Ghi nhận thông qu&amp;a…</source>
        <translation>Record ad&amp;option…</translation>
    </message>
    <message>
        <source>Ghi nhận Quốc hội đã thông qua phiên bản mới nhất</source>
        <translation>Record that the Assembly adopted the newest version</translation>
    </message>
    <message>
        <source>S&amp;o sánh phiên bản…</source>
        <translation>Com&amp;pare versions…</translation>
    </message>
    <message>
        <source>Những nội dung thêm, bỏ, chuyển, sửa giữa hai phiên bản</source>
        <translation>Items added, removed, moved and changed between two versions</translation>
    </message>
    <message>
        <source>Xuất &amp;chương trình kỳ họp…</source>
        <translation>Export &amp;agenda document…</translation>
    </message>
    <message>
        <source>Phiên bản đang xem thành văn bản chương trình, DOCX hoặc PDF khổ A4 (Ctrl+Shift+E)</source>
        <translation>The version shown as the agenda document, DOCX or A4 PDF (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Xuất lịch làm việc &amp;một ngày…</source>
        <translation>Export one &amp;day&apos;s schedule…</translation>
    </message>
    <message>
        <source>Lịch làm việc của ngày đang chọn, DOCX hoặc PDF</source>
        <translation>The schedule of the selected day, DOCX or PDF</translation>
    </message>
    <message>
        <source>Xuất chương trình ra tệp .&amp;ics…</source>
        <translation>Export to .&amp;ics file…</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Thêm kỳ họp…</source>
        <translation>Add session…</translation>
    </message>
    <message>
        <source>Sửa kỳ họp…</source>
        <translation>Edit session…</translation>
    </message>
    <message>
        <source>Phiên bản mới</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Thông qua…</source>
        <translation>Adopt…</translation>
    </message>
    <message>
        <source>So sánh…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>Xuất văn bản…</source>
        <translation>Export document…</translation>
    </message>
    <message>
        <source>Xuất một ngày…</source>
        <translation>Export a day…</translation>
    </message>
    <message>
        <source>Xuất .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <source>Các nội dung của phiên bản đang xem cho Outlook, Thunderbird (Ctrl+E)</source>
        <translation>The items of the version shown, for Outlook and Thunderbird (Ctrl+E)</translation>
    </message>
    <message>
        <source>Khóa %1 (%2–%3)</source>
        <translation>Term %1 (%2–%3)</translation>
    </message>
    <message>
        <source>Khóa %1</source>
        <translation>Term %1</translation>
    </message>
    <message numerus="yes">
        <source>%n nội dung</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source> · chỉ xem</source>
        <translation> · read-only</translation>
    </message>
    <message>
        <source>Đã thông qua ngày %1: chỉ xem</source>
        <translation>Adopted on %1: read-only</translation>
    </message>
    <message>
        <source>Đã có phiên bản mới hơn: chỉ xem</source>
        <translation>A newer version exists: read-only</translation>
    </message>
    <message>
        <source>Chưa có kỳ họp nào. Thêm kỳ họp (Ctrl+Shift+N) để bắt đầu lập chương trình.</source>
        <translation>No session yet. Add a session (Ctrl+Shift+N) to start its agenda.</translation>
    </message>
    <message>
        <source>Chọn một kỳ họp ở bên trái.</source>
        <translation>Choose a session on the left.</translation>
    </message>
    <message>
        <source>Kỳ họp chưa có chương trình. Bấm “Phiên bản mới” để lập dự kiến chương trình lần 1.</source>
        <translation>The session has no agenda yet. Click “New version” to draft the first one.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (thông qua ngày %1)</source>
        <translation> (adopted on %1)</translation>
    </message>
    <message>
        <source>Chỉ xem: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>Chỉ xem: phiên bản này đã được Quốc hội thông qua ngày %1. Mọi điều chỉnh làm trong một phiên bản mới (“Phiên bản mới”).</source>
        <translation>Read-only: the Assembly adopted this version on %1. Any change goes into a new version (“New version”).</translation>
    </message>
    <message>
        <source>Chỉ xem: đã có phiên bản mới hơn của chương trình. Chọn phiên bản mới nhất ở bên trái để chỉnh sửa.</source>
        <translation>Read-only: a newer version of the agenda exists. Choose the newest version on the left to edit it.</translation>
    </message>
    <message>
        <source>Kiểm tra chương trình</source>
        <translation>Agenda checks</translation>
    </message>
    <message>
        <source>Không phát hiện vấn đề nào.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Kiểm tra chương trình (%1)</source>
        <translation>Agenda checks (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n nội dung</source>
        <translation>
            <numerusform>%1 · %2 · %n item</numerusform>
            <numerusform>%1 · %2 · %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n điểm cần xem</source>
        <translation>
            <numerusform> · %n finding</numerusform>
            <numerusform> · %n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Nội dung chương trình (chỉ xem)</source>
        <translation>Agenda item (read-only)</translation>
    </message>
    <message>
        <source>Xóa nội dung</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>Xóa nội dung “%1” khỏi phiên bản này của chương trình?</source>
        <translation>Delete the item “%1” from this version of the agenda?</translation>
    </message>
    <message>
        <source>Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Lập phiên bản mới của chương trình %1 từ bản sao của “%2”?</source>
        <translation>Make a new version of the agenda of the %1 as a copy of “%2”?</translation>
    </message>
    <message>
        <source>Lập phiên bản mới</source>
        <translation>Make new version</translation>
    </message>
    <message>
        <source>Phiên bản “%1” sẽ chỉ còn để xem.</source>
        <translation>Version “%1” will become read-only.</translation>
    </message>
    <message>
        <source>Ghi nhận thông qua</source>
        <translation>Record adoption</translation>
    </message>
    <message>
        <source>Ghi nhận Quốc hội đã thông qua “%1” ngày %2?</source>
        <translation>Record that the Assembly adopted “%1” on %2?</translation>
    </message>
    <message>
        <source>Phiên bản này sẽ chỉ còn để xem: mọi điều chỉnh sau đó làm trong một phiên bản mới. Việc ghi nhận không hoàn tác được.</source>
        <translation>This version will become read-only: later changes go into a new version. Recording the adoption cannot be undone.</translation>
    </message>
    <message>
        <source>Đã ghi nhận thông qua “%1”.</source>
        <translation>Recorded the adoption of “%1”.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::ShortcutsDialog</name>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Phím</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Lệnh</source>
        <translation>Command</translation>
    </message>
    <message>
        <source> hoặc </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>thuky::ui::TaskDetailsDialog</name>
    <message>
        <source>Đề mục %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Nhiệm vụ %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Thuộc</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp</source>
        <translation>Coordinating units</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Time frame</translation>
    </message>
    <message>
        <source>Hạn chót</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>thuky::ui::TaskDialog</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Quý %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>Gõ để tìm đơn vị…</source>
        <translation>Type to find a unit…</translation>
    </message>
    <message>
        <source>Theo kế hoạch</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Bổ sung trong năm</source>
        <translation>Added during the year</translation>
    </message>
    <message>
        <source>— Cấp cao nhất —</source>
        <translation>— Top level —</translation>
    </message>
    <message>
        <source>— Không có —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Sửa nhiệm vụ %1</source>
        <translation>Edit task %1</translation>
    </message>
    <message>
        <source>Hạn chót ngoài năm của chương trình</source>
        <translation>Deadline outside the programme&apos;s year</translation>
    </message>
    <message>
        <source>Hạn chót %1 không thuộc năm %2 của chương trình này. Vẫn lưu?</source>
        <translation>The deadline %1 is not in this programme&apos;s year %2. Save anyway?</translation>
    </message>
    <message>
        <source>&amp;Vẫn lưu</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>Nhiệm vụ của năm khác nên được ghi vào chương trình năm đó, hoặc chuyển tiếp sang năm sau.</source>
        <translation>A task of another year belongs in that year&apos;s programme, or is carried over to the next year.</translation>
    </message>
    <message>
        <source>Không có đơn vị &quot;%1&quot; trong danh mục. Hãy chọn một đơn vị trong danh sách.</source>
        <translation>There is no unit &quot;%1&quot; in the catalogue. Choose a unit from the list.</translation>
    </message>
</context>
<context>
    <name>thuky::ui::TaskFilterBar</name>
    <message>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Timeliness</translation>
    </message>
</context>
<context>
    <name>thuky::ui::TaskListModel</name>
    <message>
        <source>Không sắp xếp được theo cột này</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp</source>
        <translation>Coordinating units</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Time frame</translation>
    </message>
    <message>
        <source>Hạn chót</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>thuky::ui::UserDialog</name>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>— Không —</source>
        <translation>— None —</translation>
    </message>
    <message>
        <source>Được: %1.</source>
        <translation>May: %1.</translation>
    </message>
    <message>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Sửa tài khoản %1</source>
        <translation>Edit account %1</translation>
    </message>
    <message>
        <source>&amp;Thêm</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>thuky::ui::UserListModel</name>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tạm khóa đến</source>
        <translation>Locked until</translation>
    </message>
</context>
</TS>
