#pragma once
// UserListModel: the accounts (người dùng) for the administration page, sorted by user name.

#include "thuky/core/result.h"
#include "thuky/domain/account.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace thuky::services {
class AccountService;
}

namespace thuky::ui {

class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UserNameColumn,
        FullNameColumn,
        PositionColumn,
        UnitColumn,
        RolesColumn,
        ActiveColumn,
        LockedColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< domain::Id of the account (qint64)
        ActiveRole,                ///< bool
    };

    UserListModel(services::AccountService &service, domain::Actor actor,
                  QObject *parent = nullptr);

    /// The names of the units, for the unit column.
    void setUnitNames(const QHash<domain::Id, QString> &names);
    /// The clock that decides whether a lock is still on; tests fix it.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    /// Reads the accounts again.
    void reload();

    const domain::User *userAt(int row) const;
    /// -1 when the account is not listed.
    int findRow(domain::Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A service call failed; the list is empty until the next reload.
    void errorOccurred(const thuky::Error &error);

private:
    QVariant displayData(const domain::User &user, int column) const;
    bool isLocked(const domain::User &user) const;

    services::AccountService &m_service;
    domain::Actor m_actor;
    QHash<domain::Id, QString> m_unitNames;
    QList<domain::User> m_users;
    std::function<QDateTime()> m_now;
};

} // namespace thuky::ui
