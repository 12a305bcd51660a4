#include "catalogues/merge_dialog.h"

#include "ui_merge_dialog.h"

#include "thuky/search/folding.h"

#include <QPushButton>

#include <algorithm>

namespace thuky::ui {

MergeDialog::MergeDialog(const std::pair<QString, domain::Id> &current,
                         const QList<std::pair<QString, domain::Id>> &others, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MergeDialog>()), m_current(current)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Gộp…"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    m_ui->introLabel->setText(
        tr("Chọn mục trùng với “%1” và mục giữ lại. Mọi nơi đang dùng mục kia (nhiệm vụ, cán bộ, "
           "đơn vị trực thuộc, chương trình) sẽ dùng mục giữ lại, rồi mục kia bị xóa.")
            .arg(current.first));
    const QString folded = search::fold(current.first);
    int likely = 0;
    for (const auto &[name, id] : others) {
        m_ui->duplicateCombo->addItem(name, qint64(id));
        if (likely == 0 && search::fold(name) == folded)
            likely = m_ui->duplicateCombo->count() - 1;
    }
    m_ui->duplicateCombo->setCurrentIndex(likely);
    connect(m_ui->duplicateCombo, &QComboBox::currentIndexChanged, this, &MergeDialog::showNames);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!others.isEmpty());
    showNames();
}

MergeDialog::~MergeDialog() = default;

void MergeDialog::showNames()
{
    m_ui->keepCurrentRadio->setText(tr("“%1” (&mục đang chọn)").arg(m_current.first));
    m_ui->keepOtherRadio->setText(tr("“%1” (mục t&rùng)").arg(m_ui->duplicateCombo->currentText()));
}

void MergeDialog::setDuplicate(domain::Id id)
{
    m_ui->duplicateCombo->setCurrentIndex(std::max(0, m_ui->duplicateCombo->findData(qint64(id))));
}

void MergeDialog::setKeepCurrent(bool keepCurrent)
{
    (keepCurrent ? m_ui->keepCurrentRadio : m_ui->keepOtherRadio)->setChecked(true);
}

domain::Id MergeDialog::keepId() const
{
    const domain::Id other = m_ui->duplicateCombo->currentData().toLongLong();
    return m_ui->keepCurrentRadio->isChecked() ? m_current.second : other;
}

domain::Id MergeDialog::dropId() const
{
    const domain::Id other = m_ui->duplicateCombo->currentData().toLongLong();
    return m_ui->keepCurrentRadio->isChecked() ? other : m_current.second;
}

} // namespace thuky::ui
