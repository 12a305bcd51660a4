#pragma once
// GuideWindow: Trợ giúp → Hướng dẫn sử dụng. Shows the user guide (docs/guide/*.md, with its
// screenshots) inside Thuky, so that it opens on a machine without a web browser too; links
// between chapters stay in the window, web links open in the browser.

#include <QDialog>

class QTextBrowser;

namespace thuky::ui {

class GuideWindow : public QDialog
{
    Q_OBJECT

public:
    /// Opens `indexFile` (guideIndexFile()).
    explicit GuideWindow(const QString &indexFile, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

    /// The guide's first page: installed beside the program (<prefix>/share/doc/thuky/guide,
    /// as the Debian package puts it), else in the source tree the program was built from;
    /// empty when neither is there.
    static QString guideIndexFile();

private:
    QTextBrowser *m_browser;
};

} // namespace thuky::ui
