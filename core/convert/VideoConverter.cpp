#include "convert/VideoConverter.h"

#include "convert/DicomWriter.h"
#include "convert/StreamedValue.h"
#include "convert/VideoRemux.h"
#include "convert/VideoTranscode.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcpixel.h"
#include "dcmtk/dcmdata/dcpixseq.h"
#include "dcmtk/dcmdata/dcpxitem.h"
#include "dcmtk/dcmdata/dcuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <cmath>

namespace pacsdrop {

namespace {

constexpr int kH264ProfileConstrainedBaseline = 66 | (1 << 9);
constexpr int kH264ProfileMain = 77;
constexpr int kH264ProfileHigh = 100;
constexpr int kMpeg2ProfileMain = 4;
constexpr int kMpeg2LevelMain = 8;
constexpr int kMpeg2LevelHigh = 4;
constexpr double kLevel41MacroblocksPerSecond = 245760; // H.264 Table A-1

bool isMp4Family(const VideoInfo &info)
{
    return info.container.startsWith(QLatin1String("mov,mp4")) && info.majorBrand != QLatin1String("qt  ");
}

} // namespace

VideoSyntaxChoice chooseVideoSyntax(const VideoInfo &info)
{
    if (info.codec == QLatin1String("h264")) {
        if (info.profile != kH264ProfileHigh && info.profile != kH264ProfileMain && info.profile != kH264ProfileConstrainedBaseline)
            return {{}, {}, QStringLiteral("H.264 profile %1 is not within High Profile").arg(info.profile)};
        if (info.level <= 0 || info.level > 41)
            return {{}, {}, QStringLiteral("H.264 level %1.%2 is above 4.1").arg(info.level / 10).arg(info.level % 10)};
        if (info.pixelFormat != QLatin1String("yuv420p") && info.pixelFormat != QLatin1String("yuvj420p"))
            return {{}, {}, QStringLiteral("H.264 in %1; DICOM needs 8-bit 4:2:0").arg(info.pixelFormat)};
        if (info.width > 1920 || info.height > 1080)
            return {{}, {}, QStringLiteral("%1x%2 is larger than 1920x1080").arg(info.width).arg(info.height)};
        const double macroblocks = std::ceil(info.width / 16.0) * std::ceil(info.height / 16.0) * info.frameRate();
        if (macroblocks > kLevel41MacroblocksPerSecond || info.frameRate() > 60.01)
            return {{}, {}, QStringLiteral("%1 frames/s at %2x%3 exceeds level 4.1").arg(info.frameRate(), 0, 'f', 2).arg(info.width).arg(info.height)};
        if (info.variableFrameRate)
            return {{}, {}, QStringLiteral("variable frame rate")};
        if (info.sampleAspectNum != info.sampleAspectDen) // PS3.5 8.2.7: square pixels only
            return {{}, {}, QStringLiteral("non-square pixels (%1:%2)").arg(info.sampleAspectNum).arg(info.sampleAspectDen)};
        const bool carried = isMp4Family(info) || info.container == QLatin1String("mpegts");
        return {QStringLiteral("1.2.840.10008.1.2.4.102"), QStringLiteral("ISO_14496_10"), {}, !carried};
    }
    if (info.codec == QLatin1String("mpeg2video")) {
        if (info.profile != kMpeg2ProfileMain)
            return {{}, {}, QStringLiteral("MPEG-2 profile %1 is not Main Profile").arg(info.profile)};
        const bool container = info.container == QLatin1String("mpeg") || info.container == QLatin1String("mpegts")
                               || info.container == QLatin1String("mpegvideo");
        if (!container)
            return {{}, {}, QStringLiteral("MPEG-2 in a %1 container").arg(info.container)};
        if (info.level == kMpeg2LevelMain && info.width <= 720 && info.height <= 576)
            return {QStringLiteral("1.2.840.10008.1.2.4.100"), QStringLiteral("ISO_13818_2"), {}};
        if (info.level == kMpeg2LevelHigh && info.width <= 1920 && info.height <= 1080
            && info.sampleAspectNum == info.sampleAspectDen) // MP@HL: square pixels (PS3.5 8.2.6)
            return {QStringLiteral("1.2.840.10008.1.2.4.101"), QStringLiteral("ISO_13818_2"), {}};
        return {{}, {}, QStringLiteral("MPEG-2 level %1 at %2x%3 is neither Main nor High Level").arg(info.level).arg(info.width).arg(info.height)};
    }
    if (info.codec == QLatin1String("hevc"))
        return {{}, {}, QStringLiteral("HEVC (H.265) video is not supported by this version of PacsDrop yet")};
    return {{}, {}, QStringLiteral("%1 video has no DICOM transfer syntax").arg(info.codec)};
}

Result<ConvertedObject> convertVideo(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                     VideoSopClass sopClass, const VideoLimits &limits)
{
    if (const qint64 size = QFileInfo(path).size(); size > limits.maxBytes)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("video too large: %1 MB (limit %2 MB)").arg(size / 1000000).arg(limits.maxBytes / 1000000));
    auto info = probeVideo(path);
    if (!info)
        return std::unexpected(info.error());
    if (info->frames > limits.maxFrames)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("video too long: %1 frames (limit %2)").arg(info->frames).arg(limits.maxFrames));
    if (qint64(info->width) * info->height > limits.maxPixels)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("video frames too large: %1x%2").arg(info->width).arg(info->height));
    VideoSyntaxChoice choice = chooseVideoSyntax(*info);
    // A stream DICOM cannot carry as it is is re-encoded to the default target, H.264 High@4.1.
    QString transcoded;
    const auto removeTranscoded = qScopeGuard([&] { if (!transcoded.isEmpty()) QFile::remove(transcoded); });
    QString transcodeNote;
    if (choice.transferSyntaxUid.isEmpty()) {
        QDir().mkpath(placement.outputDir);
        transcoded = QDir(placement.outputDir).filePath(QStringLiteral(".transcode-%1.mp4").arg(newUid()));
        auto summary = transcodeToH264(path, transcoded);
        if (!summary)
            return std::unexpected(summary.error());
        auto made = probeVideo(transcoded);
        if (!made)
            return std::unexpected(made.error());
        const VideoSyntaxChoice again = chooseVideoSyntax(*made);
        if (again.transferSyntaxUid.isEmpty())
            return fail(ErrorCode::Internal, QStringLiteral("the transcoded video still does not fit DICOM: ") + again.whyNot);
        transcodeNote = QStringLiteral("transcoded to H.264 High@4.1 because %1%2")
                            .arg(choice.whyNot, summary->droppedAudio ? QStringLiteral("; audio not kept") : QString());
        choice = again;
        *info = *made;
    }
    const QString videoFile = transcoded.isEmpty() ? path : transcoded;
    // A fitting stream in another container is copied into MP4 beside the output first.
    QString container = videoFile;
    QString remuxed;
    if (choice.needsMp4) {
        QDir().mkpath(placement.outputDir);
        remuxed = QDir(placement.outputDir).filePath(QStringLiteral(".remux-%1.mp4").arg(newUid()));
        if (auto r = remuxToMp4(videoFile, remuxed); !r) {
            QFile::remove(remuxed);
            return std::unexpected(r.error());
        }
        container = remuxed;
    }
    const auto removeRemuxed = qScopeGuard([&] { if (!remuxed.isEmpty()) QFile::remove(remuxed); });

    // Each video IOD has its one modality (PS3.3 A.32.5-7).
    const char *sopClassUid = sopClass == VideoSopClass::Endoscopic  ? UID_VideoEndoscopicImageStorage
                              : sopClass == VideoSopClass::Microscopic ? UID_VideoMicroscopicImageStorage
                                                                       : UID_VideoPhotographicImageStorage;
    StudyData objectData = data;
    objectData.modality = sopClass == VideoSopClass::Endoscopic ? QStringLiteral("ES")
                          : sopClass == VideoSopClass::Microscopic ? QStringLiteral("GM") : QStringLiteral("XC");
    DcmFileFormat file;
    DcmDataset &ds = *file.getDataset();
    auto uid = writeCommonAttributes(ds, objectData, placement, sopClassUid);
    if (!uid)
        return std::unexpected(uid.error());
    const qint64 frames = std::max<qint64>(1, info->frames);
    const double frameTimeMs = 1000.0 / std::max(info->frameRate(), 0.001);
    ds.putAndInsertString(DCM_ImageType, transcoded.isEmpty() ? "ORIGINAL\\PRIMARY" : "DERIVED\\SECONDARY");
    ds.putAndInsertString(DCM_PatientOrientation, "");
    ds.putAndInsertString(DCM_ImageLaterality, "U");
    ds.putAndInsertString(DCM_BurnedInAnnotation, "NO");
    ds.putAndInsertString(DCM_LossyImageCompression, "01");
    ds.putAndInsertString(DCM_LossyImageCompressionMethod, choice.compressionMethod.toLatin1().constData());
    ds.insertEmptyElement(DCM_AcquisitionContextSequence);
    // Required for the multi-frame VL IODs; without a known body part, the whole body.
    DcmItem *region = nullptr;
    if (ds.findOrCreateSequenceItem(DCM_AnatomicRegionSequence, region).good() && region) {
        region->putAndInsertString(DCM_CodeValue, "38266002");
        region->putAndInsertString(DCM_CodingSchemeDesignator, "SCT");
        region->putAndInsertString(DCM_CodeMeaning, "Entire body");
    }
    ds.putAndInsertUint16(DCM_SamplesPerPixel, 3);
    ds.putAndInsertString(DCM_PhotometricInterpretation, "YBR_PARTIAL_420");
    ds.putAndInsertUint16(DCM_PlanarConfiguration, 0);
    ds.putAndInsertUint16(DCM_Rows, static_cast<Uint16>(info->height));
    ds.putAndInsertUint16(DCM_Columns, static_cast<Uint16>(info->width));
    ds.putAndInsertUint16(DCM_BitsAllocated, 8);
    ds.putAndInsertUint16(DCM_BitsStored, 8);
    ds.putAndInsertUint16(DCM_HighBit, 7);
    ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
    ds.putAndInsertString(DCM_NumberOfFrames, QByteArray::number(frames).constData());
    ds.putAndInsertTagKey(DCM_FrameIncrementPointer, DCM_FrameTime);
    ds.putAndInsertString(DCM_FrameTime, QByteArray::number(frameTimeMs, 'f', 4).constData());
    const QByteArray rate = QByteArray::number(std::lround(info->frameRate()));
    ds.putAndInsertString(DCM_CineRate, rate.constData());
    ds.putAndInsertString(DCM_RecommendedDisplayFrameRate, rate.constData());
    ds.putAndInsertString(DCM_StartTrim, "1");
    ds.putAndInsertString(DCM_StopTrim, QByteArray::number(frames).constData());

    // The container file is the fragment, read from disk while the object is written.
    auto *sequence = new DcmPixelSequence(DcmTag(DCM_PixelData, EVR_OB));
    sequence->insert(new DcmPixelItem(DcmTag(DCM_Item, EVR_OB))); // empty basic offset table
    auto *fragment = new DcmPixelItem(DcmTag(DCM_Item, EVR_OB));
    sequence->insert(fragment);
    auto streamed = StreamedValue::attach(*fragment, container, placement.outputDir);
    if (!streamed) {
        delete sequence;
        return std::unexpected(streamed.error());
    }
    const QByteArray ts = choice.transferSyntaxUid.toLatin1();
    const E_TransferSyntax xfer = DcmXfer(ts.constData()).getXfer();
    auto *pixelData = new DcmPixelData(DCM_PixelData);
    pixelData->putOriginalRepresentation(xfer, nullptr, sequence);
    ds.insert(pixelData, true);

    ConvertedObject result;
    result.source = path;
    result.sopClassUid = QString::fromLatin1(sopClassUid);
    result.sopInstanceUid = *uid;
    result.frames = static_cast<int>(frames);
    result.reencoded = !transcoded.isEmpty();
    result.note = !transcodeNote.isEmpty() ? transcodeNote + QStringLiteral(" (%1x%2, %3 frames/s)").arg(info->width).arg(info->height).arg(info->frameRate(), 0, 'f', 2)
                                           : QStringLiteral("%1 %2x%3, %4 frames/s, stream copied%5").arg(info->codec).arg(info->width).arg(info->height)
                      .arg(info->frameRate(), 0, 'f', 2)
                      .arg(choice.needsMp4 ? QStringLiteral(" from %1 into MP4").arg(info->container.section(u',', 0, 0)) : QString());
    if (auto saved = saveObject(file, xfer, placement, result); !saved)
        return std::unexpected(saved.error());
    return result;
}

} // namespace pacsdrop
