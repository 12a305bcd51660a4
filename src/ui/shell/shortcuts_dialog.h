#pragma once
// ShortcutsDialog: Trợ giúp → Phím tắt. Lists the keyboard shortcuts read from the actions
// themselves, so the list never disagrees with what the keys do.

#include <QDialog>

class QAction;
class QTableWidget;

namespace thuky::ui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `groups`: a heading ("Tệp", "Sửa"…) and its actions; those without a shortcut are left out.
    explicit ShortcutsDialog(const QList<std::pair<QString, QList<QAction *>>> &groups,
                             QWidget *parent = nullptr);

    /// "Ctrl+Z" → "Hoàn tác"…, in the order shown (for tests).
    QList<std::pair<QString, QString>> rows() const;

private:
    QTableWidget *m_table;
};

} // namespace thuky::ui
