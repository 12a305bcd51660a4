#include "shell/guide_window.h"

#include "common/icons.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace thuky::ui {

namespace {

// The screenshots are 1366 pixels wide: shown at most as wide as the window, never cut.
class GuideBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return resource;
        QImage image;
        if (resource.canConvert<QByteArray>())
            image.loadFromData(resource.toByteArray());
        else
            image = resource.value<QImage>();
        // The viewport is not laid out yet when the first page loads: the window's width.
        const int width = std::max(viewport()->width(), window()->width() - 60) - 40;
        if (!image.isNull() && width > 200 && image.width() > width)
            return image.scaledToWidth(width, Qt::SmoothTransformation);
        return image.isNull() ? resource : QVariant(image);
    }
};

} // namespace

GuideWindow::GuideWindow(const QString &indexFile, QWidget *parent)
    : QDialog(parent), m_browser(new GuideBrowser(this))
{
    setWindowTitle(tr("Hướng dẫn sử dụng Thuky"));
    setWindowIcon(icons::application());
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *layout = new QVBoxLayout(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Đó&ng"));
    auto *back = buttons->addButton(tr("&Trở lại"), QDialogButtonBox::ActionRole);
    auto *home = buttons->addButton(tr("&Mục lục"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(back, &QAbstractButton::clicked, m_browser, &QTextBrowser::backward);
    connect(home, &QAbstractButton::clicked, m_browser, &QTextBrowser::home);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The screenshots are 1366 pixels wide: as wide as the screen allows.
    const QSize available = (parent ? parent->screen() : screen())->availableGeometry().size();
    resize(std::min(1420, available.width() * 95 / 100), available.height() * 9 / 10);
    // Loaded once the size is known, so that the pictures fit the window.
    m_browser->setSource(QUrl::fromLocalFile(indexFile), QTextDocument::MarkdownResource);
}

QString GuideWindow::guideIndexFile()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QStringList candidates = {
        bin.filePath(QStringLiteral("../share/doc/thuky/guide/index.md")),
#ifdef THUKY_SOURCE_DIR
        QStringLiteral(THUKY_SOURCE_DIR "/docs/guide/index.md"),
#endif
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

} // namespace thuky::ui
