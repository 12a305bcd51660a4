#pragma once
// ContentDialog: the form of a meeting's content (nội dung): title, category, presenting and
// reviewing agencies, planned day and half-day, handling, status; for a new content, the
// documents it will need (tờ trình, báo cáo thẩm tra, dự thảo) and who owes them.

#include "thuky/domain/meeting.h"
#include "thuky/domain/working_days.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace thuky::ui {

class DateField;

class ContentDialog : public QDialog
{
    Q_OBJECT

public:
    ContentDialog(const QList<domain::Agency> &agencies, const domain::WorkingDays &days,
                  QWidget *parent = nullptr);

    /// The meeting's first day, offered when the content has no planned day. Before setContent().
    void setMeetingDay(const QDate &day);
    /// A content without id is a new one: the documents to require are offered.
    void setContent(const domain::MeetingContent &content);
    domain::MeetingContent content() const;
    /// The documents chosen for a new content (due dates from the rules).
    QList<domain::RequiredDocument> documents() const;

    QPlainTextEdit *titleEdit() const { return m_title; }
    QComboBox *presentingBox() const { return m_presenting; }

    void accept() override;

private:
    domain::MeetingContent m_content;
    QPlainTextEdit *m_title;
    QComboBox *m_category;
    QComboBox *m_presenting;
    QComboBox *m_reviewing;
    QCheckBox *m_hasDay;
    DateField *m_day;
    QComboBox *m_halfDay;
    QComboBox *m_handling;
    QComboBox *m_status;
    QCheckBox *m_inPlan;
    QWidget *m_documentsBox;
    QCheckBox *m_submission;
    QCheckBox *m_review;
    QCheckBox *m_draft;
    QLabel *m_error;
    QList<domain::Agency> m_agencies;
    QDate m_meetingDay;
};

/// Asks for a day (the day a document was received…); std::nullopt when cancelled.
std::optional<QDate> askDate(QWidget *parent, const QString &title, const QString &label,
                             const QDate &initial, const domain::WorkingDays &days,
                             const QDate &maximum = {});

} // namespace thuky::ui
