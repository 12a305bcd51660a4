#pragma once
// ReportDialog: which periodic report of a programme to write (báo cáo định kỳ) and in
// which format. The cut-off day starts at the office's (ReportService::cutoffDay); a user
// may take another for this report, and one allowed to (ConfigureReports) may save the day
// shown as the office's with "Lưu làm ngày chốt chung".

#include "thuky/domain/report_period.h"

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ReportDialog;
}

namespace thuky::ui {

class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Docx, Pdf, Xlsx };

    /// Saves `day` as the office's cut-off day; false when it was refused (and said so).
    using SaveCutoff = std::function<bool(int day)>;

    /// Offers the periods of `year` with the office's cut-off day `officeCutoff`, the last
    /// one ended by `today` chosen.
    ReportDialog(int year, const QDate &today, int officeCutoff = domain::kDefaultReportCutoffDay,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    domain::ReportPeriod period() const;
    Format format() const;
    /// "docx", "pdf", "xlsx".
    QString suffix() const;

    void setKind(domain::ReportPeriodKind kind);
    void setNumber(int n);
    void setFormat(Format format);
    void setCutoffDay(int day);

    /// The office's cut-off day the dialog knows of.
    int officeCutoff() const { return m_officeCutoff; }
    /// Enables "Lưu làm ngày chốt chung" (when the day shown differs from the office's);
    /// `refusal` non-empty: the user may not, the button stays disabled saying why.
    void setCutoffSaver(SaveCutoff save, const QString &refusal = {});
    /// Saves the day shown as the office's, as the button does.
    bool saveCutoff();

private:
    void updateSaveButton();
    void fillNumbers();
    void showRange();

    std::unique_ptr<Ui::ReportDialog> m_ui;
    int m_year;
    QDate m_today;
    int m_officeCutoff;
    SaveCutoff m_saveCutoff;
    QString m_refusal;
};

} // namespace thuky::ui
