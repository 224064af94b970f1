#pragma once
// Re-encodes a video that DICOM cannot carry as it is into H.264 High Profile level 4.1 in MP4
// (the default DICOM video target): 8-bit 4:2:0, fitted within 1920x1080 with the display aspect
// ratio kept (square pixels), a constant frame rate (variable-rate input gets frames repeated or
// dropped on the output clock), a rate within level 4.1. Frames are decoded, scaled and encoded
// one at a time, so memory stays bounded for long videos. AAC/MP3 audio is copied as it is; other
// audio is dropped and droppedAudio says so.

#include "common/Error.h"

#include <QString>

namespace pacsdrop {

struct TranscodeSummary {
    int width = 0;
    int height = 0;
    int frameRateNum = 0;
    int frameRateDen = 1;
    qint64 frames = 0;
    bool droppedAudio = false;
};

Result<TranscodeSummary> transcodeToH264(const QString &input, const QString &outputMp4);

} // namespace pacsdrop
