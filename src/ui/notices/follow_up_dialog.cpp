#include "notices/follow_up_dialog.h"

#include "common/display_text.h"
#include "ui_follow_up_dialog.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/services/notice_service.h"
#include "thuky/services/reference_service.h"
#include "thuky/services/workspace.h"

#include <QPushButton>

#include <algorithm>

namespace thuky::ui {

FollowUpDialog::FollowUpDialog(services::Workspace &workspace, domain::Actor actor,
                               const domain::Notice &notice, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FollowUpDialog>()), m_workspace(workspace),
      m_actor(std::move(actor)), m_notice(notice)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->addButton(tr("&Giao nhiệm vụ"), QDialogButtonBox::AcceptRole);
    m_ui->buttonBox->addButton(tr("Hủy bỏ"), QDialogButtonBox::RejectRole);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    m_ui->errorLabel->hide();
    m_ui->noticeLabel->setText(
        tr("Thông báo số %1: %2").arg(m_notice.numberText(), m_notice.subject));

    const QStringList labels = m_notice.body.conclusionLabels();
    for (int i = 0; i < labels.size() && i < m_notice.body.blocks.size(); ++i) {
        if (labels[i].isEmpty())
            continue;
        const QString text = m_notice.body.blocks[i].text();
        m_ui->conclusionCombo->addItem(labels[i] + QStringLiteral(". ") + elided(text, 90),
                                       labels[i]);
        m_ui->conclusionCombo->setItemData(m_ui->conclusionCombo->count() - 1, text,
                                           Qt::ToolTipRole);
    }
    if (auto agencies = m_workspace.reference().agencies(m_actor)) {
        QList<domain::Agency> list;
        for (const domain::Agency &a : *agencies) {
            if (a.active)
                list.append(a);
        }
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return domain::compareVi(a.name, b.name) < 0;
        });
        m_ui->leadUnitCombo->addItem(tr("(chọn đơn vị)"), 0);
        for (const domain::Agency &a : list)
            m_ui->leadUnitCombo->addItem(a.name, qint64(a.id));
    }
    const QDate today = m_workspace.notices().today();
    m_ui->deadlineEdit->setDate(today.addMonths(1));
    connect(m_ui->conclusionCombo, &QComboBox::currentIndexChanged, this,
            &FollowUpDialog::conclusionChosen);
    conclusionChosen();
}

FollowUpDialog::~FollowUpDialog() = default;

QStringList FollowUpDialog::conclusions() const
{
    QStringList out;
    for (int i = 0; i < m_ui->conclusionCombo->count(); ++i)
        out.append(m_ui->conclusionCombo->itemData(i).toString());
    return out;
}

QString FollowUpDialog::conclusion() const
{
    return m_ui->conclusionCombo->currentData().toString();
}

void FollowUpDialog::setConclusion(const QString &label)
{
    m_ui->conclusionCombo->setCurrentIndex(m_ui->conclusionCombo->findData(label));
}

void FollowUpDialog::setLeadUnit(domain::Id agencyId)
{
    m_ui->leadUnitCombo->setCurrentIndex(m_ui->leadUnitCombo->findData(qint64(agencyId)));
}

void FollowUpDialog::setDeadline(const QDate &date)
{
    m_ui->deadlineEdit->setDate(date);
}

void FollowUpDialog::setProduct(const QString &product)
{
    m_ui->productEdit->setText(product);
}

QString FollowUpDialog::content() const
{
    return m_ui->contentEdit->toPlainText().trimmed();
}

void FollowUpDialog::conclusionChosen()
{
    const QString text =
        m_ui->conclusionCombo->currentData(Qt::ToolTipRole).toString().simplified();
    // The drafter's own words stay; the text of the previous conclusion is replaced.
    if (m_ui->contentEdit->toPlainText().trimmed().isEmpty() ||
        m_ui->contentEdit->toPlainText() == m_filled) {
        m_ui->contentEdit->setPlainText(text);
        m_filled = text;
    }
    if (QAbstractButton *ok = m_ui->buttonBox->buttons().value(0))
        ok->setEnabled(m_ui->conclusionCombo->count() > 0);
}

domain::Id FollowUpDialog::create()
{
    domain::Task task;
    task.content = content();
    task.leadUnitId = m_ui->leadUnitCombo->currentData().toLongLong();
    task.period = domain::Period::ofDate(m_ui->deadlineEdit->date());
    task.product = m_ui->productEdit->text().trimmed();
    task.planned = false; // added during the year, after the notice
    auto made = m_workspace.notices().addFollowUpTask(m_actor, m_notice.id, conclusion(), task);
    if (!made) {
        m_ui->errorLabel->setText(errorText(made.error()));
        m_ui->errorLabel->show();
        return 0;
    }
    m_created = made->id;
    return m_created;
}

void FollowUpDialog::accept()
{
    if (create())
        QDialog::accept();
}

} // namespace thuky::ui
