#pragma once
// Which DICOM video transfer syntax a stream meets as it is (PS3.5 8.2.5-8.2.11), for the site's
// video format: the rules that decide between copying a stream and transcoding it.
//   MPEG-2 Main Profile, Main Level (<= 720x576, 25 or 29.97 frames/s)    -> .100
//   MPEG-2 Main Profile, High Level (1280x720 or 1920x1080, 16:9, square)  -> .101
//   H.264 High (and the subsets Main, Constrained Baseline), level <= 4.1  -> .102
//   H.264 as above at exactly a Blu-ray size and rate (PS3.5 Table 8-4)    -> .103
//   H.264 High at level 4.2 (1080p50/60)                                   -> .104
//   HEVC Main / Main 10, level <= 5.1                                      -> .107 / .108
// All need 8-bit 4:2:0 (10-bit for Main 10), square pixels (except MP@ML), a constant rate, no
// rotation, and an allowed container: MP4 or MPEG-TS for H.264/HEVC, MPEG-PS/TS/ES for MPEG-2.

#include "convert/VideoProbe.h"
#include "settings/ConversionSettings.h"

namespace pacsdrop {

struct VideoSyntaxChoice {
    QString transferSyntaxUid;   // empty when the stream cannot go in as it is
    QString compressionMethod;   // ISO_13818_2, ISO_14496_10, ISO_23008_2
    QString whyNot;              // when it cannot
    bool needsMp4 = false;       // the stream fits but its container (or MP4 sample entry) does not: copy into MP4
    int bitsStored = 8;          // 10 for HEVC Main 10
};

// The syntax this stream meets as it is within the given format (Auto: any), or why none.
VideoSyntaxChoice chooseVideoSyntax(const VideoInfo &info, VideoFormat format = VideoFormat::Auto);

// Why the stream's audio cannot go into DICOM with it (PS3.5 8.2.5, 8.2.12), or empty.
// inTransportStream: the object keeps an MPEG-TS container, where AC-3 and LPCM are allowed too.
QString audioProblem(const VideoInfo &info, const QString &transferSyntaxUid, bool inTransportStream);

// Human name of a format, for notes: "H.264 High@4.1", "MPEG-2 MP@ML", ...
QString videoFormatName(VideoFormat format);

// The transfer syntax a transcode to this format produces (Auto: H.264 High@4.1).
QString transcodeSyntax(VideoFormat format);

} // namespace pacsdrop
