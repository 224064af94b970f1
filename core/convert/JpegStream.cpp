#include "convert/JpegStream.h"

#include <algorithm>

namespace pacsdrop {

namespace {

int u8(const QByteArray &b, qsizetype i) { return static_cast<unsigned char>(b[i]); }
int u16be(const QByteArray &b, qsizetype i) { return (u8(b, i) << 8) | u8(b, i + 1); }

// EXIF (TIFF) orientation tag 0x0112 in IFD0; 1 when absent or unreadable.
int exifOrientation(const QByteArray &app1)
{
    if (!app1.startsWith(QByteArray("Exif\0\0", 6)) || app1.size() < 14)
        return 1;
    const QByteArray tiff = app1.mid(6);
    const bool little = tiff.startsWith("II");
    auto read16 = [&](qsizetype i) { return little ? (u8(tiff, i) | (u8(tiff, i + 1) << 8)) : u16be(tiff, i); };
    auto read32 = [&](qsizetype i) {
        return little ? (u8(tiff, i) | (u8(tiff, i + 1) << 8) | (u8(tiff, i + 2) << 16) | (u8(tiff, i + 3) << 24))
                      : (u8(tiff, i) << 24) | (u8(tiff, i + 1) << 16) | (u8(tiff, i + 2) << 8) | u8(tiff, i + 3);
    };
    if (tiff.size() < 8)
        return 1;
    const qsizetype ifd = read32(4);
    if (ifd < 8 || ifd + 2 > tiff.size())
        return 1;
    const int entries = read16(ifd);
    for (int e = 0; e < entries; ++e) {
        const qsizetype at = ifd + 2 + qsizetype(e) * 12;
        if (at + 12 > tiff.size())
            break;
        if (read16(at) == 0x0112) {
            const int value = read16(at + 8);
            return value >= 1 && value <= 8 ? value : 1;
        }
    }
    return 1;
}

bool isStandalone(int marker) { return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8); }

} // namespace

Result<JpegStreamInfo> parseJpeg(const QByteArray &b)
{
    if (b.size() < 4 || u8(b, 0) != 0xFF || u8(b, 1) != 0xD8)
        return fail(ErrorCode::NotDicom, QStringLiteral("not a JPEG (no SOI marker)"));
    JpegStreamInfo info;
    qsizetype i = 2;
    while (i + 4 <= b.size()) {
        if (u8(b, i) != 0xFF)
            return fail(ErrorCode::DamagedFile, QStringLiteral("damaged JPEG: marker expected at byte %1").arg(i));
        const int marker = u8(b, i + 1);
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (isStandalone(marker)) {
            i += 2;
            continue;
        }
        const int length = u16be(b, i + 2);
        if (length < 2 || i + 2 + length > b.size())
            return fail(ErrorCode::DamagedFile, QStringLiteral("damaged or truncated JPEG"));
        const QByteArray payload = b.mid(i + 4, length - 2);
        if (marker == 0xDA) { // SOS: header done
            if (info.sofMarker == 0)
                return fail(ErrorCode::DamagedFile, QStringLiteral("damaged JPEG: scan before frame header"));
            break;
        }
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            if (payload.size() < 6)
                return fail(ErrorCode::DamagedFile, QStringLiteral("damaged JPEG frame header"));
            info.sofMarker = marker;
            info.precision = u8(payload, 0);
            info.height = u16be(payload, 1);
            info.width = u16be(payload, 3);
            info.components = u8(payload, 5);
            for (int c = 0; c < info.components && 6 + c * 3 < payload.size(); ++c)
                info.componentIds.append(payload[6 + c * 3]);
        } else if (marker == 0xE0 && payload.startsWith(QByteArray("JFIF\0", 5))) {
            info.jfif = true;
        } else if (marker == 0xE1) {
            if (const int o = exifOrientation(payload); o != 1)
                info.exifOrientation = o;
        } else if (marker == 0xEE && payload.startsWith("Adobe") && payload.size() >= 12) {
            info.adobeTransform = u8(payload, 11);
        }
        i += 2 + length;
    }
    if (info.sofMarker == 0)
        return fail(ErrorCode::DamagedFile, QStringLiteral("damaged JPEG: no frame header"));
    if (info.width == 0 || info.height == 0)
        return fail(ErrorCode::DamagedFile, QStringLiteral("JPEG without a size in its frame header"));

    // Colour space by libjpeg's rules (conversion.md §1.6 step 4).
    if (info.components == 1) {
        info.colorSpace = JpegStreamInfo::ColorSpace::Gray;
    } else if (info.components == 3) {
        if (info.adobeTransform == 0)
            info.colorSpace = JpegStreamInfo::ColorSpace::Rgb;
        else if (info.adobeTransform == 1 || info.jfif)
            info.colorSpace = JpegStreamInfo::ColorSpace::YCbCr;
        else if (info.componentIds == QByteArray("RGB"))
            info.colorSpace = JpegStreamInfo::ColorSpace::Rgb;
        else
            info.colorSpace = JpegStreamInfo::ColorSpace::YCbCr;
    } else if (info.components == 4) {
        info.colorSpace = info.adobeTransform == 2 ? JpegStreamInfo::ColorSpace::Ycck : JpegStreamInfo::ColorSpace::Cmyk;
    }
    return info;
}

QString JpegStreamInfo::whyNotEncapsulable() const
{
    switch (sofMarker) {
    case 0xC0:
        break;
    case 0xC1:
        if (precision != 8)
            return QStringLiteral("%1-bit extended JPEG").arg(precision);
        break;
    case 0xC2:
        return QStringLiteral("progressive JPEG (its DICOM transfer syntax is retired)");
    case 0xC3:
        return QStringLiteral("lossless-process JPEG");
    default:
        if (sofMarker >= 0xC9)
            return QStringLiteral("arithmetic-coded JPEG (no DICOM transfer syntax)");
        return QStringLiteral("hierarchical JPEG (no DICOM transfer syntax)");
    }
    if (components == 4)
        return QStringLiteral("CMYK JPEG (DICOM has no CMYK)");
    if (components != 1 && components != 3)
        return QStringLiteral("JPEG with %1 components").arg(components);
    return {};
}

QString JpegStreamInfo::transferSyntaxUid() const
{
    return sofMarker == 0xC1 ? QStringLiteral("1.2.840.10008.1.2.4.51") : QStringLiteral("1.2.840.10008.1.2.4.50");
}

QString JpegStreamInfo::photometricInterpretation() const
{
    if (components == 1)
        return QStringLiteral("MONOCHROME2");
    return colorSpace == ColorSpace::Rgb ? QStringLiteral("RGB") : QStringLiteral("YBR_FULL_422");
}

QByteArray withoutMetadata(const QByteArray &b)
{
    QByteArray out;
    out.reserve(b.size());
    out.append(b.left(2)); // SOI
    qsizetype i = 2;
    while (i + 4 <= b.size()) {
        const int marker = u8(b, i + 1);
        // Appended from the source directly (no temporary copy: a photo's scan is most of its size).
        if (u8(b, i) != 0xFF || isStandalone(marker) || marker == 0xFF) {
            out.append(b.at(i));
            ++i;
            continue;
        }
        const int length = u16be(b, i + 2);
        if (marker == 0xDA) {
            out.append(b.constData() + i, b.size() - i); // scan data and everything after it, unchanged
            return out;
        }
        const bool metadata = (marker >= 0xE0 && marker <= 0xEF && marker != 0xEE) || marker == 0xFE;
        if (!metadata)
            out.append(b.constData() + i, std::min<qsizetype>(2 + length, b.size() - i));
        i += 2 + length;
    }
    return b;
}

} // namespace pacsdrop
