#include "notices/notice_diff_view.h"

#include <QTextCursor>

#include <algorithm>

namespace thuky::ui {

NoticeDiffView::NoticeDiffView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("noticeDiff"));
    setOpenLinks(false);
    QFont font;
    font.setFamilies({QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif")});
    font.setPointSizeF(12);
    document()->setDefaultFont(font);
}

QColor NoticeDiffView::insertionColor()
{
    return QColor(0x00, 0x7a, 0x1f);
}

QColor NoticeDiffView::deletionColor()
{
    return QColor(0xc0, 0x10, 0x10);
}

void NoticeDiffView::setSpans(const QList<domain::DiffSpan> &spans)
{
    m_spans = spans;
    clear();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    const bool changed = std::any_of(spans.begin(), spans.end(), [](const domain::DiffSpan &s) {
        return s.op != domain::DiffOp::Equal;
    });
    if (!changed) {
        QTextCharFormat note;
        note.setFontItalic(true);
        note.setForeground(palette().color(QPalette::PlaceholderText));
        cursor.insertText(tr("Hai bản giống nhau."), note);
        cursor.insertBlock();
        cursor.setCharFormat(QTextCharFormat());
    }
    for (const domain::DiffSpan &span : spans) {
        QTextCharFormat format;
        switch (span.op) {
        case domain::DiffOp::Equal:
            break;
        case domain::DiffOp::Insert:
            format.setFontUnderline(true);
            format.setForeground(insertionColor());
            format.setToolTip(tr("Thêm vào"));
            break;
        case domain::DiffOp::Delete:
            format.setFontStrikeOut(true);
            format.setForeground(deletionColor());
            format.setToolTip(tr("Xóa đi"));
            break;
        }
        cursor.insertText(span.text, format);
    }
    cursor.endEditBlock();
    // The first change in sight, not the unchanged opening.
    int position = 0;
    int first = -1;
    for (const domain::DiffSpan &span : spans) {
        if (span.op != domain::DiffOp::Equal) {
            first = position;
            break;
        }
        position += static_cast<int>(span.text.size());
    }
    QTextCursor at(document());
    at.setPosition(std::max(0, std::min(first, document()->characterCount() - 1)));
    setTextCursor(at);
    if (first >= 0)
        ensureCursorVisible();
}

void NoticeDiffView::setMessage(const QString &text)
{
    m_spans.clear();
    clear();
    QTextCursor cursor(document());
    QTextCharFormat format;
    format.setFontItalic(true);
    format.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.insertText(text, format);
}

} // namespace thuky::ui
