#include "common/import_problems_dialog.h"

#include "common/display_text.h"
#include "common/translations.h"

#include "ui_import_problems_dialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QStyle>

namespace thuky::ui {

ImportProblemsDialog::ImportProblemsDialog(const QString &fileName,
                                           const services::ImportPlan &plan, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportProblemsDialog>())
{
    list(tr("Tệp %1 có %n lỗi nên chưa nhập nhiệm vụ nào. Hãy sửa tệp rồi nhập lại.", nullptr,
            plan.problemCount())
             .arg(fileName),
         plan.problems);
}

ImportProblemsDialog::ImportProblemsDialog(const QString &fileName,
                                           const QList<services::ImportProblem> &problems,
                                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportProblemsDialog>())
{
    list(tr("Tệp %1 có %n lỗi nên chưa ghi gì. Hãy sửa tệp rồi nhập lại.", nullptr,
            int(problems.size()))
             .arg(fileName),
         problems);
}

void ImportProblemsDialog::list(const QString &summary,
                                const QList<services::ImportProblem> &problems)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Đó&ng"));
    m_ui->summaryLabel->setText(summary);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const services::ImportProblem &problem : problems)
        new QListWidgetItem(warning, problem.text(uiLanguage()), m_ui->problemsList);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportProblemsDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportProblemsDialog::accept);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(text()); });
}

ImportProblemsDialog::~ImportProblemsDialog() = default;

QString ImportProblemsDialog::text() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->problemsList->count(); ++i)
        lines.append(m_ui->problemsList->item(i)->text());
    return lines.join(u'\n');
}

} // namespace thuky::ui
