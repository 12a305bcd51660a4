#pragma once
// ElidedLabel: one line of plain text that shortens itself with "…" when there is no room,
// the whole text in its tooltip. For the status bar, so that a long database path or user
// name never makes the window wider than the screen.

#include <QWidget>

namespace thuky::ui {

class ElidedLabel : public QWidget
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    /// Elides at this end (Qt::ElideRight by default; a path reads better elided in the middle).
    void setElideMode(Qt::TextElideMode mode);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace thuky::ui
