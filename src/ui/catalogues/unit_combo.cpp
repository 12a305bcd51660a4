#include "catalogues/unit_combo.h"

#include "thuky/domain/vietnamese.h"

#include <QComboBox>
#include <QCoreApplication>

#include <algorithm>

namespace thuky::ui {

void fillUnitCombo(QComboBox *combo, const QList<domain::Agency> &units, const QString &noneText,
                   domain::Id selected, const QList<domain::Id> &excluded)
{
    QList<domain::Agency> sorted;
    for (const domain::Agency &a : units) {
        if ((a.active || a.id == selected) && !excluded.contains(a.id))
            sorted.append(a);
    }
    std::sort(sorted.begin(), sorted.end(), [](const domain::Agency &a, const domain::Agency &b) {
        return domain::compareVi(a.name, b.name) < 0;
    });
    combo->clear();
    combo->addItem(noneText, qint64(0));
    for (const domain::Agency &a : std::as_const(sorted)) {
        QString text =
            a.shortName.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.name, a.shortName);
        if (!a.active)
            text += QCoreApplication::translate("UnitCombo", " — ngừng sử dụng");
        combo->addItem(text, qint64(a.id));
    }
    combo->setCurrentIndex(std::max(0, combo->findData(qint64(selected))));
}

} // namespace thuky::ui
