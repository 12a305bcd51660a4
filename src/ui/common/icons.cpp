#include "common/icons.h"

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

// A head and shoulders, the sign of an account.
void person(QPainter &p, QPointF at, double scale, const QColor &color)
{
    p.save();
    p.translate(at);
    p.scale(scale, scale);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(-5, -12, 10, 10));
    QPainterPath body;
    body.moveTo(-10, 10);
    body.cubicTo(-10, -1, 10, -1, 10, 10);
    body.closeSubpath();
    p.drawPath(body);
    p.restore();
}

// A small round badge in a corner, white sign on colour.
void badge(QPainter &p, const QColor &color)
{
    p.setPen(pen(Qt::white, 1.5));
    p.setBrush(color);
    p.drawEllipse(QRectF(17, 17, 14, 14));
    p.setPen(pen(Qt::white, 2.5)); // for the sign drawn next
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

QIcon calendar()
{
    return drawn([](QPainter &p) {
        p.setPen(pen(kRed, 2));
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(4, 6, 24, 22), 2.5, 2.5);
        p.setPen(Qt::NoPen);
        p.setBrush(kRed);
        p.drawRect(QRectF(4, 6, 24, 6));
        p.setPen(pen(kInk, 2.5));
        p.drawLine(QPointF(10, 3), QPointF(10, 8));
        p.drawLine(QPointF(22, 3), QPointF(22, 8));
        p.setPen(Qt::NoPen);
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 4; ++column) {
                p.setBrush(row == 0 && column == 1 ? kRed : kInk);
                p.drawRect(QRectF(7.5 + column * 4.5, 15 + row * 5.5, 3, 3));
            }
        }
    });
}

QIcon notices()
{
    return drawn([](QPainter &p) {
        p.setPen(pen(kInk, 2));
        p.setBrush(Qt::white);
        p.drawRect(QRectF(6, 3, 20, 26));
        p.setPen(pen(kInk, 1.8));
        p.drawLine(QPointF(10, 9), QPointF(22, 9));
        p.drawLine(QPointF(10, 13), QPointF(22, 13));
        p.drawLine(QPointF(10, 17), QPointF(17, 17));
        p.setPen(pen(kRed, 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(15, 18, 9, 9));
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

QIcon audit()
{
    return drawn([](QPainter &p) {
        p.setPen(pen(kInk, 2));
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(4, 3, 19, 25), 2, 2);
        p.setPen(pen(kInk, 1.8));
        for (const double y : {9.0, 13.5, 18.0})
            p.drawLine(QPointF(8, y), QPointF(19, y));
        p.setPen(pen(kBlue, 3));
        p.setBrush(QColor(0xe3, 0xf2, 0xfd));
        p.drawEllipse(QRectF(15, 15, 10, 10));
        p.drawLine(QPointF(24, 24), QPointF(29, 29));
    });
}

QIcon administration()
{
    return drawn([](QPainter &p) {
        person(p, QPointF(12, 16), 1.0, kBlue);
        p.setPen(pen(kInk, 3.2));
        for (int i = 0; i < 8; ++i) {
            p.save();
            p.translate(24, 23);
            p.rotate(i * 45);
            p.drawLine(QPointF(0, 4), QPointF(0, 7));
            p.restore();
        }
        p.setPen(pen(kInk, 2.5));
        p.setBrush(Qt::white);
        p.drawEllipse(QRectF(20, 19, 8, 8));
    });
}

QIcon catalogues()
{
    return drawn([](QPainter &p) {
        // An address book: a bound card with a person and the lines of an entry.
        p.setPen(pen(kBlue, 2));
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(6, 3, 21, 26), 2.5, 2.5);
        p.setPen(pen(kBlue, 2.5));
        for (const double y : {8.0, 14.0, 20.0, 26.0})
            p.drawLine(QPointF(3.5, y), QPointF(8, y));
        person(p, QPointF(16.5, 12), 0.75, kBlue);
        p.setPen(pen(kInk, 1.8));
        p.drawLine(QPointF(11, 23), QPointF(23, 23));
    });
}

QIcon merge()
{
    return drawn([](QPainter &p) {
        // Two paths that become one.
        p.setPen(pen(kBlue, 2.8));
        p.setBrush(Qt::NoBrush);
        QPainterPath path;
        path.moveTo(6, 5);
        path.cubicTo(6, 15, 16, 13, 16, 20);
        path.moveTo(26, 5);
        path.cubicTo(26, 15, 16, 13, 16, 20);
        path.lineTo(16, 27);
        p.drawPath(path);
        arrowHead(p, QPointF(16, 29), QPointF(0, 1));
    });
}

QIcon addUser()
{
    return drawn([](QPainter &p) {
        person(p, QPointF(13, 15), 1.1, kBlue);
        badge(p, kGreen);
        p.drawLine(QPointF(24, 20), QPointF(24, 28));
        p.drawLine(QPointF(20, 24), QPointF(28, 24));
    });
}

QIcon editUser()
{
    return drawn([](QPainter &p) {
        person(p, QPointF(13, 15), 1.1, kBlue);
        badge(p, kAmber);
        p.drawLine(QPointF(21, 27), QPointF(27.5, 20.5));
    });
}

QIcon resetPassword()
{
    return drawn([](QPainter &p) {
        p.setPen(pen(kAmber, 3));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(3, 6, 12, 12));
        p.drawLine(QPointF(15, 12), QPointF(29, 12));
        p.drawLine(QPointF(25, 12), QPointF(25, 18));
        p.drawLine(QPointF(21, 12), QPointF(21, 16));
        p.setPen(pen(kBlue, 2.5));
        p.drawArc(QRectF(6, 17, 14, 12), 200 * 16, 250 * 16);
    });
}

QIcon deactivateUser()
{
    return drawn([](QPainter &p) {
        person(p, QPointF(13, 15), 1.1, QColor(0x78, 0x90, 0x9c));
        badge(p, kRed);
        p.drawLine(QPointF(20, 24), QPointF(28, 24));
    });
}

QIcon history()
{
    return drawn([](QPainter &p) {
        p.setPen(pen(kBlue, 2.5));
        p.setBrush(Qt::white);
        p.drawEllipse(QRectF(5, 5, 22, 22));
        p.setPen(pen(kInk, 2.5));
        p.drawPolyline(QPolygonF({{16, 9}, {16, 16}, {21, 19}}));
        p.setPen(pen(kBlue, 2.5));
        arrowHead(p, QPointF(5, 12), QPointF(-0.3, 0.95));
    });
}

QIcon integrity()
{
    return drawn([](QPainter &p) {
        QPainterPath shield;
        shield.moveTo(16, 2.5);
        shield.lineTo(27, 6.5);
        shield.cubicTo(27, 18, 23, 25, 16, 29.5);
        shield.cubicTo(9, 25, 5, 18, 5, 6.5);
        shield.closeSubpath();
        p.setPen(pen(kGreen.darker(120), 2));
        p.setBrush(QColor(0xe8, 0xf5, 0xe9));
        p.drawPath(shield);
        p.setPen(pen(kGreen, 3));
        p.drawPolyline(QPolygonF({{10.5, 16}, {14.5, 20}, {21.5, 11.5}}));
    });
}

QIcon logout()
{
    return drawn([](QPainter &p) {
        p.setPen(pen(kInk, 2.5));
        p.drawPolyline(QPolygonF({{17, 9}, {17, 4}, {5, 4}, {5, 28}, {17, 28}, {17, 23}}));
        p.setPen(pen(kRed, 3));
        p.drawLine(QPointF(11, 16), QPointF(23, 16));
        arrowHead(p, QPointF(29, 16), QPointF(1, 0));
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
