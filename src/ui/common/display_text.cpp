#include "common/display_text.h"

namespace thuky::ui {

QString elided(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + u'…';
}

} // namespace thuky::ui
