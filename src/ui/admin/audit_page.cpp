#include "admin/audit_page.h"

#include "ui_audit_page.h"

#include "admin/audit_check_dialog.h"
#include "common/message_boxes.h"
#include "common/record_history_dialog.h"
#include "common/audit_log_model.h"
#include "common/busy_cursor.h"
#include "common/flow_layout.h"
#include "common/icons.h"

#include "thuky/services/account_service.h"
#include "thuky/services/audit_service.h"
#include "thuky/services/maintenance.h"
#include "thuky/services/workspace.h"

#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QTimer>

namespace thuky::ui {

namespace {
constexpr int kTypingPauseMs = 300;
// Reviewers and approvers may read the trail but not list the accounts; for them the names
// offered come from this many of the latest entries (any other name can still be typed).
constexpr int kNamesFromEntries = 2000;
} // namespace

AuditPage::AuditPage(services::Workspace &workspace, domain::Actor actor, QWidget *parent)
    : ModulePage(parent), m_ui(std::make_unique<Ui::AuditPage>()), m_workspace(workspace),
      m_permissions(workspace.authorizer(), actor),
      m_model(new AuditLogModel(workspace.audit(), std::move(actor), this)),
      m_userTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // On a narrow screen the conditions wrap onto a second line instead of widening the window.
    FlowLayout::takeOver(m_ui->filterBar);
    m_ui->verifyButton->setIcon(icons::integrity());
    m_ui->userCombo->lineEdit()->setPlaceholderText(tr("Tất cả"));
    m_ui->userCombo->lineEdit()->setClearButtonEnabled(true);
    m_ui->entityCombo->addItem(tr("Tất cả"), QString());
    for (const storage::Entity entity : storage::kAllEntities)
        m_ui->entityCombo->addItem(describerOf(storage::entityKey(entity)).kindLabel(),
                                   storage::entityKey(entity));
    const QDate today = QDate::currentDate();
    m_ui->fromEdit->setDate(today.addMonths(-1));
    m_ui->toEdit->setDate(today);
    const QString datesAreUtc = tr("Ngày tính theo giờ UTC, như nhật ký lưu");
    m_ui->fromCheck->setToolTip(datesAreUtc);
    m_ui->toCheck->setToolTip(datesAreUtc);
    m_ui->log->setModel(m_model);
    m_userTimer->setSingleShot(true);
    m_userTimer->setInterval(kTypingPauseMs);

    connect(m_model, &AuditLogModel::errorOccurred, this,
            [this](const Error &error) { showError(this, title(), error); });
    connect(m_model, &AuditLogModel::reloaded, this, &AuditPage::updateSummary);
    connect(m_model, &AuditLogModel::rowsInserted, this, &AuditPage::updateSummary);
    connect(m_ui->userCombo, &QComboBox::activated, this, &AuditPage::applyFilter);
    connect(m_ui->userCombo, &QComboBox::editTextChanged, m_userTimer, qOverload<>(&QTimer::start));
    connect(m_userTimer, &QTimer::timeout, this, &AuditPage::applyFilter);
    connect(m_ui->entityCombo, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromEdit, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toEdit, &QWidget::setEnabled);
    for (QCheckBox *check : {m_ui->fromCheck, m_ui->toCheck})
        connect(check, &QCheckBox::toggled, this, &AuditPage::applyFilter);
    for (QDateEdit *edit : {m_ui->fromEdit, m_ui->toEdit})
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &AuditPage::clearFilter);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_ui->log->view(), &QTableView::customContextMenuRequested, this,
            &AuditPage::showContextMenu);

    fillUserNames();
    applyFilter();
}

AuditPage::~AuditPage() = default;

QString AuditPage::key() const
{
    return QStringLiteral("audit");
}
QString AuditPage::title() const
{
    return tr("Nhật ký thay đổi");
}
QIcon AuditPage::icon() const
{
    return icons::audit();
}

AuditLogWidget *AuditPage::log() const
{
    return m_ui->log;
}

void AuditPage::showEvent(QShowEvent *event)
{
    // Other pages write to the trail; show what they wrote each time the page comes back.
    if (m_shownOnce)
        reload();
    m_shownOnce = true;
    ModulePage::showEvent(event);
}

void AuditPage::reload()
{
    const storage::AuditEntry *current = m_ui->log->currentEntry();
    const domain::Id keep = current ? current->id : 0;
    fillUserNames();
    m_model->reload();
    if (keep == 0 || !m_ui->log->selectEntry(keep))
        m_ui->log->selectFirst();
}

void AuditPage::focusFilter()
{
    m_ui->userCombo->setFocus();
    m_ui->userCombo->lineEdit()->selectAll();
}

void AuditPage::fillUserNames()
{
    QStringList names;
    auto users = m_permissions.allows(services::Action::ManageUsers)
                     ? m_workspace.accounts().users(m_permissions.actor())
                     : Result<QList<domain::User>>(QList<domain::User>{});
    if (users && !users->isEmpty()) {
        for (const domain::User &u : std::as_const(*users))
            names.append(u.userName);
        names.append(domain::Actor::system().userName);
    } else {
        storage::AuditFilter latest;
        latest.limit = kNamesFromEntries;
        if (auto entries = m_workspace.audit().entries(m_permissions.actor(), latest)) {
            for (const storage::AuditEntry &e : std::as_const(*entries))
                names.append(e.userName);
        }
    }
    names.removeDuplicates();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    const QSignalBlocker blocker(m_ui->userCombo);
    const QString typed = m_ui->userCombo->currentText();
    m_ui->userCombo->clear();
    m_ui->userCombo->addItem(QString());
    m_ui->userCombo->addItems(names);
    m_ui->userCombo->setCurrentIndex(0);
    m_ui->userCombo->setEditText(typed);
}

storage::AuditFilter AuditPage::filter() const
{
    storage::AuditFilter f;
    f.userName = m_ui->userCombo->currentText().trimmed();
    f.entity = m_ui->entityCombo->currentData().toString();
    if (m_ui->fromCheck->isChecked())
        f.from = m_ui->fromEdit->date();
    if (m_ui->toCheck->isChecked())
        f.to = m_ui->toEdit->date();
    return f;
}

void AuditPage::applyFilter()
{
    m_userTimer->stop();
    const storage::AuditFilter f = filter();
    const storage::AuditFilter &was = m_model->filter();
    // Choosing a name both activates the list and changes the text: read once.
    if (m_filterApplied && f.userName == was.userName && f.entity == was.entity &&
        f.from == was.from && f.to == was.to)
        return;
    m_filterApplied = true;
    m_model->setFilter(f);
    m_ui->log->selectFirst();
}

void AuditPage::clearFilter()
{
    {
        const QSignalBlocker user(m_ui->userCombo);
        const QSignalBlocker entity(m_ui->entityCombo);
        const QSignalBlocker from(m_ui->fromCheck);
        const QSignalBlocker to(m_ui->toCheck);
        m_ui->userCombo->setCurrentIndex(0);
        m_ui->userCombo->setEditText(QString());
        m_ui->entityCombo->setCurrentIndex(0);
        m_ui->fromCheck->setChecked(false);
        m_ui->toCheck->setChecked(false);
        m_ui->fromEdit->setEnabled(false);
        m_ui->toEdit->setEnabled(false);
    }
    applyFilter();
}

void AuditPage::updateSummary()
{
    const QLocale locale;
    const QString shown = locale.toString(m_model->rowCount());
    const QString total = locale.toString(m_model->totalCount());
    m_ui->summaryLabel->setText(tr("%1 mục nhật ký khớp bộ lọc, mới nhất ở trên.").arg(total));
    setStatusText(tr("Nhật ký · đang hiện %1/%2 mục").arg(shown, total));
}

void AuditPage::setStatusText(const QString &text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged(text);
}

void AuditPage::verify()
{
    // Reads every entry and every audited record: the same check as thuky-cli check.
    const Result<services::HealthReport> health =
        whileBusy([this] { return services::checkHealth(m_workspace); });
    if (!health) {
        showError(this, tr("Kiểm tra toàn vẹn nhật ký"), health.error());
        return;
    }
    AuditCheckDialog dialog(health->audit.value_or(services::AuditCheck{}), m_workspace.audit(),
                            m_permissions.actor(), this);
    QList<Message> others;
    for (const QString &line : health->database.integrityProblems + health->database.foreignKeyProblems)
        others.append({line, line});
    others += health->triggerProblems;
    for (const services::RecordMismatch &m : health->sealProblems)
        others.append(m.message);
    dialog.addFindings(others);
    connect(&dialog, &AuditCheckDialog::historyRequested, this, &AuditPage::showRecordHistory);
    dialog.exec();
}

void AuditPage::showRecordHistory(storage::Entity entity, domain::Id id)
{
    RecordHistoryDialog dialog(m_workspace.audit(), m_permissions.actor(), entity, id, {}, this);
    dialog.exec();
}

void AuditPage::showContextMenu(const QPoint &pos)
{
    const storage::AuditEntry *entry = m_ui->log->currentEntry();
    const auto entity = entry ? storage::entityFromKey(entry->entity) : std::nullopt;
    if (!entity)
        return;
    QMenu menu(this);
    QAction *history = menu.addAction(icons::history(), tr("Lịch sử của đối tượng này…"));
    connect(history, &QAction::triggered, this,
            [this, entity = *entity, id = entry->entityId] { showRecordHistory(entity, id); });
    menu.exec(m_ui->log->view()->viewport()->mapToGlobal(pos));
}

} // namespace thuky::ui
