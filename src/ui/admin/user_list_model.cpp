#include "admin/user_list_model.h"

#include "common/permissions.h"

#include "thuky/services/account_service.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace thuky::ui {

UserListModel::UserListModel(services::AccountService &service, domain::Actor actor,
                             QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_actor(std::move(actor)),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

void UserListModel::setUnitNames(const QHash<domain::Id, QString> &names)
{
    m_unitNames = names;
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0, UnitColumn), index(rowCount() - 1, UnitColumn));
}

void UserListModel::reload()
{
    auto users = m_service.users(m_actor);
    beginResetModel();
    m_users = users ? std::move(users).value() : QList<domain::User>{};
    std::sort(m_users.begin(), m_users.end(), [](const domain::User &a, const domain::User &b) {
        return a.userName.compare(b.userName, Qt::CaseInsensitive) < 0;
    });
    endResetModel();
    if (!users)
        Q_EMIT errorOccurred(users.error());
}

const domain::User *UserListModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users[row] : nullptr;
}

int UserListModel::findRow(domain::Id id) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users[row].id == id)
            return row;
    }
    return -1;
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool UserListModel::isLocked(const domain::User &user) const
{
    return user.lockedUntil.isValid() && user.lockedUntil > m_now();
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::User &user = m_users[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(user, index.column());
    case Qt::ForegroundRole:
        if (!user.active)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        if (index.column() == LockedColumn && isLocked(user))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case IdRole:
        return qint64(user.id);
    case ActiveRole:
        return user.active;
    default:
        return {};
    }
}

QVariant UserListModel::displayData(const domain::User &user, int column) const
{
    switch (column) {
    case UserNameColumn:
        return user.userName;
    case FullNameColumn:
        return user.fullName;
    case PositionColumn:
        return user.position;
    case UnitColumn:
        return user.unitId ? m_unitNames.value(user.unitId) : QString();
    case RolesColumn:
        return roleLabels(user.roles);
    case ActiveColumn:
        return user.active ? tr("Đang hoạt động") : tr("Ngừng hoạt động");
    case LockedColumn:
        return isLocked(user)
                   ? user.lockedUntil.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                   : QString();
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserNameColumn:
        return tr("Tên đăng nhập");
    case FullNameColumn:
        return tr("Họ và tên");
    case PositionColumn:
        return tr("Chức vụ");
    case UnitColumn:
        return tr("Đơn vị");
    case RolesColumn:
        return tr("Vai trò");
    case ActiveColumn:
        return tr("Hoạt động");
    case LockedColumn:
        return tr("Tạm khóa đến");
    default:
        return {};
    }
}

} // namespace thuky::ui
