#pragma once
// FlowLayout: lays its items out left to right and wraps them onto the next line when the
// width runs out, so a bar of filters fits a small screen without hiding any of them. Every
// module's filter bar uses it.

#include <QLayout>
#include <QList>

namespace thuky::ui {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    /// Replaces `owner`'s layout (as a form made it) by a flow layout holding the same widgets
    /// in the same order, with its margins; spacers are dropped.
    static FlowLayout *takeOver(QWidget *owner);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int gap() const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace thuky::ui
