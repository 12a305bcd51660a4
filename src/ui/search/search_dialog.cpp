#include "search/search_dialog.h"

#include "common/translations.h"

#include "thuky/core/logging.h"
#include "thuky/services/workspace.h"
#include "thuky/storage/database.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace thuky::ui {

namespace {

constexpr int kHitsPerKind = 8;
constexpr int kTypingDelayMs = 150;

// The kinds' names come with the kind list of the core, in both languages.
QString kindLabel(const services::SearchKindInfo &info)
{
    return QString::fromUtf8(uiLanguage() == Lang::En ? info.labelEn : info.label);
}

QVariantList marksToVariant(const QList<search::Mark> &marks)
{
    QVariantList out;
    for (const auto &m : marks)
        out.append(QPoint(m.start, m.length));
    return out;
}

QList<search::Mark> marksFromVariant(const QVariant &value)
{
    QList<search::Mark> out;
    for (const QVariant &v : value.toList())
        out.append(search::Mark{v.toPoint().x(), v.toPoint().y()});
    return out;
}

// Paints a kind's heading, or a hit on two lines: its title with the matches in bold, then
// the snippet and where the record is, in a quieter colour.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int line = option.fontMetrics.height();
        if (index.data(SearchDialog::HeaderRole).toBool())
            return {0, line + 10};
        return {0, 2 * line + 14};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        painter->save();
        const QRect r = opt.rect.adjusted(10, 0, -10, 0);
        if (index.data(SearchDialog::HeaderRole).toBool()) {
            QFont font = opt.font;
            font.setBold(true);
            painter->setFont(font);
            painter->setPen(opt.palette.color(QPalette::PlaceholderText));
            painter->drawText(r.adjusted(0, 4, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, opt.text);
            painter->setPen(opt.palette.color(QPalette::Mid));
            painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
            painter->restore();
            return;
        }
        const bool selected = opt.state & QStyle::State_Selected;
        if (selected)
            painter->fillRect(opt.rect, opt.palette.brush(QPalette::Highlight));
        const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor quiet = selected ? text : opt.palette.color(QPalette::PlaceholderText);
        const int line = opt.fontMetrics.height();
        const QRect titleRect(r.left(), r.top() + 5, r.width(), line + 2);
        const QRect snippetRect(r.left() + 12, titleRect.bottom() + 3, r.width() - 12, line + 2);

        const QString context = index.data(SearchDialog::ContextRole).toString();
        const int contextWidth = context.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(context) + 16;
        drawLine(painter, opt.font, text, titleRect, opt.text, marksFromVariant(index.data(SearchDialog::TitleMarksRole)));
        drawLine(painter, opt.font, quiet, snippetRect.adjusted(0, 0, -contextWidth, 0),
                 index.data(SearchDialog::SnippetRole).toString(),
                 marksFromVariant(index.data(SearchDialog::SnippetMarksRole)));
        if (!context.isEmpty()) {
            painter->setPen(quiet);
            painter->setFont(opt.font);
            painter->drawText(snippetRect, Qt::AlignRight | Qt::AlignVCenter, context);
        }
        painter->restore();
    }

private:
    // One line of marked text, cut with "…" to fit: bold is wider, so the cut leaves room.
    static void drawLine(QPainter *painter, const QFont &font, const QColor &color, const QRect &rect,
                         const QString &text, const QList<search::Mark> &marks)
    {
        if (text.isEmpty() || rect.width() <= 0)
            return;
        QFont bold = font;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const QString fitted = metrics.elidedText(text, Qt::ElideRight, rect.width() - 4);
        const int maxChars = fitted == text ? -1 : std::max(0, int(fitted.size()) - 1);
        QTextDocument doc;
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        doc.setHtml(QStringLiteral("<span style=\"color:%1; white-space:pre\">%2</span>")
                        .arg(color.name(), markedHtml(text, marks, maxChars)));
        painter->save();
        painter->translate(rect.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), rect.size()));
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette.setColor(QPalette::Text, color);
        doc.documentLayout()->draw(painter, ctx);
        painter->restore();
    }
};

} // namespace

QString markedHtml(const QString &text, const QList<search::Mark> &marks, int maxChars)
{
    const int end = maxChars < 0 ? int(text.size()) : std::min(maxChars, int(text.size()));
    QString html;
    int at = 0;
    for (const auto &m : marks) {
        if (m.start < at || m.start >= end)
            continue;
        html += text.mid(at, m.start - at).toHtmlEscaped();
        const int stop = std::min(m.start + m.length, end);
        html += QStringLiteral("<b>") + text.mid(m.start, stop - m.start).toHtmlEscaped() + QStringLiteral("</b>");
        at = stop;
    }
    html += text.mid(at, end - at).toHtmlEscaped();
    if (end < text.size())
        html += u'…';
    return html;
}

SearchDialog::SearchDialog(services::Workspace &workspace, domain::Actor actor, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_actor(std::move(actor)), m_query(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_year(new QComboBox(this)), m_view(new QListView(this)),
      m_model(new QStandardItemModel(this)), m_status(new QLabel(this)), m_timer(new QTimer(this))
{
    setWindowTitle(tr("Tìm kiếm"));
    setObjectName(QStringLiteral("searchDialog"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Tìm nhiệm vụ, nội dung phiên họp, thông báo, cán bộ… (không dấu cũng được)"));
    m_query->setClearButtonEnabled(true);
    m_query->setToolTip(tr("Các từ đều phải có; \"cụm từ\" trong ngoặc kép; thuong* tìm theo đầu từ."));
    QFont big = m_query->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_query->setFont(big);

    m_kind->addItem(tr("Mọi loại"), -1);
    for (const auto &info : services::kSearchKinds) {
        if (m_workspace.authorizer().require(m_actor, info.view))
            m_kind->addItem(kindLabel(info), int(info.kind));
    }
    m_kind->setToolTip(tr("Loại bản ghi"));
    m_year->addItem(tr("Mọi năm"), 0);
    const int thisYear = m_workspace.db().today().year();
    for (int y = thisYear + 1; y >= thisYear - 6; --y)
        m_year->addItem(QString::number(y), y);
    m_year->setToolTip(tr("Năm (cán bộ không có năm nên không hiện khi chọn một năm)"));

    m_view->setModel(m_model);
    m_view->setItemDelegate(new HitDelegate(m_view));
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setUniformItemSizes(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the field; Up/Down reach the list
    m_view->setMouseTracking(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_query, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_year);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    auto *hint = new QLabel(tr("↑↓ chọn · Enter mở · Esc đóng"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("Gõ để tìm."));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(hint);
    layout->addLayout(bottom);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kTypingDelayMs);
    connect(m_timer, &QTimer::timeout, this, &SearchDialog::searchNow);
    connect(m_query, &QLineEdit::textChanged, this, [this] { m_timer->start(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SearchDialog::searchNow);
    connect(m_year, &QComboBox::currentIndexChanged, this, &SearchDialog::searchNow);
    connect(m_view, &QListView::activated, this, &SearchDialog::openCurrent);
    connect(m_view, &QListView::clicked, this, &SearchDialog::openCurrent);
    m_query->installEventFilter(this);
    m_query->setFocus();

    resize(760, 520);
    if (parent) {
        // Near the top of the window, like a command palette, inside a 1280×720 screen.
        const QRect area = parent->window()->geometry();
        const int width = std::min(760, area.width() - 40);
        const int height = std::min(520, area.height() - 80);
        resize(width, height);
        move(area.left() + (area.width() - width) / 2, area.top() + std::max(40, area.height() / 8));
    }
}

SearchDialog::~SearchDialog() = default;

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // The list moves its cursor over the hits; headings are disabled, so it skips them.
            QKeyEvent copy(key->type(), key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_view, &copy);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_timer->isActive())
                searchNow(); // Enter straight after typing: open the best hit of what was typed
            openCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::searchNow()
{
    m_timer->stop();
    services::SearchRequest request;
    request.text = m_query->text();
    request.limit = kHitsPerKind;
    request.prefix = search::PrefixMode::LastWord;
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        request.kinds = {services::SearchKind(kind)};
    if (const int year = m_year->currentData().toInt(); year > 0)
        request.year = year;
    if (search::parseQuery(request.text).isEmpty()) {
        m_model->clear();
        showMessage(tr("Gõ để tìm."));
        return;
    }
    auto results = m_workspace.search().search(m_actor, request);
    if (!results) {
        logger("ui")->warn("search failed: {}", results.error().detail.toStdString());
        m_model->clear();
        showMessage(results.error().text(uiLanguage()));
        return;
    }
    showResults(*results);
}

void SearchDialog::showResults(const services::SearchResults &results)
{
    m_model->clear();
    QStandardItem *first = nullptr;
    for (const auto &group : results.groups) {
        const auto &info = services::searchKindInfo(group.kind);
        const QString label = kindLabel(info);
        const QString total = group.more ? tr("hơn %1").arg(QLocale().toString(group.total)) : QLocale().toString(group.total);
        auto *header = new QStandardItem(group.total > group.hits.size()
                                             ? tr("%1 — %2 đầu tiên trong %3").arg(label).arg(group.hits.size()).arg(total)
                                             : tr("%1 — %2").arg(label).arg(total));
        header->setData(true, HeaderRole);
        header->setFlags(Qt::NoItemFlags); // not selectable: Up/Down pass over it
        m_model->appendRow(header);
        for (const auto &hit : group.hits) {
            auto *item = new QStandardItem(hit.title);
            item->setData(int(hit.entity), EntityRole);
            item->setData(qint64(hit.id), IdRole);
            item->setData(marksToVariant(hit.titleMarks), TitleMarksRole);
            item->setData(hit.snippet, SnippetRole);
            item->setData(marksToVariant(hit.snippetMarks), SnippetMarksRole);
            item->setData(hit.year ? tr("Năm %1").arg(hit.year) : QString(), ContextRole);
            item->setToolTip(hit.snippet.isEmpty() ? hit.title : hit.title + QStringLiteral("\n") + hit.snippet);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_model->appendRow(item);
            if (!first)
                first = item;
        }
    }
    if (first)
        m_view->setCurrentIndex(first->index());
    const int total = results.total();
    showMessage(total == 0 ? tr("Không tìm thấy gì.") : tr("%n kết quả.", nullptr, total));
}

void SearchDialog::showMessage(const QString &text)
{
    m_status->setText(text);
}

int SearchDialog::hitCount() const
{
    int n = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        n += m_model->item(row)->data(HeaderRole).toBool() ? 0 : 1;
    return n;
}

void SearchDialog::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || index.data(HeaderRole).toBool())
        return;
    const auto entity = storage::Entity(index.data(EntityRole).toInt());
    const domain::Id id = index.data(IdRole).toLongLong();
    accept();
    Q_EMIT recordChosen(entity, id);
}

} // namespace thuky::ui
