#include "preview/Preview.h"

#include "convert/Converter.h"
#include "convert/VideoProbe.h"
#include "dicom/DatasetText.h"
#include "dicom/DcmtkText.h"
#include "dicom/DicomFileInfo.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmimage/diregist.h" // colour images
#include "dcmtk/dcmimgle/dcmimage.h"

#include <poppler-qt6.h>

#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include <memory>

namespace pacsdrop {

namespace {

QImage fitted(const QImage &image, QSize box)
{
    return image.isNull() || (image.width() <= box.width() && image.height() <= box.height())
               ? image : image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

Preview imagePreview(const QString &path, QSize box)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > box.width() || size.height() > box.height()))
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio)); // decoded small where the format allows
    Preview p;
    p.picture = fitted(reader.read(), box);
    p.description = QObject::tr("Image: %1, %2 × %3 pixels").arg(QString::fromLatin1(reader.format()).toUpper()).arg(size.width()).arg(size.height());
    return p;
}

Preview pdfPreview(const QString &path, QSize box)
{
    Preview p;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked()) {
        p.description = QObject::tr("PDF that cannot be opened (damaged or password-protected)");
        return p;
    }
    const std::unique_ptr<Poppler::Page> page = document->page(0);
    if (page) {
        const QSizeF points = page->pageSizeF();
        const double dpi = 72.0 * std::min(box.width() / points.width(), box.height() / points.height());
        p.picture = page->renderToImage(dpi, dpi);
    }
    p.description = QObject::tr("PDF: %n page(s)", nullptr, document->numPages());
    if (const QString title = document->info(QStringLiteral("Title")); !title.isEmpty())
        p.description += QObject::tr("\nTitle: %1").arg(title);
    return p;
}

// The first frame FFmpeg can decode, converted to RGB at the preview's size.
QImage firstVideoFrame(const QString &path, QSize box)
{
    AVFormatContext *format = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (avformat_open_input(&format, name.constData(), nullptr, nullptr) < 0)
        return {};
    QImage image;
    AVCodecContext *decoder = nullptr;
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    const AVCodec *codec = nullptr;
    const int stream = avformat_find_stream_info(format, nullptr) >= 0 ? av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0) : -1;
    if (stream >= 0 && codec && (decoder = avcodec_alloc_context3(codec))
        && avcodec_parameters_to_context(decoder, format->streams[stream]->codecpar) >= 0 && avcodec_open2(decoder, codec, nullptr) >= 0) {
        for (int packets = 0; image.isNull() && packets < 500 && av_read_frame(format, packet) >= 0; ++packets) {
            if (packet->stream_index == stream && avcodec_send_packet(decoder, packet) >= 0 && avcodec_receive_frame(decoder, frame) >= 0) {
                const QSize size = QSize(frame->width, frame->height).scaled(box, Qt::KeepAspectRatio);
                QImage rgb(size, QImage::Format_RGB888);
                SwsContext *scaler = sws_getContext(frame->width, frame->height, static_cast<AVPixelFormat>(frame->format), size.width(),
                                                    size.height(), AV_PIX_FMT_RGB24, SWS_BILINEAR, nullptr, nullptr, nullptr);
                if (scaler) {
                    uint8_t *planes[1] = {rgb.bits()};
                    const int strides[1] = {int(rgb.bytesPerLine())};
                    sws_scale(scaler, frame->data, frame->linesize, 0, frame->height, planes, strides);
                    sws_freeContext(scaler);
                    image = rgb;
                }
            }
            av_packet_unref(packet);
        }
    }
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&decoder);
    avformat_close_input(&format);
    return image;
}

Preview videoPreview(const QString &path, QSize box)
{
    Preview p;
    p.picture = firstVideoFrame(path, box);
    if (auto info = probeVideo(path))
        p.description = QObject::tr("Video: %1, %2 × %3, %4 frames/s, %5 s")
                            .arg(info->codec).arg(info->width).arg(info->height).arg(info->frameRate(), 0, 'f', 2).arg(info->durationSeconds, 0, 'f', 1);
    else
        p.description = info.error().message;
    return p;
}

Preview dicomPreview(const QString &path, QSize box)
{
    Preview p;
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(path).constData()).bad()) {
        p.description = QObject::tr("DICOM file that cannot be read");
        return p;
    }
    DcmDataset &ds = *file.getDataset();
    // The rendering first (it needs the pixel data as stored), then the text in Unicode.
    DicomImage image(&file, ds.getOriginalXfer(), CIF_UsePartialAccessToPixelData, 0, 1);
    if (image.getStatus() == EIS_Normal) {
        image.setMinMaxWindow();
        const int width = int(image.getWidth()), height = int(image.getHeight());
        const QSize size = QSize(width, height).scaled(box.boundedTo(QSize(width, height)), Qt::KeepAspectRatio);
        std::unique_ptr<DicomImage> scaled(image.createScaledImage(static_cast<unsigned long>(size.width()), static_cast<unsigned long>(size.height()), 1, 0));
        DicomImage *shown = scaled ? scaled.get() : &image;
        const bool mono = shown->isMonochrome();
        if (const void *pixels = shown->getOutputData(8, 0, 0)) {
            const int w = int(shown->getWidth()), h = int(shown->getHeight());
            QImage out(static_cast<const uchar *>(pixels), w, h, w * (mono ? 1 : 3), mono ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
            p.picture = out.copy(); // the buffer belongs to DicomImage
        }
    }
    datasetToUnicode(ds, QString());
    auto text = [&](const DcmTagKey &tag) { return textOf(ds, tag); };
    OFString sopClass;
    ds.findAndGetOFString(DCM_SOPClassUID, sopClass);
    p.description = QObject::tr("%1\nPatient: %2 (%3), born %4\nStudy: %5 %6, accession %7\nSeries: %8 %9\nImage: %10 × %11, %12 frame(s)")
                        .arg(uidName(QString::fromLatin1(sopClass.c_str())), text(DCM_PatientName), text(DCM_PatientID), text(DCM_PatientBirthDate),
                             text(DCM_StudyDate), text(DCM_StudyDescription), text(DCM_AccessionNumber), text(DCM_Modality),
                             text(DCM_SeriesDescription))
                        .arg(text(DCM_Columns), text(DCM_Rows), text(DCM_NumberOfFrames).isEmpty() ? QStringLiteral("1") : text(DCM_NumberOfFrames));
    if (p.picture.isNull() && image.getStatus() != EIS_Normal)
        p.description += QObject::tr("\n(no picture: %1)").arg(QString::fromLatin1(DicomImage::getString(image.getStatus())));
    return p;
}

} // namespace

Preview previewOf(const QString &path, QSize box)
{
    Preview p;
    if (readDicomFileInfo(path))
        p = dicomPreview(path, box);
    else {
        switch (classifyInput(path)) {
        case InputKind::Image: p = imagePreview(path, box); break;
        case InputKind::Pdf: p = pdfPreview(path, box); break;
        case InputKind::Video: p = videoPreview(path, box); break;
        case InputKind::Unsupported: p.description = QObject::tr("Not a file PacsDrop can send or convert"); break;
        }
    }
    p.description = QObject::tr("%1 (%2)\n").arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(QFileInfo(path).size())) + p.description;
    return p;
}

} // namespace pacsdrop
