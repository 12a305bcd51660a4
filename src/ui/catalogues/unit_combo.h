#pragma once
// The list of units to pick one from, as the catalogue dialogs offer it.

#include "thuky/domain/reference.h"

class QComboBox;

namespace thuky::ui {

/// Fills `combo` with `noneText` (id 0) then the units in Vietnamese order, their short name
/// after the name. Units no longer used are left out unless `selected`; `excluded` never
/// appear (a unit and those under it cannot be its own parent). Selects `selected`.
void fillUnitCombo(QComboBox *combo, const QList<domain::Agency> &units, const QString &noneText,
                   domain::Id selected, const QList<domain::Id> &excluded = {});

} // namespace thuky::ui
