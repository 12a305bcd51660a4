#pragma once
// Small text helpers shared by the views and dialogs.
//
// The labels and messages that come from the core exist in Vietnamese and English; these
// helpers pick the language of the GUI (uiLanguage(), chosen at start), so a view never calls
// a core label without it.

#include "thuky/core/result.h"
#include "thuky/domain/programme.h"
#include "thuky/domain/reference.h"
#include "thuky/services/authorizer.h"

#include <QDate>
#include <QString>

namespace thuky::ui {

/// The text on one line, cut to at most `length` characters with an ellipsis.
QString elided(const QString &text, int length);

/// A core message (an Error's, a check's) in the language of the GUI.
QString messageText(const Message &message);
QString errorText(const Error &error);

/// The core's labels, in the language of the GUI.
QString taskStatusText(domain::TaskStatus status);
QString timelinessText(domain::Timeliness timeliness);
QString programmeStatusText(domain::ProgrammeStatus status);
QString agencyKindText(domain::AgencyKind kind);
QString roleText(domain::Role role);
QString actionText(services::Action action);
/// When a task is due: "Tháng 3/2025", "Quý I/2025"… or "March 2025", "Q1 2025"….
QString periodText(const domain::Period &period);
/// "Thứ Hai"…, "Monday"….
QString weekdayText(const QDate &date);

} // namespace thuky::ui
