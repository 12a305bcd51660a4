#pragma once
// BusyCursor: the wait cursor for as long as it lives, around a call that blocks the event
// loop for a moment (hashing a password, checking the audit trail).

#include <QGuiApplication>

namespace thuky::ui {

class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace thuky::ui
