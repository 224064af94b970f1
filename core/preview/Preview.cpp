#include "preview/Preview.h"

#include "convert/Converter.h"
#include "dicom/DicomFileInfo.h"
#include "media/MediaModule.h"
#include "preview/PreviewKinds.h"

#include <QFileInfo>
#include <QLocale>

namespace pacsdrop {

QImage PreviewKinds::fitted(const QImage &image, QSize box)
{
    return image.isNull() || (image.width() <= box.width() && image.height() <= box.height())
               ? image : image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

Preview PreviewKinds::unsupported()
{
    Preview p;
    p.problem = tr("Not a file PacsDrop can send or convert");
    return p;
}

void Preview::addFact(const QString &label, const QString &value)
{
    if (!value.trimmed().isEmpty())
        facts.append({label, value.trimmed()});
}

QString Preview::description() const
{
    QStringList lines{title};
    for (const Fact &f : facts)
        lines << f.label + QStringLiteral(": ") + f.value;
    if (!problem.isEmpty())
        lines << problem;
    lines.removeAll(QString());
    return lines.join(u'\n');
}

Preview previewOf(const QString &path, QSize box, int index)
{
    Preview p;
    const auto dicom = readDicomFileInfo(path);
    if (dicom) {
        p = PreviewKinds::ofDicom(path, box, index);
    } else if (dicom.error().code != ErrorCode::NotDicom) {
        // DICOM that fails PacsDrop's checks (nesting, UIDs, pixel description) is never rendered.
        p.problem = PreviewKinds::tr("Not shown: %1").arg(dicom.error().message);
    } else {
        const InputKind kind = classifyInput(path);
        switch (kind) {
        case InputKind::Image: p = PreviewKinds::ofImage(path, box, index); break;
        case InputKind::Pdf:
            if (const auto pdf = pdfFunctions(); !pdf)
                p.problem = pdf.error().message;
            else
                p = (*pdf)->previewPdf(path, box, index);
            break;
        case InputKind::Video:
            if (const auto video = videoFunctions(); !video)
                p.problem = video.error().message;
            else
                p = (*video)->previewVideo(path, box, index);
            break;
        case InputKind::Unsupported: p = PreviewKinds::unsupported(); break;
        }
    }
    const QFileInfo info(path);
    p.title = QStringLiteral("%1 (%2)").arg(info.fileName(), QLocale().formattedDataSize(info.size()));
    return p;
}

} // namespace pacsdrop
