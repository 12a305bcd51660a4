#pragma once
// What the two catalogue lists show alike: their headers, and how an entry no longer used
// reads (greyed, "Ngừng" in the "Dùng" column, said in its tooltip).

#include <QStringList>
#include <QVariant>

namespace thuky::ui {

/// The header of a catalogue list: `titles` by column, the last one ("Dùng") explained in
/// its tooltip.
QVariant catalogueHeader(const QStringList &titles, int section, Qt::Orientation orientation,
                         int role);
/// The "Dùng" column's text: "Có" or "Ngừng".
QString activeText(bool active);
/// The tooltip and the colour of a row for `role` (nothing for other roles): `name`, with
/// "(ngừng sử dụng)" after it when the entry is no longer used, greyed.
QVariant entryState(bool active, const QString &name, int role);

} // namespace thuky::ui
