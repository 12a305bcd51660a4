#pragma once
// CatalogueFilterProxy: keeps the entries whose text holds every word typed, accents and case
// ignored ("dang" finds "Đảng"), or those the search index found for it (the people), optionally
// only those of some units, and sorts by Vietnamese collation. In a tree, a parent stays when
// one of its units matches.

#include "thuky/domain/reference.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace thuky::ui {

class CatalogueFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// `searchRole`: the source role holding the folded text for setText() (0: none);
    /// `unitRole`: the role holding the unit id (0: the entries are not narrowed by unit);
    /// `idRole`: the role holding the entry's id, for setMatches() (0: none).
    CatalogueFilterProxy(int searchRole, int unitRole, int idRole, QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    /// Only the entries with these ids (what the search index found for the text typed);
    /// nothing: every entry.
    void setMatches(std::optional<QSet<domain::Id>> ids);
    /// Only the entries of these units; nothing: every entry.
    void setUnits(std::optional<QSet<domain::Id>> units);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_searchRole;
    int m_unitRole;
    int m_idRole;
    QString m_text;
    QStringList m_words; ///< folded
    std::optional<QSet<domain::Id>> m_units;
    std::optional<QSet<domain::Id>> m_matches;
};

} // namespace thuky::ui
