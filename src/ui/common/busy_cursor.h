#pragma once
// BusyCursor: the wait cursor for as long as it lives, around a call that blocks the event
// loop for a moment (reading a file, hashing a password, checking the audit trail). Gone
// before any question is asked.

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

/// Runs `work` under the wait cursor and returns what it returns.
template <typename F> auto whileBusy(F &&work)
{
    const BusyCursor busy;
    return work();
}

} // namespace thuky::ui
