#include "programme/import_dialog.h"

#include "common/file_dialogs.h"
#include "ui_import_dialog.h"

#include "thuky/services/programme_service.h"

#include <QFileInfo>
#include <QPushButton>

namespace thuky::ui {

ImportDialog::ImportDialog(const QString &startFolder, int year,
                           const QList<std::pair<QString, domain::Id>> &owners, domain::Id ownerId,
                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_startFolder(startFolder)
{
    m_ui->setupUi(this);
    for (const auto &[name, id] : owners)
        m_ui->ownerCombo->addItem(name, qint64(id));
    m_ui->ownerCombo->setCurrentIndex(std::max(0, m_ui->ownerCombo->findData(qint64(ownerId))));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Kiểm tra tệp"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    m_ui->yearSpin->setValue(year);
    m_ui->columnsLabel->setText(
        tr("Tệp CSV (UTF-8) hoặc Excel (.xlsx), dòng đầu là tên cột: %1. Tệp được kiểm tra trước; "
           "nếu có lỗi thì không nhập gì.")
            .arg(services::taskColumns().join(QStringLiteral(", "))));
    m_errors.addField(QStringLiteral("file"), m_ui->fileEdit, m_ui->fileError);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::filePath() const
{
    return m_ui->fileEdit->text().trimmed();
}
int ImportDialog::year() const
{
    return m_ui->yearSpin->value();
}
domain::Id ImportDialog::ownerId() const
{
    return m_ui->ownerCombo->currentData().toLongLong();
}
void ImportDialog::setFilePath(const QString &path)
{
    m_ui->fileEdit->setText(path);
}

void ImportDialog::browse()
{
    const QString folder =
        filePath().isEmpty() ? m_startFolder : QFileInfo(filePath()).absolutePath();
    const QString path =
        chooseOpenFile(this, tr("Chọn tệp nhiệm vụ"), folder,
                       tr("Bảng tính (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;Mọi tệp (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportDialog::accept()
{
    m_errors.clear();
    const QFileInfo file(filePath());
    if (filePath().isEmpty()) {
        m_errors.show(QStringLiteral("file"), tr("Chưa chọn tệp."));
        return;
    }
    if (!file.isFile() || !file.isReadable()) {
        m_errors.show(QStringLiteral("file"), tr("Không đọc được tệp %1.").arg(file.fileName()));
        return;
    }
    const QString suffix = file.suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        m_errors.show(QStringLiteral("file"), tr("Chỉ nhập được tệp .csv hoặc .xlsx."));
        return;
    }
    QDialog::accept();
}

} // namespace thuky::ui
