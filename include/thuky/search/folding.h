#pragma once
// Vietnamese search folding: what the indexes store and what queries are turned into.

#include <QString>

namespace thuky::search {

/// Lower case, NFD, non-spacing marks dropped, đ/Đ folded to d: "Đảng" -> "dang",
/// "kết luận" -> "ket luan". Whitespace runs become one space; the ends are trimmed.
QString fold(const QString &text);

} // namespace thuky::search
