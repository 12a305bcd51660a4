#include "icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace thuky::ui::icons {

namespace {

using Painting = std::function<void(QPainter &)>;

const QColor kInk(0x37, 0x47, 0x4f);
const QColor kBlue(0x1e, 0x5a, 0xa8);
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kAmber(0xb4, 0x5f, 0x06);

// Every icon is drawn on a 32 x 32 canvas and scaled, so one drawing serves every size.
QIcon drawn(const Painting &paint)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 32.0, size / 32.0);
        paint(painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QPen pen(const QColor &color, double width)
{
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void arrowHead(QPainter &p, QPointF tip, QPointF direction)
{
    const QPointF normal(-direction.y(), direction.x());
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip - direction * 7 + normal * 5);
    head.lineTo(tip - direction * 7 - normal * 5);
    head.closeSubpath();
    p.fillPath(head, p.pen().color());
}

void tray(QPainter &p)
{
    p.setPen(pen(kInk, 2.5));
    p.drawPolyline(QPolygonF({{4, 19}, {4, 28}, {28, 28}, {28, 19}}));
}

void curvedArrow(QPainter &p, bool leftward)
{
    p.setPen(pen(kBlue, 3));
    QPainterPath path;
    if (leftward) {
        path.moveTo(26, 25);
        path.cubicTo(26, 12, 16, 9, 9, 12);
    } else {
        path.moveTo(6, 25);
        path.cubicTo(6, 12, 16, 9, 23, 12);
    }
    p.drawPath(path);
    arrowHead(p, leftward ? QPointF(5, 14) : QPointF(27, 14),
              leftward ? QPointF(-0.9, 0.45) : QPointF(0.9, 0.45));
}

} // namespace

QIcon application()
{
    return drawn([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xa3, 0x1f, 0x1f));
        p.drawRoundedRect(QRectF(1, 1, 30, 30), 6, 6);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(8, 5, 16, 22), 1.5, 1.5);
        p.setPen(pen(QColor(0xa3, 0x1f, 0x1f), 1.8));
        for (const double y : {11.0, 15.5, 20.0})
            p.drawLine(QPointF(11, y), QPointF(21, y));
    });
}

QIcon programme()
{
    return drawn([](QPainter &p) {
        p.setPen(pen(kBlue, 2));
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(6, 5, 20, 25), 2.5, 2.5);
        p.setBrush(kBlue);
        p.drawRoundedRect(QRectF(11, 2.5, 10, 5), 1.5, 1.5);
        for (int i = 0; i < 3; ++i) {
            const double y = 13 + i * 6;
            p.setPen(pen(kGreen, 2));
            p.drawPolyline(QPolygonF({{9.5, y}, {11, y + 1.5}, {13.5, y - 1.5}}));
            p.setPen(pen(kInk, 2));
            p.drawLine(QPointF(16, y), QPointF(23, y));
        }
    });
}

QIcon addTask()
{
    return drawn([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(kGreen);
        p.drawEllipse(QRectF(3, 3, 26, 26));
        p.setPen(pen(Qt::white, 3.5));
        p.drawLine(QPointF(16, 9), QPointF(16, 23));
        p.drawLine(QPointF(9, 16), QPointF(23, 16));
    });
}

QIcon editTask()
{
    return drawn([](QPainter &p) {
        p.translate(16, 16);
        p.rotate(45);
        p.setPen(pen(kInk, 1.5));
        p.setBrush(QColor(0xf9, 0xa8, 0x25));
        p.drawRect(QRectF(-4, -13, 8, 19));
        p.setBrush(QColor(0xff, 0xe0, 0xb2));
        QPainterPath tip;
        tip.moveTo(-4, 6);
        tip.lineTo(4, 6);
        tip.lineTo(0, 13);
        tip.closeSubpath();
        p.drawPath(tip);
        p.setBrush(kRed);
        p.drawRect(QRectF(-4, -15, 8, 3));
    });
}

QIcon deleteTask()
{
    return drawn([](QPainter &p) {
        p.setPen(pen(kRed, 2));
        p.setBrush(QColor(0xff, 0xeb, 0xee));
        p.drawRoundedRect(QRectF(8, 9, 16, 20), 2, 2);
        p.drawLine(QPointF(5, 8), QPointF(27, 8));
        p.drawLine(QPointF(13, 4.5), QPointF(19, 4.5));
        for (const double x : {12.5, 16.0, 19.5})
            p.drawLine(QPointF(x, 13), QPointF(x, 25));
    });
}

QIcon recordProgress()
{
    return drawn([](QPainter &p) {
        p.setPen(Qt::NoPen);
        const QColor colors[] = {kAmber, kBlue, kGreen};
        for (int i = 0; i < 3; ++i) {
            p.setBrush(colors[i]);
            const double h = 8 + i * 8;
            p.drawRoundedRect(QRectF(5 + i * 8.5, 28 - h, 6.5, h), 1, 1);
        }
        p.setPen(pen(kInk, 2));
        p.drawLine(QPointF(3, 29), QPointF(29, 29));
    });
}

QIcon importFile()
{
    return drawn([](QPainter &p) {
        tray(p);
        p.setPen(pen(kBlue, 3));
        p.drawLine(QPointF(16, 3), QPointF(16, 17));
        arrowHead(p, QPointF(16, 23), QPointF(0, 1));
    });
}

QIcon exportFile()
{
    return drawn([](QPainter &p) {
        tray(p);
        p.setPen(pen(kGreen, 3));
        p.drawLine(QPointF(16, 23), QPointF(16, 9));
        arrowHead(p, QPointF(16, 3), QPointF(0, -1));
    });
}

QIcon refresh()
{
    return drawn([](QPainter &p) {
        p.setPen(pen(kBlue, 3));
        p.drawArc(QRectF(6, 6, 20, 20), 60 * 16, 280 * 16);
        arrowHead(p, QPointF(24, 5.5), QPointF(0.8, -0.2));
    });
}

QIcon undo()
{
    return drawn([](QPainter &p) { curvedArrow(p, true); });
}

QIcon redo()
{
    return drawn([](QPainter &p) { curvedArrow(p, false); });
}

QIcon filter()
{
    return drawn([](QPainter &p) {
        p.setPen(pen(kInk, 2));
        p.setBrush(QColor(0xe3, 0xf2, 0xfd));
        p.drawPolygon(QPolygonF({{4, 6}, {28, 6}, {18, 17}, {18, 27}, {14, 24}, {14, 17}}));
    });
}

QColor timelinessColor(domain::Timeliness t)
{
    switch (t) {
    case domain::Timeliness::OnTrack:
        return kBlue;
    case domain::Timeliness::DueSoon:
        return kAmber;
    case domain::Timeliness::Overdue:
        return kRed;
    case domain::Timeliness::DoneOnTime:
        return kGreen;
    case domain::Timeliness::DoneLate:
        return QColor(0x8e, 0x00, 0x00);
    case domain::Timeliness::NoDeadline:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QIcon timelinessMarker(domain::Timeliness t)
{
    const QColor color = timelinessColor(t);
    return drawn([color](QPainter &p) {
        p.setPen(pen(color.darker(130), 2));
        p.setBrush(color);
        p.drawEllipse(QRectF(7, 7, 18, 18));
    });
}

} // namespace thuky::ui::icons
