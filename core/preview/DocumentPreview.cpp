// Previews of photos, scans (multi-page TIFF page by page) and PDF pages.
#include "preview/PreviewKinds.h"

#include <poppler-qt6.h>

#include <QImageReader>

#include <algorithm>
#include <memory>

namespace pacsdrop {

Preview PreviewKinds::ofImage(const QString &path, QSize box, int index)
{
    Preview p;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QString format = QString::fromLatin1(reader.format()).toUpper(); // before reading: it is gone after
    p.count = std::max(1, reader.imageCount());
    p.index = std::clamp(index, 0, p.count - 1);
    if (p.count > 1) {
        p.steps = format == QLatin1String("TIFF") ? Preview::Steps::Pages : Preview::Steps::Frames;
        p.stepLabel = (p.steps == Preview::Steps::Pages ? tr("Page %1 of %2") : tr("Frame %1 of %2")).arg(p.index + 1).arg(p.count);
        if (p.index > 0)
            reader.jumpToImage(p.index);
    }
    QSize size = reader.size();
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose(); // a phone photo taken upright
    if (size.isValid() && (size.width() > box.width() || size.height() > box.height()) && !(reader.transformation() & QImageIOHandler::TransformationRotate90))
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio)); // decoded small where the format allows
    p.picture = fitted(reader.read(), box);
    p.fullSize = size.isValid() ? size : p.picture.size();
    if (p.picture.isNull())
        p.problem = tr("The picture cannot be read: %1").arg(reader.errorString());
    p.addFact(tr("Image"), tr("%1, %2 × %3 pixels").arg(format).arg(p.fullSize.width()).arg(p.fullSize.height()));
    if (p.count > 1 && p.steps == Preview::Steps::Pages)
        p.addFact(tr("Pages"), QString::number(p.count));
    return p;
}

Preview PreviewKinds::ofPdf(const QString &path, QSize box, int index)
{
    Preview p;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked()) {
        p.problem = tr("PDF that cannot be opened (damaged or password-protected)");
        return p;
    }
    p.count = std::max(1, document->numPages());
    p.index = std::clamp(index, 0, p.count - 1);
    p.steps = Preview::Steps::Pages;
    p.stepLabel = tr("Page %1 of %2").arg(p.index + 1).arg(p.count);
    if (const std::unique_ptr<Poppler::Page> page = document->page(p.index)) {
        const QSizeF points = page->pageSizeF();
        // The whole page at the largest size that fits: the scale of the tighter side.
        const double dpi = 72.0 * std::min(box.width() / points.width(), box.height() / points.height());
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        p.picture = fitted(page->renderToImage(dpi, dpi), box);
        p.fullSize = page->pageSize();
    }
    if (p.picture.isNull())
        p.problem = tr("This page cannot be shown");
    p.addFact(tr("PDF"), tr("%n page(s)", nullptr, p.count));
    p.addFact(tr("Title"), document->info(QStringLiteral("Title")));
    return p;
}

} // namespace pacsdrop
