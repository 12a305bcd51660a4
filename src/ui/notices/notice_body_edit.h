#pragma once
// NoticeBodyEdit: the body of a notice edited as what it is, paragraphs and numbered
// conclusions that nest (1., 1.1., 1.1.1.), with bold and italic inside a paragraph. The
// labels are not text: they are painted beside each conclusion from its place among the
// others, so they renumber as conclusions are added, moved, nested or removed.
//
// Keys: Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+K make conclusion, Ctrl+Shift+P make
// paragraph, Tab / Alt+Right nest a conclusion one level deeper, Shift+Tab / Alt+Left bring
// it out (a level-1 conclusion becomes a paragraph), Enter continues with a block of the same
// kind (Enter in an empty conclusion brings it out instead), Ctrl+Z / Ctrl+Y undo and redo
// on the document's own stack. Ctrl+Tab / Ctrl+Shift+Tab leave the editor. Pasting inserts
// plain text only: **bold** and *italic* marks and "1." / "1.1." line starts are read as
// NoticeBody::fromMarkedText() reads them; a copy made inside the editor pastes back with its
// blocks and styles.

#include "thuky/domain/notice.h"

#include <QTextEdit>

#include <memory>

class QAction;

namespace thuky::ui {

class NoticeBodyEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit NoticeBodyEdit(QWidget *parent = nullptr);
    ~NoticeBodyEdit() override;

    /// Replaces the whole content (and clears the undo stack and the modified flag).
    void setBody(const domain::NoticeBody &body);
    /// The content as a body: one block per paragraph of the editor, empty paragraphs left
    /// out, runs of the same style joined, so body → setBody() → body() is the same body for
    /// any body without empty blocks or split runs.
    domain::NoticeBody body() const;

    /// The labels of the editor's blocks as painted ("1.1"), empty for paragraphs; one per
    /// block of the document, empty blocks included.
    QStringList labels() const;

    /// Editing actions with their shortcuts, for a toolbar and a menu: bold, italic, make
    /// conclusion, make paragraph, nest, unnest, undo, redo. They follow the cursor (checked
    /// when the selection is bold…) and read-only mode (disabled).
    QAction *boldAction() const;
    QAction *italicAction() const;
    QAction *conclusionAction() const;
    QAction *paragraphAction() const;
    QAction *nestAction() const;
    QAction *unnestAction() const;
    QAction *undoAction() const;
    QAction *redoAction() const;
    QList<QAction *> editingActions() const;

    void setEditable(bool editable);

    /// What a copy holds: the plain text, and the blocks with their kinds and styles for a
    /// paste into a notice.
    QMimeData *createMimeDataFromSelection() const override;
    /// A paste: the blocks of a copy made in a notice, else plain text (see the top).
    void insertFromMimeData(const QMimeData *source) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;

public Q_SLOTS:
    void toggleBold(bool bold);
    void toggleItalic(bool italic);
    /// The blocks of the selection become conclusions (at the level of the conclusion
    /// before them, else 1) or paragraphs.
    void makeConclusion();
    void makeParagraph();
    /// One level deeper (at most 3, and at most one deeper than the conclusion before it);
    /// out one level, a level-1 conclusion becoming a paragraph.
    void nest();
    void unnest();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;

    void updateActions();
    void changeLevel(int delta);
    void insertBlocks(const domain::NoticeBody &body);
};

} // namespace thuky::ui
