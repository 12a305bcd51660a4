#pragma once
// SearchDialog: Ctrl+K, one field over every module (tìm kiếm). Hits grouped by kind with
// the matching words in bold; Up/Down move, Enter opens the record in its module, Esc closes.

#include "thuky/domain/reference.h"
#include "thuky/services/search_service.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;
class QTimer;

namespace thuky::services {
class Workspace;
}

namespace thuky::ui {

class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    enum Role {
        EntityRole = Qt::UserRole + 1, ///< int(storage::Entity); headers have none
        IdRole,
        TitleMarksRole,   ///< QVariantList of QPoint(start, length) over Qt::DisplayRole
        SnippetRole,      ///< a few words around the matches in the other text
        SnippetMarksRole, ///< QVariantList of QPoint(start, length)
        ContextRole,      ///< "Năm 2025": where the record is
        HeaderRole,      ///< true on a kind's heading row
    };

    SearchDialog(services::Workspace &workspace, domain::Actor actor, QWidget *parent = nullptr);
    ~SearchDialog() override;

    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultView() const { return m_view; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *yearCombo() const { return m_year; }
    QStandardItemModel *resultModel() const { return m_model; }
    /// Runs the query at once (typing waits a moment first).
    void searchNow();
    /// The hits listed (headings not counted).
    int hitCount() const;
    /// Opens the selected hit: emits recordChosen() and closes.
    void openCurrent();

Q_SIGNALS:
    void recordChosen(storage::Entity entity, domain::Id id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showResults(const services::SearchResults &results);
    void showMessage(const QString &text);

    services::Workspace &m_workspace;
    domain::Actor m_actor;
    QLineEdit *m_query;
    QComboBox *m_kind;
    QComboBox *m_year;
    QListView *m_view;
    QStandardItemModel *m_model;
    QLabel *m_status;
    QTimer *m_timer;
};

/// `text` as HTML with the marked parts in bold, cut to `maxChars` characters ("…").
QString markedHtml(const QString &text, const QList<search::Mark> &marks, int maxChars = -1);

} // namespace thuky::ui
