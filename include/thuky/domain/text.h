#pragma once
// Text as Thuky stores it: what a service accepts from a dialog, an import file or the
// command line, before it reaches the database, the documents and the audit trail.

#include <QString>

namespace thuky::domain {

enum class TextKind
{
    SingleLine, ///< names, numbers, titles: line breaks become spaces
    MultiLine,  ///< contents, notes: line breaks are kept (as "\n")
};

/// The text in NFC with the invisible characters that have no place in a record removed:
/// control characters (NUL, escape, …; a tab becomes a space), bidirectional overrides
/// and isolates (U+202A–U+202E, U+2066–U+2069, which make text read other than it is
/// stored), zero-width spaces and joiners, byte order marks and other format characters.
/// Leading and trailing white space is trimmed; CR LF and lone CR become "\n".
QString cleanText(const QString &text, TextKind kind = TextKind::SingleLine);

} // namespace thuky::domain
