#include "shell/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thuky::ui {

namespace {
QString plainText(const QAction *action)
{
    // The menu text without its mnemonic or ellipsis, and without what Undo would undo.
    QString text = action->iconText().isEmpty() ? action->text() : action->iconText();
    return text.remove(u'&').remove(QStringLiteral("…")).trimmed();
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<std::pair<QString, QList<QAction *>>> &groups,
                                 QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Phím tắt"));
    auto *layout = new QVBoxLayout(this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Phím"), tr("Lệnh")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    QSet<const QAction *> listed;
    for (const auto &[heading, actions] : groups) {
        bool headed = false;
        for (const QAction *action : actions) {
            if (action->shortcuts().isEmpty() || listed.contains(action))
                continue;
            listed.insert(action);
            if (!headed) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                auto *title = new QTableWidgetItem(heading);
                QFont bold = title->font();
                bold.setBold(true);
                title->setFont(bold);
                m_table->setItem(row, 0, title);
                m_table->setSpan(row, 0, 1, 2);
                headed = true;
            }
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(keys.join(tr(" hoặc "))));
            m_table->setItem(row, 1, new QTableWidgetItem(plainText(action)));
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Đó&ng"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}

QList<std::pair<QString, QString>> ShortcutsDialog::rows() const
{
    QList<std::pair<QString, QString>> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 1))
            rows.append({m_table->item(row, 0)->text(), m_table->item(row, 1)->text()});
    }
    return rows;
}

} // namespace thuky::ui
