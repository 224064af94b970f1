#include "convert/VideoConverter.h"

#include "convert/DicomWriter.h"
#include "convert/StreamedValue.h"
#include "convert/VideoProbe.h"
#include "convert/VideoRemux.h"
#include "convert/VideoSyntax.h"
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

// A file beside the output that is removed when it goes out of scope.
struct WorkFile {
    QString path;
    WorkFile(const QString &dir, const QString &kind)
    {
        QDir().mkpath(dir);
        path = QDir(dir).filePath(QStringLiteral(".%1-%2.video").arg(kind, newUid()));
    }
    ~WorkFile() { QFile::remove(path); }
    WorkFile(const WorkFile &) = delete;
    WorkFile &operator=(const WorkFile &) = delete;
};

} // namespace

Result<ConvertedObject> convertVideo(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                     const VideoOptions &options, const ConversionLimits &limits)
{
    if (const QString problem = limits.fileSizeProblem(QFileInfo(path).size()); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    auto info = probeVideo(path);
    if (!info)
        return std::unexpected(info.error());
    if (info->frames > limits.maxFrames)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("video too long: %1 frames (limit %2)").arg(info->frames).arg(limits.maxFrames));
    if (const QString problem = limits.pixelProblem(info->width, info->height); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    VideoSyntaxChoice choice = chooseVideoSyntax(*info, options.format);
    const bool copied = !choice.transferSyntaxUid.isEmpty();
    QString note;
    QString container = path;
    std::optional<WorkFile> work;
    if (!copied) {
        // Transcoded to the site's format; audio kept where DICOM allows it with that format.
        const QString audio = audioProblem(*info, transcodeSyntax(options.format), false);
        work.emplace(placement.outputDir, QStringLiteral("transcode"));
        auto summary = transcodeVideo(path, work->path, options.format, audio.isEmpty());
        if (!summary)
            return std::unexpected(summary.error());
        auto made = probeVideo(work->path);
        if (!made)
            return std::unexpected(made.error());
        const VideoSyntaxChoice again = chooseVideoSyntax(*made, options.format == VideoFormat::Auto ? VideoFormat::H264HighLevel41 : options.format);
        if (again.transferSyntaxUid.isEmpty() || again.needsMp4)
            return fail(ErrorCode::Internal, QStringLiteral("the transcoded video still does not fit DICOM: ") + again.whyNot);
        note = QStringLiteral("transcoded to %1 because %2%3").arg(videoFormatName(options.format), choice.whyNot,
                                                                      summary->droppedAudio ? QStringLiteral("; audio not kept: ") + audio : QString());
        choice = again;
        *info = *made;
        container = work->path;
    } else {
        // Copied; into another container first when the container or the audio does not fit.
        const bool mpeg2 = choice.compressionMethod == QLatin1String("ISO_13818_2");
        const bool keptAsItIs = !choice.needsMp4;
        const QString audio = audioProblem(*info, choice.transferSyntaxUid, keptAsItIs && info->container == QLatin1String("mpegts"));
        if (choice.needsMp4 || !audio.isEmpty()) {
            work.emplace(placement.outputDir, QStringLiteral("remux"));
            if (auto r = remuxVideo(path, work->path, mpeg2 ? RemuxTarget::MpegProgramStream : RemuxTarget::Mp4, audio.isEmpty()); !r)
                return std::unexpected(r.error());
            container = work->path;
        }
        note = QStringLiteral("%1 %2x%3, %4 frames/s, stream copied%5%6").arg(info->codec).arg(info->width).arg(info->height)
                   .arg(info->frameRate(), 0, 'f', 2)
                   .arg(choice.needsMp4 ? QStringLiteral(" from %1 into MP4").arg(info->container.section(u',', 0, 0)) : QString(),
                        audio.isEmpty() ? QString() : QStringLiteral("; audio not kept: ") + audio);
    }

    // Each video IOD has its one modality (PS3.3 A.32.5-7).
    const VideoSopClass sopClass = options.sopClass;
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
    ds.putAndInsertString(DCM_ImageType, copied ? "ORIGINAL\\PRIMARY" : "DERIVED\\SECONDARY");
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
    // 8/8/7, or 16/10/9 for HEVC Main 10 (PS3.5 8.2.11).
    ds.putAndInsertUint16(DCM_BitsAllocated, choice.bitsStored > 8 ? 16 : 8);
    ds.putAndInsertUint16(DCM_BitsStored, static_cast<Uint16>(choice.bitsStored));
    ds.putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(choice.bitsStored - 1));
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
    auto streamed = StreamedValue::attach(*fragment, container);
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
    result.reencoded = !copied;
    result.note = copied ? note : note + QStringLiteral(" (%1x%2, %3 frames/s)").arg(info->width).arg(info->height).arg(info->frameRate(), 0, 'f', 2);
    if (auto saved = saveObject(file, xfer, placement, result); !saved)
        return std::unexpected(saved.error());
    return result;
}

} // namespace pacsdrop
