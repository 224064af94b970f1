#include "FittedImage.h"

#include <QPainter>

namespace pacsdrop {

FittedImage::FittedImage(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FittedImage::setImage(const QImage &image, QSize fullSize)
{
    m_image = image;
    m_fullSize = fullSize.isValid() ? fullSize : image.size();
    m_text.clear();
    update();
}

void FittedImage::setText(const QString &text)
{
    m_image = {};
    m_fullSize = {};
    m_text = text;
    update();
}

QRect FittedImage::shownRect() const
{
    if (m_image.isNull())
        return {};
    // The shape of the picture in the file (the rendering may be rounded by a pixel), scaled to
    // fit; a small picture is not blown up beyond twice its size.
    const QSize shape = m_fullSize.isValid() ? m_fullSize : m_image.size();
    QSize size = shape.scaled(rect().size(), Qt::KeepAspectRatio);
    const QSize twice = m_image.size() * 2 / devicePixelRatioF();
    if (size.width() > twice.width())
        size = shape.scaled(twice, Qt::KeepAspectRatio);
    QRect r(QPoint(0, 0), size);
    r.moveCenter(rect().center());
    return r;
}

QSize FittedImage::sizeHint() const { return {360, 300}; }

QSize FittedImage::minimumSizeHint() const { return {160, 120}; }

void FittedImage::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_text);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(shownRect(), m_image);
}

} // namespace pacsdrop
