#include "dicom/PixelCheck.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcpixel.h"
#include "dcmtk/dcmdata/dcpixseq.h"
#include "dcmtk/dcmdata/dcxfer.h"

namespace pacsdrop {

namespace {

bool isVideo(E_TransferSyntax xfer)
{
    // One fragment may hold any number of frames: MPEG-2, H.264, HEVC.
    const DcmXfer x(xfer);
    const QString uid = QString::fromLatin1(x.getXferID());
    return uid.startsWith(QLatin1String("1.2.840.10008.1.2.4.10")); // .100 - .108
}

} // namespace

QString pixelProblem(DcmDataset &ds)
{
    DcmElement *element = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return {};
    Uint16 rows = 0, columns = 0, bits = 0, samples = 1;
    ds.findAndGetUint16(DCM_Rows, rows);
    ds.findAndGetUint16(DCM_Columns, columns);
    ds.findAndGetUint16(DCM_BitsAllocated, bits);
    ds.findAndGetUint16(DCM_SamplesPerPixel, samples);
    qint64 frames = 1;
    if (OFString text; ds.findAndGetOFString(DCM_NumberOfFrames, text).good() && !text.empty()) {
        bool ok = false;
        frames = QString::fromLatin1(text.c_str()).trimmed().toLongLong(&ok);
        if (!ok || frames < 1)
            return QStringLiteral("Number of Frames \"%1\" is not a positive number").arg(QString::fromLatin1(text.c_str()));
    }
    if (bits != 1 && (bits < 8 || bits > 64 || bits % 8 != 0))
        return QStringLiteral("Bits Allocated %1 is not a size pixels are stored in (1, 8, 16, 32 or 64)").arg(bits);
    if (rows == 0 || columns == 0)
        return QStringLiteral("the image is %1 × %2 pixels but has Pixel Data").arg(columns).arg(rows);
    if (samples != 1 && samples != 3 && samples != 4)
        return QStringLiteral("Samples per Pixel %1 is not 1, 3 or 4").arg(samples);
    auto *pixels = dynamic_cast<DcmPixelData *>(element);
    const E_TransferSyntax xfer = ds.getOriginalXfer();
    DcmPixelSequence *fragments = nullptr;
    if (pixels && DcmXfer(xfer).isEncapsulated()) {
        const DcmRepresentationParameter *parameter = nullptr;
        if (pixels->getEncapsulatedRepresentation(xfer, parameter, fragments).good() && fragments && !isVideo(xfer)) {
            const qint64 count = qint64(fragments->card()) - 1; // the first item is the offset table
            if (count >= 0 && frames > count)
                return QStringLiteral("Number of Frames says %1 but the compressed Pixel Data holds %2 fragment(s)").arg(frames).arg(count);
        }
        return {};
    }
    // Native: every frame's pixels, packed for 1-bit images; YBR 4:2:2 keeps two samples per
    // pixel (one luminance, half of each chrominance), 4:2:0 one and a half.
    OFString photometric;
    ds.findAndGetOFString(DCM_PhotometricInterpretation, photometric);
    const QString pi = QString::fromLatin1(photometric.c_str()).trimmed();
    qint64 samplesPerFrame = qint64(rows) * columns * samples;
    if (pi.endsWith(QLatin1String("_422")))
        samplesPerFrame = qint64(rows) * columns * 2;
    else if (pi.endsWith(QLatin1String("_420")))
        samplesPerFrame = qint64(rows) * columns * 3 / 2;
    const qint64 bytesPerFrame = bits == 1 ? (samplesPerFrame + 7) / 8 : samplesPerFrame * (bits / 8);
    if (frames > (qint64(1) << 40) / std::max<qint64>(bytesPerFrame, 1))
        return QStringLiteral("Number of Frames %1 of %2 × %3 pixels cannot be held by any file").arg(frames).arg(columns).arg(rows);
    const qint64 needed = bytesPerFrame * frames;
    const qint64 held = element->getLength();
    if (held < needed)
        return QStringLiteral("Pixel Data holds %1 bytes but %2 × %3 pixels × %4 frame(s) at %5 bits need %6")
            .arg(held).arg(columns).arg(rows).arg(frames).arg(bits).arg(needed);
    return {};
}

} // namespace pacsdrop
