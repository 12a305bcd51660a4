#include "meetings/content_list_model.h"

#include "meetings/calendar_entry.h"

#include "thuky/domain/vietnamese.h"

#include <algorithm>

namespace thuky::ui {

using domain::DocumentState;

namespace {

/// The state that most needs attention among a content's documents.
DocumentState worstState(const QList<services::DocumentStatus> &documents)
{
    constexpr std::array order{DocumentState::Overdue, DocumentState::DueSoon,
                               DocumentState::Pending, DocumentState::ReceivedLate,
                               DocumentState::Received};
    for (const DocumentState state : order) {
        if (std::any_of(documents.begin(), documents.end(),
                        [&](const services::DocumentStatus &d) { return d.state == state; }))
            return state;
    }
    return DocumentState::Received;
}

} // namespace

ContentListModel::ContentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ContentListModel::setContents(const QList<services::ContentDetails> &contents)
{
    beginResetModel();
    m_contents = contents;
    endResetModel();
}

const services::ContentDetails *ContentListModel::contentAt(int row) const
{
    return row >= 0 && row < m_contents.size() ? &m_contents[row] : nullptr;
}

int ContentListModel::findRow(domain::Id contentId) const
{
    for (int row = 0; row < m_contents.size(); ++row) {
        if (m_contents[row].content.id == contentId)
            return row;
    }
    return -1;
}

int ContentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contents.size());
}

int ContentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::ContentDetails &details = m_contents[index.row()];
    const domain::MeetingContent &c = details.content;
    const auto received = std::count_if(
        details.documents.begin(), details.documents.end(),
        [](const services::DocumentStatus &d) { return d.document.receivedOn.isValid(); });
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case TitleColumn:
            return c.title;
        case PresentingColumn:
            return details.presentingAgency;
        case ReviewingColumn:
            return details.reviewingAgency;
        case PlannedColumn:
            if (!c.plannedDay.isValid())
                return {};
            return c.halfDay ? QStringLiteral("%1 %2").arg(domain::halfDayLabel(*c.halfDay),
                                                           domain::shortDate(c.plannedDay))
                             : domain::shortDate(c.plannedDay);
        case HandlingColumn:
            return domain::contentHandlingLabel(c.handling);
        case DocumentsColumn:
            if (details.documents.isEmpty())
                return {};
            return tr("%1/%2 đã nhận").arg(received).arg(details.documents.size());
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == DocumentsColumn && !details.documents.isEmpty())
            return documentStateColor(worstState(details.documents));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            QString text = c.title + QLatin1Char('\n') + domain::contentCategoryLabel(c.category);
            if (!c.inYearlyPlan)
                text += tr(" — bổ sung ngoài kế hoạch năm");
            return text;
        }
        if (index.column() == DocumentsColumn && !details.documents.isEmpty())
            return domain::documentStateLabel(worstState(details.documents));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case ContentIdRole:
        return qint64(c.id);
    default:
        return {};
    }
}

QVariant ContentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("STT");
    case TitleColumn:
        return tr("Nội dung");
    case PresentingColumn:
        return tr("Cơ quan trình");
    case ReviewingColumn:
        return tr("Cơ quan thẩm tra");
    case PlannedColumn:
        return tr("Dự kiến");
    case HandlingColumn:
        return tr("Hình thức");
    case DocumentsColumn:
        return tr("Tài liệu");
    default:
        return {};
    }
}

DocumentListModel::DocumentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DocumentListModel::setDocuments(const QList<services::DocumentStatus> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

const services::DocumentStatus *DocumentListModel::documentAt(int row) const
{
    return row >= 0 && row < m_documents.size() ? &m_documents[row] : nullptr;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::DocumentStatus &status = m_documents[index.row()];
    const domain::RequiredDocument &d = status.document;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return domain::documentKindLabel(d.kind);
        case AgencyColumn:
            return status.agencyName;
        case DueColumn:
            return domain::shortDate(d.dueDate);
        case ReceivedColumn:
            return d.receivedOn.isValid() ? domain::shortDate(d.receivedOn) : QString();
        case StateColumn:
            return domain::documentStateLabel(status.state);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? QVariant(documentStateColor(status.state))
                                             : QVariant();
    case Qt::ToolTipRole:
        return d.note.isEmpty() ? QVariant() : QVariant(d.note);
    case DocumentIdRole:
        return qint64(d.id);
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Tài liệu");
    case AgencyColumn:
        return tr("Cơ quan gửi");
    case DueColumn:
        return tr("Hạn gửi");
    case ReceivedColumn:
        return tr("Ngày nhận");
    case StateColumn:
        return tr("Tình trạng");
    default:
        return {};
    }
}

} // namespace thuky::ui
