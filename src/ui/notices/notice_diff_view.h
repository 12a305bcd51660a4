#pragma once
// NoticeDiffView: what changed from one revision of a notice to another, read as Word's
// tracked changes: inserted words underlined in green, deleted words struck through in red,
// the rest as it was. Read-only; the spans come from NoticeService::compare().

#include "thuky/domain/word_diff.h"

#include <QTextBrowser>

namespace thuky::ui {

class NoticeDiffView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit NoticeDiffView(QWidget *parent = nullptr);

    void setSpans(const QList<domain::DiffSpan> &spans);
    const QList<domain::DiffSpan> &spans() const { return m_spans; }
    /// Shown instead of a comparison ("Chưa có hai bản để so sánh").
    void setMessage(const QString &text);

    /// The colours of the marks, also used by the legend.
    static QColor insertionColor();
    static QColor deletionColor();

private:
    QList<domain::DiffSpan> m_spans;
};

} // namespace thuky::ui
