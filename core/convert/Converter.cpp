#include "convert/Converter.h"

#include "common/WorkNote.h"

#include "media/ImageModule.h"
#include "media/MediaModule.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace pacsdrop {

InputKind classifyInput(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(5) == "%PDF-")
        return InputKind::Pdf;
    // Anything not a PDF may be a photo or scan: Qt Gui's readers decide by content.
    if (const auto images = imageFunctions(); images && (*images)->looksLikeImage(path))
        return InputKind::Image;
    static const QStringList videoSuffixes{QStringLiteral("mp4"), QStringLiteral("mov"), QStringLiteral("m4v"),
                                           QStringLiteral("avi"), QStringLiteral("mpg"), QStringLiteral("mpeg"),
                                           QStringLiteral("mkv"), QStringLiteral("webm"), QStringLiteral("ts")};
    if (videoSuffixes.contains(QFileInfo(path).suffix().toLower()))
        return InputKind::Video;
    return InputKind::Unsupported;
}

namespace {

struct Series {
    QString uid = newUid();
    int number = 0;
    int nextInstance = 1;
};

} // namespace

QList<ConversionItem> convertFiles(const QStringList &paths, const StudyData &given, const QString &outputDir,
                                   const ConversionSettings &settings)
{
    StudyData data = given;
    if (!data.studyDate.isValid()) { // a new study happens now
        const QDateTime now = QDateTime::currentDateTime();
        data.studyDate = now.date();
        data.studyTime = now.time();
    }
    const QString studyUid = data.studyInstanceUid.isEmpty() ? newUid() : data.studyInstanceUid;
    Series images, pdfs, videos, pages;
    const int firstSeries = data.seriesNumber > 0 ? data.seriesNumber : 1;
    images.number = firstSeries;
    pdfs.number = firstSeries + 1;
    videos.number = firstSeries + 2;
    pages.number = firstSeries + 3; // PDF pages as images, when the setting asks

    QList<ConversionItem> items;
    for (const QString &path : paths) {
        ReadingFile reading(path); // FFmpeg and Poppler parse it: a crash leaves it named in the work note
        ConversionItem item;
        item.source = path;
        item.kind = classifyInput(path);
        Series *series = item.kind == InputKind::Pdf ? &pdfs : item.kind == InputKind::Video ? &videos : &images;
        const ObjectPlacement placement{studyUid, series->uid, series->number, series->nextInstance, outputDir, settings.characterSet};
        switch (item.kind) {
        case InputKind::Pdf: {
            const auto pdf = pdfFunctions();
            if (!pdf) {
                item.error = pdf.error();
                break;
            }
            auto object = (*pdf)->convertPdf(path, data, placement, settings.limits);
            if (!object) {
                item.error = object.error();
                break;
            }
            item.objects = {*object};
            if (settings.pdfPageImages) {
                const ObjectPlacement pagePlacement{studyUid, pages.uid, pages.number, pages.nextInstance, outputDir, settings.characterSet};
                auto pageImages = (*pdf)->convertPdfPages(path, data, pagePlacement, settings.limits);
                if (!pageImages) { // the document itself is kept: report, but do not lose it
                    item.objects.first().note += QStringLiteral("; pages not rendered as images: ") + pageImages.error().message;
                    break;
                }
                item.objects += *pageImages;
                pages.nextInstance += static_cast<int>(pageImages->size());
            }
            series->nextInstance += 1;
            items.append(item);
            continue;
        }
        case InputKind::Image: {
            const ImageOptions options{settings.sopClassFor(path), settings.jpegQualityForLosslessInputs};
            const auto images = imageFunctions();
            if (!images) {
                item.error = images.error();
                break;
            }
            auto objects = (*images)->convertImage(path, data, placement, options, settings.limits);
            if (objects)
                item.objects = *objects;
            else
                item.error = objects.error();
            break;
        }
        case InputKind::Video: {
            const auto video = videoFunctions();
            if (!video) {
                item.error = video.error();
                break;
            }
            auto object = (*video)->convertVideo(path, data, placement, {settings.videoSopClass, settings.videoFormat}, settings.limits);
            if (object)
                item.objects = {*object};
            else
                item.error = object.error();
            break;
        }
        case InputKind::Unsupported:
            item.error = Error{ErrorCode::NotDicom,
                               QStringLiteral("neither DICOM nor an image, PDF or video PacsDrop can convert"), {}};
            break;
        }
        series->nextInstance += static_cast<int>(item.objects.size());
        items.append(item);
    }
    return items;
}

PreparedBatch convertForSending(const QList<IntakeItem> &items, const StudyData &data, const QString &outputDir,
                                 const ConversionSettings &settings)
{
    PreparedBatch batch;
    QStringList convertible;
    const QString missing = data.missingForConversion();
    for (const IntakeItem &item : items) {
        if (item.kind != IntakeItem::Kind::Rejected || item.rejection != ErrorCode::NotDicom) {
            batch.items.append(item);
        } else if (classifyInput(item.path) == InputKind::Unsupported) {
            IntakeItem rejected = item;
            rejected.reason = QStringLiteral("not a DICOM file, and not an image, PDF or video PacsDrop can convert");
            batch.items.append(rejected);
        } else if (!missing.isEmpty()) {
            IntakeItem rejected = item;
            rejected.reason = QStringLiteral("not DICOM; to convert it, ") + missing;
            batch.items.append(rejected);
        } else {
            convertible.append(item.path);
        }
    }
    if (convertible.isEmpty())
        return batch;
    batch.conversions = convertFiles(convertible, data, outputDir, settings);
    for (const ConversionItem &c : batch.conversions) {
        if (c.error) {
            batch.items.append(IntakeItem{IntakeItem::Kind::Rejected, c.source, {}, c.error->message, c.error->code, {}});
            continue;
        }
        for (const ConvertedObject &o : c.objects) {
            auto header = readDicomFileInfo(o.path);
            if (header)
                batch.items.append(IntakeItem{IntakeItem::Kind::Dicom, o.path, *header, {}, ErrorCode::Internal, c.source});
            else
                batch.items.append(IntakeItem{IntakeItem::Kind::Rejected, c.source, {}, header.error().message, header.error().code, {}});
        }
    }
    return batch;
}

} // namespace pacsdrop
