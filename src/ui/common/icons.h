#pragma once
// Icons of the application, drawn in code so that they need no image plugin or theme and
// stay sharp at every size.

#include "thuky/domain/programme.h"

#include <QColor>
#include <QIcon>

namespace thuky::ui::icons {

QIcon application(); ///< the window icon: a document on the red of official seals
QIcon programme();   ///< the work-programme module: a clipboard with ticks
QIcon calendar();    ///< the meeting calendar module: a page of a wall calendar
QIcon notices();     ///< the conclusion notices module: an official letter with its red seal
QIcon addTask();
QIcon editTask();
QIcon deleteTask();
QIcon recordProgress();
QIcon importFile();
QIcon exportFile();
QIcon refresh();
QIcon undo();
QIcon redo();
QIcon filter();
QIcon audit();          ///< the audit-trail module: a ledger under a magnifying glass
QIcon administration(); ///< the administration module: people and a gear
QIcon catalogues();     ///< the catalogues module: an address book
QIcon merge();          ///< two entries made one
QIcon addUser();
QIcon editUser();
QIcon resetPassword(); ///< a key
QIcon deactivateUser();
QIcon history();   ///< a clock turning back
QIcon integrity(); ///< a shield with a tick
QIcon logout();

/// The colour that marks a timeliness state in lists and summaries.
QColor timelinessColor(domain::Timeliness t);
/// A round marker in the timeliness colour.
QIcon timelinessMarker(domain::Timeliness t);

} // namespace thuky::ui::icons
