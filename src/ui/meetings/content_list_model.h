#pragma once
// ContentListModel: a meeting's contents in order (nội dung phiên họp), with who presents and
// reviews each, when it is planned and how its documents stand. DocumentListModel: the
// documents one content needs, with due date, received date and state in its colour.

#include "thuky/services/meeting_service.h"

#include <QAbstractTableModel>

namespace thuky::ui {

class ContentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        PresentingColumn,
        ReviewingColumn,
        PlannedColumn,
        HandlingColumn,
        DocumentsColumn,
        ColumnCount
    };
    enum Role
    {
        ContentIdRole = Qt::UserRole + 1,
    };

    explicit ContentListModel(QObject *parent = nullptr);

    void setContents(const QList<services::ContentDetails> &contents);
    const services::ContentDetails *contentAt(int row) const;
    int findRow(domain::Id contentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<services::ContentDetails> m_contents;
};

class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        AgencyColumn,
        DueColumn,
        ReceivedColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1,
    };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setDocuments(const QList<services::DocumentStatus> &documents);
    const services::DocumentStatus *documentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<services::DocumentStatus> m_documents;
};

} // namespace thuky::ui
