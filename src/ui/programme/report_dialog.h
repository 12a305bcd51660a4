#pragma once
// ReportDialog: which periodic report of a programme to write (báo cáo định kỳ) and in
// which format.

#include "thuky/domain/report_period.h"

#include <QDate>
#include <QDialog>

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

    /// Offers the periods of `year`, the last one ended by `today` chosen.
    ReportDialog(int year, const QDate &today, QWidget *parent = nullptr);
    ~ReportDialog() override;

    domain::ReportPeriod period() const;
    Format format() const;
    /// "docx", "pdf", "xlsx".
    QString suffix() const;

    void setKind(domain::ReportPeriodKind kind);
    void setNumber(int n);
    void setFormat(Format format);

private:
    void fillNumbers();
    void showRange();

    std::unique_ptr<Ui::ReportDialog> m_ui;
    int m_year;
    QDate m_today;
};

} // namespace thuky::ui
