#include "catalogues/catalogue_filter_proxy.h"

#include "thuky/domain/vietnamese.h"
#include "thuky/search/folding.h"

#include <algorithm>

namespace thuky::ui {

CatalogueFilterProxy::CatalogueFilterProxy(int searchRole, int unitRole, int idRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_searchRole(searchRole), m_unitRole(unitRole), m_idRole(idRole)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
}

void CatalogueFilterProxy::setText(const QString &text)
{
    m_text = text;
    m_words = search::fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void CatalogueFilterProxy::setUnits(std::optional<QSet<domain::Id>> units)
{
    m_units = std::move(units);
    invalidateFilter();
}

void CatalogueFilterProxy::setMatches(std::optional<QSet<domain::Id>> ids)
{
    m_matches = std::move(ids);
    invalidateFilter();
}

bool CatalogueFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_units && m_unitRole != 0 && !m_units->contains(index.data(m_unitRole).toLongLong()))
        return false;
    if (m_matches && m_idRole != 0 && !m_matches->contains(index.data(m_idRole).toLongLong()))
        return false;
    if (m_searchRole == 0)
        return true;
    const QString text = index.data(m_searchRole).toString();
    return std::all_of(m_words.begin(), m_words.end(),
                       [&text](const QString &word) { return text.contains(word); });
}

bool CatalogueFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return domain::compareVi(left.data().toString(), right.data().toString()) < 0;
}

} // namespace thuky::ui
