// The image library's entry: the table of what the core calls in Qt Gui's image code.
#include "media/ImageModule.h"

#include "convert/ImageConverter.h"
#include "preview/PreviewKinds.h"

#include <QBuffer>

namespace pacsdrop {

namespace {

// The middle frame as DCMTK renders it (preview/DicomPreview.cpp), as a PNG.
Result<QByteArray> dicomThumbnailPng(const QString &path, int box)
{
    const Preview first = PreviewKinds::ofDicom(path, QSize(box, box), 0);
    const Preview shown = first.count > 1 ? PreviewKinds::ofDicom(path, QSize(box, box), first.count / 2) : first;
    if (shown.picture.isNull())
        return fail(ErrorCode::CannotDecompress, shown.problem.isEmpty() ? QStringLiteral("this object has no picture") : shown.problem);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!shown.picture.save(&buffer, "PNG"))
        return fail(ErrorCode::Internal, QStringLiteral("the picture could not be encoded"));
    return png;
}

const ImageFunctions kTable{sizeof(ImageFunctions), &convertImage, &looksLikeImage, &dicomThumbnailPng, &previewOf};

} // namespace

} // namespace pacsdrop

extern "C" Q_DECL_EXPORT const pacsdrop::ImageFunctions *pacsdrop_image_functions() { return &pacsdrop::kTable; }
