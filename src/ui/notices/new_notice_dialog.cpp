#include "notices/new_notice_dialog.h"

#include "common/display_text.h"
#include "common/translations.h"
#include "notices/notice_texts.h"
#include "ui_new_notice_dialog.h"

#include "thuky/domain/meeting.h"
#include "thuky/domain/vietnamese.h"
#include "thuky/services/meeting_service.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/workspace.h"

#include <QPushButton>

#include <algorithm>

namespace thuky::ui {

NewNoticeDialog::NewNoticeDialog(services::Workspace &workspace, domain::Actor actor,
                                 QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewNoticeDialog>()), m_workspace(workspace),
      m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->addButton(tr("&Soạn"), QDialogButtonBox::AcceptRole);
    m_ui->buttonBox->addButton(tr("Hủy bỏ"), QDialogButtonBox::RejectRole);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewNoticeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const domain::NoticeKind kind : domain::kAllNoticeKinds)
        m_ui->kindCombo->addItem(noticeKindText(kind), int(kind));
    m_ui->errorLabel->setForegroundRole(QPalette::Link);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    m_ui->errorLabel->hide();

    if (auto issuers = m_workspace.notices().issuers(m_actor)) {
        for (const domain::IssuerProfile &i : *issuers) {
            if (i.active)
                m_ui->issuerCombo->addItem(
                    QStringLiteral("%1 (%2)").arg(i.issuingBody, i.symbol), qint64(i.id));
        }
    }
    loadMeetings();
    connect(m_ui->meetingCombo, &QComboBox::currentIndexChanged, this,
            &NewNoticeDialog::loadContents);
    connect(m_ui->fromContentRadio, &QRadioButton::toggled, this, &NewNoticeDialog::updateState);
    connect(m_ui->subjectEdit, &QLineEdit::textChanged, this, &NewNoticeDialog::updateState);
    connect(m_ui->contentCombo, &QComboBox::currentIndexChanged, this,
            &NewNoticeDialog::updateState);
    updateState();
}

NewNoticeDialog::~NewNoticeDialog() = default;

void NewNoticeDialog::loadMeetings()
{
    m_ui->meetingCombo->clear();
    auto terms = m_workspace.meetings().terms(m_actor);
    if (!terms)
        return;
    QList<domain::Meeting> meetings;
    for (const domain::Term &t : *terms) {
        if (auto rows = m_workspace.meetings().meetingsOfTerm(m_actor, t.number)) {
            for (const storage::MeetingRow &r : *rows)
                meetings.append(r.meeting);
        }
    }
    // Newest first: a notice follows a meeting that has just sat.
    std::sort(meetings.begin(), meetings.end(), [](const auto &a, const auto &b) {
        return a.firstDay() > b.firstDay();
    });
    const QDate today = m_workspace.notices().today();
    int current = -1;
    for (const domain::Meeting &m : meetings) {
        m_ui->meetingCombo->addItem(tr("%1 (khóa %2) – %3")
                                        .arg(m.title(uiLanguage()))
                                        .arg(m.term)
                                        .arg(domain::shortDate(m.firstDay())),
                                    qint64(m.id));
        if (current < 0 && m.firstDay().isValid() && m.firstDay() <= today)
            current = m_ui->meetingCombo->count() - 1;
    }
    m_ui->meetingCombo->setCurrentIndex(std::max(current, meetings.isEmpty() ? -1 : 0));
    loadContents();
}

void NewNoticeDialog::loadContents()
{
    m_ui->contentCombo->clear();
    const domain::Id meetingId = m_ui->meetingCombo->currentData().toLongLong();
    if (!meetingId)
        return;
    auto details = m_workspace.meetings().details(m_actor, meetingId);
    if (!details)
        return;
    for (const services::ContentDetails &c : details->contents) {
        m_ui->contentCombo->addItem(c.content.title, qint64(c.content.id));
        m_ui->contentCombo->setItemData(m_ui->contentCombo->count() - 1, c.content.title,
                                        Qt::ToolTipRole);
    }
}

void NewNoticeDialog::selectContent(domain::Id contentId)
{
    auto c = m_workspace.meetings().content(m_actor, contentId);
    if (!c)
        return;
    const int m = m_ui->meetingCombo->findData(qint64(c->content.meetingId));
    if (m >= 0)
        m_ui->meetingCombo->setCurrentIndex(m);
    const int i = m_ui->contentCombo->findData(qint64(contentId));
    if (i >= 0)
        m_ui->contentCombo->setCurrentIndex(i);
    setFromContent(true);
}

bool NewNoticeDialog::fromContent() const
{
    return m_ui->fromContentRadio->isChecked();
}

domain::Id NewNoticeDialog::contentId() const
{
    return m_ui->contentCombo->currentData().toLongLong();
}

domain::NoticeKind NewNoticeDialog::kind() const
{
    return domain::NoticeKind(m_ui->kindCombo->currentData().toInt());
}

QString NewNoticeDialog::subject() const
{
    return m_ui->subjectEdit->text().trimmed();
}

domain::Id NewNoticeDialog::issuerId() const
{
    return m_ui->issuerCombo->currentData().toLongLong();
}

void NewNoticeDialog::setFromContent(bool fromContent)
{
    (fromContent ? m_ui->fromContentRadio : m_ui->blankRadio)->setChecked(true);
    updateState();
}

void NewNoticeDialog::setSubject(const QString &subject)
{
    m_ui->subjectEdit->setText(subject);
}

void NewNoticeDialog::setKind(domain::NoticeKind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
}

void NewNoticeDialog::updateState()
{
    const bool content = fromContent();
    m_ui->meetingCombo->setEnabled(content);
    m_ui->contentCombo->setEnabled(content);
    m_ui->kindCombo->setEnabled(!content);
    m_ui->subjectEdit->setEnabled(!content);
    const bool ready = content ? contentId() != 0 : !subject().isEmpty();
    if (QAbstractButton *ok = m_ui->buttonBox->buttons().value(0))
        ok->setEnabled(ready);
}

domain::Id NewNoticeDialog::create()
{
    Result<domain::Notice> made = [&]() -> Result<domain::Notice> {
        if (fromContent())
            return m_workspace.notices().createFromContent(m_actor, contentId(), issuerId());
        domain::Notice n;
        n.kind = kind();
        n.subject = subject();
        n.issuerId = issuerId();
        return m_workspace.notices().create(m_actor, n);
    }();
    if (!made) {
        m_ui->errorLabel->setText(errorText(made.error()));
        m_ui->errorLabel->show();
        return 0;
    }
    m_created = made->id;
    return m_created;
}

void NewNoticeDialog::accept()
{
    if (create())
        QDialog::accept();
}

} // namespace thuky::ui
