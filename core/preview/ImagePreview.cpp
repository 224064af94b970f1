// Previews of photos and scans (multi-page TIFF page by page).
#include "preview/PreviewKinds.h"

#include <QImageReader>

#include <algorithm>

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

} // namespace pacsdrop
