#pragma once
// ReadinessPanel: how ready the next meetings are (chuẩn bị tài liệu): choose one of them,
// read by responsible agency which documents are missing, due soon or late.

#include "thuky/services/meeting_service.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace thuky::ui {

class ReadinessModel;

class ReadinessPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReadinessPanel(QWidget *parent = nullptr);

    /// The next meetings' readiness, nearest first; keeps the chosen meeting if still listed.
    void setReadiness(const QList<services::MeetingReadiness> &meetings);
    ReadinessModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *exportButton() const { return m_export; }
    QComboBox *meetingBox() const { return m_meetings; }
    /// The meeting shown; 0 when none is.
    domain::Id currentMeetingId() const;

Q_SIGNALS:
    /// A double click on a line: open that meeting's page.
    void meetingActivated(domain::Id meetingId);
    /// "Xuất danh sách nhắc việc": the reminder lists of the meeting shown.
    void remindersRequested(domain::Id meetingId);

private:
    void showMeeting();

    QList<services::MeetingReadiness> m_readiness;
    QComboBox *m_meetings;
    QLabel *m_summary;
    ReadinessModel *m_model;
    QTreeView *m_view;
    QPushButton *m_export;
};

} // namespace thuky::ui
