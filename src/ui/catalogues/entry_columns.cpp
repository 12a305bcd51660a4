#include "catalogues/entry_columns.h"

#include <QApplication>
#include <QPalette>

namespace thuky::ui {

namespace {

struct EntryColumnsText
{
    Q_DECLARE_TR_FUNCTIONS(EntryColumns)
};

} // namespace

QVariant catalogueHeader(const QStringList &titles, int section, Qt::Orientation orientation,
                         int role)
{
    if (orientation != Qt::Horizontal || section < 0 || section >= titles.size())
        return {};
    if (role == Qt::DisplayRole)
        return titles.at(section);
    if (role == Qt::ToolTipRole && section == titles.size() - 1)
        return EntryColumnsText::tr("Còn dùng (Có) hay đã ngừng sử dụng (Ngừng)");
    return {};
}

QString activeText(bool active)
{
    return active ? EntryColumnsText::tr("Có") : EntryColumnsText::tr("Ngừng");
}

QVariant entryState(bool active, const QString &name, int role)
{
    if (role == Qt::ToolTipRole)
        return active ? name : EntryColumnsText::tr("%1 (ngừng sử dụng)").arg(name);
    // What is no longer used reads as such, everywhere in the row.
    if (role == Qt::ForegroundRole && !active)
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    return {};
}

} // namespace thuky::ui
