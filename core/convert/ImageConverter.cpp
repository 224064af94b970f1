#include "convert/ImageConverter.h"

#include "convert/DicomWriter.h"
#include "convert/JpegStream.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcpixel.h"
#include "dcmtk/dcmdata/dcpixseq.h"
#include "dcmtk/dcmdata/dcpxitem.h"
#include "dcmtk/dcmdata/dcuid.h"

#include <turbojpeg.h>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>

namespace pacsdrop {

namespace {

constexpr int kReencodeQuality = 95;
const QString jpegMethod = QStringLiteral("ISO_10918_1");

struct TjHandle {
    tjhandle handle;
    explicit TjHandle(tjhandle h) : handle(h) {}
    ~TjHandle() { if (handle) tjDestroy(handle); }
    TjHandle(const TjHandle &) = delete;
    TjHandle &operator=(const TjHandle &) = delete;
};

// Turns a JPEG losslessly by its EXIF orientation; empty when the size does not allow it.
QByteArray rotateLosslessly(const QByteArray &jpeg, int orientation)
{
    int op = TJXOP_NONE;
    switch (orientation) {
    case 2: op = TJXOP_HFLIP; break;
    case 3: op = TJXOP_ROT180; break;
    case 4: op = TJXOP_VFLIP; break;
    case 5: op = TJXOP_TRANSPOSE; break;
    case 6: op = TJXOP_ROT90; break;
    case 7: op = TJXOP_TRANSVERSE; break;
    case 8: op = TJXOP_ROT270; break;
    default: return {};
    }
    TjHandle tj(tjInitTransform());
    if (!tj.handle)
        return {};
    tjtransform transform{};
    transform.op = op;
    transform.options = TJXOPT_PERFECT | TJXOPT_COPYNONE;
    unsigned char *out = nullptr;
    unsigned long outSize = 0;
    const int rc = tjTransform(tj.handle, reinterpret_cast<const unsigned char *>(jpeg.constData()),
                               static_cast<unsigned long>(jpeg.size()), 1, &out, &outSize, &transform, 0);
    QByteArray result;
    if (rc == 0 && out)
        result = QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(outSize));
    tjFree(out);
    return result;
}

// Baseline JPEG from an image (8-bit gray or RGB), 4:4:4 to lose as little as possible.
Result<QByteArray> encodeBaseline(const QImage &image, int quality = kReencodeQuality)
{
    const bool gray = image.isGrayscale();
    const QImage src = gray ? image.convertToFormat(QImage::Format_Grayscale8) : image.convertToFormat(QImage::Format_RGB888);
    TjHandle tj(tjInitCompress());
    unsigned char *out = nullptr;
    unsigned long size = 0;
    const int rc = tjCompress2(tj.handle, src.constBits(), src.width(), static_cast<int>(src.bytesPerLine()), src.height(),
                               gray ? TJPF_GRAY : TJPF_RGB, &out, &size, gray ? TJSAMP_GRAY : TJSAMP_444,
                               quality, TJFLAG_ACCURATEDCT);
    if (rc != 0) {
        tjFree(out);
        return fail(ErrorCode::Internal, QStringLiteral("JPEG encoding failed: ") + QString::fromLatin1(tjGetErrorStr2(tj.handle)));
    }
    QByteArray result(reinterpret_cast<const char *>(out), static_cast<qsizetype>(size));
    tjFree(out);
    return result;
}

// 16 bits per colour sample (48-bit RGB, 64-bit RGBA): kept at that depth, never cut to 8.
bool isDeepColour(const QImage &image)
{
    return image.depth() == 64;
}

// True when every 16-bit sample is an 8-bit value widened (v * 257, as readers widen 8-bit
// files): such an image is stored at 8 bits, still losslessly.
bool holdsOnly8BitValues(const QImage &image)
{
    const qsizetype wordsPerLine = qsizetype(image.width()) * (image.depth() / 16);
    for (int y = 0; y < image.height(); ++y) {
        const auto *words = reinterpret_cast<const quint16 *>(image.constScanLine(y));
        for (qsizetype i = 0; i < wordsPerLine; ++i)
            if ((words[i] & 0xFF) != (words[i] >> 8))
                return false;
    }
    return true;
}

QImage flattenAlpha(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image;
    QImage flat(image.size(), isDeepColour(image) ? QImage::Format_RGBX64 : QImage::Format_RGB888);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    return flat;
}

const char *sopClassUid(ImageSopClass c)
{
    return c == ImageSopClass::VlPhotographic ? UID_VLPhotographicImageStorage : UID_SecondaryCaptureImageStorage;
}

// The IOD-specific attributes (conversion.md §1.3): SC Equipment for SC; Modality XC and the
// Acquisition Context Sequence for VL Photographic.
void writeIodAttributes(DcmDataset &ds, ImageSopClass sopClass)
{
    ds.putAndInsertString(DCM_ImageType, "DERIVED\\SECONDARY");
    ds.putAndInsertString(DCM_PatientOrientation, "");
    if (sopClass == ImageSopClass::VlPhotographic) {
        ds.putAndInsertString(DCM_Modality, "XC"); // external-camera photography: the only VLP modality here
        ds.insertEmptyElement(DCM_AcquisitionContextSequence);
    } else {
        ds.putAndInsertString(DCM_ConversionType, "SI"); // scanned image; a rendered page says WSD
        if (!ds.tagExists(DCM_Modality))
            ds.putAndInsertString(DCM_Modality, "OT");
    }
    if (!ds.tagExists(DCM_Laterality))
        ds.putAndInsertString(DCM_Laterality, ""); // unknown; set with --set Laterality=R|L
}

void writePixelModule(DcmDataset &ds, int width, int height, int samples, int bits, const QString &photometric)
{
    ds.putAndInsertUint16(DCM_SamplesPerPixel, static_cast<Uint16>(samples));
    ds.putAndInsertString(DCM_PhotometricInterpretation, photometric.toLatin1().constData());
    if (samples > 1)
        ds.putAndInsertUint16(DCM_PlanarConfiguration, 0);
    ds.putAndInsertUint16(DCM_Rows, static_cast<Uint16>(height));
    ds.putAndInsertUint16(DCM_Columns, static_cast<Uint16>(width));
    ds.putAndInsertUint16(DCM_BitsAllocated, static_cast<Uint16>(bits));
    ds.putAndInsertUint16(DCM_BitsStored, static_cast<Uint16>(bits));
    ds.putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(bits - 1));
    ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
}

// The attributes every image object starts with: patient/study/series, the IOD's own, and the
// pixel module. Returns the new SOP Instance UID.
Result<QString> startImageObject(DcmDataset &ds, const StudyData &data, const ObjectPlacement &placement,
                                 ImageSopClass sopClass, int width, int height, int samples, int bits,
                                 const QString &photometric)
{
    auto uid = writeCommonAttributes(ds, data, placement, sopClassUid(sopClass));
    if (!uid)
        return std::unexpected(uid.error());
    writeIodAttributes(ds, sopClass);
    writePixelModule(ds, width, height, samples, bits, photometric);
    return uid;
}

// Writes the object and completes its description (path, size, transfer syntax).
Result<ConvertedObject> finish(DcmFileFormat &file, E_TransferSyntax xfer, const ObjectPlacement &placement,
                               ConvertedObject result)
{
    if (auto saved = saveObject(file, xfer, placement, result); !saved)
        return std::unexpected(saved.error());
    return result;
}

// One lossy compression the pixels went through, for Lossy Image Compression Ratio/Method.
struct LossyStep {
    QString method;
    double ratio = 0;
};

// SOF3, SOF7, SOF11, SOF15: the lossless JPEG processes (ITU T.81 Table B.1).
bool isLosslessProcess(int sofMarker)
{
    return sofMarker == 0xC3 || sofMarker == 0xC7 || sofMarker == 0xCB || sofMarker == 0xCF;
}

// Uncompressed size over the stream's size (PS3.3 C.7.6.1.1.5), for one JPEG step.
double ratioOf(const JpegStreamInfo &info, const QByteArray &jpeg)
{
    return jpeg.isEmpty() ? 0.0 : double(info.width) * info.height * info.components / double(jpeg.size());
}

// One image object around a JPEG stream, which goes in unchanged.
Result<ConvertedObject> encapsulateJpeg(const QString &source, const QByteArray &jpeg, const JpegStreamInfo &info,
                                        const StudyData &data, const ObjectPlacement &placement, ImageSopClass sopClass,
                                        const QList<LossyStep> &lossySteps, const QString &note, bool reencoded)
{
    DcmFileFormat file;
    DcmDataset &ds = *file.getDataset();
    auto uid = startImageObject(ds, data, placement, sopClass, info.width, info.height, info.components, 8,
                                info.photometricInterpretation());
    if (!uid)
        return std::unexpected(uid.error());
    // Every lossy step the pixels went through, each with its own ratio, in order (PS3.3 C.7.6.1.1.5).
    QStringList ratios, methods;
    for (const LossyStep &step : lossySteps) {
        ratios << QString::number(step.ratio, 'f', 2);
        methods << step.method;
    }
    ds.putAndInsertString(DCM_LossyImageCompression, "01");
    ds.putAndInsertString(DCM_LossyImageCompressionRatio, ratios.join(u'\\').toLatin1().constData());
    ds.putAndInsertString(DCM_LossyImageCompressionMethod, methods.join(u'\\').toLatin1().constData());

    auto *sequence = new DcmPixelSequence(DcmTag(DCM_PixelData, EVR_OB));
    sequence->insert(new DcmPixelItem(DcmTag(DCM_Item, EVR_OB))); // empty basic offset table
    DcmOffsetList offsets;
    // DCMTK copies the stream into its item and never writes through this pointer; taking data()
    // instead would first copy the whole stream (the QByteArray is shared).
    auto *stream = const_cast<Uint8 *>(reinterpret_cast<const Uint8 *>(jpeg.constData()));
    if (sequence->storeCompressedFrame(offsets, stream, static_cast<Uint32>(jpeg.size()), 0).bad()) {
        delete sequence;
        return fail(ErrorCode::Internal, QStringLiteral("cannot encapsulate the JPEG stream"));
    }
    auto *pixelData = new DcmPixelData(DCM_PixelData);
    const QByteArray ts = info.transferSyntaxUid().toLatin1();
    const E_TransferSyntax xfer = DcmXfer(ts.constData()).getXfer();
    pixelData->putOriginalRepresentation(xfer, nullptr, sequence);
    ds.insert(pixelData, true);

    return finish(file, xfer, placement, {source, {}, QString::fromLatin1(sopClassUid(sopClass)), *uid, {}, 1, 0, reencoded, note});
}

// The samples as DICOM wants them (interleaved, little endian), and how to describe them.
struct RawPixels {
    QByteArray bytes;
    int width = 0, height = 0, samples = 3, bits = 8;
    QString photometric = QStringLiteral("RGB");
};

RawPixels rawPixels(const QImage &image)
{
    RawPixels raw;
    QImage pixels;
    if (image.format() == QImage::Format_Grayscale16 || (isDeepColour(image) && image.isGrayscale())) {
        raw.samples = 1; raw.bits = 16; raw.photometric = QStringLiteral("MONOCHROME2");
        pixels = image.convertToFormat(QImage::Format_Grayscale16);
    } else if (isDeepColour(image)) {
        raw.bits = 16;
        pixels = image.convertToFormat(QImage::Format_RGBX64);
    } else if (image.isGrayscale()) {
        raw.samples = 1; raw.photometric = QStringLiteral("MONOCHROME2");
        pixels = image.convertToFormat(QImage::Format_Grayscale8);
    } else {
        pixels = image.convertToFormat(QImage::Format_RGB888);
    }
    raw.width = pixels.width();
    raw.height = pixels.height();
    const qsizetype rowBytes = qsizetype(raw.width) * raw.samples * (raw.bits / 8);
    raw.bytes.reserve(rowBytes * raw.height + 1);
    for (int y = 0; y < raw.height; ++y) {
        const auto *line = reinterpret_cast<const char *>(pixels.constScanLine(y));
        if (pixels.format() != QImage::Format_RGBX64) {
            raw.bytes.append(line, rowBytes);
            continue;
        }
        // Qt keeps R, G, B, X as 16-bit host-order (little endian) words: drop the X.
        for (int x = 0; x < raw.width; ++x)
            raw.bytes.append(line + qsizetype(x) * 8, 6);
    }
    if (raw.bytes.size() % 2 != 0)
        raw.bytes.append('\0');
    return raw;
}

// One object from a decoded image: uncompressed (lossless), or baseline JPEG when the setting asks.
Result<ConvertedObject> storeDecoded(const QString &source, const QImage &decoded, const StudyData &data,
                                     const ObjectPlacement &placement, const ImageOptions &options, const QString &pageNote)
{
    QImage image = flattenAlpha(decoded);
    if (isDeepColour(image) && image.format() != QImage::Format_RGBX64)
        image = image.convertToFormat(QImage::Format_RGBX64);
    if ((image.format() == QImage::Format_Grayscale16 || image.format() == QImage::Format_RGBX64) && holdsOnly8BitValues(image))
        image = image.convertToFormat(image.format() == QImage::Format_Grayscale16 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const bool sixteenBits = image.format() == QImage::Format_Grayscale16 || isDeepColour(image);
    const QString depthName = image.isGrayscale() ? QStringLiteral("16-bit gray") : QStringLiteral("16-bit colour");
    ImageSopClass sopClass = options.sopClass;
    QStringList notes;
    if (!pageNote.isEmpty())
        notes << pageNote;
    if (sixteenBits && sopClass == ImageSopClass::VlPhotographic) {
        sopClass = ImageSopClass::SecondaryCapture;
        notes << depthName + QStringLiteral(" kept as Secondary Capture (VL Photographic is 8-bit)");
    }
    if (options.jpegQualityForLosslessInputs > 0 && sixteenBits) {
        notes << depthName + QStringLiteral(" kept lossless (baseline JPEG holds 8 bits)");
    } else if (options.jpegQualityForLosslessInputs > 0) {
        auto encoded = encodeBaseline(image, options.jpegQualityForLosslessInputs);
        if (!encoded)
            return std::unexpected(encoded.error());
        auto info = parseJpeg(*encoded);
        if (!info)
            return std::unexpected(info.error());
        notes << QStringLiteral("stored as JPEG quality %1 (setting)").arg(options.jpegQualityForLosslessInputs);
        return encapsulateJpeg(source, *encoded, *info, data, placement, sopClass,
                               {{jpegMethod, ratioOf(*info, *encoded)}}, notes.join(QStringLiteral(", ")), true);
    }
    const RawPixels raw = rawPixels(image);
    notes.prepend(raw.bits == 16 ? QStringLiteral("stored losslessly at 16 bits") : QStringLiteral("stored losslessly"));
    const QString note = notes.join(QStringLiteral(", "));

    DcmFileFormat file;
    DcmDataset &ds = *file.getDataset();
    auto uid = startImageObject(ds, data, placement, sopClass, raw.width, raw.height, raw.samples, raw.bits, raw.photometric);
    if (!uid)
        return std::unexpected(uid.error());
    ds.putAndInsertString(DCM_LossyImageCompression, "00");
    if (sopClass == ImageSopClass::SecondaryCapture)
        ds.putAndInsertString(DCM_ConversionType, options.conversionType);
    if (raw.bits == 16) {
        // Host order (little endian here), as Explicit VR Little Endian wants.
        ds.putAndInsertUint16Array(DCM_PixelData, reinterpret_cast<const Uint16 *>(raw.bytes.constData()),
                                   static_cast<unsigned long>(raw.bytes.size() / 2));
    } else {
        ds.putAndInsertUint8Array(DCM_PixelData, reinterpret_cast<const Uint8 *>(raw.bytes.constData()),
                                  static_cast<unsigned long>(raw.bytes.size()));
    }
    return finish(file, EXS_LittleEndianExplicit, placement,
                  {source, {}, QString::fromLatin1(sopClassUid(sopClass)), *uid, {}, 1, 0, false, note});
}

} // namespace

Result<ConvertedObject> convertDecodedImage(const QString &source, const QImage &image, const StudyData &data,
                                            const ObjectPlacement &placement, const ImageOptions &options, const QString &note)
{
    return storeDecoded(source, image, data, placement, options, note);
}

namespace {

Result<ConvertedObject> convertJpeg(const QString &path, const QByteArray &bytes, const StudyData &data,
                                    const ObjectPlacement &placement, const ImageOptions &options, const ConversionLimits &limits)
{
    auto info = parseJpeg(bytes);
    if (!info)
        return std::unexpected(info.error());
    if (const QString problem = limits.pixelProblem(info->width, info->height); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    QString why = info->whyNotEncapsulable();
    if (why.isEmpty() && options.sopClass == ImageSopClass::VlPhotographic && info->colorSpace == JpegStreamInfo::ColorSpace::Rgb)
        why = QStringLiteral("RGB JPEG (VL Photographic requires YCbCr)");
    if (why.isEmpty()) {
        const QByteArray stream = withoutMetadata(bytes);
        if (info->exifOrientation == 1)
            return encapsulateJpeg(path, stream, *info, data, placement, options.sopClass, {{jpegMethod, ratioOf(*info, stream)}},
                                   QStringLiteral("JPEG stream copied (metadata removed)"), false);
        const QByteArray turned = rotateLosslessly(stream, info->exifOrientation);
        if (!turned.isEmpty()) {
            auto turnedInfo = parseJpeg(turned);
            if (turnedInfo && turnedInfo->whyNotEncapsulable().isEmpty()) {
                turnedInfo->colorSpace = info->colorSpace;
                return encapsulateJpeg(path, turned, *turnedInfo, data, placement, options.sopClass, {{jpegMethod, ratioOf(*info, stream)}},
                                       QStringLiteral("JPEG turned upright without re-encoding (EXIF orientation %1)")
                                           .arg(info->exifOrientation), false);
            }
        }
    }
    // Decode (Qt applies the EXIF orientation) and re-encode as baseline: a second lossy step.
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer, "jpeg");
    reader.setAutoTransform(true);
    const QImage decoded = reader.read();
    if (decoded.isNull())
        return fail(ErrorCode::DamagedFile, QStringLiteral("cannot decode the JPEG: ") + reader.errorString());
    auto encoded = encodeBaseline(flattenAlpha(decoded));
    if (!encoded)
        return std::unexpected(encoded.error());
    auto reinfo = parseJpeg(*encoded);
    if (!reinfo)
        return std::unexpected(reinfo.error());
    const QString reason = why.isEmpty() ? QStringLiteral("EXIF orientation %1 could not be applied losslessly").arg(info->exifOrientation) : why;
    // Two lossy steps: the camera's compression (unless it was lossless JPEG), then ours.
    QList<LossyStep> steps;
    if (!isLosslessProcess(info->sofMarker))
        steps.append({jpegMethod, ratioOf(*info, withoutMetadata(bytes))});
    steps.append({jpegMethod, ratioOf(*reinfo, *encoded)});
    return encapsulateJpeg(path, *encoded, *reinfo, data, placement, options.sopClass, steps,
                           QStringLiteral("re-encoded as baseline JPEG: ") + reason, true);
}

} // namespace

bool looksLikeImage(const QString &path)
{
    return !QImageReader::imageFormat(path).isEmpty();
}

Result<QList<ConvertedObject>> convertImage(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                            const ImageOptions &options, const ConversionLimits &limits)
{
    const QFileInfo fileInfo(path);
    if (const QString problem = limits.fileSizeProblem(fileInfo.size()); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot read the image: ") + file.errorString());
    const QByteArray head = file.peek(3);
    if (head.size() == 3 && static_cast<unsigned char>(head[0]) == 0xFF && static_cast<unsigned char>(head[1]) == 0xD8) {
        auto object = convertJpeg(path, file.readAll(), data, placement, options, limits);
        if (!object)
            return std::unexpected(object.error());
        return QList<ConvertedObject>{*object};
    }

    QImageReader reader(&file);
    reader.setAutoTransform(true); // EXIF orientation
    if (reader.format().isEmpty())
        return fail(ErrorCode::NotDicom, QStringLiteral("not an image PacsDrop can read"));
    // imageCount() first: asking for the size first makes Qt's TIFF reader forget later pages.
    const int pages = std::max(1, reader.imageCount());
    if (pages > limits.maxPages)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("%1 pages or frames (limit %2)").arg(pages).arg(limits.maxPages));
    QList<ConvertedObject> objects;
    ObjectPlacement page = placement;
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !reader.jumpToNextImage())
            break;
        const QSize size = reader.size(); // from the header, before decoding
        if (const QString problem = limits.pixelProblem(size.width(), size.height()); size.isValid() && !problem.isEmpty())
            return fail(ErrorCode::InvalidArgument, problem);
        const QImage image = reader.read();
        if (image.isNull())
            return fail(ErrorCode::DamagedFile, QStringLiteral("cannot decode %1 page %2: %3")
                                                    .arg(QString::fromLatin1(reader.format())).arg(p + 1).arg(reader.errorString()));
        const QString note = pages > 1 ? QStringLiteral("page %1 of %2").arg(p + 1).arg(pages) : QString();
        auto object = storeDecoded(path, image, data, page, options, note);
        if (!object)
            return std::unexpected(object.error());
        objects.append(*object);
        ++page.instanceNumber;
    }
    return objects;
}

} // namespace pacsdrop
