#include "notices/notice_body_edit.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <array>

namespace thuky::ui {

using domain::NoticeBlock;
using domain::NoticeBody;
using domain::TextRun;

namespace {

/// The block's kind and level live in its format, so undo, redo and Enter carry them.
constexpr int kKindProperty = QTextFormat::UserProperty + 10;
constexpr int kLevelProperty = QTextFormat::UserProperty + 11;
/// What a copy made inside the editor carries besides its plain text.
const QString kBodyMime = QStringLiteral("application/x-thuky-notice-body");

bool isConclusion(const QTextBlock &block)
{
    return block.blockFormat().intProperty(kKindProperty) == 1;
}

int levelOf(const QTextBlock &block)
{
    return std::clamp(block.blockFormat().intProperty(kLevelProperty), 1, 3);
}

QTextCharFormat runFormat(const TextRun &run)
{
    QTextCharFormat format;
    format.setFontWeight(run.bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(run.italic);
    return format;
}

/// The blocks of `document` between two positions as a body (runs of one style joined,
/// empty blocks left out).
NoticeBody bodyOf(const QTextDocument *document, int from, int to)
{
    NoticeBody body;
    for (QTextBlock block = document->findBlock(from); block.isValid() && block.position() <= to;
         block = block.next()) {
        NoticeBlock out;
        if (isConclusion(block)) {
            out.type = NoticeBlock::Type::Conclusion;
            out.level = levelOf(block);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const int start = std::max(fragment.position(), from);
            const int end = std::min(fragment.position() + fragment.length(), to);
            if (end <= start)
                continue;
            QString text = fragment.text().mid(start - fragment.position(), end - start);
            text.replace(QChar::LineSeparator, u'\n');
            const QTextCharFormat format = fragment.charFormat();
            const bool bold = format.fontWeight() > QFont::Normal;
            const bool italic = format.fontItalic();
            if (!out.runs.isEmpty() && out.runs.last().bold == bold &&
                out.runs.last().italic == italic)
                out.runs.last().text += text;
            else
                out.runs.append(TextRun{text, bold, italic});
        }
        if (!out.runs.isEmpty())
            body.blocks.append(out);
    }
    return body;
}

} // namespace

struct NoticeBodyEdit::Private
{
    QAction *bold = nullptr;
    QAction *italic = nullptr;
    QAction *conclusion = nullptr;
    QAction *paragraph = nullptr;
    QAction *nest = nullptr;
    QAction *unnest = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    bool editable = true;
    double em = 12;

    /// The look of a block of a kind: paragraphs indent their first line as printed;
    /// conclusions hang by level, their label painted in the room on their left.
    QTextBlockFormat look(QTextBlockFormat format, bool conclusion, int level) const
    {
        format.setProperty(kKindProperty, conclusion ? 1 : 0);
        format.setProperty(kLevelProperty, conclusion ? level : 1);
        format.setLeftMargin(conclusion ? em * 2.4 * level : 0);
        format.setTextIndent(conclusion ? 0 : em * 2);
        format.setBottomMargin(em * 0.4);
        return format;
    }
};

NoticeBodyEdit::NoticeBodyEdit(QWidget *parent) : QTextEdit(parent), d(std::make_unique<Private>())
{
    setAcceptRichText(false);
    setTabChangesFocus(false);
    QFont font;
    font.setFamilies({QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif")});
    font.setPointSizeF(13);
    document()->setDefaultFont(font);
    d->em = QFontMetricsF(font).horizontalAdvance(u'M');

    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    d->bold = make(tr("Đậm"), QKeySequence::Bold, tr("Chữ đậm"));
    d->bold->setCheckable(true);
    QFont boldFont = d->bold->font();
    boldFont.setBold(true);
    d->bold->setFont(boldFont);
    d->italic = make(tr("Nghiêng"), QKeySequence::Italic, tr("Chữ nghiêng"));
    d->italic->setCheckable(true);
    QFont italicFont = d->italic->font();
    italicFont.setItalic(true);
    d->italic->setFont(italicFont);
    d->conclusion = make(tr("Kết luận đánh số"), QKeySequence(tr("Ctrl+Shift+K")),
                         tr("Biến đoạn thành một kết luận đánh số"));
    d->conclusion->setCheckable(true);
    d->paragraph = make(tr("Đoạn văn"), QKeySequence(tr("Ctrl+Shift+P")),
                        tr("Biến kết luận thành đoạn văn không đánh số"));
    d->paragraph->setCheckable(true);
    d->nest = make(tr("Lùi vào"), QKeySequence(tr("Alt+Right")),
                   tr("Đưa kết luận vào một cấp (1. → 1.1.); cũng là phím Tab"));
    d->unnest = make(tr("Lùi ra"), QKeySequence(tr("Alt+Left")),
                     tr("Đưa kết luận ra một cấp (1.1. → 2.); cũng là Shift+Tab"));
    // Undo and redo keys reach the editor first (QTextEdit takes them while it has focus);
    // the actions serve the toolbar and the menu.
    d->undo = make(tr("Hoàn tác"), QKeySequence::Undo, tr("Hoàn tác"));
    d->redo = make(tr("Làm lại"), QKeySequence(tr("Ctrl+Y")), tr("Làm lại"));
    d->undo->setEnabled(false);
    d->redo->setEnabled(false);

    connect(d->bold, &QAction::triggered, this, &NoticeBodyEdit::toggleBold);
    connect(d->italic, &QAction::triggered, this, &NoticeBodyEdit::toggleItalic);
    connect(d->conclusion, &QAction::triggered, this, &NoticeBodyEdit::makeConclusion);
    connect(d->paragraph, &QAction::triggered, this, &NoticeBodyEdit::makeParagraph);
    connect(d->nest, &QAction::triggered, this, &NoticeBodyEdit::nest);
    connect(d->unnest, &QAction::triggered, this, &NoticeBodyEdit::unnest);
    connect(d->undo, &QAction::triggered, this, &QTextEdit::undo);
    connect(d->redo, &QAction::triggered, this, &QTextEdit::redo);
    connect(this, &QTextEdit::undoAvailable, this, [this](bool on) { d->undo->setEnabled(on && d->editable); });
    connect(this, &QTextEdit::redoAvailable, this, [this](bool on) { d->redo->setEnabled(on && d->editable); });
    connect(this, &QTextEdit::cursorPositionChanged, this, &NoticeBodyEdit::updateActions);
    connect(this, &QTextEdit::currentCharFormatChanged, this, &NoticeBodyEdit::updateActions);
    // A change anywhere may renumber every conclusion below it.
    connect(document(), &QTextDocument::contentsChanged, viewport(), qOverload<>(&QWidget::update));
    setBody({});
}

NoticeBodyEdit::~NoticeBodyEdit() = default;

void NoticeBodyEdit::setBody(const NoticeBody &body)
{
    QTextDocument *doc = document();
    doc->setUndoRedoEnabled(false);
    doc->clear();
    QTextCursor cursor(doc);
    bool first = true;
    for (const NoticeBlock &block : body.blocks) {
        const QTextBlockFormat format =
            d->look({}, block.type == NoticeBlock::Type::Conclusion, block.level);
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format, QTextCharFormat());
        first = false;
        for (const TextRun &run : block.runs) {
            QString text = run.text;
            text.replace(u'\n', QChar::LineSeparator);
            cursor.insertText(text, runFormat(run));
        }
    }
    if (first)
        cursor.setBlockFormat(d->look({}, false, 1));
    doc->setUndoRedoEnabled(true);
    doc->setModified(false);
    moveCursor(QTextCursor::Start);
    setCurrentCharFormat(runFormat({}));
    updateActions();
    viewport()->update();
}

NoticeBody NoticeBodyEdit::body() const
{
    return bodyOf(document(), 0, document()->characterCount());
}

QStringList NoticeBodyEdit::labels() const
{
    QStringList out;
    std::array<int, 3> counters{0, 0, 0};
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (!isConclusion(block)) {
            out << QString();
            continue;
        }
        const auto level = static_cast<size_t>(levelOf(block));
        ++counters[level - 1];
        for (size_t i = level; i < counters.size(); ++i)
            counters[i] = 0;
        QStringList parts;
        for (size_t i = 0; i < level; ++i)
            parts << QString::number(std::max(1, counters[i]));
        out << parts.join(u'.');
    }
    return out;
}

QAction *NoticeBodyEdit::boldAction() const { return d->bold; }
QAction *NoticeBodyEdit::italicAction() const { return d->italic; }
QAction *NoticeBodyEdit::conclusionAction() const { return d->conclusion; }
QAction *NoticeBodyEdit::paragraphAction() const { return d->paragraph; }
QAction *NoticeBodyEdit::nestAction() const { return d->nest; }
QAction *NoticeBodyEdit::unnestAction() const { return d->unnest; }
QAction *NoticeBodyEdit::undoAction() const { return d->undo; }
QAction *NoticeBodyEdit::redoAction() const { return d->redo; }

QList<QAction *> NoticeBodyEdit::editingActions() const
{
    return {d->undo, d->redo, d->bold, d->italic, d->conclusion, d->paragraph, d->nest, d->unnest};
}

void NoticeBodyEdit::setEditable(bool editable)
{
    d->editable = editable;
    setReadOnly(!editable);
    // Read-only text stays selectable and copyable.
    setTextInteractionFlags(editable ? Qt::TextEditorInteraction
                                     : Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    updateActions();
}

void NoticeBodyEdit::toggleBold(bool bold)
{
    if (!d->editable)
        return;
    QTextCharFormat format;
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    mergeCurrentCharFormat(format);
    updateActions();
}

void NoticeBodyEdit::toggleItalic(bool italic)
{
    if (!d->editable)
        return;
    QTextCharFormat format;
    format.setFontItalic(italic);
    mergeCurrentCharFormat(format);
    updateActions();
}

namespace {

/// The blocks the cursor's selection touches (the cursor's block without one).
QList<QTextBlock> selectedBlocks(const QTextCursor &cursor)
{
    QList<QTextBlock> out;
    const QTextDocument *doc = cursor.document();
    const QTextBlock last = doc->findBlock(cursor.selectionEnd());
    for (QTextBlock block = doc->findBlock(cursor.selectionStart()); block.isValid();
         block = block.next()) {
        out << block;
        if (block == last)
            break;
    }
    return out;
}

/// The level of the nearest conclusion above `block`; 0 when there is none.
int levelAbove(const QTextBlock &block)
{
    for (QTextBlock b = block.previous(); b.isValid(); b = b.previous()) {
        if (isConclusion(b))
            return levelOf(b);
    }
    return 0;
}

} // namespace

void NoticeBodyEdit::makeConclusion()
{
    if (!d->editable)
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    for (const QTextBlock &block : selectedBlocks(cursor)) {
        if (isConclusion(block))
            continue;
        QTextCursor at(block);
        at.setBlockFormat(d->look(block.blockFormat(), true, std::max(1, levelAbove(block))));
    }
    cursor.endEditBlock();
    updateActions();
}

void NoticeBodyEdit::makeParagraph()
{
    if (!d->editable)
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    for (const QTextBlock &block : selectedBlocks(cursor)) {
        QTextCursor at(block);
        at.setBlockFormat(d->look(block.blockFormat(), false, 1));
    }
    cursor.endEditBlock();
    updateActions();
}

void NoticeBodyEdit::nest()
{
    changeLevel(+1);
}

void NoticeBodyEdit::unnest()
{
    changeLevel(-1);
}

void NoticeBodyEdit::changeLevel(int delta)
{
    if (!d->editable)
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    for (const QTextBlock &block : selectedBlocks(cursor)) {
        if (!isConclusion(block))
            continue;
        QTextCursor at(block);
        const int level = levelOf(block) + delta;
        if (level < 1) {
            at.setBlockFormat(d->look(block.blockFormat(), false, 1));
            continue;
        }
        // No deeper than one below the conclusion above: 1.1.1. needs a 1.1. before it.
        const int allowed = std::min(3, levelAbove(block) + 1);
        at.setBlockFormat(d->look(block.blockFormat(), true, std::min(level, allowed)));
    }
    cursor.endEditBlock();
    updateActions();
}

void NoticeBodyEdit::updateActions()
{
    const QTextCharFormat format = currentCharFormat();
    const QTextBlock block = textCursor().block();
    const bool conclusion = isConclusion(block);
    d->bold->setChecked(format.fontWeight() > QFont::Normal);
    d->italic->setChecked(format.fontItalic());
    d->conclusion->setChecked(conclusion);
    d->paragraph->setChecked(!conclusion);
    for (QAction *action : {d->bold, d->italic, d->conclusion, d->paragraph})
        action->setEnabled(d->editable);
    d->nest->setEnabled(d->editable && conclusion && levelOf(block) < 3);
    d->unnest->setEnabled(d->editable && conclusion);
    d->undo->setEnabled(d->editable && document()->isUndoAvailable());
    d->redo->setEnabled(d->editable && document()->isRedoAvailable());
}

void NoticeBodyEdit::keyPressEvent(QKeyEvent *event)
{
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    const QTextCursor cursor = textCursor();
    // Ctrl+Tab leaves the editor, as Tab leaves other fields.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) &&
        (mods & Qt::ControlModifier)) {
        QWidget::focusNextPrevChild(event->key() == Qt::Key_Tab &&
                                    !(mods & Qt::ShiftModifier));
        return;
    }
    if (d->editable) {
        if (event->key() == Qt::Key_Tab && mods == Qt::NoModifier) {
            changeLevel(+1); // a paragraph stays as it is: its first line indents itself
            return;
        }
        if (event->key() == Qt::Key_Backtab) {
            changeLevel(-1);
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            mods == Qt::NoModifier && !cursor.hasSelection() && isConclusion(cursor.block()) &&
            cursor.block().length() <= 1) {
            changeLevel(-1); // Enter in an empty conclusion steps out, as in a word processor
            return;
        }
        if (event->key() == Qt::Key_Backspace && mods == Qt::NoModifier &&
            !cursor.hasSelection() && cursor.atBlockStart() && isConclusion(cursor.block())) {
            makeParagraph(); // the number goes first, then the text
            return;
        }
    }
    QTextEdit::keyPressEvent(event);
}

void NoticeBodyEdit::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    QPainter painter(viewport());
    painter.setFont(document()->defaultFont());
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled,
                                   QPalette::Text));
    const QStringList labels = this->labels();
    const QPointF offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    const QRectF visible = viewport()->rect();
    int index = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next(), ++index) {
        const QString label = labels.value(index);
        const QTextLayout *layout = block.layout();
        if (label.isEmpty() || !layout || layout->lineCount() == 0)
            continue;
        const QTextLine line = layout->lineAt(0);
        const QPointF origin = layout->position() + offset;
        const double baseline = origin.y() + line.y() + line.ascent();
        if (baseline < visible.top() - 50 || baseline > visible.bottom() + 50)
            continue;
        const QString text = label + u'.';
        const double right = origin.x() + line.x() - d->em * 0.35;
        const double width = painter.fontMetrics().horizontalAdvance(text);
        painter.drawText(QPointF(right - width, baseline), text);
    }
}

bool NoticeBodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasFormat(kBodyMime) || source->hasText();
}

QMimeData *NoticeBodyEdit::createMimeDataFromSelection() const
{
    const QTextCursor cursor = textCursor();
    auto *mime = new QMimeData;
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
    mime->setText(text);
    const NoticeBody body = bodyOf(document(), cursor.selectionStart(), cursor.selectionEnd());
    mime->setData(kBodyMime, body.toJson());
    return mime;
}

void NoticeBodyEdit::insertFromMimeData(const QMimeData *source)
{
    if (!d->editable)
        return;
    if (source->hasFormat(kBodyMime)) {
        if (auto body = NoticeBody::fromJson(source->data(kBodyMime)); body.ok()) {
            insertBlocks(*body);
            return;
        }
    }
    QString text = source->text();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    text.replace(u'\t', u' ');
    if (!text.trimmed().contains(u'\n')) {
        // Within a line: the text as it is, in the style at the cursor.
        textCursor().insertText(text.trimmed().isEmpty() ? text : text.trimmed());
        return;
    }
    insertBlocks(NoticeBody::fromMarkedText(text));
}

void NoticeBodyEdit::insertBlocks(const NoticeBody &body)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    for (int i = 0; i < body.blocks.size(); ++i) {
        const NoticeBlock &block = body.blocks[i];
        const bool conclusion = block.type == NoticeBlock::Type::Conclusion;
        if (i > 0) {
            cursor.insertBlock(d->look(cursor.blockFormat(), conclusion, block.level),
                               QTextCharFormat());
        } else if (cursor.block().length() <= 1) {
            // An empty block takes the kind of what is pasted into it.
            cursor.setBlockFormat(d->look(cursor.blockFormat(), conclusion, block.level));
        }
        for (const TextRun &run : block.runs) {
            QString text = run.text;
            text.replace(u'\n', QChar::LineSeparator);
            cursor.insertText(text, runFormat(run));
        }
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

} // namespace thuky::ui
