// Previews of PDF pages, rendered by Poppler (part of the media module).
#include "preview/PreviewKinds.h"

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>

namespace pacsdrop {

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
