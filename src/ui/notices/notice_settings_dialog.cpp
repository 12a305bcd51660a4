#include "notices/notice_settings_dialog.h"

#include "common/message_boxes.h"
#include "notices/notice_texts.h"

#include "thuky/services/notice_service.h"
#include "thuky/services/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thuky::ui {

using services::Action;

NoticeSettingsDialog::NoticeSettingsDialog(services::Workspace &workspace, domain::Actor actor,
                                           QWidget *parent)
    : QDialog(parent), m_workspace(workspace),
      m_permissions(workspace.authorizer(), std::move(actor)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("noticeSettingsDialog"));
    setWindowTitle(tr("Cơ quan ban hành và mẫu thông báo"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(createIssuerTab(), tr("Cơ quan ban hành"));
    m_tabs->addTab(createTemplateTab(), tr("Mẫu thông báo"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Đóng"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 620);
    loadIssuers(0);
    showTemplate(domain::NoticeKind::Ubtvqh);
}

QWidget *NoticeSettingsDialog::createIssuerTab()
{
    auto *page = new QWidget;
    auto *row = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    m_issuers = new QListWidget;
    m_issuers->setObjectName(QStringLiteral("issuerList"));
    left->addWidget(m_issuers, 1);
    m_addIssuer = new QPushButton(tr("&Thêm cơ quan"));
    left->addWidget(m_addIssuer);
    row->addLayout(left, 1);

    auto *form = new QFormLayout;
    auto line = [&](const QString &label, QLineEdit *&edit, const QString &tip = {}) {
        edit = new QLineEdit;
        edit->setToolTip(tip);
        form->addRow(label, edit);
    };
    line(tr("&Mã:"), m_code, tr("Tên ngắn dùng trong dòng lệnh: UBTVQH, TTKQH"));
    line(tr("Cơ quan &chủ quản:"), m_parentBody, tr("QUỐC HỘI"));
    line(tr("Cơ quan &ban hành:"), m_issuingBody, tr("ỦY BAN THƯỜNG VỤ QUỐC HỘI"));
    line(tr("&Ký hiệu:"), m_symbol, tr("TB-UBTVQH15: không có dấu cách hay dấu /"));
    line(tr("Địa &danh:"), m_place);
    m_authority = new QComboBox;
    for (const domain::SignatureAuthority a : domain::kAllSignatureAuthorities)
        m_authority->addItem(signatureAuthorityText(a), int(a));
    form->addRow(tr("Thẩm &quyền ký:"), m_authority);
    line(tr("Cơ quan sau TM./KT.…:"), m_authorityBody);
    line(tr("Chức &vụ người ký:"), m_signerPosition);
    line(tr("&Họ tên người ký:"), m_signerName);
    m_recipients = new QPlainTextEdit;
    m_recipients->setTabChangesFocus(true);
    m_recipients->setToolTip(tr("Mỗi dòng một nơi nhận, không cần “- ” và “;”"));
    m_recipients->setMaximumHeight(110);
    form->addRow(tr("&Nơi nhận mặc định:"), m_recipients);
    line(tr("Dòng &lưu:"), m_archive, tr("Lưu: HC, TK"));
    m_active = new QCheckBox(tr("Đang dùng"));
    form->addRow(QString(), m_active);
    m_saveIssuer = new QPushButton(tr("Lư&u cơ quan"));
    m_saveIssuer->setObjectName(QStringLiteral("saveIssuerButton"));
    form->addRow(QString(), m_saveIssuer);
    row->addLayout(form, 2);

    connect(m_issuers, &QListWidget::currentRowChanged, this, [this](int r) {
        if (r >= 0 && r < m_list.size())
            showIssuer(m_list[r]);
    });
    connect(m_addIssuer, &QPushButton::clicked, this, &NoticeSettingsDialog::newIssuer);
    connect(m_saveIssuer, &QPushButton::clicked, this, [this] { saveIssuer(); });
    m_permissions.apply(m_saveIssuer, Action::ConfigureNotices);
    m_permissions.apply(m_addIssuer, Action::ConfigureNotices);
    return page;
}

QWidget *NoticeSettingsDialog::createTemplateTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_kind = new QComboBox;
    for (const domain::NoticeKind k : domain::kAllNoticeKinds)
        m_kind->addItem(noticeKindText(k), int(k));
    form->addRow(tr("&Loại thông báo:"), m_kind);
    m_tmplSubject = new QLineEdit;
    form->addRow(tr("&Trích yếu:"), m_tmplSubject);
    m_opening = new QPlainTextEdit;
    m_opening->setTabChangesFocus(true);
    form->addRow(tr("Đoạn &mở đầu:"), m_opening);
    auto *help = new QLabel(
        tr("Các chỗ điền lấy từ nội dung phiên họp: {so_phien_hop}, {khoa}, {ngay_hop} "
           "(05/01/2027), {ngay_hop_bang_chu} (ngày 05 tháng 01 năm 2027), {noi_dung}, "
           "{co_quan_trinh}, {so_to_trinh}, {co_quan_tham_tra}, {so_bao_cao_tham_tra}, "
           "{tham_tra} (“ và … trình bày Báo cáo thẩm tra số …”, để trống khi không có cơ "
           "quan thẩm tra)."));
    help->setWordWrap(true);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), help);
    m_dueDays = new QSpinBox;
    m_dueDays->setRange(0, 60);
    m_dueDays->setSuffix(tr(" ngày làm việc"));
    form->addRow(tr("&Hạn ban hành sau phiên họp:"), m_dueDays);
    m_saveTemplate = new QPushButton(tr("Lư&u mẫu"));
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplateButton"));
    form->addRow(QString(), m_saveTemplate);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { showTemplate(domain::NoticeKind(m_kind->currentData().toInt())); });
    connect(m_saveTemplate, &QPushButton::clicked, this, [this] { saveTemplate(); });
    m_permissions.apply(m_saveTemplate, Action::ConfigureNotices);
    return page;
}

void NoticeSettingsDialog::loadIssuers(domain::Id select)
{
    auto list = m_workspace.notices().issuers(m_permissions.actor());
    m_list = list ? *list : QList<domain::IssuerProfile>{};
    const QSignalBlocker block(m_issuers);
    m_issuers->clear();
    int row = 0;
    for (int i = 0; i < m_list.size(); ++i) {
        const domain::IssuerProfile &p = m_list[i];
        m_issuers->addItem(QStringLiteral("%1 – %2").arg(p.code, p.symbol) +
                           (p.active ? QString() : tr(" (ngừng dùng)")));
        if (p.id == select)
            row = i;
    }
    if (!m_list.isEmpty()) {
        m_issuers->setCurrentRow(row);
        showIssuer(m_list[row]);
    }
}

domain::IssuerProfile NoticeSettingsDialog::issuerInForm() const
{
    domain::IssuerProfile p;
    p.id = m_issuerId;
    p.code = m_code->text().trimmed();
    p.parentBody = m_parentBody->text().trimmed();
    p.issuingBody = m_issuingBody->text().trimmed();
    p.symbol = m_symbol->text().trimmed();
    p.place = m_place->text().trimmed();
    p.authority = domain::SignatureAuthority(m_authority->currentData().toInt());
    p.authorityBody = m_authorityBody->text().trimmed();
    p.signerPosition = m_signerPosition->text().trimmed();
    p.signerName = m_signerName->text().trimmed();
    for (const QString &line : m_recipients->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            p.recipients.append(line.trimmed());
    }
    p.archiveLine = m_archive->text().trimmed();
    p.active = m_active->isChecked();
    return p;
}

void NoticeSettingsDialog::showIssuer(const domain::IssuerProfile &p)
{
    m_issuerId = p.id;
    m_code->setText(p.code);
    m_parentBody->setText(p.parentBody);
    m_issuingBody->setText(p.issuingBody);
    m_symbol->setText(p.symbol);
    m_place->setText(p.place);
    m_authority->setCurrentIndex(m_authority->findData(int(p.authority)));
    m_authorityBody->setText(p.authorityBody);
    m_signerPosition->setText(p.signerPosition);
    m_signerName->setText(p.signerName);
    m_recipients->setPlainText(p.recipients.join(u'\n'));
    m_archive->setText(p.archiveLine);
    m_active->setChecked(p.active);
}

void NoticeSettingsDialog::newIssuer()
{
    m_issuers->clearSelection();
    showIssuer(domain::IssuerProfile{});
    m_code->setFocus();
}

bool NoticeSettingsDialog::saveIssuer()
{
    auto saved = m_workspace.notices().saveIssuer(m_permissions.actor(), issuerInForm());
    if (!saved) {
        showError(this, tr("Không lưu được cơ quan ban hành"), saved.error());
        return false;
    }
    loadIssuers(saved->id);
    Q_EMIT changed();
    return true;
}

domain::NoticeTemplate NoticeSettingsDialog::templateInForm() const
{
    domain::NoticeTemplate t;
    t.kind = domain::NoticeKind(m_kind->currentData().toInt());
    t.subject = m_tmplSubject->text().trimmed();
    t.opening = m_opening->toPlainText().trimmed();
    t.dueDays = m_dueDays->value();
    return t;
}

void NoticeSettingsDialog::showTemplate(domain::NoticeKind kind)
{
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    }
    auto t = m_workspace.notices().noticeTemplate(m_permissions.actor(), kind);
    const domain::NoticeTemplate tmpl = t ? *t : domain::NoticeTemplate{kind, {}, {}, 5};
    m_tmplSubject->setText(tmpl.subject);
    m_opening->setPlainText(tmpl.opening);
    m_dueDays->setValue(tmpl.dueDays);
}

bool NoticeSettingsDialog::saveTemplate()
{
    auto saved = m_workspace.notices().saveTemplate(m_permissions.actor(), templateInForm());
    if (!saved) {
        showError(this, tr("Không lưu được mẫu thông báo"), saved.error());
        return false;
    }
    Q_EMIT changed();
    return true;
}

} // namespace thuky::ui
