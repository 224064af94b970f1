#include "SvgIcon.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

#include <memory>

namespace pacsdrop {

namespace {

class SvgIconEngine final : public QIconEngine {
public:
    explicit SvgIconEngine(const QString &path) : m_path(path) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap(rect.size() * scale, mode, state);
        drawn.setDevicePixelRatio(scale);
        painter->drawPixmap(rect, drawn);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        if (size.isEmpty())
            return {};
        // A disabled or selected icon follows the palette (light or dark): its key names the palette.
        const QString key = QStringLiteral("pacsdrop-svg:%1:%2x%3:%4:%5")
                                .arg(m_path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(mode == QIcon::Normal ? 0 : QApplication::palette().cacheKey());
        QPixmap drawn;
        if (QPixmapCache::find(key, &drawn))
            return drawn;
        drawn = render(size);
        if (mode != QIcon::Normal && !drawn.isNull()) { // disabled, selected: as the style draws them
            QStyleOption option;
            option.palette = QApplication::palette();
            drawn = QApplication::style()->generatedIconPixmap(mode, drawn, &option);
        }
        QPixmapCache::insert(key, drawn);
        Q_UNUSED(state)
        return drawn;
    }

    // No availableSizes(), as with Qt's own SVG engine: the window manager's and the tray's code
    // then ask for their standard sizes.
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString key() const override { return QStringLiteral("pacsdrop-svg"); }
    QIconEngine *clone() const override { return new SvgIconEngine(m_path); }
    bool isNull() override { return m_path.isEmpty(); }

private:
    QPixmap render(const QSize &size)
    {
        if (!m_renderer) // parsed once, when first drawn
            m_renderer = std::make_unique<QSvgRenderer>(m_path);
        if (!m_renderer->isValid())
            return {};
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        // Centred, keeping the drawing's proportions.
        const QSizeF natural = m_renderer->defaultSize().isEmpty() ? QSizeF(size) : QSizeF(m_renderer->defaultSize());
        const QSizeF fitted = natural.scaled(QSizeF(size), Qt::KeepAspectRatio);
        m_renderer->render(&painter, QRectF(QPointF((size.width() - fitted.width()) / 2, (size.height() - fitted.height()) / 2), fitted));
        painter.end();
        return QPixmap::fromImage(std::move(image));
    }

    QString m_path;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace

QIcon svgIcon(const QString &path) { return QIcon(new SvgIconEngine(path)); }

} // namespace pacsdrop
